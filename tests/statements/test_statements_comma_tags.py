"""Round 43 (issue #14), `comma_tags` as read by `postposed.postposed_comma` ("A, the governor said on Sunday."): a
quotation that opens and closes inside the words before the comma is part of the speaker's statement; a speaker with
an apposition may run to fifteen words; a hyphen inside a name after the cue is no dash. A quotation that runs on
past the comma still gives nothing. Sentences in our own words, after three articles' shapes."""

from __future__ import annotations

import pytest

from support import extract_rows

CLOSED = [
    ('Ukraine plans to raise a "million strong" army to take back the occupied south, the defence minister, Oleksii '
     'Reznikov, said over the weekend.', "said", "Reznikov"),
    ('Russia is "running out of steam" in its war on Ukraine, the chief of Britain\'s foreign intelligence service, '
     'Richard Moore, said in a brief post on Saturday.', "said", "Moore"),
    ("The family had reached France in the first week of the invasion, the head of a French-Ukrainian association in "
     "the Riviera, Iryna Podyriako, told the Nice-Matin daily.", "told", "Podyriako"),
]


@pytest.mark.parametrize("body, cue, name", CLOSED)
def test_a_closed_quotation_or_a_long_apposed_speaker_keeps_the_postposed_statement(nlp, body, cue, name):
    content = body[:body.rindex(", ", 0, body.index(name) - 12)] if name == "Podyriako" else \
        body[:body.index(", the ")]
    rows = [r for r in extract_rows(nlp, body) if r["text"] == content]
    assert rows, [(r["text"], r["cue"]) for r in extract_rows(nlp, body)]
    assert rows[0]["cue"] == cue
    assert name in rows[0]["speaker_text"]


def test_a_quotation_running_past_the_comma_gives_no_postposed_statement(nlp):
    body = 'He called it "a plan for the long war, the minister said on Sunday.'
    assert not [r for r in extract_rows(nlp, body) if r["text"].startswith("He called it")]
