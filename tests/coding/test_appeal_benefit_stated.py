"""`benefit_stated` (coding/appeal_limits.py): a declarative give clause whose object is a benefit that is no transfer
(an advantage, a chance, hope) states what something gives and asks no one for support; an imperative, an obligation
or a hypothetical "would give us" stays to the other rules."""

from __future__ import annotations

import pytest

from pledgewatch.coding import appeal_limits
from support import act_of


@pytest.mark.parametrize("body", [  # each an appeal without the rule (the phrase row "give us" from the recipient)
    # a pronoun subject in the second of two coordinated clauses, a bare noun object
    '"The volunteers keep coming back, and they give us hope every single day," the mayor of Kharkiv said.',
    # a definite subject, "the chance" with an infinitive and a place adverbial
    '"The frosts give us the chance to move the heavy guns across the fields," a Ukrainian artillery officer said.',
    # a bare plural subject, an indefinite "opportunity"
    '"Night flights give us an opportunity to strike the depots," the Ukrainian air force spokesman said.',
    # time with an infinitive of purpose
    '"The long nights give us time to repair the lines," the Ukrainian energy minister said.',
])
def test_a_benefit_stated_by_the_recipient_is_no_appeal(nlp, body, monkeypatch):
    assert act_of(nlp, body) != "appeal"
    monkeypatch.setattr(appeal_limits, "benefit_stated", lambda *a, **k: False)
    assert act_of(nlp, body) == "appeal"  # the rule, not another one, decides


@pytest.mark.parametrize("body", [
    '"Give us the chance to win this war," the Ukrainian president said.',
    '"Our partners must give Ukraine the chance to win," the Ukrainian foreign minister said.',
    '"Give us the planes and the tanks," the Ukrainian president said.',
])
def test_a_request_for_a_benefit_stays_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def _clause(**kw) -> dict:
    cl = {"pred": ["give"], "v": True, "imp": False, "aux": [], "tense": "present", "neg": False, "hyp": False,
          "q": False, "pass": False, "subj": ["frosts"], "obj": ["the", "chance"], "ben": ["us"]}
    cl.update(kw)
    return cl


def test_benefit_stated_reads_the_clause():
    assert appeal_limits.benefit_stated([_clause()])
    assert appeal_limits.benefit_stated([_clause(tense="past", obj=["the", "opportunity"])])
    assert not appeal_limits.benefit_stated([_clause(imp=True, subj=[])])  # "give us a chance"
    assert not appeal_limits.benefit_stated([_clause(aux=["would"], tense="would")])  # a wish
    assert not appeal_limits.benefit_stated([_clause(aux=["must"], tense="modal")])  # an obligation
    assert not appeal_limits.benefit_stated([_clause(hyp=True)])
    assert not appeal_limits.benefit_stated([_clause(obj=["more", "weapons"])])  # a transfer, not a benefit
    assert not appeal_limits.benefit_stated([_clause(obj=["advantage"]), _clause(pred=["need", "send"], obj=[])])
    assert not appeal_limits.benefit_stated([_clause(subj=[])])
