"""Build reader/nlp/lang/verb_forms.tsv: the forms each German verb really has, from the Ding file.

    python tools/build_verb_forms.py

Ding lists a verb's paradigm after its headword ("leiden {vi} | leidend |
gelitten | er/sie leidet | ich/er/sie litt | er/sie hat/hatte gelitten ::
to suffer | suffering | suffered | …"). From the lines whose headwords are
verbs alone (no idiom around them) this keeps, per infinitive: the past
participle, the Präteritum (1st/3rd person singular) and the Perfekt auxiliary
(h = haben, s = sein) where Ding shows it. (English examples in the hints come
from the lexicon's hand-checked glosses, not from Ding's columns, which often
belong to another sense: "gewinnen" → "extracted".)
The grammar hints read tense and voice against these forms (reader.nlp.verb_forms).

Output: one line per infinitive, TAB-separated, sorted; same input, same bytes.
"""

from __future__ import annotations

import lzma
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DING_XZ = ROOT / "assets" / "lexicon" / "de-en.ding.xz"
OUT = ROOT / "reader" / "nlp" / "lang" / "verb_forms.tsv"

_BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>")
_OBJECTS = {"sich", "etw.", "jdn.", "jdm.", "jds.", "etw./jdn.", "jdn./etw.", "jdm./etw.", "etw./jdm."}
_WORD = re.compile(r"[a-zäöüß]+")
_PRETERITE = re.compile(r"^ich/er/sie\s+([a-zäöüß]+)(?:\s+([a-zäöüß]+))?$")
_PRESENT = re.compile(r"^(?:er/sie\s+)?[a-zäöüß]+t(?:\s+[a-zäöüß]+)?$")
_PERFECT = re.compile(r"\b(hat/hatte|ist/war)\s+(?:sich\s+)?([a-zäöüß]+)$")


def _bare(text: str) -> str | None:
    """The verb form alone ("sich befassen" → "befassen"), or None for an idiom or a phrase."""
    words = [w for w in _BRACKETS.sub("", text).split() if w not in _OBJECTS]
    return words[0] if len(words) == 1 and _WORD.fullmatch(words[0]) else None


def build() -> list[str]:
    participles: dict[str, Counter] = defaultdict(Counter)
    preterites: dict[str, Counter] = defaultdict(Counter)
    auxiliaries: dict[str, Counter] = defaultdict(Counter)
    with lzma.open(DING_XZ, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or "::" not in line:
                continue
            german = line.split("::", 1)[0]
            parts = german.split(" | ")
            if len(parts) < 3 or not re.search(r"\{v[itr]+\}", parts[0]):
                continue
            columns = [part.split(";") for part in parts]
            heads = columns[0]
            if len(columns[1]) != len(heads) or len(columns[2]) != len(heads):
                continue
            for k, head in enumerate(heads):
                infinitive, present, participle = _bare(head), _bare(columns[1][k]), _bare(columns[2][k])
                if not infinitive or not infinitive.endswith("n") or not present or not present.endswith("end") or not participle:
                    continue
                if participle.endswith("end"):
                    continue  # a line whose columns slipped: a present participle where the past one belongs
                # "vermissen | vermissend | vermissen" is a slip; "übergeben", "bekommen" come from their base
                participles[infinitive][participle if participle != infinitive else ""] += 1
                if len(heads) == 1:
                    plain = [_BRACKETS.sub("", part).strip() for part in parts[3:]]
                    # "… | bildet ab | bildete ab": the present, then the Präteritum, without pronouns
                    if len(plain) >= 2 and _PRESENT.match(plain[0]) and re.fullmatch(r"[a-zäöüß]+(?: [a-zäöüß]+)?", plain[1]):
                        preterites[infinitive][plain[1]] += 1
                    reflexive = "{vr}" in parts[0] or heads[0].strip().startswith("sich ")
                    for part in plain:
                        match = _PERFECT.search(part)
                        if match and reflexive and "sich" not in match.group(0):
                            continue  # "sich eignen … | er/sie ist/war geeignet": a state, not the Perfekt (hat sich geeignet)
                        if match and match.group(2) == participle:
                            auxiliaries[infinitive]["s" if match.group(1) == "ist/war" else "h"] += 1
                            break  # after the Perfekt come the Konjunktiv II ("ich/er/sie ginge") and the imperative
                        match = _PRETERITE.match(part)  # "ich/er/sie litt": the Präteritum
                        if match:
                            preterites[infinitive][" ".join(w for w in match.groups() if w)] += 1
    rows = []
    for infinitive in sorted(participles):
        participle = participles[infinitive].most_common(1)[0][0]
        preterite = preterites[infinitive].most_common(1)[0][0] if preterites[infinitive] else ""
        auxiliary = "".join(sorted(auxiliaries[infinitive]))
        rows.append("\t".join([infinitive, participle, preterite, auxiliary]))
    return rows


def main() -> int:
    rows = build()
    OUT.write_text("# infinitive\tpast participle\tpräteritum\tperfekt auxiliary (h/s)\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} verbs -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
