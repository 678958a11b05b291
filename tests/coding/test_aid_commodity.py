"""aid_related and a commodity after 'of' (coding.aid._vetoed): the commodity may follow one or two modifiers
("supplies of liquefied natural gas", round 19: three words read after 'of', not two). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from support import aid_related as related


@pytest.mark.parametrize("text", [
    "Madrid says its new terminals will raise supplies of liquefied natural gas for Europe, as Ukraine's war drags on",
    "the rail company only applied the EU ban on the supply of copper or goods built from it, amid the war in Ukraine",
    "Warsaw has secured deliveries of cheap imported coal this winter despite the war in Ukraine",
])
def test_a_commodity_a_few_words_after_of_is_commerce(text):
    assert not related(text)


@pytest.mark.parametrize("text", [
    "the deliveries of Western tanks to Ukraine have begun",
    "Kyiv is counting on more supplies of artillery shells from its allies",
])
def test_weapons_after_of_stay_aid(text):
    assert related(text)
