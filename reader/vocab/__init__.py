"""The learner's words: a status per term, with history (no Textual)."""

from reader.vocab.status import IGNORED, KNOWN, KNOWN_ASSUMED, LEARNING, UNKNOWN, Status
from reader.vocab.vocabulary import TermRecord, Vocabulary
from reader.vocab.terms import Context, TermKey, context_in, phrase_context, phrase_key, term_key

__all__ = [
    "Context", "IGNORED", "KNOWN", "KNOWN_ASSUMED", "LEARNING", "UNKNOWN", "Status", "TermKey", "TermRecord", "Vocabulary",
    "context_in", "phrase_context", "phrase_key", "term_key",
]
