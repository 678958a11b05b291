"""aid_related: the giver of support named after 'of' (coding.aid.beneficiary_after) and the transfer verbs 'hand'
and 'flood ... with' (coding_words.csv `give_transfer`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid
from pledgewatch.coding._match import blank_nlp, normalize
from pledgewatch.coding.capabilities import matcher


def _lowers_caps(text):
    norm, _ = normalize(text)
    doc = blank_nlp().make_doc(norm)
    return [t.lower_ for t in doc], matcher().spans(doc)


def related(text, act="assessment") -> bool:
    lowers, caps = _lowers_caps(text)
    return aid.aid_related(lowers, caps, act)


def _after(text: str, word: str) -> str:
    lowers, _ = _lowers_caps(text)
    return aid.beneficiary_after(lowers, lowers.index(word))


@pytest.mark.parametrize("text", [
    "to us the support of Britain and America matters more than anything",
    "Kyiv counts on the backing of the US and its partners this winter",
    "we are announcing extra military assistance, with the support of Canadian industry",
])
def test_a_donor_after_of_is_the_giver_not_another_beneficiary(text):
    assert related(text)


@pytest.mark.parametrize("text, word, expected", [
    ("the support of Britain matters", "support", ""),
    ("the economic support of Ukraine will go on", "support", "recipient"),
    ("Beijing may give material support of Russia", "support", "other"),
    ("support for Poland and the Baltics", "support", "other"),
])
def test_beneficiary_after_of(text, word, expected):
    assert _after(text, word) == expected


@pytest.mark.parametrize("text", [
    "Moscow warned Washington against continuing to flood Ukraine with arms",
    "the allies have flooded Kyiv with shells and rockets since spring",
    "they hand over intelligence to the Ukrainian army every day",
])
def test_hand_over_and_flood_with_are_transfers(text):
    assert related(text, "warning")

