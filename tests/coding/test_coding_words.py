"""coding_words.csv: one row per class, so a new rule's class never widens an old rule's class of the same name."""

from __future__ import annotations

import pytest

from pledgewatch.coding import words


def test_a_class_defined_twice_is_an_error(monkeypatch):
    rows = [{"class": "support_verb", "words": "support|help|with"}, {"class": "support_verb", "words": "support"}]
    monkeypatch.setattr(words, "read_table", lambda name: rows)
    words.classes.cache_clear()
    try:
        with pytest.raises(ValueError, match="twice"):
            words.classes()
    finally:
        words.classes.cache_clear()


def test_the_verb_forms_of_support_are_their_own_class():
    """aid_limits reads 'support' as a verb from `support_verb_form`, not the beneficiary verbs of `support_verb`
    ('help', 'defend', 'with', 'to'), which once shared its name and were merged into it."""
    assert words.of("support_verb_form") == {"support", "supports", "supporting"}
    assert {"help", "with", "to"} <= words.of("support_verb")


def test_derived_sets_are_built_once_per_lexicon():
    """words.derived builds a composed word set once and again only when the lexicon is rebuilt."""
    from pledgewatch.coding import words

    calls = []

    def both(W):
        calls.append(1)
        return W["negation"] | W["future"]

    first = words.derived(both)
    assert words.derived(both) is first and len(calls) == 1
    assert "not" in first
    words.classes.cache_clear()
    assert words.derived(both) == first and len(calls) == 2
