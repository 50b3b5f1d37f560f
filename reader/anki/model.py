"""The Anki note type of a learner's German word: its fields, two card templates, and the CSS.

The model id is fixed for good: Anki recognises an imported note type by its id,
so every export lands in the same "reader" note type and a re-export updates the
learner's notes instead of creating a second note type. Only ever append fields;
if a field is renamed or removed, give the note type a new id and name.
"""

from __future__ import annotations

import genanki

MODEL_ID = 1_731_520_417
MODEL_NAME = "reader: German word"

FIELDS = (
    "Term",  # "die Souveränität" (nouns with their article), the sort field
    "Gender",  # m, f or n: the CSS colours the term by it; empty for other words
    "Plural",  # "die Souveränitäten"
    "PartOfSpeech",
    "Gloss",
    "Sentence",  # the sentence the learner met the word in, the word's parts in bold
    "Cloze",  # the same sentence, every part of the word in one cloze {{c1::…}}
    "GrammarNote",
    "Source",  # article title (linked), date
    "Frequency",
    "Audio",  # [sound:reader-….wav], the word spoken by espeak-ng (only with `--audio`)
)

RECOGNITION_FRONT = """\
<div class="kind">{{PartOfSpeech}}</div>
<div class="term gender-{{Gender}}">{{Term}}</div>
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}
"""

RECOGNITION_BACK = """\
{{FrontSide}}
<hr id="answer">
<div class="gloss">{{Gloss}}</div>
{{Audio}}
{{#Plural}}<div class="plural">plural: {{Plural}}</div>{{/Plural}}
{{#GrammarNote}}<div class="grammar">{{GrammarNote}}</div>{{/GrammarNote}}
<div class="meta">{{#Frequency}}<span class="frequency">{{Frequency}}</span>{{/Frequency}}
{{#Source}}<span class="source">{{Source}}</span>{{/Source}}</div>
"""

# Only nouns have a gender, so only they get this card (Anki skips a card whose front is empty).
# The front hides the article and shows no gender colour: those are the answer.
GENDER_FRONT = """\
{{#Gender}}
<div class="kind">der, die or das? and the plural?</div>
<div class="term quiz">___ {{Term}}</div>
{{#Gloss}}<div class="hint">{{Gloss}}</div>{{/Gloss}}
{{/Gender}}
"""

GENDER_BACK = """\
<div class="kind">gender and plural</div>
<div class="term gender-{{Gender}}">{{Term}}</div>
<div class="plural gender-{{Gender}}">{{#Plural}}{{Plural}}{{/Plural}}{{^Plural}}(no plural known){{/Plural}}</div>
<hr id="answer">
<div class="gloss">{{Gloss}}</div>
{{#Sentence}}<div class="sentence">{{Sentence}}</div>{{/Sentence}}
"""

# Anki marks night mode with `.nightMode` (desktop, AnkiMobile) or `.night_mode` (AnkiDroid, older
# desktop), on the body or on `.card` itself; both spellings are styled. Background and text colour
# are left to Anki, so each mode keeps its own; only the accents change.
CSS = """\
.card { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 22px;
        line-height: 1.5; text-align: center; }
.kind { font-size: 14px; opacity: .6; text-transform: lowercase; }
.term { font-size: 34px; font-weight: 600; margin: .3em 0; }
.quiz .article { display: none; }
.sentence { margin: .8em auto; max-width: 36em; }
.sentence b { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.gloss { font-size: 24px; margin: .5em 0; }
.hint { font-size: 18px; opacity: .7; }
.plural { margin: .3em 0; }
.grammar { font-size: 17px; font-style: italic; margin: .5em auto; max-width: 32em; }
.meta { font-size: 14px; opacity: .65; margin-top: 1em; }
.meta span { display: block; }
.meta a { color: inherit; }
.gender-m { color: #1f5fbf; }
.gender-f { color: #c0282d; }
.gender-n { color: #1e7d37; }
.nightMode .gender-m, .night_mode .gender-m, .card.nightMode .gender-m, .card.night_mode .gender-m { color: #82b4ff; }
.nightMode .gender-f, .night_mode .gender-f, .card.nightMode .gender-f, .card.night_mode .gender-f { color: #ff8f8f; }
.nightMode .gender-n, .night_mode .gender-n, .card.nightMode .gender-n, .card.night_mode .gender-n { color: #7bd88f; }
"""

WORD_MODEL = genanki.Model(
    model_id=MODEL_ID,
    name=MODEL_NAME,
    fields=[{"name": name} for name in FIELDS],
    templates=[
        {"name": "Recognition", "qfmt": RECOGNITION_FRONT, "afmt": RECOGNITION_BACK},
        {"name": "Gender and plural", "qfmt": GENDER_FRONT, "afmt": GENDER_BACK},
    ],
    css=CSS,
    sort_field_index=0,
)
