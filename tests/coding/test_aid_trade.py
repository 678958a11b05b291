"""`trade_frame` (coding/aid_trade.py): a weak aid word ("support", "supplies", "commitment" ...) in a content that
names sanctions or an energy commodity, with no beneficiary, giver, owner or giving verb of its own, is the support of
a measure or a supply of trade, not aid for Ukraine. Invented sentences, one per imagined article; the near misses
keep the aid relation where Ukraine, a giver, an owner or a giving verb is named."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import aid_trade
from support import aid_related as related


def _aid(text, country, act="said"):
    df = pd.DataFrame([dict(text=text, cue=act, cue_lemma=act, speaker_country=country)])
    return bool(coding.code_statements(df)["aid_related"].iloc[0])


@pytest.mark.parametrize("text, country", [
    ("even the idea of publishing the sanctions list early has found little support", "Ukraine"),
    ("it was cutting supplies to punish Europe for the sanctions imposed over the war in Ukraine", "European Union"),
    ("the oil embargo proposed over the war in Ukraine still lacks support among the southern member states",
     "Lithuania"),
    ("the gas tariffs have wide support in parliament", "Ukraine"),
])
def test_a_weak_aid_word_in_a_sanctions_or_energy_content_is_no_aid(text, country):
    assert _aid(text, country) is False


@pytest.mark.parametrize("text, country", [
    ("we will provide more support for the Ukrainian people and are ready to impose sanctions", "United States"),
    ("Germany will send supplies to Kyiv even as gas prices rise", "Germany"),
    ("the sanctions are biting and the support of our partners remains firm", "Ukraine"),
    ("our support will not waver, and the sanctions will stay until Ukraine is free", "Poland"),
])
def test_support_with_a_beneficiary_giver_owner_or_giving_verb_stays_aid(text, country):
    assert _aid(text, country) is True


def test_the_frame_needs_sanctions_or_energy_named():
    words = "the idea has found little support".split()
    assert not aid_trade.trade_frame(words, words.index("support"))
    assert related("the question of new tanks does not yet have the support of Ukraine's partners")


def test_a_strong_aid_word_is_not_judged():
    words = "the aid arrived despite the sanctions".split()
    assert not aid_trade.trade_frame(words, words.index("aid"))


@pytest.mark.parametrize("text, country", [
    ("Kyiv will get more support to repair the energy grid before winter", "Germany"),  # energy is no trade word
    ("Kyiv will get more support even though the oil price keeps rising", "Germany"),  # Ukraine receives it
])
def test_ukraine_receiving_or_its_grid_stays_aid(text, country):
    assert _aid(text, country) is True


@pytest.mark.parametrize("text, country, aid", [
    ("Europe keeps financing the regime by buying its oil and gas", "Ukraine", False),  # was aid before the frame
    ("the EU has approved new financing for Ukraine despite the gas crisis", "Ukraine", True),  # Ukraine after it
])
def test_a_weak_word_the_capability_matcher_tags_is_judged_too(text, country, aid):
    assert _aid(text, country) is aid


@pytest.mark.parametrize("text", [
    "the sanctions are biting and the support of the united states remains firm",  # a donor in two words
    "the sanctions are biting and the support of britain remains firm",  # a donor place in one
    "the sanctions are biting and the support of our partners remains firm",  # a donor word
])
def test_a_giver_after_of_keeps_the_support(text):
    words = text.split()
    assert not aid_trade.trade_frame(words, words.index("support"))


def test_without_a_giver_the_support_is_the_measures():
    words = "the oil embargo still lacks support of member states".split()
    assert aid_trade.trade_frame(words, words.index("support"))

