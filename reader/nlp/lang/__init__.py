"""German language data used by the rule components, kept apart from the code (as spaCy's `lang/de`)."""
