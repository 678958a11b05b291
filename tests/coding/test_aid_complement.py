"""aid_related and the complement of an aid noun (coding.aid_limits.complement_without_party): "commitment to" and
"support for" whose complement names no party are a course of conduct or a cause, not aid; and a quoted
reconstruction owned by Ukraine (coding.aid._reconstruction). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid_limits
from support import aid_kinds as kinds
from support import aid_related as related
from support import lowers_caps


@pytest.mark.parametrize("text", [
    # a commitment to a course of conduct (a gerund, a noun of conduct), Ukraine named elsewhere in the content
    "the trip shows our commitment to keeping watch over Asia even as the Ukraine crisis goes on",
    "any deal with Kyiv would need Moscow to pull back troops and show commitment to honest talks",
    # support for a body or a person who is no party of the war
    "the ministers renewed their support for the observer mission that watches the line in eastern Ukraine",
    "the letter to the Ukrainian leader praised the wide support for the former British premier",
])
def test_an_aid_noun_whose_complement_names_no_party_is_no_aid(text):
    assert not related(text)


@pytest.mark.parametrize("text", [
    "his commitment to the Ukrainian nation will not weaken",
    "Dublin reaffirmed its support for Kyiv in a speech to parliament",
    "we will keep up our support for as long as Ukraine needs it",
    "the allies spoke of support for our neighbour in its hour of need",
    "our commitment to Nato allies on the eastern flank remains firm, as does our help to Ukraine",
])
def test_an_aid_noun_whose_complement_names_a_party_stays_aid(text):
    assert related(text)


@pytest.mark.parametrize("text, word, expected", [
    ("a commitment to patient diplomacy", "commitment", True),
    ("a commitment to Ukraine", "commitment", False),
    ("support for the new mission", "support", True),
    ("support for them", "support", False),
    ("support to Ukraine", "support", False),  # 'support to' is not a complement the class names
])
def test_complement_without_party(text, word, expected):
    lowers, _ = lowers_caps(text)
    assert aid_limits.complement_without_party(lowers, lowers.index(word)) is expected


@pytest.mark.parametrize("text", [
    "the visit was about making Ukraine's \"recovery and rebuilding\" last for decades",
    "donors met to plan Kyiv's 'reconstruction' after the war",
    "they discussed how to fund Ukraine's \"reconstruction\" next year",
])
def test_a_quoted_reconstruction_owned_by_ukraine_is_aid(text):
    assert "reconstruction" in kinds(text)
