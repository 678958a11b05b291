"""coding/delivery_cues.py `transfer_asked` (round 26): a question about a past transfer tells none done and asks
for no aid (ANNOTATION.md: a delivery is aid sent, delivered, arrived or in use). Invented sentences, each in the
manner of a different article, run through the real pipeline (parse, extract, code); and the same transfer told."""

from __future__ import annotations

import pytest

from support import act_of, act_of_row


@pytest.mark.parametrize("body, words", [
    ('"Has Paris actually shipped the Caesar guns it announced?" French deputy Luc Moreau asked the minister.',
     "shipped the Caesar"),
    ("Irish senator Aoife Byrne asked whether the government had supplied any helmets to Kyiv.",
     "supplied any helmets"),
    ('"Have the Dutch field hospitals arrived in Odesa yet?" Ukrainian MP Oksana Lys asked.',
     "Dutch field hospitals"),
])
def test_past_transfer_asked_is_no_delivery(nlp, body, words):
    from pledgewatch import statements
    from pledgewatch.coding import delivery_cues
    from support import extract_rows, lowers

    row = extract_rows(nlp, body)[0]  # the construction itself, so the test fails with the rule off
    assert delivery_cues.transfer_asked(row[statements.FRAME_KEY], row, lowers(row["text"]))
    assert act_of_row(nlp, body, words) not in ("delivery", "appeal")


def test_transfer_told_stays_a_delivery(nlp):
    body = '"Paris has shipped the Caesar guns it announced," French defence minister Luc Moreau told the deputies.'
    assert act_of(nlp, body) == "delivery"


@pytest.mark.parametrize("body", [
    '"Can you send us the Caesar guns before the winter?" Ukrainian minister Oleh Hlib asked his French colleague.',
    '"Why has Rome not delivered the promised shells?" Ukrainian MP Lesia Bondar asked.',
])
def test_future_or_negated_question_is_no_transfer_asked(nlp, body):
    from pledgewatch import statements
    from pledgewatch.coding import delivery_cues
    from support import extract_rows, lowers

    row = extract_rows(nlp, body)[0]
    assert not delivery_cues.transfer_asked(row[statements.FRAME_KEY], row, lowers(row["text"]))
