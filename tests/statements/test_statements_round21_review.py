"""Issue 14, round 21: two mends from round 20's review, each with the construction it narrows.

1. `fragment_tails._lead_ok`: under PolNeAR's convention a quoted fragment closing the sentence after a direct
   statement is that statement's tail only where its short lead carries on the speaker's words; a lead with a
   common-noun subject gives the view of somebody else ('Her rival sees it as "a fantasy."') and is no tail.
2. `nesting._closing_tag`: an "according to Y" is a closing tag only where the phrase closes its sentence: not
   where a clause of its own follows it ("X said A, according to Y, but the board rejected it").

Every sentence is invented in the shape of the construction and parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


OTHER_HOLDER = [
    ('"We will win this seat," the candidate said. Her rival sees it as "a fantasy."', "We will win this seat"),
    ('"The bridge will hold," the engineer said. The inspectors see it as "a hazard."', "The bridge will hold"),
    ('"We have the votes," the whip said. Her opponents think it is "a bluff."', "We have the votes"),
]


@pytest.mark.parametrize("body, statement", OTHER_HOLDER)
def test_a_lead_with_a_common_noun_subject_is_no_fragment_tail(nlp, body, statement):
    rows = extract_rows(nlp, body, **OUTER)
    assert [r["text"] for r in rows] == [statement], [r["text"] for r in rows]


CARRIED_ON = [
    ('"It is lazy reporting," she says. It is "the new gotcha journalism."', "the new gotcha journalism"),
    ('"She is meant to lead this team," the coach said. Instead, "she just watches."', "she just watches"),
    ('"It is a big night," the strategist said. Unless more rivals quit the race, "nobody can stop him now."',
     "nobody can stop him now"),
    ('"We will not act in time," the activist says. She would like the parties "first of all to admit the danger."',
     "first of all to admit the danger"),
]


@pytest.mark.parametrize("body, tail", CARRIED_ON)
def test_a_pronoun_or_adverb_lead_still_carries_the_speaker_on(nlp, body, tail):
    """The near misses: a lead with a pronoun subject, none, or a common-noun subject inside a clause of its own
    keeps the fragment as the statement's tail."""
    rows = extract_rows(nlp, body, **OUTER)
    assert len(rows) == 1 and rows[0]["text"].endswith(tail + '."'), [r["text"] for r in rows]


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
