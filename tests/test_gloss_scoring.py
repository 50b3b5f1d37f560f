"""The gold-set scorer (tools/evaluate_glosses.py) judges a shown gloss as a reader would: notes,
placeholders and typography aside, the words must be the accepted ones."""

from tools.evaluate_glosses import right


def test_a_reflexive_note_matches_an_accepted_note():
    assert right("oneself (reflexive)", ["(reflexive)", "themselves"])
    assert not right("oneself (reflexive)", ["themselves", "each other"])


def test_a_typographic_apostrophe_is_a_plain_one():
    assert right("conductor’s baton", ["baton", "conductor's baton"])


def test_glosses_sharing_a_word_are_still_different():
    assert not right("take care", ["take off"])
    assert not right("itself", ["(reflexive)", "themselves"])
    assert not right(None, ["of"])
