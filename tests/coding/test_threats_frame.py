"""Warnings composed on the clause frame (pledgewatch.coding.threats_frame), run through the real pipeline (parse,
extract, code). Statements in edited wording of our own after different articles (pre-invasion briefings of the US
national security adviser, Estonian intelligence, the White House and the US defence secretary: other names, numbers
and word order outside the construction), each given its attribution, and cases that are no threat (written for the
test)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import threats_frame
from support import act_of, extract_rows, lowers


def found(nlp, body: str) -> list[str]:
    row = extract_rows(nlp, body)[0]
    return threats_frame.constructions(row[statements.FRAME_KEY], lowers(row["text"]))


# --- harm ahead as subject: a harm event as the subject of a future, conditional or modal clause ------------------

@pytest.mark.parametrize("body", [
    "The national security adviser said on Sunday that a Russian invasion of its neighbour could start any day now.",
    '"An attack on Ukraine would begin with missile strikes and then occupation," Estonia\'s foreign intelligence said.',
    'On Friday the White House said that the Russian "invasion can start at any moment."',
    "The US defence secretary said that any Russian attack on Kyiv will not only lead to a wider conflict.",
])
def test_harm_subject_ahead_is_a_warning(nlp, body):
    assert "harm_subject_ahead" in found(nlp, body)
    assert act_of(nlp, body) == "warning"


@pytest.mark.parametrize("body", [
    "The ministry said the attack on the depot destroyed two warehouses.",  # reported as done
    '"No offensive operation may be launched without our consent," the senator said.',  # negated in the subject
    '"The war will drag on for many months," the spokesman said.',  # the war's course forecast: no harm event
])
def test_no_harm_subject_ahead(nlp, body):
    assert "harm_subject_ahead" not in found(nlp, body)
