"""The Textual app. Only this package (and `reader.cli`) may import Textual."""
