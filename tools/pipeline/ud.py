"""Read the UD German CoNLL-U files and turn them into spaCy Docs.

Shared by ``train.py`` and ``evaluate.py``.  Nothing here writes into the
repository: conversions go to ``build/`` (git-ignored) or stay in memory.

Conventions (the same for training and evaluation):

* Multi-word tokens ("zur" = "zu" + "der", "im", "am", ...) become ONE token,
  because that is what the spaCy tokenizer produces on running text.  The
  merged token takes UPOS/head/deprel/lemma of its first subtoken whose head
  lies outside the span (the preposition), the union of the subtokens'
  features (so "zur" carries Case=Dat|Gender=Fem|...), and XPOS ``APPRART``
  when it is preposition + article.
* German PUD is harmonised with GSD: its XPOS (not STTS) is blanked, and
  ``VerbForm`` is inferred for verbs (finite if it has Mood, participle for
  past participles, infinitive otherwise); participles drop ``Tense`` as in
  GSD; ``AdpType`` (absent in GSD) is dropped.
* UD ``root`` becomes spaCy's ``ROOT``; other labels (``obl:arg``,
  ``compound:prt`` ...) are kept as they are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

GSD_FILES = ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu")
PUD_FILE = "de_pud-ud-part.conllu"


@dataclass
class Token:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str  # "" when empty
    head: int  # 0-based index in the sentence, -1 for the root
    deprel: str
    space: bool


@dataclass
class Sentence:
    sent_id: str
    source: str  # "gsd" or "pud"
    doc_id: str  # PUD: newdoc id; GSD: "" (no documents)
    text: str
    tokens: list[Token] = field(default_factory=list)


def _parse_feats(s: str) -> dict[str, str]:
    if not s or s == "_":
        return {}
    out = {}
    for part in s.split("|"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


def _join_feats(d: dict[str, str]) -> str:
    return "|".join(f"{k}={d[k]}" for k in sorted(d, key=lambda k: k.lower()))


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def _read_blocks(path: Path):
    block: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if block:
                    yield block
                block = []
            else:
                block.append(line)
    if block:
        yield block


def harmonise_pud(words: list[list[str]]) -> None:
    """In place: blank XPOS, infer VerbForm, align features with GSD."""
    for w in words:
        upos, xpos = w[3], w[4]
        feats = _parse_feats(w[5])
        feats.pop("AdpType", None)
        if upos in ("VERB", "AUX") and "VerbForm" not in feats:
            if "Mood" in feats:
                feats["VerbForm"] = "Fin"
            elif xpos == "VBN":
                feats["VerbForm"] = "Part"
            else:
                feats["VerbForm"] = "Inf"
        if feats.get("VerbForm") == "Part" and upos in ("VERB", "AUX"):
            feats.pop("Tense", None)
        if upos == "ADP":
            feats.pop("Case", None)
        w[5] = _join_feats(feats) or "_"
        w[4] = "_"


def _sentence_from_block(block: list[str], source: str, doc_id: str) -> tuple[Sentence, str]:
    sent_id = text = ""
    words: list[list[str]] = []  # syntactic words (10 columns)
    mwts: list[tuple[int, int, str, bool]] = []  # (start id, end id, form, space)
    for line in block:
        if line.startswith("#"):
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            continue
        if "." in cols[0]:
            continue  # empty nodes
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            mwts.append((int(a), int(b), cols[1], _space_after(cols[9])))
            continue
        words.append(cols)
    if source == "pud":
        harmonise_pud(words)

    # map word id -> surface token index
    id2tok: dict[int, int] = {}
    groups: list[list[list[str]]] = []
    mwt_info: dict[int, tuple[int, str, bool]] = {a: (b, form, sp) for a, b, form, sp in mwts}
    i = 0
    surface: list[tuple[str, bool]] = []
    while i < len(words):
        wid = int(words[i][0])
        if wid in mwt_info:
            b, form, sp = mwt_info[wid]
            group = [w for w in words[i:] if int(w[0]) <= b]
            for w in group:
                id2tok[int(w[0])] = len(groups)
            groups.append(group)
            surface.append((form, sp))
            i += len(group)
        else:
            id2tok[wid] = len(groups)
            groups.append([words[i]])
            surface.append((words[i][1], _space_after(words[i][9])))
            i += 1

    sent = Sentence(sent_id=sent_id, source=source, doc_id=doc_id, text=text)
    for gi, group in enumerate(groups):
        ids = {int(w[0]) for w in group}
        rep = next((w for w in group if int(w[6]) not in ids), group[0])
        feats: dict[str, str] = {}
        for w in group:
            for k, v in _parse_feats(w[5]).items():
                feats.setdefault(k, v)
        if len(group) > 1:
            xposes = [w[4] for w in group]
            if xposes[0] == "APPR" and xposes[-1] == "ART":
                xpos = "APPRART"
            elif all(x == "_" for x in xposes):
                xpos = "_"
            else:
                xpos = "APPRART" if rep[3] == "ADP" else rep[4]
        else:
            xpos = rep[4]
        head_id = int(rep[6])
        head = -1 if head_id == 0 else id2tok[head_id]
        if head == gi:  # should not happen, guard against self loops
            head = -1
        deprel = "ROOT" if rep[7] == "root" else rep[7]
        form, sp = surface[gi]
        sent.tokens.append(
            Token(
                form=form,
                lemma=rep[2],
                upos=rep[3],
                xpos="" if xpos == "_" else xpos,
                feats=_join_feats(feats),
                head=head,
                deprel=deprel,
                space=sp,
            )
        )
    if sent.tokens:
        sent.tokens[-1].space = True
    return sent, doc_id


def read_conllu(path: Path, source: str) -> list[Sentence]:
    out = []
    doc_id = ""
    for block in _read_blocks(path):
        sent, doc_id = _sentence_from_block(block, source, doc_id)
        if sent.tokens:
            out.append(sent)
    return out


def read_all(corpora: Path) -> list[Sentence]:
    corpora = Path(corpora)
    sents: list[Sentence] = []
    for name in GSD_FILES:
        sents += read_conllu(corpora / name, "gsd")
    sents += read_conllu(corpora / PUD_FILE, "pud")
    return sents


def read_heldout_ids(path: Path) -> list[str]:
    ids = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ids.append(line)
    return ids


def group_docs(sents: list[Sentence], gsd_chunk: int = 10) -> list[list[Sentence]]:
    """Group sentences into documents of running text.

    PUD: by ``# newdoc id``.  GSD has no documents: runs of ``gsd_chunk``
    consecutive sentences (a run breaks where the sent_id numbering jumps).
    """
    docs: list[list[Sentence]] = []
    cur: list[Sentence] = []
    prev_key = None
    prev_num = None
    for s in sents:
        if s.source == "pud":
            key = ("pud", s.doc_id)
            brk = key != prev_key
        else:
            pfx, _, num = s.sent_id.rpartition("-s")
            num = int(num) if num.isdigit() else None
            key = ("gsd", pfx)
            brk = key != prev_key or prev_num is None or num != prev_num + 1 or len(cur) >= gsd_chunk
            prev_num = num
        if brk and cur:
            docs.append(cur)
            cur = []
        cur.append(s)
        prev_key = key
    if cur:
        docs.append(cur)
    return docs


def sentences_to_doc(vocab, sents: list[Sentence]):
    """One spaCy Doc (with gold annotation) for a list of sentences."""
    from spacy.tokens import Doc

    words, spaces, pos, tags, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
    for s in sents:
        off = len(words)
        for j, t in enumerate(s.tokens):
            words.append(t.form)
            spaces.append(t.space)
            pos.append(t.upos)
            tags.append(t.xpos)
            morphs.append(t.feats)
            lemmas.append(t.lemma)
            heads.append(off + (j if t.head < 0 else t.head))
            deps.append(t.deprel)
            starts.append(j == 0)
    if spaces:
        spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=pos,
        tags=tags,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


def choose_heldout(sents: list[Sentence], n_gsd: int = 150, n_pud: int = 100, seed: int = 3) -> list[str]:
    """Deterministic held-out choice (used once to write heldout.txt).

    GSD test: three contiguous runs of 50 sent_ids (start, middle, end region).
    PUD: whole documents, drawn with a fixed seed, until ``n_pud`` sentences.
    """
    test = [s for s in sents if s.source == "gsd" and s.sent_id.startswith("test-")]
    run = n_gsd // 3
    starts = [100, len(test) // 2, len(test) - run - 100]
    ids = []
    for st in starts:
        ids += [s.sent_id for s in test[st : st + run]]
    pud_docs: dict[str, list[Sentence]] = {}
    for s in sents:
        if s.source == "pud":
            pud_docs.setdefault(s.doc_id, []).append(s)
    keys = sorted(pud_docs)
    random.Random(seed).shuffle(keys)
    n = 0
    for k in keys:
        if n >= n_pud:
            break
        ids += [s.sent_id for s in pud_docs[k]]
        n += len(pud_docs[k])
    return ids


def choose_fresh(sents: list[Sentence], excluded: set[str], n_pud: int = 120, seed: int = 17) -> list[str]:
    """Deterministic fresh split (used once to write fresh.txt): whole PUD documents, drawn with a
    fixed seed from those with no sentence in ``excluded`` (the held-out split and the internal dev
    split), until ``n_pud`` sentences."""
    pud_docs: dict[str, list[Sentence]] = {}
    for s in sents:
        if s.source == "pud":
            pud_docs.setdefault(s.doc_id, []).append(s)
    keys = sorted(k for k, doc in pud_docs.items() if not any(s.sent_id in excluded for s in doc))
    random.Random(seed).shuffle(keys)
    ids: list[str] = []
    for k in keys:
        if len(ids) >= n_pud:
            break
        ids += [s.sent_id for s in pud_docs[k]]
    return ids
