"""Round 28 (issue #14, polnear_train's even half): an as-clause closing its sentence after a comma or dash, whose cue
has no object or clause of its own ("A, as the newspaper reported.", "A, as the senator has acknowledged.", "A,
just as the bank had warned."): the "as" stands for what was said, and the host clause before it is the cue
speaker's statement (`content.sentence.as_clause_after`), under either convention, as "according to X" closing a
sentence is; a passive as-clause speaks through its "by" phrase, before or after its host ("As reported by the
Tribune, A", "A, as first reported by Reuters": `grammar.as_agent`, exempt from the participle vetoes). Before, no
row. Not a temporal as-clause (the cue has its own object or clause: "..., as she noted how
tired ...", "..., as lawmakers accused each other of ..."; no comma: "cheered as he replied"), nor a host that holds
another cue (the inner speaker keeps it). Invented sentences of the shapes read (five even articles), parsed with
the real model."""

from __future__ import annotations

import pytest

from support import extract_rows

CONVENTIONS = [{}, {"quote_parts": "join", "nesting": "outer"}]


def rows(nlp, body, **kw):
    return [(r["speaker_text"], r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("kw", CONVENTIONS)
@pytest.mark.parametrize("body, speaker, cue, content", [
    ("The senator also met the governor's chief of staff that week, as The Boston Globe reported.",
     "The Boston Globe", "reported", "The senator also met the governor's chief of staff that week"),
    ("The mayor quietly dropped the plan in March, as the newspaper reported on Sunday.",
     "the newspaper", "reported", "The mayor quietly dropped the plan in March"),
    ("The numbers changed over the summer, as the senator has sometimes acknowledged.",
     "the senator", "has sometimes acknowledged", "The numbers changed over the summer"),
    ("Prices kept rising, just as the bank had warned.", "the bank", "had warned", "Prices kept rising"),
    ("The war was a special operation, as the Kremlin has described.",
     "the Kremlin", "has described", "The war was a special operation"),
    # a passive as-clause with its source in the "by" phrase (`grammar.as_agent`), after and before its host
    ("The board had delayed the vote twice, as first reported by Reuters on Tuesday.",
     "Reuters", "first reported", "The board had delayed the vote twice"),
    ("As reported by the Tribune, the council has approved the budget for next year.",
     "the Tribune", "reported", "the council has approved the budget for next year"),
])
def test_an_as_clause_closing_the_sentence_attributes_its_host(nlp, body, speaker, cue, content, kw):
    assert rows(nlp, body, **kw) == [(speaker, cue, content)]


@pytest.mark.parametrize("kw", CONVENTIONS)
@pytest.mark.parametrize("body, expected", [
    ("The crowd cheered the candidate as he replied.", []),
    ("The rally ended early, as she noted how tired the volunteers were.",
     [("she", "noted", "how tired the volunteers were")]),
    ("Efforts to pass the bill failed on Tuesday, as lawmakers accused each other of stalling.",
     [("lawmakers", "accused", "each other of stalling")]),
])
def test_a_temporal_as_clause_gives_no_host_statement(nlp, body, expected, kw):
    assert rows(nlp, body, **kw) == expected


@pytest.mark.parametrize("kw", CONVENTIONS)
@pytest.mark.parametrize("body", [
    "Germany delivered the Leopard tanks in March, as Zelensky had asked.",
    "The United States sent more Patriot batteries, as requested by Kyiv.",
    "Congress approved $61 billion for Ukraine, as the president had urged.",
    "The army pulled back from the town, as the general had promised.",
    "Protesters chanted outside the building, as the minister testified.",
    "Talks stalled in the spring, as the envoy was speaking in Geneva.",
])
def test_an_as_clause_of_a_request_promise_or_speech_event_gives_no_statement(nlp, body, kw):
    """Round 28 mend (review finding 2): only a cue that reports or asserts (`as_clause_cue`) stands for what was
    said; a request or promise names what was asked for, a speech event or progressive form is a time."""
    assert rows(nlp, body, **kw) == []


def test_a_host_with_its_own_cue_keeps_its_speaker(nlp):
    found = rows(nlp, "The minister said the plant would close, as the newspaper reported.")
    assert [s for s, _, _ in found] == ["The minister"], found
