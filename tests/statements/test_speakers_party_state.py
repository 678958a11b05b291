"""A US politician's party and state make the speaker American (round 26, identity challenge set): "X, a Democrat
from <state>,", "X, Republican of <state>,", "X (D-<state>)", "Republican Senator X" (speakers.party_state). A party
word alone, or a state alone, is no country. Invented sentences, one article each."""

from __future__ import annotations

import pytest

from pledgewatch.coding import identity
from support import extract_rows, row_of


def _coded(nlp, body, published="2024-02-06"):
    rows = [dict(r, published=published) for r in extract_rows(nlp, body, published=published)]
    countries, officials = identity.recompute(rows)
    return [dict(r, speaker_country=c, speaker_is_official=o) for r, c, o in zip(rows, countries, officials,
                                                                               strict=True)]


@pytest.mark.parametrize("body, content", [
    ("Senator Ruth Ambler, a Democrat from Vermont, said the vote would come after the recess.", "the vote would"),
    ("Lawmaker Dale Pruitt, Republican of Nebraska, told reporters the bill had enough support.",
     "the bill had enough"),
    ("Representative Owen Marsh (R-Tenn.) said the border bill had to come first.", "the border bill"),
    ("Senator Carla Nunez, D-Mass., said the plan was a mistake.", "the plan was"),
    ("Republican Senator Hal Brody said the money would run out in the spring.", "the money would run out"),
])
def test_party_and_state_make_a_us_politician(nlp, body, content):
    row = row_of(_coded(nlp, body), content)
    assert row["speaker_country"] == "United States"
    assert row["speaker_is_official"] is True


@pytest.mark.parametrize("body, content", [
    # a party word of another country, or no state with the party
    ("Senator Jan Moll, a Social Democrat from Bremen, said the deal was fair.", "the deal was fair"),
    ("Senator Ada Fitch, a Republican, said the deal was unfair.", "the deal was unfair"),
    # a state with no party
    ("Senator Lee Hart, a lawyer from Ohio, said the deal was late.", "the deal was late"),
])
def test_no_us_country_without_both_halves(nlp, body, content):
    row = row_of(_coded(nlp, body), content)
    assert row["speaker_country"] != "United States"
