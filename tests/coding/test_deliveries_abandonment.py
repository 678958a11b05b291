"""coding/deliveries.py `negated_abandonment`: a negated give-up / stop / rule-out negates the abandoning, not the
giving, so it is no refusal; a plain negated transfer stays one. Sentences written in the manner of different
articles, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import deliveries
from support import act_of, extract_rows


@pytest.mark.parametrize("body", [
    '"We should not stop backing Ukraine, even if the cost is high," the NATO secretary general added.',
    "The French president said she would not rule out sending European troops to Ukraine.",
    "The chancellor repeated he does not exclude sending further tanks to Kyiv.",
    '"Ukraine is not giving anything up," the president said in his nightly address.',
])
def test_negated_abandonment_is_no_refusal(nlp, body):
    assert deliveries.negated_abandonment(extract_rows(nlp, body)[0][statements.FRAME_KEY])
    assert act_of(nlp, body) != "refusal"


@pytest.mark.parametrize("body", [
    '"We are not going to send rocket systems to Ukraine that can reach Russia," Biden said.',
    "Germany said that it would not give Ukraine such weapons.",
    '"We will not send fighter jets, and we do not rule out other help," the defence minister said.',
])
def test_negated_transfer_is_still_a_refusal(nlp, body):
    assert not deliveries.negated_abandonment(extract_rows(nlp, body)[0][statements.FRAME_KEY])
    assert act_of(nlp, body) == "refusal"
