"""Two objects of a request the composition read wrong (found by probing with sentences of our own; no row of the
readable corpus holds either):
- membership of a bloc asked for is political support (ANNOTATION.md's settled conventions: membership): a
  `join_lemma` predicate with a `bloc_noun` (coding/requests.py `_membership`) makes the request an appeal;
- an obligation to lift or ease sanctions (`sanctions_lifted`) asks for no sanctions (coding/composition.py
  `_obligation`): no appeal, while one to tighten them stays one."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    "Zelensky called for Ukraine to be invited to join NATO at the summit.",
    "The Lithuanian president urged the allies to admit Ukraine to the alliance.",
    "Kuleba urged NATO members to invite Ukraine into the alliance this year.",
])
def test_request_for_membership_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_request_to_join_something_else_is_no_appeal(nlp):
    assert act_of(nlp, "The minister called on all actors to join the search for the missing children.") != "appeal"


@pytest.mark.parametrize("body", [
    '"The sanctions have to be lifted," the Hungarian foreign minister said.',
    '"The sanctions on Russian fertiliser should be eased," the Serbian president said.',
    '"Europe must lift the sanctions on Russian gas," the Slovak prime minister said.',
])
def test_obligation_to_lift_sanctions_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_obligation_to_tighten_sanctions_stays_an_appeal(nlp):
    assert act_of(nlp, '"The sanctions on Russia must be tightened," the Polish foreign minister said.') == "appeal"
