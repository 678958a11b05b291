"""Round 16, a clause before a semicolon is not the content of the cue after it (`content.clause.semicolon_before`):
the parse makes "A" the complement of the cue in "A; X criticize B", as in "A, X said", but across a semicolon, with
the cue's own complement after it, the two are independent clauses (headline-and-deck titles of USA Today and the
NYT in PolNeAR: "Headline; Deck"). Our own wording, parsed with the real model, under both conventions."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


@pytest.mark.parametrize("title, content, not_content", [
    # a deck with the cue's object
    # (round 34: "warn of", not "criticize", which is no cue under PolNeAR's convention as scored: guide_only_cue)
    ("City budget passes after long night; Councillors warn of plan that would cut bus routes",
     "plan that would cut bus routes", "City budget passes"),
    # a deck with the cue's infinitive
    ("Senator wins a small victory; Mayor vows to be 'more careful' with his words",
     "to be 'more careful' with his words", "Senator wins"),
    # a deck with a request verb and its object
    ("Talks collapse after a week; Union leaders urge members to walk out", "members to walk out", "Talks collapse"),
])
@pytest.mark.parametrize("kw", [{}, OUTER])
def test_the_clause_before_a_semicolon_is_no_content(nlp, title, content, not_content, kw):
    texts = [r["text"] for r in extract_rows(nlp, "The council met on Monday.", title=title, **kw)]
    assert content in texts, texts
    assert not any(t.startswith(not_content) for t in texts), texts


@pytest.mark.parametrize("body, content", [
    ("Prices rose again in May; economists warned of the bank's slow response.", "the bank's slow response"),
    ("The plant closed in March; local leaders demanded an inquiry into the closure.", "an inquiry into the closure"),
    ("The vote was delayed again; opposition lawmakers accused the speaker of stalling.", "the speaker of stalling"),
])
@pytest.mark.parametrize("kw", [{}, OUTER])
def test_in_a_body_sentence_too(nlp, body, content, kw):
    texts = [r["text"] for r in extract_rows(nlp, body, **kw)]
    assert texts == [content], texts


@pytest.mark.parametrize("kw", [{}, OUTER])
def test_a_clause_before_a_comma_is_still_content(nlp, kw):
    texts = [r["text"] for r in extract_rows(nlp, "The budget will pass on Friday, councillors said.", **kw)]
    assert texts == ["The budget will pass on Friday"], texts
