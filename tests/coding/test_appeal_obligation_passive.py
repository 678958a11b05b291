"""`passive_obligation` (coding/composition.py `_obligation`): an obligation laid on others in the passive, whose subject
is what is given ("these howitzers need to be delivered", "more shells must be sent"), is an appeal; a reported "had to
be shipped" is no transfer done. Invented sentences of the construction's shape, run through the real pipeline."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    "\u201cThese howitzers need to be delivered before the thaw, not after it,\u201d Ukraine's chief of staff Ivan Moroz"
    " said on Friday.",
    "\u201cMore interceptors must be sent to the southern cities at once,\u201d Ukraine's air force spokesman Petro"
    " Sych told reporters.",
    "NATO's deputy secretary general Karin Alm said the promised ammunition had to be shipped to Kyiv within weeks.",
])
def test_passive_obligation_on_aid_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    "\u201cThe tanks were delivered last week,\u201d Norway's defence minister Ola Berg said.",  # a transfer done
    "\u201cThe old rules have to be changed by the council,\u201d Ireland's foreign minister Sean Doyle said.",
])
def test_other_passives_are_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"
