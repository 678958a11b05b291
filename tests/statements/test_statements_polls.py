"""A poll's finding is no statement (vetoes.unspoken_subject, vetoes.unspoken_source): a poll or survey as the cue's
subject or as the source of "according to" (the `poll_source` list). The respondents ("63 percent said") and
the pollster who speaks stay statements. Examples in our own wording, after constructions seen in several
articles of the readable corpus."""

from __future__ import annotations

import pytest

from pledgewatch import statements

NO_STATEMENT = [
    ("A survey for the public broadcaster, released on Friday, suggests most voters still back the government.",
     "suggests"),
    ("Polling carried out by a London think tank has indicated that few Belarusians want to join the war.",
     "indicated"),
    ("A poll by Gallup found that 60% of voters oppose the new tax.", "found"),
    ("According to a new poll, most Ukrainians expect to win back the occupied land.", "According"),
    ("The outcome, according to a survey of the clubs by a local channel, is 120 missing records.", "according"),
    ("According to the latest polls, about 70 percent of the voters distrust the party.", "According"),
]

STATEMENT = [
    ("Sixty-one percent said they would back the mayor again.", "said"),
    ("The pollster said that support for the war had fallen since spring.", "said"),
    ("According to the institute's director, the survey will be repeated in May.", "According"),
]


def _rows(nlp, text):
    art = {"article_id": "t", "text": text, "title": "", "title_chars": 0}
    return statements.extract(nlp(text), art)


@pytest.mark.parametrize("text,cue", NO_STATEMENT)
def test_a_poll_finding_gives_no_statement(nlp, text, cue):
    assert not any(r["cue"].split()[-1].lower() == cue.lower() or r["cue"].lower().startswith(cue.lower())
                   for r in _rows(nlp, text))


@pytest.mark.parametrize("text,cue", STATEMENT)
def test_respondents_and_pollsters_still_speak(nlp, text, cue):
    assert any(r["cue"].lower().startswith(cue.lower()) for r in _rows(nlp, text))
