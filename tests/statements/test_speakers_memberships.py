"""A membership description (round 16, issues 13 and 14): a person described as a member or part of a body that
holds public office ("a member of <country>'s mission to the UN", "a <party> member of the <city> Assembly", "part of
<official>'s team in the presidential office") holds an office that no roles.csv title names; the description is
the person's role, and the coding stage makes it an office (`speakers.memberships`). Three constructions from three
corpus articles (a GB outlet's UN report, its London correspondence story, a US outlet's war-crimes story), all in
edited wording of our own with invented names."""

from __future__ import annotations

import pytest

from pledgewatch.coding import identity
from pledgewatch.statements.speakers.memberships import member_of_office
from support import extract_rows, row_of


@pytest.mark.parametrize("text, office", [
    ("a member of Poland's mission to the UN", True),
    ("a Green member of the Berlin Assembly", True),
    ("part of the minister's team in the presidential office", True),
    ("a senior member of Ukraine's negotiating team", True),
    ("member of the Lithuanian parliament, who spoke on Monday", True),
    ("a member of the Canadian delegation", True),
    # bodies that hold no public office, and a past membership
    ("a member of the Liberal party", False),
    ("a Briton, member of the Ukrainian armed forces, captured in spring", False),
    ("a member of the station's management team", False),
    ("a former member of the Duma", False),
    ("the Kremlin's spokesperson", False),
])
def test_member_of_a_body_that_holds_office(text, office):
    assert member_of_office(text) is office


def _coded(rows, published):
    records = [dict(r, published=published) for r in rows]
    countries, officials = identity.recompute(records)
    return [dict(r, speaker_country=c, speaker_is_official=o) for r, c, o in zip(records, countries, officials,
                                                                                   strict=True)]


@pytest.mark.parametrize("body, content, name, country", [
    # a GB outlet, June 2022: a diplomat at the UN named only by the mission he belongs to
    ("Grain exports collapsed in the spring, said Petro Marchuk, also a member of Kyiv’s mission to the UN; he added "
     "that millions of people depended on them.", "Grain exports collapsed", "Petro Marchuk", "Ukraine"),
    # a GB outlet, April 2022: a regional legislator of the opposition
    ("Anna Forde, Labour member of the London Assembly, told reporters the letters raised serious questions about the "
     "mayor's trip.", "the letters raised", "Anna Forde", "United Kingdom"),
    # a US outlet, September 2022: a member of an official's staff
    ("“It will be like punishing the guards and letting the commanders walk free,” said Oleh Hnatiuk, part of "
     "Smyrnov’s team at the presidential office.", "It will be like", "Oleh Hnatiuk", None),
])
def test_a_member_of_an_official_body_is_an_official(nlp, body, content, name, country):
    rows = _coded(extract_rows(nlp, body, published="2022-06-10"), "2022-06-10")
    row = row_of(rows, content)
    assert row["speaker_name"] == name
    assert row["speaker_role"]
    assert row["speaker_is_official"] is True
    if country:
        assert row["speaker_country"] == country


def test_a_member_of_a_party_is_no_official(nlp):
    body = "Ivan Sokol, a member of the Pirate Party, said the ban would not stop anyone."
    rows = _coded(extract_rows(nlp, body, published="2022-03-21"), "2022-03-21")
    assert row_of(rows, "the ban would")["speaker_is_official"] is False
