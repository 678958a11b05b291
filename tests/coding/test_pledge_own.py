"""Pledges of the speaker's own side (coding/own_pledges.py): the speaker as a reported pronoun ("it", "his
country"), readiness to give support, not abandoning support (a litotes). Short excerpts of news articles of the
corpus and the shared sets, one article each, in edited wording of our own (other names, numbers, word order outside
the construction), run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of_row, coded_row


@pytest.mark.parametrize("body, start", [
    ("Alexander Lukashenko, the Belarusian leader, said on Friday that his ex-Soviet state stands firmly behind Moscow.",
     "his ex-Soviet state"),
    ('Speaking on Tuesday, Joe Biden said that his country will provide Kyiv "with more modern rocket systems and '
     'munitions" while the fighting goes on.', "his country will provide"),
    ("The British government said it would supply rocket launchers of long range to Ukraine, in spite of a warning from "
     "the Kremlin on Monday that new targets would be hit if such arms reached Kyiv.",
     "it would supply"),
])
def test_the_speaker_as_reported_pronoun_pledges(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    ("Ahead of his trip to Moscow last week, Lukashenko insisted there is \u201cno way\u201d that his country would ever "
     "send soldiers into Ukraine unless it came under attack.", "there is"),
    ('On Sunday Vladimir Putin, the Russian president, said that his country would use "every means we have".',
     "his country would use"),
])
def test_the_adversary_or_a_threat_named_by_pronoun_is_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ("Lithuania and Poland said on Thursday they are prepared to help the Ukrainian authorities bring home men of "
     "conscription age, after Kyiv said it was halting passport services abroad for those men.", "they are prepared"),
    ("At a meeting in Paris last week, Emmanuel Macron told Volodymyr Zelensky that he "
     'remained "determined to help Ukraine win".', "he remained"),
    ("Washington, too, remains committed to backing Ukraine's people, whose lives the war has torn apart, "
     "a State Department spokesman said.", "Washington, too"),
    ("\u201cNew Zealand remains committed to helping Ukraine end this war on its own terms,\u201d she said.",
     "New Zealand remains"),
])
def test_own_readiness_to_give_support_is_a_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    ("The UN is fully prepared to send a team of experts to the camp to investigate the deaths, if both parties "
     "agree, a spokeswoman for the organisation said.", "The UN"),
    ("Belarus is still ready to provide a venue for talks that could end the war in "
     "Ukraine, President Aleksandr Lukashenko told journalists in Minsk in early March.", "Belarus is still"),
])
def test_readiness_under_a_condition_or_to_give_no_support_is_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ('Jens Stoltenberg, the head of NATO, said: "We must not stop supporting Ukraine. The price is high, for '
     'military aid and in what we pay for energy and food, but it is worth paying."', "We must not"),
    ("On Tuesday Emmanuel Macron repeated he would not rule out one day sending ground troops to "
     "Ukraine, warning of the danger Russia poses to Europe.", "he would not"),
    ("The French president insisted on Friday he does not exclude sending French soldiers to Ukraine.",
     "he does not"),
])
def test_not_abandoning_support_is_a_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


def test_cannot_rule_out_is_a_hedge_not_a_pledge(nlp):
    body = "Emmanuel Macron said in Prague that he cannot rule out ever sending European troops to Ukraine."
    assert act_of_row(nlp, body, "he cannot") != "pledge"


@pytest.mark.parametrize("body, start", [
    ('"America and its partners are ready to defend each NATO member on the eastern flank," Joe Biden told '
     "reporters in Delaware on a Thursday evening.", "America and its partners"),
    ("Speaking in Vilnius, Lloyd Austin said the US would defend its NATO allies in the Baltic region against any "
     "aggression.", "the US would defend"),
    ('"We will keep protecting the Israeli state," John Kirby, the spokesman, said at a briefing on Monday.',
     "We will keep"),
])
def test_own_protection_of_an_ally_is_a_pledge(nlp, body, start):
    row = coded_row(nlp, body, start)
    assert row["speech_act"] == "pledge" and not row["aid_related"]  # a pledge to others, no aid to Ukraine


@pytest.mark.parametrize("body, start", [
    ('"Poland will defend every inch of its own territory," Mariusz Blaszczak, the defence minister, said.',
     "Poland will defend"),
    ('"We will protect our people from these attacks," Andrzej Duda said in Warsaw on Sunday.', "We will protect"),
])
def test_own_ground_or_people_defended_is_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"
