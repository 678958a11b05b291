"""Round 17 (issue #14, recall on Ukraine news), `content.frame.gerund_complement`: a cue whose cues.csv `takes`
holds `ing` (deny, admit, propose, recommend, criticise ...) has its gerund complement as content; the parse makes
that gerund an xcomp, so neither the clause nor the object frame took it; and "claim" with its `to` frame ("claimed
to have taken the town"). Sentences in this project's own wording,
modelled on different articles of the corpus."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, speaker, cue, content", [
    ("Moscow denies shelling the hospital in the east.", "Moscow", "denies",
     "shelling the hospital in the east"),
    ("The Kremlin has repeatedly denied targeting apartment blocks.", "The Kremlin", "has repeatedly denied",
     "targeting apartment blocks"),
    ("After the vote, the commission recommended granting Moldova candidate status.", "the commission",
     "recommended", "granting Moldova candidate status"),
    ("The energy minister proposed temporarily barring suppliers from cutting off poor households.",
     "The energy minister", "proposed", "barring suppliers from cutting off poor households"),
    ("In his speech the premier criticised hiring foreign consultants for the border project.", "the premier",
     "criticised", "hiring foreign consultants for the border project"),
])
def test_a_gerund_complement_is_the_content(nlp, body, speaker, cue, content):
    rows = extract_rows(nlp, body)
    assert [(r["speaker_text"], r["cue"], r["text"]) for r in rows] == [(speaker, cue, content)]


@pytest.mark.parametrize("body, content", [
    ("The spokesman admitted, laughing, that the figures were wrong.", "that the figures were wrong"),
    ("The minister denied, speaking on television, that any soldiers had crossed the border.",
     "that any soldiers had crossed the border"),
    ("The envoy confirmed, smiling at the cameras, that the talks would resume.", "that the talks would resume"),
])
def test_a_participle_set_off_by_commas_is_no_gerund_content(nlp, body, content):
    assert [r["text"] for r in extract_rows(nlp, body)] == [content]


def test_ing_is_a_frame_not_a_preposition():
    from pledgewatch.statements import cues

    verbs, _ = cues.load()
    assert "ing" in verbs["deny"].takes and "ing" not in verbs["deny"].preps


@pytest.mark.parametrize("body, speaker, content", [
    ("Kyiv claimed this week to have pushed enemy troops back across the river.", "Kyiv",
     "to have pushed enemy troops back across the river"),
    ("The mercenary leader claimed to have seized the army headquarters in the southern city.",
     "The mercenary leader", "to have seized the army headquarters in the southern city"),
    ("Moscow has claimed to have killed dozens of foreign volunteers near the front.", "Moscow",
     "to have killed dozens of foreign volunteers near the front"),
])
def test_claimed_with_an_infinitive_is_a_claim(nlp, body, speaker, content):
    """cues.csv gives "claim" the `to` frame: "X claimed to have taken Y" says what X claimed."""
    assert [(r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)] == [(speaker, content)]


@pytest.mark.parametrize("body", [
    "The floods claimed the lives of twenty villagers.",
    "The group claimed responsibility for the blast at the depot.",
    "The fire claimed three warehouses on the edge of town.",
])
def test_claimed_with_a_plain_object_stays_no_statement(nlp, body):
    assert extract_rows(nlp, body) == []
