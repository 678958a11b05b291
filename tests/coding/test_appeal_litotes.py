"""A request not to give up support (a negated `persist_neg` predicate: abandon, let down, give up) whose object is
Ukraine or aid asks for that support, by litotes: coding/requests.py `_asks_support` reads it as a request for
support (appeal), not as a request for other conduct; a request not to abandon something else stays other."""

from __future__ import annotations

import pytest

from pledgewatch.coding import requests
from support import act_of


@pytest.mark.parametrize("body", [
    "The Czech president urged the West not to let Ukraine down.",
    "The Polish president urged allies not to abandon Ukraine.",
    "The senator called on his colleagues not to abandon Kyiv.",
])
def test_request_not_to_give_up_ukraine_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_request_not_to_abandon_something_else_is_no_appeal(nlp):
    assert act_of(nlp, "The bishop urged the faithful not to abandon hope.") != "appeal"


def test_asks_support_reads_the_litotes():
    cl = {"pred": ["let_down"], "v": True, "imp": False, "aux": ["to"], "tense": "present", "neg": True,
          "hyp": False, "q": False, "pass": False, "subj": [], "obj": ["ukraine"], "ben": []}
    assert requests._asks_support(cl, frozenset())
    assert not requests._asks_support(dict(cl, obj=["hope"]), frozenset())
