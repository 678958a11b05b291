"""coding/deliveries.py round 26: aid that has reached its recipients (`arrived`) or is in use (`aid_in_use`) is a
delivery (ANNOTATION.md: aid sent, delivered, arrived or in use); coding/delivery_cues.py `transfer_asked`: a
question about a past transfer tells none done. Invented sentences, each in the manner of a different article, run
through the real pipeline (parse, extract, code); and near misses."""

from __future__ import annotations

import pytest

from support import act_of, act_of_row


@pytest.mark.parametrize("body", [
    '"The Slovenian howitzers have reached the southern front," Ukrainian brigade commander Oleh Danyliuk said.',
    "Ukraine's energy minister Iryna Hrab said the first generators from Sweden had reached Odesa on Monday.",
    '"The last of the Czech shells reached our gunners a week ago," Ukrainian colonel Artem Bilyk told reporters.',
])
def test_aid_arrived_is_a_delivery(nlp, body):
    assert act_of(nlp, body) == "delivery"


def test_adversary_missiles_reaching_a_city_are_no_delivery(nlp):
    body = '"Russian missiles reached Lviv overnight," the regional governor Maksym Kozak said.'
    assert act_of(nlp, body) != "delivery"


@pytest.mark.parametrize("body", [
    '"The Norwegian NASAMS are being used every night over the capital," Ukrainian air force spokesman Ivan Zhuk said.',
    "Ukrainian general Serhiy Melnyk said the Bradley vehicles had been used in the counteroffensive near Robotyne.",
    '"Our crews now operate the Gepard guns around the power plants," said Ukraine\'s defence minister Olha Rudenko.',
])
def test_aid_in_use_is_a_delivery(nlp, body):
    assert act_of(nlp, body) == "delivery"


@pytest.mark.parametrize("body", [
    '"Russia is using Iranian drones against our cities," Ukrainian foreign minister Pavlo Ryabko said.',
    '"The tanks will be used in the spring offensive," Ukrainian general Andrii Kvit said.',
])
def test_adversary_use_or_future_use_is_no_delivery(nlp, body):
    assert act_of(nlp, body) != "delivery"


@pytest.mark.parametrize("body, words", [
    ('"Has Paris actually shipped the Caesar guns it announced?" French deputy Luc Moreau asked the minister.',
     "shipped the Caesar"),
    ("Irish senator Aoife Byrne asked whether the government had supplied any helmets to Kyiv.",
     "supplied any helmets"),
    ('"Did the Spanish generators ever reach Kherson?" Ukrainian MP Lesia Bondar asked at the hearing.',
     "Spanish generators"),
])
def test_past_transfer_asked_is_no_delivery(nlp, body, words):
    assert act_of_row(nlp, body, words) not in ("delivery", "appeal")


def test_transfer_told_stays_a_delivery(nlp):
    body = '"Paris has shipped the Caesar guns it announced," French defence minister Luc Moreau told the deputies.'
    assert act_of(nlp, body) == "delivery"


def test_missiles_reaching_a_target_are_no_delivery(nlp):
    body = '"Four cruise missiles reached the target near the airfield," the Israeli army spokesman Dan Levi said.'
    assert act_of(nlp, body) != "delivery"


def test_weapons_used_in_an_attack_unmarked_are_no_delivery(nlp):
    body = '"They used the rockets in a night attack on the depot," the Ukrainian air force command said.'
    assert act_of(nlp, body) != "delivery"
