"""committed_to_ukraine (coding.aid_recipient, round 42): a word of commitment or contribution whose complement after
"to" is for Ukraine is a support relation where no aid word is named. Sentences invented after constructions read on
the corpus outside the gold sets (three articles: a donor committed to Ukraine's war effort, a donor's contributions
to it, a third power committed to Kyiv's safety)."""

from __future__ import annotations

import pytest

from support import aid_kinds as kinds
from support import aid_related as related


@pytest.mark.parametrize("text", [
    "Canberra is still committed to the Ukrainian war effort",
    "Britain's contributions to Ukraine's war effort have grown, the minister noted",
    "a power that had committed to guarantee the security of Kyiv",
    "Oslo will contribute to Ukraine's air defence this winter",
    "the Dutch are committed to Kyiv for the long haul",
])
def test_commitment_to_ukraine_is_an_anchor(text):
    assert "committed_to_ukraine" in kinds(text)
    assert related(text)


@pytest.mark.parametrize("text", [
    "Paris hopes to contribute to the talks on the Minsk accords over Ukraine",  # about Ukraine
    "the government was committed to preventing a conflict nobody wants",  # a course, no party
    "their contributions to the war effort in Ukraine were modest",  # the war, then the place
    "Moscow committed to Ukraine's neutrality talks",  # the adversary's commitment
    "the people's contribution to victory in 1945 must be honoured",
    "the soldiers committed to the offensive near Kharkiv",  # a force committed, no beneficiary
])
def test_commitment_to_anything_else_is_no_anchor(text):
    assert "committed_to_ukraine" not in kinds(text)
