"""Round 17, `summary_appositions`: the reporter's summary of a statement set after it as an indefinite noun
phrase headed by a speech-act noun ("..., an admission that ...") is not the statement's content. Sentences in
this project's own wording, modelled on different articles."""

from __future__ import annotations

import pytest

from support import extract_rows


def texts(rows):
    return [r["text"] for r in rows]


@pytest.mark.parametrize("body, content", [
    ("The senator said that some retirees would pay slightly more in fees, an admission that his rivals quickly "
     "seized on.", "that some retirees would pay slightly more in fees"),
    ("The mayor complained that the vote had been fixed against him, a charge that party officials denied.",
     "that the vote had been fixed against him"),
    ("She told reporters that the talks went both ways, a point the minister also conceded to the press.",
     "that the talks went both ways"),
    ("He said he would be back at work on Monday morning, a clear message about how hard he is fighting.",
     "he would be back at work on Monday morning"),
])
def test_a_summary_apposition_after_the_reported_clause_is_left_out(nlp, body, content):
    assert texts(extract_rows(nlp, body)) == [content]
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer")) == [content]


@pytest.mark.parametrize("body, content", [
    # a summary noun inside the content, not at its end
    ("He said the plan had a flaw, a claim that nobody could verify, and that it would fail.",
     "the plan had a flaw, a claim that nobody could verify, and that it would fail"),
    # a noun that names no speech act
    ("The coach said the team had lost its best player, a striker who scored twenty goals.",
     "the team had lost its best player, a striker who scored twenty goals"),
    # the speaker's own quotation
    ('"We will cut the fees, a point we made last year," the mayor said.', "We will cut the fees, a point we "
     "made last year"),
])
def test_other_appositions_stay(nlp, body, content):
    assert texts(extract_rows(nlp, body)) == [content]
