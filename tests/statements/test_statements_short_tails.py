"""`continuations.short_tails`: a one- or two-word quotation closing an interrupted quote ('"A," X said. "Not
yet."') is the statement's last part under the join convention and no row under split; a short quotation after
another sentence is no tail. Moved from the round-named file of round 13."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def texts(rows):
    return [r["text"] for r in rows]


SHORT_TAILS = [
    (shared_text('"There was carnage', 'said. "Bodies everywhere."'),
     shared_text("There was carnage", "on the road")
     + " Bodies everywhere."),
    ("\"It's a drain on our campaign money,\" O'Neill said. \"Big time.\" Their staff, for one, is small.",
     "It's a drain on our campaign money Big time."),
    (shared_text("“This is sophomoric,”", "Young Conservatives. “Blacklisted?”", straight=True),
     "This is sophomoric Blacklisted?"),
    ('"I feel really good about our odds this autumn," Tester said. "Very good."',
     "I feel really good about our odds this autumn Very good."),
]


@pytest.mark.parametrize("body, joined", SHORT_TAILS)
def test_a_short_closing_quotation_is_the_last_part_under_join(nlp, body, joined):
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer"))[0] == joined


@pytest.mark.parametrize("body, joined", SHORT_TAILS)
def test_a_short_closing_quotation_is_no_row_under_split(nlp, body, joined):
    rows = extract_rows(nlp, body)
    assert len(rows) == 1 and joined.startswith(rows[0]["text"])


def test_a_short_quotation_after_another_sentence_is_not_a_tail(nlp):
    body = ('"The road was a scene of carnage," Bouhlel said. Police came an hour later. "Terrible."')
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer")) == ["The road was a scene of carnage"]
