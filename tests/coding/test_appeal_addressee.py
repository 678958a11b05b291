"""The addressee of a request (coding/requests.py): a request put to the adversary (`request_to_adversary`, also
where a first-person request verb has no clause after it: "I appeal to ... Putin: ...") or to Ukraine's side itself
(`request_to_recipient`) asks no one for support, an `other` (ANNOTATION.md's settled conventions: a call for
other conduct is other); a request to Ukraine's backers stays an appeal."""

from __future__ import annotations

import pytest

from pledgewatch.coding import requests
from support import act_of


@pytest.mark.parametrize("body", [
    '"We call on Russia. Please open the corridors for the civilians," the Irish minister said.',
    '"I appeal to President Putin: kindly allow the grain ships to sail from Odesa," the Kenyan envoy said.',
    '"Recalling the assembly\'s vote in March, we call on Russia to pull all its troops and military equipment out of'
    ' Ukraine," the ministers said.',
])
def test_first_person_appeal_to_the_adversary_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    "Washington's envoys quietly pressed the Ukrainian leader to stay home as fears of a Russian attack grew.",
    "The French envoy urged Kyiv to hold local elections despite the Russian occupation of the east.",
    "Washington urged the Ukrainian president to remain in the capital as Russian troops massed at the border.",
])
def test_request_to_the_recipient_for_its_own_conduct_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_request_to_ukraines_backers_stays_an_appeal(nlp):
    body = "The Ukrainian president urged Ukraine's allies to send more air defence systems before the winter."
    assert act_of(nlp, body) == "appeal"


def _clause(pred, obj=()):
    return {"pred": list(pred), "v": True, "imp": False, "aux": ["to"], "tense": "present", "neg": False,
            "hyp": False, "q": False, "pass": False, "subj": [], "obj": list(obj), "ben": []}


def test_request_to_recipient_names_the_construction():
    asked = [_clause(["remain"], ["home"])]
    assert requests.request(["ukrainian", "leader"], asked, frozenset(), {"remain", "home"}) == (
        "other", "request_to_recipient")
    assert requests.request(["ukraine", "allies"], asked, frozenset(), {"remain", "home"}) != (
        "other", "request_to_recipient")


def test_content_request_to_the_adversary_names_the_construction():
    cl = {"pred": ["appeal"], "v": True, "imp": False, "aux": [], "tense": "present", "neg": False, "hyp": False,
          "q": False, "pass": False, "subj": ["i"], "obj": [], "ben": ["president", "putin"]}
    assert requests.content_request([cl], frozenset(), {"i", "appeal", "putin"}) == ("other", "request_to_adversary")
    assert requests.content_request([cl], frozenset(), {"i", "appeal", "putin", "sanctions"}) is None
