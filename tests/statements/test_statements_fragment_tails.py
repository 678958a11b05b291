"""Under PolNeAR's convention a quoted fragment closing the sentence after a direct statement, with a short lead of
the reporter's and no cue ('"A," X said. Instead, "B."'), is that statement's tail (`fragment_tails`), only where
the lead carries on the speaker's words (`_lead_ok`): not after a common-noun subject, a cue or speaker of its
own, or in another paragraph; the guide leaves the fragment alone. Invented sentences; moved from the
round-named files of rounds 20 and 21."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


FRAGMENTS = [
    ('"She is supposed to lead this team," Coach Harlan said. Instead, "she just acts like a spectator."',
     'She is supposed to lead this team Instead, "she just acts like a spectator."'),
    ('"It is lazy reporting," the anchor says. It is "the new gotcha journalism."',
     'It is lazy reporting It is "the new gotcha journalism."'),
    ('"The main worry of older voters is not their pension," Ms. Grant said. For younger voters, on the other '
     'hand, "rent is everything."',
     'The main worry of older voters is not their pension For younger voters, on the other hand, "rent is '
     'everything."'),
]


@pytest.mark.parametrize("body, joined", FRAGMENTS)
def test_a_quoted_fragment_after_a_direct_statement_is_its_tail_under_the_join_convention(nlp, body, joined):
    rows = extract_rows(nlp, body, **OUTER)
    assert [r["text"] for r in rows] == [joined]


@pytest.mark.parametrize("body, joined", FRAGMENTS)
def test_the_guide_leaves_the_fragment_alone(nlp, body, joined):
    rows = extract_rows(nlp, body)
    assert len(rows) == 1 and joined.startswith(rows[0]["text"]) and '"' not in rows[0]["text"]


@pytest.mark.parametrize("body", [
    '"The bridge is safe," the engineer said. Critics called it "a disaster waiting to happen."',
    '"The bridge is safe," the engineer said. Later, Mayor Ellis spoke of "a disaster."',
    '"The bridge is safe," the engineer said.\n\nInstead, "the road is the problem."',
])
def test_a_fragment_with_its_own_cue_or_speaker_or_in_another_paragraph_is_no_tail(nlp, body):
    rows = extract_rows(nlp, body, **OUTER)
    assert rows[0]["text"] == "The bridge is safe"


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
