"""A condition fronted before the speaker and set off by a comma ("If the mayor loses, she said she would ...") is
part of the content PolNeAR's join convention joins (`host_sides._fronted_lead`); split keeps the content
without it, and the time, place or channel of the speech, a concession or another cue is not joined. Invented
sentences; moved from the round-named file of round 19."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


def _with_cue(rows, word):
    return [r for r in rows if word in r["cue"].split()]


FRONTED = [
    # a conditional clause before the speaker
    ("If the mayor loses the primary, she said she would back one of his rivals.", "said",
     "If the mayor loses the primary she would back one of his rivals"),
    # "unless" before the speaker, a that-clause after the cue
    ("Unless the council pays the bill, the firm warned that it would stop the work.", "warned",
     "Unless the council pays the bill that it would stop the work"),
    # "once" before the speaker
    ("Once the bridge reopens, the haulier said its lorries would use the old route again.", "said",
     "Once the bridge reopens its lorries would use the old route again"),
    ("Until the levy is cut, the growers said they would keep their harvest off the market.", "said",
     "Until the levy is cut they would keep their harvest off the market"),
    # a time phrase before a cue clause opened by "as" and set off by commas
    ("A few days ago, as the local paper reported, the two owners were discussing a merger of their firms.",
     "reported", "A few days ago the two owners were discussing a merger of their firms"),
]


@pytest.mark.parametrize("body, cue, content", FRONTED)
def test_join_adds_a_phrase_fronted_before_the_cue_clause(nlp, body, cue, content):
    assert [r["text"] for r in _with_cue(extract_rows(nlp, body, **OUTER), cue)] == [content]


@pytest.mark.parametrize("body, cue, content", FRONTED)
def test_split_keeps_the_content_without_the_fronted_phrase(nlp, body, cue, content):
    rows = _with_cue(extract_rows(nlp, body, nesting="outer"), cue)
    assert len(rows) == 1 and content.endswith(rows[0]["text"]) and rows[0]["text"] != content


@pytest.mark.parametrize("body, cue, content", [
    ("In a statement, the bakery said it would reopen after the repairs.", "said", "it would reopen after the repairs"),
    ("At a rally in the harbour town on Sunday, she said her rival would make a fine judge.", "said",
     "her rival would make a fine judge"),
    ("While the firm gave no details, its staff said the plant would close.", "said", "the plant would close"),
    ("Asked about the budget, the treasurer said the town could not afford a new pool.", "said",
     "the town could not afford a new pool"),
])
def test_the_occasion_a_concession_or_another_cue_before_the_speaker_is_not_joined(nlp, body, cue, content):
    assert [r["text"] for r in _with_cue(extract_rows(nlp, body, **OUTER), cue)] == [content]
