"""Rows that are no statement (issue #14, round 14): a concessive "That said," and a kicker or furniture label
before a colon. Real excerpts, each from a different article (polnear_train's even half, coding_dev's half A)."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("text", [
    # a NYT piece on the New York primary (polnear_train)
    "That said, a loss to Mr. Sanders in this state would provide a sour and deflating end to her primary campaign.",
    # a NYT piece on Fox News after Ailes (polnear_train)
    "That said, Fox News's audience tends to be older, which is why executives there value its younger stars.",
    # a piece on millennials' politics (polnear_train)
    "That said, Millennials say they believe success will require a lifetime of effort on their part.",
    # a piece on the Republican delegate race (polnear_train)
    "That said, Cruz cannot realistically get enough delegates to win the nomination outright at the convention.",
])
def test_that_said_opening_a_sentence_is_no_statement(nlp, text):
    rows = extract_rows(nlp, text)
    assert not any(r["cue"] == "said" for r in rows), rows


def test_a_cue_after_the_concession_still_speaks(nlp):
    # a profile of Jan Brewer (polnear_train): the concession opens the sentence, "she also noted" is a statement
    text = ('At a rally in Milwaukee this spring, Jan Brewer described Trump as "kind." (That said, she also noted, '
            '"When you attack him, he will punch back 10 times harder.")')
    rows = extract_rows(nlp, text)
    assert not any(r["cue"] == "said" for r in rows)
    assert any(r["text"].startswith("When you attack him") and r["speaker_name"] == "Jan Brewer" for r in rows)


def test_a_pronoun_subject_that_speaks_without_the_comma_is_kept(nlp):
    rows = extract_rows(nlp, "The ministry issued a statement on Monday. It said the talks would resume in March.")
    assert [r["speaker_name"] for r in rows if r["cue"] == "said"] != []


@pytest.mark.parametrize("body", [
    # a partisan blog on the primaries (polnear_train): a kicker, nobody's words
    "Breaking: Bernie Sanders Just Got A MAJOR Win That Could Shake Up The Dem Race In This State\n\n"
    "The senator won the state's caucuses on Saturday by a wide margin.",
    # another post of such a site (polnear_train)
    "LOOK: Shocking Photos Of GOP Candidate's Rally Are Going Viral\n\nThe crowd was much smaller than expected.",
    # a poll story (polnear_train): a document with no source named
    "Poll: Trump and Clinton hold narrow leads in Pennsylvania\n\nBoth front-runners lead their rivals by a few "
    "points.",
    # a Polish news site (coding_dev half A): a video link with its presenter's name, page furniture
    "Israel said the drone was shot down on Sunday.\n\nVideo Marta Klimkiewicz: Polish agriculture loses PLN 6.5 "
    "billion a year due to drought\n\nAttack on Israel.",
])
def test_a_kicker_or_furniture_label_before_a_colon_is_no_statement(nlp, body):
    rows = extract_rows(nlp, body)
    assert not any(r["cue"] == ":" for r in rows), rows


def test_a_speakers_label_before_a_colon_still_speaks(nlp):
    # a Breitbart interview headline (polnear_train): a named person's words
    rows = extract_rows(nlp, "Roger Stone: Don't Trust the Voting Machines\n\nStone spoke to the radio host on Monday.")
    assert any(r["cue"] == ":" and r["speaker_name"] == "Roger Stone" for r in rows), rows
