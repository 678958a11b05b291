"""Offices roles.csv lists beside the head-of-state and ministerial ones: local legislators (a city councillor, as
mayors and governors; CODING.md counts legislators, governors and mayors as officials), a member of Russia's State
Duma, the US House speaker. Mentions in edited wording of our own."""

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
