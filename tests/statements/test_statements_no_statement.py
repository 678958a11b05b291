"""Rows that are no statement (issue #14, round 14): a concessive "That said," and a kicker or furniture label
before a colon. Real excerpts, each from a different article (polnear_train's even half, coding_dev's half A)."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("text", [
    # a NYT piece on the New York primary (polnear_train)
    "That said, losing this state to Mr. Sanders would give her primary run a bitter and deflating end.",
    # a NYT piece on Fox News after Ailes (polnear_train)
    "That said, the channel's audience skews older, which is why its bosses value younger anchors.",
    # a piece on millennials' politics (polnear_train)
    "That said, young voters say they expect success to take a lifetime of hard work.",
    # a piece on the Republican delegate race (polnear_train)
    "That said, Kasich has no real path to the delegates needed for an outright win at the convention.",
])
def test_that_said_opening_a_sentence_is_no_statement(nlp, text):
    rows = extract_rows(nlp, text)
    assert not any(r["cue"] == "said" for r in rows), rows


def test_a_cue_after_the_concession_still_speaks(nlp):
    # a profile of Jan Brewer (polnear_train): the concession opens the sentence, "she also noted" is a statement
    text = ('At a rally in Phoenix last spring, Jan Brewer called Trump "kind." (That said, she also remarked, '
            '"When you go after him, he hits back far harder.")')
    rows = extract_rows(nlp, text)
    assert not any(r["cue"] == "said" for r in rows)
    assert any(r["text"].startswith("When you go after him") and r["speaker_name"] == "Jan Brewer" for r in rows)


def test_a_pronoun_subject_that_speaks_without_the_comma_is_kept(nlp):
    rows = extract_rows(nlp, "The ministry issued a statement on Monday. It said the talks would resume in March.")
    assert [r["speaker_name"] for r in rows if r["cue"] == "said"] != []


@pytest.mark.parametrize("body", [
    # a partisan blog on the primaries (polnear_train): a kicker, nobody's words
    "Breaking: Bernie Sanders Just Scored A HUGE Win That Could Upend The Race In This State\n\n"
    "The senator carried the state's caucuses on Saturday by a big margin.",
    # another post of such a site (polnear_train)
    "LOOK: Stunning Pictures From A GOP Candidate's Rally Go Viral\n\nThe crowd was much smaller than expected.",
    # a poll story (polnear_train): a document with no source named
    "Poll: Clinton and Trump keep slim leads in Ohio\n\nBoth front-runners lead their rivals by a few "
    "points.",
    # a Polish news site (coding_dev half A): a video link with its presenter's name, page furniture
    "Israel said the drone was shot down on Sunday.\n\nVideo Anna Nowak: Polish farms lose PLN 4 "
    "billion a year to the heat\n\nStrike on Israel.",
])
def test_a_kicker_or_furniture_label_before_a_colon_is_no_statement(nlp, body):
    rows = extract_rows(nlp, body)
    assert not any(r["cue"] == ":" for r in rows), rows


def test_a_speakers_label_before_a_colon_still_speaks(nlp):
    # a Breitbart interview headline (polnear_train): a named person's words
    rows = extract_rows(nlp, "Roger Stone: Don't Trust Those Vote Counters\n\nStone spoke to the radio host on Monday.")
    assert any(r["cue"] == ":" and r["speaker_name"] == "Roger Stone" for r in rows), rows
