"""The learner's words: a status per term, with history (no Textual)."""

from reader.vocab.status import IGNORED, KNOWN, LEARNING, UNKNOWN, Status
from reader.vocab.store import Vocabulary
from reader.vocab.terms import TermKey, term_key

__all__ = ["IGNORED", "KNOWN", "LEARNING", "UNKNOWN", "Status", "TermKey", "Vocabulary", "term_key"]
