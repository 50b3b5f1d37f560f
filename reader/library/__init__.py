"""Articles: reading files into `Article`s, and the learner's library of them (no Textual)."""

from reader.library.article import Article, load_article
from reader.library.compact import CompactAnalysis
from reader.library.store import ArticleSummary, Library, StoredArticle

__all__ = ["Article", "ArticleSummary", "CompactAnalysis", "Library", "StoredArticle", "load_article"]
