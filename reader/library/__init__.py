"""Articles: reading files into `Article`s, and the learner's library of them (no Textual)."""

from reader.library.article import Article, load_article
from reader.library.store import Library, StoredArticle

__all__ = ["Article", "Library", "StoredArticle", "load_article"]
