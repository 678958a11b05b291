"""Round 26 (coding/aid_recipient.py): Ukraine as the trainee,
and the receiver of support. Invented sentences, one per imagined article; near misses beside them."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import aid_recipient
from support import lowers, lowers_caps


def _aid(text, country, act="said"):
    df = pd.DataFrame([dict(text=text, cue=act, cue_lemma=act, speaker_country=country)])
    return bool(coding.code_statements(df)["aid_related"].iloc[0])


@pytest.mark.parametrize("text, country", [
    ("our sergeants are teaching Ukrainian medics to treat wounds under fire", "Canada"),
    ("the army will instruct 400 Ukrainian gunners on the new howitzers this autumn", "Norway"),
    ("Ukrainian cadets are finishing their training at a base near Hamburg", "Germany"),
    ("we keep training Ukraine's tank crews at three ranges in the north", "United Kingdom"),
])
def test_training_whose_trainee_is_ukraines_is_aid(text, country):
    assert _aid(text, country) is True


@pytest.mark.parametrize("text", [
    "Russia is training conscripts to attack Ukraine from the north",  # the adversary trains, to strike
    "the night train to Kyiv was full of returning families",  # a railway train
    "our own recruits complete their training before they see Ukraine",  # their training is not Ukraine's people's
])
def test_training_of_others_or_a_railway_train_is_no_trainee_of_ukraine(text):
    assert aid_recipient.trained_for_ukraine(lowers(text)) == []


@pytest.mark.parametrize("text, country", [
    ("the agency shares radar intelligence with Kyiv every morning", "United States"),
    ("London will go on sharing satellite imagery with the Ukrainians", "United Kingdom"),
    ("we have shared targeting data with Ukraine since the spring", "France"),
])
def test_a_capability_shared_with_ukraine_is_aid(text, country):
    assert _aid(text, country) is True


def test_intelligence_shared_by_the_adversary_is_not():
    words, caps = lowers_caps("Moscow shares intelligence with its allies in the region")
    assert not any(aid_recipient.shared_with_ukraine(words, sp.start, sp.end) for sp in caps)


@pytest.mark.parametrize("text, country", [
    ("Ukraine will receive everything it needs to get through the winter", "Japan"),
    ("Kyiv has finally got all that it asked for from the coalition", "Netherlands"),
    ("we will get what we need from our friends, I am sure", "Ukraine"),
])
def test_ukraine_receiving_what_it_needs_is_aid(text, country):
    assert _aid(text, country) is True


@pytest.mark.parametrize("text, side", [
    ("Ukraine will get stronger every month", ""),  # get as a copula: no need named
    ("we will get what we need from the market", ""),  # a donor's "we" is not the recipient
    ("Russia will get everything it needs from Iran", ""),  # the adversary receives
])
def test_other_receivers_or_no_need_is_no_receipt_of_aid(text, side):
    assert aid_recipient.receives_needs(lowers(text), side) == []
