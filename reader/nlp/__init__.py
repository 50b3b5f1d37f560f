"""German analysis: the spaCy pipeline, lemmas and terms, as plain dataclasses (no Textual)."""

from reader.nlp.analysis import Analysis, Sentence, Token, analyze
from reader.nlp.pipeline import engine_version, load_pipeline

__all__ = ["Analysis", "Sentence", "Token", "analyze", "engine_version", "load_pipeline"]
