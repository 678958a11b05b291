"""aid_related (pledgewatch.coding.aid._help_anchor), round 30: 'help' as a noun with Ukraine after 'for' or 'to' is
aid, as "aid for Ukraine" is ("help for Ukraine", "real help to Ukraine"); 'help to' + a verb is not. Invented for
these tests after constructions seen in different articles (a weekly on a chancellor's programme, a senator on
escalation, a meeting to coordinate help)."""

from __future__ import annotations

import pytest

from support import aid_kinds


@pytest.mark.parametrize("text", [
    "the chancellor announced an increase in defence spending, help for Ukraine and a new China policy",
    "they risk a lethal escalation without real help to Ukraine on the ground",
    "ministers met in Brussels to discuss and coordinate help for the Ukrainian army",
])
def test_help_for_ukraine(text):
    assert "help" in aid_kinds(text)


@pytest.mark.parametrize("text", [
    "the new rules will help to stabilise food prices",
    "help for families hit by the energy crisis",  # another beneficiary
    "this would help to end the war",
    "real help to Ukraine's enemies would be a disaster",  # a possessive: the beneficiary is Ukraine's enemies (review)
    "the regime gave help to Kyiv's occupiers for years",
    "help for Ukraine\u2019s aggressors must stop",
])
def test_help_without_ukraine_after_it(text):
    assert "help" not in aid_kinds(text)
