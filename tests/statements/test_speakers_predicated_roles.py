"""A role a verb predicates of the speaker (round 26, identity challenge set): in a relative clause on the name
("X, who heads <country>'s foreign ministry,", "X, who became <country>'s trade minister,", "X, who serves as ...")
or in a sentence of its own ("X is <country>'s deputy interior minister."); a past "be" names a former office
(speakers.predicated). Invented sentences, one article each."""

from __future__ import annotations

import pytest

from pledgewatch.coding import identity
from support import extract_rows, row_of


def _coded(nlp, body, published="2024-03-12"):
    rows = [dict(r, published=published) for r in extract_rows(nlp, body, published=published)]
    countries, officials = identity.recompute(rows)
    return [dict(r, speaker_country=c, speaker_is_official=o) for r, c, o in zip(rows, countries, officials,
                                                                               strict=True)]


@pytest.mark.parametrize("body, content, name, country", [
    # a leading verb in a relative clause: the head of the body it takes
    ("Marta Sulik, who heads Slovakia's interior ministry, said the border crossings would stay open.",
     "the border crossings", "Marta Sulik", "Slovakia"),
    # a verb of taking office in a relative clause
    ("Jonas Vilkas, who became Lithuania's trade minister in the spring, told reporters that exports were falling.",
     "that exports were falling", "Jonas Vilkas", "Lithuania"),
    # "serve as" in a relative clause
    ("Ole Dahl, who serves as Norway's minister of fisheries, said the quotas would be cut.",
     "the quotas would be cut", "Ole Dahl", "Norway"),
    # a copula in a later sentence of its own, the speaker named at the quote only
    ('"We expect the grain corridor to reopen soon," said Iryna Bondarenko. Bondarenko is Ukraine\'s deputy '
     "agriculture minister.", "We expect the grain", "Iryna Bondarenko", "Ukraine"),
    # a passive appointment in a later sentence
    ("Tomasz Nowicki said the army would buy more radars. Nowicki was appointed Poland's deputy defence minister "
     "in January.", "the army would buy", "Tomasz Nowicki", "Poland"),
])
def test_a_predicated_role_makes_the_speaker_an_official_of_its_country(nlp, body, content, name, country):
    row = row_of(_coded(nlp, body), content)
    assert row["speaker_name"] == name
    assert row["speaker_is_official"] is True
    assert row["speaker_country"] == country


@pytest.mark.parametrize("body, content, country", [
    # a past "be" with a time that ends it: the office held before
    ("Mia Rossi, who was Italy's finance minister until last year, said the new loan was far too small.",
     "the new loan", "Italy"),
    ("Karl Brenner said the reform had failed. Brenner was Austria's interior minister from 2015 to 2017.",
     "the reform had failed", "Austria"),
    ("Hanna Lind, who served as Sweden's ambassador to Moscow between 2009 and 2014, said the talks were going "
     "nowhere.", "the talks were going", "Sweden"),
])
def test_a_past_office_predicated_is_no_office(nlp, body, content, country):
    row = row_of(_coded(nlp, body), content)
    assert row["speaker_is_official"] is False
    assert row["speaker_country"] == country


@pytest.mark.parametrize("body, content", [
    # a copula whose noun is no role, a negated one, and a body led that is no government body
    ("Piotr Zaleski, who is a keen amateur historian, said the museum would reopen in May.", "the museum would"),
    ('"The ceasefire will not hold," said Dana Cole. Cole is not a minister, she stressed.', "The ceasefire will"),
    ("Ewa Marek, who heads a Warsaw charity for war orphans, said donations had dried up.", "donations had dried"),
    # a body led that no place owns, a verb of running that is no leading of a body
    ("Lena Voss, who chairs the school's parents' committee, said the shelter was too small.", "the shelter was"),
    ("Aaron Pike, who ran a popular blog about tanks, said the new brigade was well equipped.", "the new brigade"),
])
def test_no_office_where_the_predicate_names_none(nlp, body, content):
    assert row_of(_coded(nlp, body), content)["speaker_is_official"] is False


def test_a_past_be_without_an_end_names_no_former_office(nlp):
    # the narrative's past may be the time the speaker spoke in office: no role either way, the stage's own evidence
    # stands (here the nationality word of the appositive)
    body = ("Ruta Ozola, who was the governor of the border region when the bridge fell, said the army had retreated "
            "too early.")
    row = row_of(_coded(nlp, body), "the army had retreated")
    assert row["speaker_role"] == ""


def test_a_role_claimed_inside_a_quotation_is_no_description(nlp):
    # the speaker calls someone else a minister in the quoted words: the article does not describe that person so
    body = ('"Halvorsen is the real defence minister here," said Erik Moe, a farmer. Halvorsen later said the base '
            "would close.")
    row = row_of(_coded(nlp, body), "the base would close")
    assert row["speaker_is_official"] is False
