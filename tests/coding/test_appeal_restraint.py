"""`request_restraint` (coding/requests.py): a request that someone not do something asks no one for support
(ANNOTATION.md's settled conventions: a call for restraint or other conduct is `other`); a request not to give up
support, or one about giving aid, stays with the rows."""

from __future__ import annotations

import pytest

from pledgewatch.coding import requests
from support import act_of


def _clause(pred, obj=(), ben=(), neg=True):
    return {"pred": list(pred), "v": True, "imp": False, "aux": ["to"], "tense": "present", "neg": neg, "hyp": False,
            "q": False, "pass": False, "subj": [], "obj": list(obj), "ben": list(ben)}


@pytest.mark.parametrize("body", [
    "The regional chief urged civilians not to leave shelters on Monday because of heavy shelling.",
    "The ministry called on citizens not to share photos of air defence positions online.",
    "The Japanese government called on UN members not to develop nuclear weapons for orbit.",
])
def test_request_not_to_act_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_request_restraint_reads_negated_clauses_only():
    assert requests._asks_restraint([_clause(["leave"], ["shelters"])], frozenset())
    assert requests._asks_restraint([_clause(["develop"], ["nuclear", "weapons"])], frozenset())
    assert not requests._asks_restraint([_clause(["leave"], ["shelters"], neg=False)], frozenset())


@pytest.mark.parametrize("clause", [
    _clause(["abandon"], ["ukraine"]),  # "urged allies not to abandon Ukraine": a litotes, support asked for
    _clause(["stop", "support"], ["kyiv"]),  # "not to stop supporting Kyiv"
    _clause(["send"], ["heavy", "weapons"], ["ukraine"]),  # a request about aid: left to the rows
])
def test_request_not_to_give_up_support_is_no_restraint(clause):
    assert not requests._asks_restraint([clause], frozenset())


def test_request_restraint_names_the_construction():
    asked = [_clause(["leave"], ["homes"])]
    assert requests.request(["residents"], asked, frozenset(), {"residents", "leave", "homes"}) == (
        "other", "request_restraint")
