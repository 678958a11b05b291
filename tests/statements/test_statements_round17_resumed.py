"""Round 17, `content.quotation.resumed_quote`: after a cue clause that holds more than the cue ('he said of the
plan'), a quotation that resumes the sentence after a comma is the statement's second part when it starts in
lower case, and also when it is a whole quoted sentence starting in upper case. Sentences in this project's own
wording, modelled on different articles."""

from __future__ import annotations

import pytest

from support import extract_rows


def texts(rows):
    return [r["text"] for r in rows]


RESUMED = [
    ('"We had no way to know how they voted," the governor said of the released inmates, "But we know they '
     'paid their debt and came home."', "We had no way to know how they voted",
     "But we know they paid their debt and came home."),
    ('"As far as the campaigns care," he said of the rival teams, "I have probably annoyed every one of them. '
     'That is my job."', "As far as the campaigns care", "I have probably annoyed every one of them. That is my job."),
    ('"Nobody expected the storm to turn," the forecaster said on Monday of the hurricane, "We will be more '
     'careful next season."', "Nobody expected the storm to turn", "We will be more careful next season."),
]


@pytest.mark.parametrize("body, first, second", RESUMED)
def test_a_whole_quoted_sentence_resumed_after_the_cue_clause_is_the_second_part(nlp, body, first, second):
    assert texts(extract_rows(nlp, body)) == [first, second]
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer")) == [first + " " + second]


@pytest.mark.parametrize("body, first", [
    ('"It was a long night," she said of the film, "The Post," which opened on Friday.', "It was a long night"),
    ('"We will see," he said of the vote, "Maybe."', "We will see"),
])
def test_a_title_or_a_short_word_after_the_cue_clause_is_not_a_second_part(nlp, body, first):
    assert texts(extract_rows(nlp, body))[0] == first
    assert len([r for r in extract_rows(nlp, body) if r["quote_type"] == "direct"]) == 1
