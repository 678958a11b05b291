"""`recipient_sanctions` (coding/requests.py): Ukraine's side cannot threaten sanctions, only ask others for them;
where it speaks of sanctions (not of lifting them) and the phrase rows read a warning, the statement is an appeal."""

from __future__ import annotations

import pytest

from pledgewatch.coding import requests
from support import act_of


@pytest.mark.parametrize("body", [
    '"We spoke with one big partner about the sanctions policy, and we had another idea of how sanctions should be '
    'applied once the invasion begins," Zelensky said.',
    '"Russia will attack again unless the sanctions hit harder," the Ukrainian foreign minister warned.',
    '"Moscow will keep escalating until the sanctions against its banks bite," the Ukrainian prime minister warned.',
    '"The Kremlin will only stop when the oil embargo is complete," the Ukrainian foreign minister warned.',
])
def test_the_recipient_on_sanctions_asks_for_them(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"Russia will attack again," the Ukrainian foreign minister warned.',
    '"If the sanctions are lifted, Russia will attack again," the Ukrainian foreign minister warned.',
])
def test_a_warning_without_sanctions_or_on_lifting_them_stays_a_warning(nlp, body):
    assert act_of(nlp, body) == "warning"


def test_recipient_sanctions_moves_only_the_recipients_warning():
    scores = {"warning": 1.2, "assessment": 0.4}
    requests.recipient_sanctions(scores, "recipient", {"sanctions", "russia"})
    assert scores["appeal"] == 1.2
    donor = {"warning": 1.2}
    requests.recipient_sanctions(donor, "donor", {"sanctions", "russia"})
    assert "appeal" not in donor
