"""Support put off (coding/refusals_ruled.py, `support_put_off`). Invented sentences, one "article" each, run through
the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of_row


@pytest.mark.parametrize("body, words", [
    ('"The decision on more Leopard tanks for Kyiv will have to wait until the spring," Danish Prime Minister Lars '
     'Holt said.', "more Leopard tanks"),
    ("Slovak Finance Minister Juraj Mak said the next tranche of funding for Ukraine would be deferred until the "
     "budget passed.", "tranche of funding"),
    ('"We have postponed the transfer of the Gripen fighters," Swedish Defence Minister Ola Nyberg told the radio.',
     "Gripen fighters"),
])
def test_aid_put_off_is_a_refusal(nlp, body, words):
    assert act_of_row(nlp, body, words) == "refusal"


@pytest.mark.parametrize("body, words", [
    ('"Russian strikes have delayed the deliveries of shells to the front," Estonian Defence Minister Mart Saar said.',
     "deliveries of shells"),  # the adversary's doing
    ('"Our partners should not wait any longer with the air defence Ukraine needs," Ukrainian Foreign Minister Ivan '
     'Hrytsenko said.', "air defence"),  # the recipient asking: not its refusal
])
def test_aid_put_off_by_the_adversary_or_asked_of_others_is_no_refusal(nlp, body, words):
    assert act_of_row(nlp, body, words) != "refusal"
