"""Warnings composed on the clause frame (pledgewatch.coding.threats_frame), run through the real pipeline (parse,
extract, code). Short excerpts of real statements from different articles (pre-invasion briefings of the US national
security adviser, Estonian intelligence, the White House and the US defence secretary), each given its attribution,
and cases that are no threat (written for the test)."""

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
    'Jake Sullivan said that Russia\'s invasion of Ukraine could occur at any time.',
    '"The attack on Ukraine would include rocket shelling and occupation," the Estonian intelligence service said.',
    'The White House reported that the Russian "invasion of Ukraine can start at any time."',
    'Lloyd Austin said any attack on the Russian side against Ukraine will not only lead to conflict.',
])
def test_harm_subject_ahead_is_a_warning(nlp, body):
    assert "harm_subject_ahead" in found(nlp, body)
    assert act_of(nlp, body) == "warning"


@pytest.mark.parametrize("body", [
    "The ministry said the attack on the depot destroyed two warehouses.",  # reported as done
    '"Without our approval, no offensive action can be taken," the congressman said.',  # negated in the subject
    '"The war will last for a long time," the spokesman said.',  # the war's course forecast: no harm event
])
def test_no_harm_subject_ahead(nlp, body):
    assert "harm_subject_ahead" not in found(nlp, body)
