"""aid_related from the war's outcome a speaker wants (pledgewatch.coding.aid_goals): Ukraine's victory under a wish
or norm, Ukraine's defence as a right. Sentences in our own wording, each shaped on a statement of a different
article (a donor minister, a senator, a third country's head of government; a prime minister, a defence minister, a
foreign minister); negatives for the recipient's own fight, the adversary and a bare forecast."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import aid_goals
from support import aid_kinds, lowers_caps


def kinds(text, side="donor") -> set[str]:
    return aid_kinds(text, side)


def coded(text, country="United Kingdom", cue="said") -> dict:
    row = {"statement_id": "s1", "article_id": "a1", "text": text, "cue": cue, "cue_lemma": cue,
           "quote_type": "indirect", "speaker_name": "Someone", "speaker_text": "", "speaker_type": "person",
           "speaker_role": "", "speaker_country": country, "speaker_is_official": True, "in_title": False}
    return coding.code_statements(pd.DataFrame([row])).iloc[0].to_dict()


@pytest.mark.parametrize("text", [
    "We need to make sure Ukraine prevails and wins this war, so no other country is attacked next.",
    "it is in America's interest and in that of the entire free world that the Ukrainian army prevails",
    "a victory for Ukraine had become a strategic imperative for the democracies",
    "Weapons are coming, real help. Help that should make sure the Ukrainians are victorious",
])
def test_ukraine_prevails(text):
    assert "ukraine_prevails" in kinds(text)
    assert coded(text)["aid_related"]


@pytest.mark.parametrize("text", [
    "that Ukraine had every right to defend itself",
    "No to landmines and yes to a legitimate defence of Ukraine, one that respects the law",
    "the Ukrainians, he stressed, have every right to defend themselves against strikes from over the border",
])
def test_right_to_defend(text):
    assert "right_to_defend" in kinds(text)
    assert coded(text)["aid_related"]


@pytest.mark.parametrize("text, side", [
    ("we will defend our country until the victory", "recipient"),  # the recipient's own fight
    ("Ukraine must win, and we will keep fighting", "recipient"),
    ("Ukraine has no right to defend itself with Western missiles", "adversary"),  # the adversary's line
    ("most Ukrainians expect their country to win the war", "donor"),  # a forecast, no wish or norm
    ("the team from Kyiv won the final on Sunday", "donor"),
])
def test_no_outcome_anchor(text, side):
    lowers, _ = lowers_caps(text)
    assert aid_goals.outcome_anchors(lowers, side) == []


def test_recipient_own_fight_is_no_aid():
    assert not coded("we will defend our country until the victory", country="Ukraine")["aid_related"]


@pytest.mark.parametrize("text, act, side, expected", [
    ("to defeat this evil and end the war, we need the full unity of the free world", "appeal", "recipient", True),
    ("since the invasion threatens the whole continent, the answer to it must be common", "appeal", "recipient", True),
    ("every nation that wants peace should join the common efforts to stop this aggression", "appeal", "recipient", True),
    ("we need common and tougher sanctions on Moscow", "appeal", "recipient", False),  # sanctions alone: no aid
    ("our nation has never been more united", "assessment", "recipient", False),  # no appeal
    ("the allies must show unity at the summit", "appeal", "donor", False),  # not the recipient
])
def test_common_front(text, act, side, expected):
    lowers, _ = lowers_caps(text)
    assert aid_goals.common_front(lowers, act, side) is expected


def test_common_front_whole_stage():
    text = "the answer to the invasion must be common"
    row = coded(text, country="Ukraine")
    assert row["speech_act"] == "appeal" and row["aid_related"]


@pytest.mark.parametrize("text", [
    # the frame more than 15 tokens but at most 15 words before the victory word: commas are not counted
    "it is, I am sure, in the interest of Britain, of France, of Germany, and of every ally, that Ukraine wins",
    "our duty, as it was then, and as it is today, is that the Ukrainian army prevails",
    "we must, whatever it costs, however long, and whatever they say in Moscow, see that Kyiv succeeds",
])
def test_commas_do_not_push_the_frame_out_of_the_window(text):
    assert "ukraine_prevails" in kinds(text)


def test_the_window_still_ends_at_fifteen_words():
    text = ("it is in the interest of every one of the many small and large countries of this old continent and "
            "beyond that Ukraine wins")
    assert "ukraine_prevails" not in kinds(text)
