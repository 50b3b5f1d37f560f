"""A terminal reader for learners of German: real news, instant glosses, grammar from a parse."""

__version__ = "0.1.0"
