"""The sentence view's structure (reader.nlp.structure) and the screen that colours it (key `g`)."""

from __future__ import annotations

from reader.nlp import Sentence, Token, analyze
from reader.nlp.structure import SentenceStructure


def _token(i: int, text: str, pos: str, dep: str, head: int, morph: str = "", term: str = "") -> Token:
    return Token(
        i=i, text=text, start=0, end=0, whitespace=" ", lemma=text, pos=pos, morph=morph, term=term or text,
        is_word=pos != "PUNCT", learnable=pos != "PUNCT", dep=dep, head=head,
    )


def _sentence(*tokens: Token) -> Sentence:
    return Sentence(" ".join(t.text for t in tokens), 0, 0, list(tokens))


# "Die Polizei sagte, dass sie den Mann festgenommen hat." as the parser gives it.
REPORTED = _sentence(
    _token(0, "Die", "DET", "det", 1),
    _token(1, "Polizei", "NOUN", "nsubj", 2),
    _token(2, "sagte", "VERB", "ROOT", 2, "Mood=Ind|Tense=Past|VerbForm=Fin", "sagen"),
    _token(3, ",", "PUNCT", "punct", 2),
    _token(4, "dass", "SCONJ", "mark", 8),
    _token(5, "sie", "PRON", "nsubj", 8),
    _token(6, "den", "DET", "det", 7),
    _token(7, "Mann", "NOUN", "obj", 8),
    _token(8, "festgenommen", "VERB", "ccomp", 2, "VerbForm=Part", "festnehmen"),
    _token(9, "hat", "AUX", "aux", 8, "Mood=Ind|Tense=Pres|VerbForm=Fin", "haben"),
    _token(10, ".", "PUNCT", "punct", 2),
)


def test_roles_are_read_from_the_heads_and_stop_at_dependent_clauses() -> None:
    roles = SentenceStructure(REPORTED).roles()
    assert roles[0] == roles[1] == "subject"  # "Die Polizei", the main clause's subject
    assert roles[2] == "verb" and roles[9] == "verb"  # both finite verbs, the auxiliary too
    assert roles[6] == roles[7] == "object"
    assert 8 not in roles  # a participle is no finite verb
    assert 4 not in roles  # "dass" starts the clause, it is no part of the subject


def test_a_clause_is_named_by_its_conjunction_and_the_main_clause_leaves_it_out() -> None:
    structure = SentenceStructure(REPORTED)
    [(name, head, members)] = structure.clauses()
    assert name == "subordinate clause (dass)" and head.text == "festgenommen"
    assert [t.text for t in members] == ["dass", "sie", "den", "Mann", "festgenommen", "hat"]
    assert [t.text for t in structure.main_clause()] == ["Die", "Polizei", "sagte"]


def test_parts_name_their_verb_past_the_auxiliary() -> None:
    structure = SentenceStructure(REPORTED)
    parts = {(kind, " ".join(t.text for t in words)): structure.verb_of(head) for kind, head, words in structure.parts()}
    assert parts[("Object", "den Mann")].term == "festnehmen"
    assert parts[("Subject", "Die Polizei")].term == "sagen"
    assert parts[("Subject", "sie")].term == "festnehmen"


def test_a_parsed_separable_verb_is_one_finite_verb_and_its_object() -> None:
    sentence = analyze("Die Polizei nahm den Mann am Abend fest.").sentences[0]
    structure = SentenceStructure(sentence)
    assert [t.text for t in structure.finite_verbs()] == ["nahm"]  # the particle "fest" is not finite
    by_text = {t.text: structure.roles().get(t.i) for t in sentence.tokens}
    assert (by_text["Polizei"], by_text["nahm"], by_text["Mann"]) == ("subject", "verb", "object")


# ---------------------------------------------------------------- the screen (key g)


async def test_g_shows_the_structure_of_the_cursor_sentence(home, founding_article) -> None:
    from reading import app_on_article, wait_for_article

    from reader.ui.screens.sentence import SentenceScreen

    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await wait_for_article(pilot)
        kamen = next(token for token in view.tokens if token.text == "kamen")
        view.cursor = kamen.i
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SentenceScreen)
        shown = str(screen.query_one("#sentence-structure").render())
        assert "Während eines Treffens in München kamen" in shown.splitlines()[0]
        assert "finite verb" in shown and "subject" in shown
        assert "Finite verbs:" in shown and "kamen" in shown.split("Finite verbs:")[1]
        assert "[" in shown and "]" in shown  # the zu-infinitive / reported clause is bracketed
        await pilot.press("g")
        await pilot.pause()
        assert not isinstance(app.screen, SentenceScreen)
        assert view.token.text == "kamen"


async def test_the_sentence_view_colours_roles_from_the_theme(home, founding_article) -> None:
    """Subject, verb and object take the theme's colours, and change with it: none is fixed."""
    from reading import app_on_article, wait_for_article

    from reader.ui.screens.sentence import SentenceScreen, render_sentence

    sentence = analyze("Die Polizei nahm den Mann am Abend fest.").sentences[0]
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot)
        screen = SentenceScreen(sentence)
        await app.push_screen(screen)
        await pilot.pause()
        colours = {}
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            styles = screen.role_styles()
            text = render_sentence(sentence, styles)
            spans = {str(text)[span.start : span.end]: span.style for span in text.spans}
            assert spans["nahm"] == styles["verb"] and spans["Polizei"] == styles["subject"]
            assert spans["Mann"] == styles["object"]
            assert "Subject: Die Polizei" in str(text) and "Object: den Mann" in str(text)
            assert len({styles[role].color for role in ("subject", "verb", "object", "clause")}) == 4
            colours[theme] = styles["subject"].color
        assert colours["textual-dark"] != colours["textual-light"]
