"""`stated_need` (coding/composition.py `_need`, `_needs_support`): the recipient's "we need X" is an appeal where X is
support from others (aid, weapons, money, sanctions, help, unity, security guarantees, or a pro-form for aid named
before); a need of peace, reforms or rest asks no one for support."""

from __future__ import annotations

import pytest

from pledgewatch.coding import composition
from support import act_of


@pytest.mark.parametrize("body", [
    '"We need peace," the Ukrainian president said.',
    '"Our soldiers need rest," the Ukrainian commander said.',
    '"Our economy needs reforms," the Ukrainian prime minister said.',
    '"We need elections after the war," the Ukrainian opposition leader said.',
])
def test_the_recipients_need_of_no_support_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"We need more air defence systems now," the Ukrainian prime minister said.',
    '"Ukraine needs security guarantees from its partners," the Ukrainian foreign minister said.',
    '"We need the unity of the whole free world," the Ukrainian president said.',
])
def test_the_recipients_need_of_support_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_needs_support_reads_the_object():
    assert composition._needs_support(["more", "weapons"], frozenset())
    assert composition._needs_support(["it"], frozenset())
    assert not composition._needs_support(["just", "peace"], frozenset())


@pytest.mark.parametrize("body", [
    '"Britain sends what it can. But the thing truly necessary for us is long-range air defence," the Ukrainian '
    'officer said.',
    '"The first need of our army now is artillery shells," the Ukrainian commander said.',
    '"What our brigades need most is more armoured vehicles," the Ukrainian general said.',
])
def test_the_recipients_copular_need_of_support_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_needed_is_reads_a_copular_clause():
    cl = {"pred": ["be"], "subj": ["thing", "necessary"], "obj": ["air", "defence", "systems"], "ben": [],
          "neg": False, "q": False, "hyp": False}
    assert composition._needed_is(cl, frozenset({"air", "defence"}))
    assert not composition._needed_is(dict(cl, obj=["patience"]), frozenset())
    assert not composition._needed_is(dict(cl, subj=["thing", "important"]), frozenset({"air", "defence"}))
