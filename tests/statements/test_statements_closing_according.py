"""An "according to Y" closing its sentence. Under PolNeAR's convention (nesting="outer", quote_parts="join"):
after a clause with a speech verb of its own ("X said A, according to Y") it is Y's statement of the whole clause
and X gets no row (`nesting._closing_tag`), only where the phrase closes its sentence; after a quotation with its
own cue ('"A," X said, according to Y') the quotation is the one statement and Y its source
(`according.reported_quotation`, `according.relay_quotation`). The guide's convention keeps X's row
(test_speakers_relayed.py). Invented sentences; moved from the round-named files of rounds 17, 20 and 21."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


@pytest.mark.parametrize("body, source, content", [
    ('"He wants to ruin them," Mills said, according to a recording of the broadcast.', "a recording",
     "He wants to ruin them"),
    ('"I will be voting in March," the senator said, according to the Burlington Free Press.',
     "the Burlington Free Press", "I will be voting in March"),
    ('"You have been unfair to me," he told the senator, according to two people in the room.', "two people",
     "You have been unfair to me"),
])
def test_according_to_after_a_quoted_speaker_is_its_source(nlp, body, source, content):
    """One statement, the quotation, whose PolNeAR source is Y with the quoted speaker inside it."""
    rows = extract_rows(nlp, body, **OUTER)
    assert [(r["cue"], r["text"]) for r in rows] == [("according to", content)]
    assert rows[0]["speaker_text"].startswith(source)
    assert "according to" in [r["cue"] for r in extract_rows(nlp, body)]


def test_a_quotation_in_two_parts_keeps_one_source_after_according_to(nlp):
    body = ('"We asked for a fair count," Ana Kasparian said, according to the Boise Herald. '
            '"Nobody wants a second vote."')
    rows = extract_rows(nlp, body, **OUTER)
    assert [r["speaker_text"] for r in rows] == ["the Boise Herald"]
    assert "Nobody wants" in rows[0]["text"]


def test_an_according_to_that_does_not_close_the_sentence_leaves_the_quoted_speaker_his_row(nlp):
    """Near miss: '"A," X said, according to Y, and Z ...': the phrase closes no sentence, and X keeps the
    quotation's row under PolNeAR's convention too."""
    body = ('"He wants to ruin them," Mills said, according to Reuters, and the ministry confirmed the remark on '
            'Tuesday.')
    rows = extract_rows(nlp, body, **OUTER)
    assert ("said", "Mills", "He wants to ruin them") in [(r["cue"], r["speaker_text"], r["text"]) for r in rows]


@pytest.mark.parametrize("body, content", [
    ("The talks have failed, according to two officials.", "The talks have failed"),
    ("Sales of the new drug doubled last year, according to a filing with regulators.",
     "Sales of the new drug doubled last year"),
])
def test_according_to_after_a_clause_keeps_its_statement(nlp, body, content):
    assert [(r["cue"], r["text"]) for r in extract_rows(nlp, body, **OUTER)] == [("according to", content)]


CLOSING_ACCORDING = [
    ("Governor Jay Inslee said he would have closed the plant if such a leak had happened in his state, according "
     "to local news reports.", "Governor Jay Inslee said he would have closed the plant"),
    ("The inspector said the order was meant to protect the agency's budget, according to the audit.",
     "The inspector said the order was meant"),
    ("Ms. Brandt told the board that the plan was sound and urged members to approve it, according to two members "
     "who were present.", "Ms. Brandt told the board that the plan was sound and urged members"),
    ("What the senator has told friends of the merger is another matter, according to two former aides.",
     "What the senator has told friends of the merger is another matter"),
]


@pytest.mark.parametrize("body, start", CLOSING_ACCORDING)
def test_a_closing_according_to_keeps_the_whole_clause_under_the_outer_convention(nlp, body, start):
    rows = extract_rows(nlp, body, **OUTER)
    assert [r["cue"] for r in rows] == ["according to"], [(r["cue"], r["text"]) for r in rows]
    assert rows[0]["text"].startswith(start)
    assert "according" not in rows[0]["text"]


def test_the_guide_keeps_the_inner_speakers_row(nlp):
    rows = extract_rows(nlp, CLOSING_ACCORDING[0][0])
    assert [r["cue"] for r in rows] == ["said"]
    assert rows[0]["speaker_name"].endswith("Inslee")


def test_a_quotation_with_its_own_cue_before_a_document_is_the_documents(nlp):
    body = '"We will not close the plant," the governor said, according to the minutes of the call.'
    rows = extract_rows(nlp, body, **OUTER)
    assert [(r["cue"], r["text"]) for r in rows] == [("according to", "We will not close the plant")]
    assert rows[0]["speaker_text"].startswith("the minutes")


def test_a_fronted_according_to_is_unchanged(nlp):
    body = "According to the audit, the inspector said the order was meant to protect the budget."
    rows = extract_rows(nlp, body, **OUTER)
    assert [(r["cue"], r["text"]) for r in rows] == [
        ("According to", "the inspector said the order was meant to protect the budget")]


def test_an_according_to_inside_a_quotation_is_the_quoted_words(nlp):
    body = ('The audit says the firm "lists 212 shell companies in offshore havens, most of them in Jersey, '
            'according to its own annual filings."')
    rows = extract_rows(nlp, body, **OUTER)
    assert any(r["cue"] == "says" for r in rows), [(r["cue"], r["text"]) for r in rows]


def _closing_tags(nlp, body, monkeypatch):
    """{according row's text: whether `_closing_tag` holds}, read just before nested attributions are settled."""
    from pledgewatch.statements import finder, nesting

    seen = {}

    def spy(ctx, rows, mode):
        n = nesting._Nesting(ctx, rows, mode)
        seen.update({r.text: n._closing_tag(r) for r in rows if r.cue_lemma == "according to"})
        return nesting.nested(ctx, rows, mode)

    monkeypatch.setattr(finder, "nested", spy)
    extract_rows(nlp, body, **OUTER)
    return seen


NOT_CLOSING = [
    "The inspector said the order was meant to protect the budget, according to the audit, but the board "
    "rejected that view.",
    "Mayor Ruth Calder said the roads were going to be repaired soon, according to two residents, but the works "
    "department has no money left.",
    "The minister said the tax would fall on the rich, according to an aide, but the treasury expects everyone "
    "to pay.",
    "The envoy said the talks had been a success, according to a diplomat, but the other side called them a "
    "waste of time.",
]


@pytest.mark.parametrize("body", NOT_CLOSING)
def test_according_to_followed_by_a_clause_of_its_own_is_no_closing_tag(nlp, body, monkeypatch):
    tags = _closing_tags(nlp, body, monkeypatch)
    assert tags and not any(tags.values()), tags


CLOSING = [
    "The inspector said the order was meant to protect the budget, according to the audit.",
    "Mayor Ruth Calder said the roads were going to be repaired soon, according to two residents.",
    "The envoy said the talks had been a success, according to a diplomat who was present.",
]


@pytest.mark.parametrize("body", CLOSING)
def test_according_to_closing_its_sentence_is_a_closing_tag(nlp, body, monkeypatch):
    tags = _closing_tags(nlp, body, monkeypatch)
    assert tags and all(tags.values()), tags
