"""An indefinite description of a past office ("A former navy admiral ... warned that ...") is the person the
text introduces next at a cue, whatever role the text gives that person now (described_near._past_fits, round 27).
Invented sentences."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    # the person named before the quotation, with the role held now ("now a ...")
    ("A former navy admiral warned on Tuesday that the harbour defences were too thin. Paul Dorn, now a lecturer "
     'at a naval college, said: "We have waited too long."', "that the harbour defences were too thin",
     "Paul Dorn"),
    ('A former diplomat said on Monday that the embassy would reopen. "It is a matter of weeks," Maria Kowal, a '
     "professor of law, told reporters.", "that the embassy would reopen", "Maria Kowal"),
    ('A former army general has told the Guardian that the front is holding. "The lines are stable," said Tom Reed, '
     "an analyst with the Rand Corporation.", "that the front is holding", "Tom Reed"),
], ids=["named-before-quotation-now", "told-professor", "has-told-analyst"])
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
    pytest.param("A former UN weapons inspector wrote in a column that the sanctions had failed. Lena Holm, a "
                 'researcher in Oslo, said: "The trade simply moved east."', "that the sanctions had failed",
                 "Lena Holm",
                 marks=pytest.mark.xfail(strict=True, reason="round-27 mend: the rule's limit, reported, not widened")),
    ("A former EU trade negotiator told the BBC that the tariffs would hurt farmers. \"Nobody planned for this,\" "
     "said Ines Vidal, who now runs a dairy.", "that the tariffs would hurt", "Ines Vidal"),
    ('A former KGB agent told the BBC that the poison came from a state laboratory. "Only the state makes it," said '
     "Oleg Sorin, who lives in London.", "that the poison came", "Oleg Sorin"),
], ids=["un-inspector-named-before-quotation", "kgb-agent-told-the-bbc", "eu-negotiator-said-who"])
def test_a_capitalised_person_noun_is_the_person_introduced_next(nlp, body, content, name):
    """An indefinite person noun with capitalised modifiers (personal.py: "A former UN weapons inspector") is, like any
    indefinite description, the person introduced next at a cue."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_a_capitalised_person_noun_with_no_one_introduced_stays_as_written(nlp):
    body = ("A former NATO liaison officer has said in an interview that the alliance is moving too slowly. The "
            "summit opens on Monday.")
    assert "officer" in speaker_of(extract_rows(nlp, body), "that the alliance is moving")


def test_a_present_capitalised_person_noun_stays_as_written_beside_the_person_named_next(nlp):
    """No past office: "a veteran Chicago-based pilot" stays as written, as ggt_dev's gold keeps such a description
    beside the person the next sentence names."""
    body = ('But a veteran Chicago-based pilot said the runway is too short for cargo jets. "Nobody would land a '
            'loaded freighter there," said Dan Hollis with the Air Line Pilots Association.')
    assert "pilot" in speaker_of(extract_rows(nlp, body), "the runway is too short")
