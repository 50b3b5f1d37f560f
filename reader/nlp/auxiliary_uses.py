"""How an auxiliary is used, for its hand-checked gloss: "wurde beschlossen" a passive (was), "wird kommen" the
future (will), "wurde bekannt" the copula (became), "ist … gestürzt" a Perfekt with sein (has), "soll … gewesen
sein" a claim (is said to). Called by reader.nlp.function_word_uses for every auxiliary.
"""

from __future__ import annotations

from reader.nlp import doc_facts
from reader.nlp.modifier_uses import predicate_adjective
from reader.nlp.morph_features import feature_values
from reader.nlp.verb_forms import is_participle, takes_sein

_EPISTEMIC_MODALS = {"sollen", "wollen", "mögen"}  # with a perfect infinitive: what is said, claimed, granted


def auxiliary_uses(token) -> list[str]:
    """The uses of the auxiliary *token*, by the verb it goes with: "epistemic", "perfect", and one of
    "passive", "future", "copula" (or ""); "full" for a "haben" that makes no Perfekt (has)."""
    uses: list[str] = []
    # its verb: the head, or a child where the parser made the auxiliary the head ("… unterstützt wurde")
    verbs = [token.head] if token.head.i != token.i else []
    verbs += [child for child in token.children if child.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    # "wird … endgültig sein": the infinitive the parser hung beside it on the predicate; before a finite
    # werden too ("vertreten sein wird"), where it makes it the future whatever participle the infinitive
    # goes with ("festgenommen worden sein": the participle "worden" stays the passive's)
    finite = token.tag_ == "VAFIN"
    infinitives = [
        s for s in token.head.children
        if s.i != token.i and (finite or s.i > token.i) and s.tag_ in ("VAINF", "VMINF") and _same_clause(token, s)
    ]
    verbs += infinitives
    # a verb spelt as its infinitive that is no participle is the infinitive, whatever its tag ("… benötigen
    # wird": VVPP); otherwise the STTS tag counts too: the morphologizer may call a participle finite
    # ("unterstützt": VVPP, Fin), the tagger a participle an infinitive ("geschlagen": VVINF)
    forms = set()
    for verb in verbs:
        participle = is_participle(verb.text, verb.lemma_)
        if verb.pos_ == "VERB" and verb.lower_ == verb.lemma_.lower() and not participle:
            forms.add("Inf")
        else:
            forms |= set(feature_values(verb, "VerbForm"))
            if verb.tag_.endswith("PP") or (verb.pos_ == "VERB" and participle):
                forms.add("Part")
    # the tagger's Voice=Pass is no evidence where the verb is an infinitive ("wird … kandidieren")
    # (nor where werden goes with a noun or an adjective and no participle follows: "wurde 1990 zur
    # Hauptstadt" became; "wird Stärke aus Kartoffeln gewonnen" stays a passive)
    # (the sentence read only where a noun or adjective is; a participle its own finite auxiliary follows
    # closes another clause: "wurden zornig und sorgten dafür, dass … überschwemmt wurde" is the copula)
    predicate = any(verb.pos_ in ("ADJ", "NOUN", "PROPN") or predicate_adjective(verb) for verb in verbs) and not any(
        _participle(word) and not _closes_its_own_clause(word) for word in token.doc[token.i + 1 : token.sent.end]
    )
    passive = ("Part" in forms and not (finite and infinitives)) or (
        "Pass" in feature_values(token, "Voice") and "Inf" not in forms and not predicate
    )
    # "wurde" is never a future: with what the tagger called an infinitive it is a passive
    passive = passive or ("Inf" in forms and "Past" in feature_values(token, "Tense"))
    # "soll … gewesen sein": is said to have been, "mag … ausgesehen haben": may have; only the present
    # ("sollte … verhindert haben": should have)
    present = "Past" not in feature_values(token, "Tense") and token.lower_ not in ("sollte", "sollten", "wollte", "wollten")
    if token.lemma_ in _EPISTEMIC_MODALS and present and any(_perfect_infinitive(verb) for verb in verbs):
        uses.append("epistemic")
    # a past "wurde" with no participle is the copula, wherever its predicate stands ("Berühmt wurde es")
    copula = predicate or "Past" in feature_values(token, "Tense")
    if token.lemma_ == "sein" and any(_perfect_with_sein(verb, token) for verb in verbs):
        uses.append("perfect")  # "ist … gestürzt": has, where "ist geschlossen" is
    use = "passive" if passive else "future" if "Inf" in forms else "copula" if copula else ""
    uses.append(use or (_use_in_its_complex(token) if token.lemma_ == "werden" else ""))
    full = token.lemma_ == "haben" and "Part" not in forms
    if full and not _participle_in_sentence(token) and not _in_a_perfect(token):
        uses.append("full")  # "Wien … hat aber die meisten Einwohner": has, no Perfekt
    return uses


def _closes_its_own_clause(participle) -> bool:
    """A finite auxiliary right after the participle: the end of a clause of its own ("…, dass die Insel …
    überschwemmt wurde")."""
    following = participle.doc[participle.i + 1] if participle.i + 1 < len(participle.doc) else None
    return following is not None and following.tag_ == "VAFIN"


def _participle_in_sentence(token) -> bool:
    """A past participle anywhere in *token*'s sentence, which a Perfekt's "haben" may go with however the
    parser hung the two."""
    return any(_participle(word) for word in token.sent if word.i != token.i)


def _participle(word) -> bool:
    """A past participle, by its tag or its form (the morphologizer may call it finite)."""
    return word.tag_ == "VVPP" or (word.pos_ == "VERB" and is_participle(word.text, word.lemma_))


def _in_a_perfect(haben) -> bool:
    """The verb complex the grammar hint reads has *haben* in a Perfekt ("hat nicht kommen können")."""
    complex_ = _complex_of(haben)
    return complex_ is not None and "perfekt" in (complex_.tense or "").lower()


def _use_in_its_complex(werden) -> str:
    """"Landschaftlich wird das Elsass meist als … beschrieben" with werden hung as the copula of "meist":
    where its own words leave its use open, the verb complex the grammar hint reads ("wird … beschrieben":
    a passive) decides, so that the gloss says what the hint says."""
    complex_ = _complex_of(werden)
    if complex_ is None:
        return ""
    return "passive" if complex_.voice == "passive" else "future" if (complex_.tense or "").startswith("Futur") else ""


def _perfect_with_sein(verb, sein) -> bool:
    """The participle of a verb whose Perfekt takes sein only ("gekommen", "gestürzt"), not one that may
    make a state passive with it ("geschlossen"), in the clause of *sein* ("Was … passiert, ist, dass": no)."""
    between = sein.doc[min(verb.i, sein.i) + 1 : max(verb.i, sein.i)]
    return (
        verb.pos_ == "VERB" and takes_sein(verb.lemma_) == "s" and is_participle(verb.text, verb.lemma_)
        and not any(t.is_punct for t in between)
    )


def _same_clause(auxiliary, verb) -> bool:
    """No comma between the two: "wird … verstanden, dass … zugänglich sein sollen" has "sein" in a clause of
    its own, whatever the parser hung it on."""
    start, end = sorted((auxiliary.i, verb.i))
    return not any(word.text == "," for word in auxiliary.doc[start:end])


def _perfect_infinitive(verb) -> bool:
    """A participle with "sein" or "haben" as an infinitive beside it: "gewesen sein", "festgesetzt haben";
    or a predicate whose copula is "gewesen", with that "sein" ("soll eine Stadt gewesen sein")."""
    # the tag as well as the morphology: either may be wrong ("haben": VAINF, VerbForm=Fin)
    participle = "Part" in feature_values(verb, "VerbForm") or verb.tag_.endswith("PP")
    participle = participle or any(child.dep_ == "cop" and child.lower_ == "gewesen" for child in verb.children)
    return participle and any(
        child.lemma_ in ("sein", "haben") and ("Inf" in feature_values(child, "VerbForm") or child.tag_.endswith("INF"))
        for child in verb.children
    )


def _complex_of(auxiliary):
    """The verb complex the grammar hints read that *auxiliary* belongs to, if any."""
    from reader.nlp.hints.verbs import verb_complexes_of  # (the hints' complexes; that module imports this one)

    complexes = doc_facts.once("verb_complexes", auxiliary.doc, verb_complexes_of)
    return next((vc for vc in complexes if any(member.i == auxiliary.i for member in vc.members)), None)
