"""Speaker constructions of issue 14 step 2 (round 11), found on coding_dev's half A and counted on the corpus
(coding_dev's half B removed); each with sentences in the style of at least three different (invented) articles, run
end to end through statements.extract, and the cases that must keep their speaker."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("But US President Joe Biden told the Ukrainian leader on Wednesday that an assault in March was a genuine "
     "possibility, according to spokesperson Emily Horne.", "But US President Joe Biden", "Joe Biden"),
    ('"There were no injuries or damage," Gladkov wrote on Telegram, according to Reuters.', "There were no",
     "Gladkov"),
    ("Chinese leader Xi Jinping told Lukashenko during the meeting that their friendship would remain unbreakable, "
     "according to Chinese state media.", "Chinese leader Xi Jinping", "Xi Jinping"),
], ids=["biden-told", "gladkov-wrote", "xi-told"])
def test_according_to_a_reporter_over_a_speech_verb_is_that_verbs_subject(nlp, body, content, name):
    """"B said X, according to A": the statement's words carry B's own attribution; B is the innermost speaker
    (relayed.py)."""
    rows = [r for r in extract_rows(nlp, body) if r["cue"].lower() == "according to"]
    assert rows and rows[0]["text"].startswith(content) and rows[0]["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ("Gazprom announced it was reducing flows through the pipeline by a third, citing late repairs.",
     "it was reducing", "Gazprom"),
    ("Sergei Lavrov said several of the addresses were mere theatre, citing Boris Johnson as a leading "
     "example.", "several of the addresses", "Sergei Lavrov"),
    ("According to the ministry, Russia agreed to withdraw its troops from the island.", "Russia agreed", "ministry"),
    ("Moscow halted gas flows through the pipeline on Monday, the company said, citing maintenance.",
     "Moscow halted", "company"),
    ("The US stated it had noticed no change in Russia's nuclear stance, according to Pentagon spokesperson Patrick "
     "Ryder.", "The US stated", "Patrick Ryder"),
    ("Two American volunteers were killed lately near Bakhmut, CNN reported on Friday, citing a State Department "
     "spokesperson.", "Two American volunteers", "CNN"),
    ("The drone sale has been paused over fears for its equipment, Reuters reported, citing two sources close "
     "to the matter.", "The drone sale", "Reuters"),
    ("Moscow has already imported $70 million worth of drones from Beijing in 2023. That's according to Politico, "
     "the agency reports.", "Moscow has already imported", "Politico"),
], ids=["citing-a-thing", "person-citing-an-example", "according-to-an-act", "citing-maintenance",
        "body-said-according-to-its-spokesperson", "reported-citing-a-spokesperson", "reported-citing-people",
        "according-to-as-the-reported-clause"])
def test_the_reporter_keeps_a_statement_that_relays_no_source(nlp, body, content, name):
    """The verb under "according to" reports no clause, "according to" is itself what the outer verb reports, a named
    person reports what a body said ("the US said ..., according to spokesperson Patrick Ryder"), or the
    reporter says where it has the news from ("Reuters reported, citing ...": the reporter, as ukraine_dev's and
    ggt_dev's gold has it): the mention at the cue stays the speaker."""
    assert name in speaker_of(extract_rows(nlp, body), content)


@pytest.mark.parametrize("body, content, name", [
    ("Chinese leader Xi Jinping told Lukashenko during the meeting that their friendship would remain unbreakable, "
     "according to Chinese state media.", "Chinese leader Xi Jinping", "Chinese state media"),
    ("But US President Joe Biden told the Ukrainian leader on Wednesday that an assault in March was a genuine "
     "possibility, according to spokesperson Emily Horne.", "But US President Joe Biden", "Emily Horne"),
], ids=["xi-told", "biden-told"])
def test_under_outer_nesting_the_reporter_keeps_what_it_relays(nlp, body, content, name):
    """PolNeAR's convention (nesting="outer"): the outer source keeps the statement (not a direct quotation with
    its own cue before "according to": test_statements_round17_according.py)."""
    rows = [r for r in extract_rows(nlp, body, nesting="outer") if r["cue"].lower() == "according to"]
    assert rows and rows[0]["text"].startswith(content) and rows[0]["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ('Vladimir Putin was sworn in again on Tuesday. Full of confidence, the Russian strongman closed '
     'his address by declaring: "Together we will win."', "Together we will win", "Vladimir Putin"),
    ("Robert Habeck, Germany's energy minister, visited Vienna this week. On the trip, the Green politician said "
     "families as well must do their share.", "families as well must", "Robert Habeck"),
    ("Pope Francis spoke to pilgrims in St Peter's Square on Sunday. The Argentinian pontiff condemned the "
     "bombardment of the city.", "the bombardment of the city", "Francis"),
], ids=["strongman", "green-politician", "pontiff"])
def test_a_definite_person_noun_with_a_capitalised_modifier_is_the_person_meant(nlp, body, content, name):
    """"the Russian strongman", "the Green politician", "The Argentinian pontiff": a person described, not an
    organisation's name; the person the passage is about (personal.py)."""
    r = [r for r in extract_rows(nlp, body) if content in r["text"]][0]
    assert name in r["speaker_name"] and r["speaker_type"] == "person"


@pytest.mark.parametrize("body, content, name, kind", [
    ("A former FBI field agent who spent years inside militia groups told the Guardian that the agency is failing.",
     "that the agency is failing", "former FBI field agent", "person"),
    ("A Russia-backed separatist claimed that 400 Ukrainian fighters were trapped in the plant.",
     "that 400 Ukrainian fighters", "Russia-backed separatist", "person"),
    ("A 15-year-old Ukrainian girl described how she was held captive for two months.", "how she was held",
     "15-year-old Ukrainian girl", "person"),
    ("The US defence department said it would send more shells to Kyiv.", "it would send", "US defence department",
     "organization"),
], ids=["fbi-agent", "separatist", "boy", "department-stays-an-organisation"])
def test_an_indefinite_person_noun_with_a_capitalised_modifier_is_a_person_as_written(nlp, body, content, name, kind):
    """"A former FBI special agent", "A Russia-backed separatist": a person as written (personal.py); an
    organisation's head ("department") stays an organisation."""
    r = [r for r in extract_rows(nlp, body) if r["text"].startswith(content)][0]
    assert (r["speaker_name"], r["speaker_type"]) == (name, kind)
