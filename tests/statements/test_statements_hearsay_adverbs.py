"""A clause with a hearsay adverb ("the firms have reportedly looked at it") is a statement with no speaker under
PolNeAR's convention (`hearsay.hearsays`), none under the guide's, and adds none to a cue with its own
statement. Invented sentences; moved from the round-named file of round 19."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


HEARSAY = [
    ("Two rival firms have reportedly looked at the company and passed.",
     "Two rival firms have reportedly looked at the company and passed"),
    ("The intruders had reportedly broken into dozens of mailboxes before anyone noticed.",
     "The intruders had reportedly broken into dozens of mailboxes before anyone noticed"),
    ("Reportedly, the driver had quarrelled with his neighbours for months and was under review.",
     "the driver had quarrelled with his neighbours for months and was under review"),
]


@pytest.mark.parametrize("body, content", HEARSAY)
def test_a_clause_with_a_hearsay_adverb_is_a_statement_under_the_outer_convention(nlp, body, content):
    rows = extract_rows(nlp, body, **OUTER)
    assert [(r["text"], r["cue"].lower(), r["speaker_text"]) for r in rows] == [(content, "reportedly", "")]


@pytest.mark.parametrize("body, content", HEARSAY)
def test_the_guide_gives_no_statement_for_a_hearsay_adverb(nlp, body, content):
    assert extract_rows(nlp, body) == []


def test_a_hearsay_adverb_on_a_cue_with_its_own_statement_adds_none(nlp):
    rows = extract_rows(nlp, "The mayor reportedly told aides that he would resign in the spring.", **OUTER)
    assert [(r["cue"], r["text"]) for r in rows] == [("reportedly told", "that he would resign in the spring")]
