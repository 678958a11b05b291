"""Pledges the cue words do not name (coding/commitments.py): the speaker's side standing by a party, and aid as the
subject of a future clause. Examples in edited wording of our own after different articles (other names and word
order outside the construction), run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    '"We will remain together with our fraternal Russia," the Belarusian leader told reporters.',
    '"America stands in solidarity with the brave people of Ukraine," the US attorney general said on Friday.',
    "Irish Prime Minister Leo Varadkar said Ireland stands firmly with Ukraine's people.",
    '"Kyiv may be certain that we will show our full solidarity," the German chancellor said.',
])
def test_own_solidarity_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"We stand for punishing every war criminal," the Czech foreign minister said on Tuesday.',
    '"We remain firmly convinced that only talks can end it," Belarusian Foreign Minister Vladimir Makei said.',
    '"I remain calm," the mayor of Kharkiv said.',
    "The analyst said the candidate would draw from the senator's support in a race of three.",
])
def test_standing_for_a_cause_or_remaining_in_a_state_is_no_solidarity(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    '"Help is on the way, and it is really big help," the Senate majority leader told reporters.',
    "The German defence minister said that BMP-1 armoured vehicles would very soon head to Ukraine "
    "from Greece.",
    "The US treasury secretary said the money will go towards vital operations in Ukraine.",
    '"This package will help Ukraine take the fight to Russia," British Prime Minister Rishi Sunak said.',
])
def test_aid_as_future_subject_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"Such weapons will be legitimate targets for our armed forces," Russia\'s foreign minister said.',
    '"The weapons will not arrive before spring," a Pentagon spokesman said.',
    '"If the aid comes too late, it will not help," the Ukrainian defence minister said.',
    "A US intelligence official said the Iranian drones would go to Russia next month.",
])
def test_aid_future_not_from_the_adversary_negated_or_hypothetical(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    '"And it will help calm world grain prices, which were already very high before the fighting," the UN chief '
    'added.',
    '"The new corridor will help lower food costs across Africa," the UN secretary general said on Monday.',
    '"The deal will help stabilise energy markets for poorer nations," the head of the UN agency said.',
])
def test_a_future_given_to_someone_else_commits_no_one(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    '"We will help Ukraine rebuild its power grid," the Japanese foreign minister said on Tuesday.',
    "The Dutch defence minister said the Netherlands will help Ukraine train more pilots.",
    '"Britain will continue to help Ukraine defend itself," the British foreign secretary said.',
])
def test_a_future_of_the_speakers_side_still_commits_it(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    'The US secretary of state said the United States continues "to see worrying signs of Russian build-up near '
    'the Ukrainian border."',
    'A State Department spokesman said the US was "continuing to reduce our embassy staff" in Kyiv.',
    '"We continue to monitor Russian troop movements near Ukraine closely," the British defence secretary said.',
])
def test_continuing_something_other_than_giving_is_no_commitment(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    '"Canada will keep supplying Ukraine with ammunition," the Canadian defence minister said.',
    "The Polish president said Poland would keep sending weapons to Ukraine.",
    '"We continue to support Ukraine with everything we have," the Lithuanian foreign minister said.',
])
def test_continuing_to_give_stays_a_commitment(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    "The US president assured that America, NATO and Ukraine pose no threat to Russia.",
    "The Council of Europe assembly reiterates that Moscow's invasion of Ukraine is an act of aggression under "
    "international law.",
    "The French foreign minister assured that the talks with Moscow over Ukraine had been frank.",
])
def test_a_commissive_cue_with_nothing_given_is_no_pledge(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    "The Irish leader pledged to stand by Ukraine however long the war lasts.",
    "The French president reaffirmed he did not exclude sending European soldiers to Ukraine.",
    "The Dutch prime minister promised that the Netherlands would send more F-16 jets to Ukraine.",
])
def test_a_commissive_cue_with_support_given_stays_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    'The French president said the allies meeting in Vilnius had "unanimously decided" to boost military aid to '
    'Ukraine.',
    "Slovenia plans to donate a number of old armoured vehicles to Ukraine, its defence ministry said.",
    "The Swedish prime minister said the Nordic governments had agreed to deliver more artillery shells to Kyiv.",
])
def test_a_decision_to_give_aid_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    "The US secretary of state said Washington had decided to move its embassy from Kyiv to Lviv.",
    "The Japanese prime minister said China had agreed to grant security guarantees to Ukraine in the event of a "
    "nuclear strike.",
    '"We decided to send two more brigades to the east," the Ukrainian army chief said.',
])
def test_a_decision_without_aid_conditional_or_to_itself_is_no_pledge(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    "The Danish defence minister said the F-16s would arrive in Ukraine in the summer.",
    '"The M777s will head to the front within weeks," the Australian defence minister said.',
    "The Czech president said the T-72s would reach Ukraine before the winter.",
])
def test_a_hyphenated_or_numbered_system_is_an_aid_object_of_the_frame(nlp, body):
    assert act_of(nlp, body) == "pledge"
