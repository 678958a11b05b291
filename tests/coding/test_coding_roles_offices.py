"""Offices roles.csv lists beside the head-of-state and ministerial ones: local legislators (a city councillor, as
mayors and governors; CODING.md counts legislators, governors and mayors as officials), a member of Russia's State
Duma, the US House speaker. Mentions in edited wording of our own."""

import pytest

from pledgewatch.coding import identity


def _row(name, role, article):
    return {"article_id": article, "speaker_name": name, "speaker_id": name, "speaker_role": role,
            "speaker_text": name, "speaker_type": "person", "speaker_country": "", "speaker_is_official": False,
            "published": "2022-06-01", "text": "The aid will arrive next week.", "cue": "said"}


def test_local_and_national_legislators_named_by_these_offices_are_officials():
    rows = [_row("Ivan Petrov", "a Moscow city councillor", "r1"),
            _row("Anna Smirnova", "State Duma deputy", "r2"),
            _row("Mark Allen", "member of the State Duma", "r3"),
            _row("Tom Baker", "House Speaker", "r4")]
    countries, officials = identity.recompute(rows)
    assert officials == [True, True, True, True]
    assert countries[1:3] == ["Russia", "Russia"]


def test_a_council_that_is_no_public_body_is_no_office():
    # "councillor" alone is left out of the table: a "councillor" of a private body or a school is no public office
    rows = [_row("Jane Doe", "a councillor at the parents' association", "r5")]
    _, officials = identity.recompute(rows)
    assert officials == [False]


def _org(name):
    return dict(_row(name, "", "r9"), speaker_type="organization")


def test_abbreviated_offices_are_offices():
    """Offices written as their abbreviations (roles.csv, round 16): "PM", "Gov.", "Rep.", "MEP"; the US titles give
    the country."""
    rows = [_row("Kamal Shah", "Indian PM", "r6"), _row("Ron Hale", "Ohio Gov.", "r7"),
            _row("Amy Ross", "Rep.", "r8"), _row("Jan Novak", "a Czech MEP", "r10"), _org("British PM")]
    countries, officials = identity.recompute(rows)
    assert officials == [True, True, True, True, True]
    assert countries[2] == "United States" and countries[4] == "United Kingdom"


def test_officers_of_the_police_and_armed_forces_are_offices_a_company_officer_none():
    rows = [_row("Ihor Lysenko", "a patrol officer in Kharkiv", "r11"), _row("Mark Dunn", "a British army officer", "r12"),
            _row("Lena Berg", "chief executive officer of the bank", "r13")]
    _, officials = identity.recompute(rows)
    assert officials == [True, True, False]


@pytest.mark.parametrize("name, country", [
    ("Buckingham Palace", "United Kingdom"), ("No 10", "United Kingdom"), ("the Élysée Palace", "France"),
    ("Bankova", "Ukraine"), ("Zhongnanhai", "China"), ("Foggy Bottom", "United States"),
])
def test_a_seat_of_office_named_by_its_building_speaks_for_the_office(name, country):
    """countries.csv rows of round 16: a head of state's or government's seat named by its palace or address speaks
    for its office (CODING.md: heads of state and government)."""
    countries, officials = identity.recompute([_org(name)])
    assert (countries[0], officials[0]) == (country, True)


def _group(name, mention=None):
    return dict(_row(name, "", "r14"), speaker_type="group", speaker_text=mention or name)


@pytest.mark.parametrize("name, official", [
    # three corpus articles' constructions, in our words: the defenders of a besieged plant, the fighters of a
    # proxy force, the separatists of an occupied region
    ("Ukrainian fighters inside the steel plant", True), ("Russian proxy fighters", True),
    ("Pro-Russian separatists", True), ("the marines of the 36th brigade", True),
    # one combatant is a person, no office; their relatives hold none
    ("an unnamed fellow fighter", False), ("a sergeant", False),
    ("The wives of two Ukrainian soldiers inside the plant", False),
])
def test_a_group_named_by_a_plural_combatant_noun_is_the_armed_forces_speaking(name, official):
    """identity_words.armed_plural (round 16): CODING.md counts commanders and armed forces as officials; a unit or
    side named by its fighters speaks for them, one soldier speaks as a person (roles.csv kind citizen)."""
    row = _group(name) if official or name.startswith("The wives") else _row(name, "", "r15")
    _, officials = identity.recompute([row])
    assert officials == [official]
