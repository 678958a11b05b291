"""Pledges the cue words do not name (coding/commitments.py): the speaker's side standing by a party, and aid as the
subject of a future clause. Examples written in the manner of different articles, run through the real pipeline
(parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    '"We will remain together with fraternal Russia," Belarusian President Alexander Lukashenko said.',
    '"The United States stands in solidarity with the people of Ukraine," US Attorney General Merrick Garland said.',
    "Irish Prime Minister Leo Varadkar said Ireland stands firmly with the people of Ukraine.",
    '"Ukraine may be sure that we will show the necessary solidarity," German Chancellor Olaf Scholz said.',
])
def test_own_solidarity_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"We stand for punishing all war criminals," Czech Foreign Minister Jan Lipavsky said.',
    '"We remain deeply convinced that only talks can end it," Belarusian Foreign Minister Vladimir Makei said.',
    '"I remain calm," the mayor of Kharkiv said.',
    "The pollster said he would draw from Clinton's support in a three-way race.",
])
def test_standing_for_a_cause_or_remaining_in_a_state_is_no_solidarity(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    '"Help is on the way, really significant help," Senate Majority Leader Chuck Schumer said.',
    "German Defence Minister Christine Lambrecht said that BMP-1 infantry fighting vehicles would very quickly head "
    "to Ukraine from Greece.",
    "US Treasury Secretary Janet Yellen said the funds will go towards critical operations in Ukraine.",
    '"This package will help Ukraine take the fight to Russia," British Prime Minister Rishi Sunak said.',
])
def test_aid_as_future_subject_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"These weapons will be a legitimate target for our military," Russian Foreign Minister Sergei Lavrov said.',
    '"The weapons will not arrive before spring," a Pentagon spokesman said.',
    '"If the aid comes too late, it will not help," the Ukrainian defence minister said.',
    "A US intelligence official said the Iranian drones would go to Russia next month.",
])
def test_aid_future_not_from_the_adversary_negated_or_hypothetical(nlp, body):
    assert act_of(nlp, body) != "pledge"
