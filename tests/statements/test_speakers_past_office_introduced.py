"""An indefinite description of a past office ("A former CIA analyst ... has told reporters ...") is the person the
text introduces next at a cue, whatever role the text gives that person now (described_near._past_fits, round 27).
Invented sentences."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("A former CIA analyst who studied the region for years has told reporters that the agency is ignoring the "
     'threat. "They are not listening to their own experts," said John Carver, a fellow at the Hoover Institution.',
     "that the agency is ignoring", "John Carver"),
    ('A former diplomat said on Monday that the embassy would reopen. "It is a matter of weeks," Maria Kowal, a '
     "professor of law, told reporters.", "that the embassy would reopen", "Maria Kowal"),
    ('A former army general has told the Guardian that the front is holding. "The lines are stable," said Tom Reed, '
     "an analyst with the Rand Corporation.", "that the front is holding", "Tom Reed"),
], ids=["relative-clause-fellow", "told-professor", "has-told-analyst"])
def test_a_past_office_is_the_person_introduced_next_whatever_their_role_now(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content", [
    ('A former defence minister has warned that the army lacks shells. "The stocks are empty," said Anna Berg, the '
     "defence minister of Sweden.", "that the army lacks shells"),
    ('A spokeswoman for the ministry said that the talks would resume. "We expect progress in May," said John '
     "Carver, a fellow at the Hoover Institution.", "that the talks would resume"),
], ids=["holds-that-office-now", "no-past-office"])
def test_a_description_the_introduced_role_contradicts_stays_as_written(nlp, body, content):
    """Look-alikes: the person holds the described office now (a former holder is someone else), or the
    description names no past office (a spokeswoman is no fellow)."""
    assert speaker_of(extract_rows(nlp, body), content) not in {"Anna Berg", "John Carver"}


@pytest.mark.parametrize("body, content, name", [
    ('A former FBI special agent has told reporters that the bureau is ignoring the threat. "They are not listening '
     'to their own experts," said John Carver, a fellow at the Hoover Institution.', "that the bureau is ignoring",
     "John Carver"),
    ('A former KGB agent told the BBC that the poison came from a state laboratory. "Only the state makes it," said '
     "Oleg Sorin, who lives in London.", "that the poison came", "Oleg Sorin"),
], ids=["fbi-special-agent", "kgb-agent"])
def test_a_capitalised_person_noun_is_the_person_introduced_next(nlp, body, content, name):
    """An indefinite person noun with capitalised modifiers (personal.py: "A former FBI special agent") is, like any
    indefinite description, the person introduced next at a cue."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_a_capitalised_person_noun_with_no_one_introduced_stays_as_written(nlp):
    body = ("A former FBI special agent has told reporters that the bureau is ignoring the threat. The hearing "
            "resumes on Monday.")
    assert "agent" in speaker_of(extract_rows(nlp, body), "that the bureau is ignoring")


def test_a_present_capitalised_person_noun_stays_as_written_beside_the_person_named_next(nlp):
    """No past office: "a veteran Chicago-based pilot" stays as written, as ggt_dev's gold keeps such a description
    beside the person the next sentence names."""
    body = ('But a veteran Chicago-based pilot said the runway is too short for cargo jets. "Nobody would land a '
            'loaded freighter there," said Dan Hollis with the Air Line Pilots Association.')
    assert "pilot" in speaker_of(extract_rows(nlp, body), "the runway is too short")
