"""Capability surface forms in another sense (issue #13, round 27): the guide tags a capability only where the content
names it, and money as `financial` only where it is funding. Each class: look-alikes that must lose the tag and uses
that must keep it. Sentences are invented for these tests, in the constructions' shapes."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding.capabilities import find


def cats(text: str) -> set[str]:
    return {c for c, _ in find(text)}


def coded(text: str) -> list[str]:
    row = {"statement_id": "s1", "article_id": "a1", "text": text, "cue": "said", "cue_lemma": "said",
           "quote_type": "indirect", "speaker_name": "Someone", "speaker_text": "", "speaker_type": "person",
           "speaker_role": "", "speaker_country": "Germany", "speaker_is_official": True, "in_title": False}
    return coding.code_statements(pd.DataFrame([row])).iloc[0]["capabilities"]


# A designation whose letters are an English word ("A-10", "AT4", "AIM-9") is a name: written in capitals, and never
# a number of a quantity ("a 10% lead", "at 4 pm", "A 10-year-old").
@pytest.mark.parametrize("text", [
    "the latest polls give him a 10% lead",
    "the ministers will meet at 4 pm in Brussels",
    "A 10-year-old girl was among the wounded, the governor said",
    "we aim 9 new projects at the border regions",
    "the vote is at 4 o'clock",
])
def test_a_number_after_a_short_word_is_no_designation(text):
    assert not cats(text) & {"combat_aircraft", "anti_tank", "air_defence"}, find(text)


@pytest.mark.parametrize("text, cat", [
    ("the US will send A-10 attack planes to the region", "combat_aircraft"),
    ("Sweden delivered more AT4 launchers to the front", "anti_tank"),
    ("a batch of AIM-9 missiles for the NASAMS batteries", "air_defence"),
    ("the A-10s flew over the base", "combat_aircraft"),
    ("two thousand AT-4 grenade launchers", "anti_tank"),
])
def test_designations_keep_their_category(text, cat):
    assert cat in cats(text), find(text)


# "grant" as a verb (a modal, "to", a negation or a pronoun subject before it; a pronoun object after it) is no grant
# of money; "a grant", "the grants", "a $50m grant" are.
@pytest.mark.parametrize("text", [
    "the ministry did not grant them entry to the zone",
    "we will grant them asylum if they ask",
    "the court refused to grant bail to the journalist",
    "They cannot grant such requests while the war goes on",
    "Budapest won't grant its approval",
])
def test_the_verb_grant_is_not_financial(text):
    assert "financial" not in cats(text), find(text)


@pytest.mark.parametrize("text", [
    "a $500m grant for Kyiv",
    "the grants will pay for schools in Kharkiv",
    "Norway announced a new grant to the energy fund",
    "we approved grants worth 20 million euros for reconstruction",
])
def test_a_grant_of_money_stays_financial(text):
    assert "financial" in cats(text), find(text)


# Food beside grain or fertiliser ("food and fertiliser", "grain and food") is a traded good, no food aid (like "food
# and energy"); food brought to people is. ("The world's food supply" is left alone: coding_dev's coder tags it
# humanitarian where the team's annotators do not.)
@pytest.mark.parametrize("text", [
    "ships must carry grain and food to world markets",
    "Russia must let food and fertiliser leave the ports",
    "prices of grains and food rose again in Egypt",
    "shipments of fertilizer and food to Africa have stopped",
])
def test_food_as_a_traded_good_is_not_humanitarian(text):
    assert "humanitarian" not in cats(text), find(text)


@pytest.mark.parametrize("text", [
    "we sent food and medicine to Kharkiv",
    "the convoy brought food to the besieged city",
    "Ireland will fund food for displaced families",
])
def test_food_brought_to_people_stays_humanitarian(text):
    assert "humanitarian" in cats(text), find(text)


# Money owed or paid on debt (bonds, interest payments, creditors) is no funding: the guide's "money is `financial`
# only when it is funding".
@pytest.mark.parametrize("text", [
    "Belarus has not paid $25m of interest payments on its bonds",
    "Moscow owes creditors $2bn on its eurobonds",
    "the state must pay $40m to bondholders by Friday",
])
def test_debt_payments_are_not_funding(text):
    assert "financial" not in coded(text)


@pytest.mark.parametrize("text", [
    "the EU will lend Kyiv $5bn to pay its bondholders",
    "Japan gave $100m in budget support",
    "the IMF approved a $15.6bn loan for Ukraine",
])
def test_funding_stays_financial_beside_debt_words(text):
    assert "financial" in coded(text)


@pytest.mark.parametrize("text", [
    # round 30: coastal defence is anti-ship defence (naval), shaped on two package announcements and a base report
    "the package includes additional artillery and coastal defense weapons, as well as ammunition",
    "howitzers, ammunition and coastal defence systems will follow",
    "the strike hit the coastal defences near the port",
])
def test_coastal_defence_is_naval(text):
    assert "naval" in cats(text) and "air_defence" not in cats(text)


# Investment (round 41, the corpus audit): investment is funding only when Ukraine is where it goes; a business's,
# a sector's or an economy's investment, and "investment" as a figure of speech, are not `financial`. Sentences
# invented in the shapes of the corpus's (an energy company, an outlet's forecast, a ministry, a council report).
@pytest.mark.parametrize("text", [
    "the group keeps investing in cleaner refining plants",
    "capital spending, including external investments, will rise next year",
    "investment by state firms lifted growth last quarter",
    "a strong army is the best investment in our future",
    "the inquiry looks at his business and investment ties",
    "the port city had invested in new gas terminals",
])
def test_investment_elsewhere_is_not_financial(text):
    assert "financial" not in cats(text), find(text)


@pytest.mark.parametrize("text", [
    "the bank will use its expertise to help draw investment into Ukraine",
    "he urged partners to support Ukraine by investing in the country",
    "the conference seeks new investments in Ukraine's reconstruction",
])
def test_investment_in_ukraine_is_financial(text):
    assert "financial" in cats(text), find(text)
