"""`request_conduct` (coding/requests.py): a request for a thing of other conduct than support (`conduct_noun`:
corridors, a tribunal, an inquiry), as a noun phrase or as the object of the clause asked for, is no appeal
(ANNOTATION.md's settled conventions: calls for evacuation or investigations are `other`), even with an aid word
or the adversary beside it; a request for support that names such a thing stays an appeal."""

from __future__ import annotations

import pytest

from pledgewatch.coding import requests
from support import act_of


@pytest.mark.parametrize("body", [
    "The assembly's president called on European leaders to create a special court to judge the Russian "
    "leadership.",
    "The human rights ombudsman called for an international tribunal to judge Russia's war on Ukraine.",
    "Kuleba called for a fair tribunal to hold Russia accountable for the crimes in Bucha.",
])
def test_request_for_other_conduct_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_request_for_support_naming_a_corridor_stays_an_appeal(nlp):
    body = "The Ukrainian president called on allies to send more air defence systems to protect the corridors."
    assert act_of(nlp, body) == "appeal"


def _np(head, obj=()):
    return {"pred": [head], "v": False, "imp": False, "aux": [], "tense": "present", "neg": False, "hyp": False,
            "q": False, "pass": False, "subj": [], "obj": list(obj), "ben": []}


def test_request_conduct_reads_the_head_of_a_noun_phrase():
    assert requests._conduct_asked(_np("corridor"))
    assert requests._conduct_asked(_np("tribunal", ["nuremberg", "style", "trial"]))
    assert not requests._conduct_asked(_np("weapon"))
    lowers = {"safe", "humanitarian", "corridors", "troops"}
    assert requests.request([], [_np("corridor")], frozenset(), lowers) == ("other", "request_conduct")
