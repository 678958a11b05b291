"""Round 15, the addressee of a cue whose direct object is always the one addressed (the `addressee_cue` list: ask,
tell): after a quotation the cue closes, its noun-phrase object is no second statement, whatever the noun
('"Why are you still endorsing him?" Obama asked Republican politicians', `content.frame.addressee_after_quote`).
Passages of PolNeAR news articles (HuffPost, Western Journalism, Politico, USA Today), named by their first and last
words and read from ../shared (support.shared_text, skipped where absent), parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

OUTER = {"quote_parts": "join", "nesting": "outer"}


@pytest.mark.parametrize("passage, quotation, addressee", [
    # HuffPost, August 2016: a plural common noun with an adjective
    (("“Why are you still endorsing him?” Obama", "your standard-bearer?”"), "Why are you still endorsing him?",
     "Republican politicians"),
    # Western Journalism, March 2016: a noun phrase of several words
    (("“Did you know it was Mussolini?” Todd", "real estate mogul."), "Did you know it was Mussolini?",
     "the real estate mogul"),
    # USA Today, July 2016: "told the protesters"
    (("\"We are leaving behind the corruption", "Stein told the protesters."), "We are leaving behind the corruption",
     "the protesters"),
])
@pytest.mark.parametrize("kw", [{}, OUTER])
def test_the_addressee_of_ask_or_tell_is_no_statement(nlp, passage, quotation, addressee, kw):
    texts = [r["text"] for r in extract_rows(nlp, shared_text(*passage), **kw)]
    assert any(t.startswith(quotation) for t in texts), texts
    assert not any(t.startswith(addressee) for t in texts), texts


def test_without_a_quotation_before_the_object_is_content(nlp):
    # no quotation closed by the cue: the person asked with what they are asked to do is the request's content
    rows = extract_rows(nlp, "The senator asked the governor to resign over the scandal.")
    assert [r["text"] for r in rows] == ["the governor to resign over the scandal"]
