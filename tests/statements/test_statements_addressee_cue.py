"""Round 15, the addressee of a cue whose direct object is always the one addressed (the `addressee_cue` list: ask,
tell): after a quotation the cue closes, its noun-phrase object is no second statement, whatever the noun
(in our words: '"Why do you still back her?" the senator asked party donors', `content.frame.addressee_after_quote`).
Passages of PolNeAR news articles (HuffPost, Western Journalism, Politico, USA Today), named by their first and last
words and read from ../shared (support.shared_text, skipped where absent), parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

OUTER = {"quote_parts": "join", "nesting": "outer"}


@pytest.mark.parametrize("passage, quotation, addressee", [
    # HuffPost, August 2016: a plural common noun with an adjective
    (("“Why are you still", "your standard-bearer?”"), "him?", "Republican politicians"),
    # Western Journalism, March 2016: a noun phrase of several words
    (("“Did you know it", "real estate mogul."), "Mussolini?", "the real estate mogul"),
    # USA Today, July 2016: "told the protesters"
    (('"We are leaving behind', "Stein told the protesters."), "the corruption", "the protesters"),
])
@pytest.mark.parametrize("kw", [{}, OUTER])
def test_the_addressee_of_ask_or_tell_is_no_statement(nlp, passage, quotation, addressee, kw):
    """`quotation`: the words the quotation's opening ends with, so it is read from ../shared (after the opening
    mark) too."""
    body = shared_text(*passage)
    quotation = body[1:body.index(quotation) + len(quotation)]
    texts = [r["text"] for r in extract_rows(nlp, body, **kw)]
    assert any(t.startswith(quotation) for t in texts), texts
    assert not any(t.startswith(addressee) for t in texts), texts


def test_without_a_quotation_before_the_object_is_content(nlp):
    # no quotation closed by the cue: the person asked with what they are asked to do is the request's content
    rows = extract_rows(nlp, "The senator asked the governor to resign over the scandal.")
    assert [r["text"] for r in rows] == ["the governor to resign over the scandal"]
