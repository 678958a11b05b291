"""aid_related and the donors: the giver of support named after 'of' (coding.aid.beneficiary_after), the transfer
verbs 'hand' and 'flood ... with' (coding_words.csv `give_transfer`) and a donor drawn into the war
(coding.aid_extra.war_party). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid
from support import aid_kinds as kinds
from support import aid_related as related
from support import lowers_caps


def _after(text: str, word: str) -> str:
    lowers, _ = lowers_caps(text)
    return aid.beneficiary_after(lowers, lowers.index(word))


@pytest.mark.parametrize("text", [
    "to us the support of Britain and America matters more than anything",
    "Kyiv counts on the backing of the US and its partners this winter",
    "we are announcing extra military assistance, with the support of Canadian industry",
])
def test_a_donor_after_of_is_the_giver_not_another_beneficiary(text):
    assert related(text)


@pytest.mark.parametrize("text, word, expected", [
    ("the support of Britain matters", "support", "giver"),
    ("our economic support of Ukraine will go on", "support", "recipient"),
    ("Beijing may give material support of Russia", "support", "other"),
    ("support for Poland and the Baltics", "support", "other"),
])
def test_beneficiary_after_of(text, word, expected):
    assert _after(text, word) == expected


@pytest.mark.parametrize("text", [
    "Moscow warned Washington against continuing to flood Ukraine with arms",
    "the allies have flooded Kyiv with shells and rockets since spring",
    "they hand over intelligence to the Ukrainian army every day",
])
def test_hand_over_and_flood_with_are_transfers(text):
    assert related(text, "warning")



@pytest.mark.parametrize("text", [
    "Washington and its allies are waging a proxy war in Ukraine, the minister claimed",
    "NATO is in effect fighting Russia via a proxy, and it keeps arming that proxy",
    "the United States is close to being a party to this war, the envoy warned",
    "Britain is now a party to the war, the ministry said",
])
def test_a_donor_drawn_into_the_war_is_about_its_support(text):
    assert "donor_at_war" in kinds(text)
    assert related(text, "warning")


@pytest.mark.parametrize("text", [
    "a volunteer from Britain died while a Russian proxy force held him",
    "Moscow claims it invaded to shield its proxy rulers in two eastern regions",
    "he spoke of a worldwide proxy struggle over which order comes next",
    "the party to the left of the government won the vote",
])
def test_the_adversarys_proxies_or_no_donor_are_not_aid(text):
    assert "donor_at_war" not in kinds(text)


@pytest.mark.parametrize("text, side", [
    ("nine Himars are now operating in Ukraine, the analyst said", ""),
    ("our air defence cannot stop strikes by Himars missiles", "adversary"),
    ("we are threatened once again by German Leopard tanks", "adversary"),
    ("the F-16s will patrol the skies over Kyiv from the summer", ""),
])
def test_a_system_only_donors_field_is_aid_in_the_war(text, side):
    lowers, caps = lowers_caps(text)
    assert "donor_system" in {k for k, _ in aid.anchors(lowers, caps, side)}
    assert aid.aid_related(lowers, caps, "assessment", side=side)


@pytest.mark.parametrize("text", [
    "Poland is buying more Abrams tanks for its own army",
    "Patriot batteries will protect Israel from the missiles",
    "Russian tanks rolled towards the capital",
])
def test_a_donor_system_elsewhere_or_other_tanks_are_not(text):
    assert "donor_system" not in kinds(text)
