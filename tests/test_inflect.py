"""pledgewatch.inflect: the project's one inflection helper, in its three strengths."""

from __future__ import annotations

import pytest

from pledgewatch.inflect import inflections


@pytest.mark.parametrize("word,forms", [
    ("warn", {"warn", "warns", "warned", "warning"}),
    ("deny", {"deny", "denies", "denied", "denyed", "denying"}),  # (-ed too: a form never written costs nothing)
    ("stress", {"stress", "stresses", "stressed", "stressing"}),
    ("vote", {"vote", "votes", "voted", "voting"}),
    ("Pledge", {"pledge", "pledges", "pledged", "pledging"}),
], ids=["regular", "consonant_y", "sibilant", "final_e", "lower_cased"])
def test_exact_gives_the_regular_forms(word, forms):
    assert inflections(word) == forms


def test_broad_doubles_a_final_consonant_and_adds_irregular_forms():
    forms = inflections("plan", "broad")
    assert {"planned", "planning", "plans"} <= forms
    assert "sent" in inflections("send", "broad", {"send": ["sent"]})
    assert "said" in inflections("say", "broad", {"say": "said"})  # a space-separated string works too


def test_broadest_over_generates_for_a_prefilter():
    assert {"known", "drawn", "staying", "stayed"} <= inflections("know", "broadest") | inflections(
        "draw", "broadest") | inflections("stay", "broadest")
    assert inflections("warn", "exact") <= inflections("warn", "broad") <= inflections("warn", "broadest")


def test_an_unknown_style_is_an_error():
    with pytest.raises(ValueError):
        inflections("say", "loose")


def test_irregular_forms_come_from_the_reference_table():
    """coding's word~ patterns and the prefilter's cue forms take irregular forms from irregular_forms.csv."""
    from pledgewatch.inflect import irregular_forms

    table = irregular_forms()
    assert table["say"] == ["said"] and "sworn" in table["swear"] and "'re" in table["be"]
    assert {"sent", "sends", "sending"} <= inflections("send", "broad", table)
    assert {"swore", "sworn"} <= inflections("swear", "broadest", table)
