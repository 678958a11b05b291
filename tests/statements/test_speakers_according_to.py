""""According to" and its source: what a person knows or reckons ("according to his estimates") is theirs; a name
after "According to <description>," that a verb follows is what the statement is about, an appositive name the
source. Tests moved from the round-named files of rounds 7 and 17."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ('Hungarian Prime Minister Viktor Orban spoke in Budapest on Friday. According to his information, the funds '
     'will be frozen until the spring.', "the funds will be frozen", "Viktor Orban"),
    ('Estonian Prime Minister Kaja Kallas met Nordic leaders in Tallinn. According to her calculations, Russia will test NATO within '
     'five years.', "Russia will test NATO", "Kaja Kallas"),
    ('Lithuania\'s top diplomat, Gabrielius Landsbergis, visited Kyiv. According to his estimates, Russia '
     'has lost half of its tanks.', "Russia has lost half", "Gabrielius Landsbergis"),
], ids=["his-information", "her-calculations", "his-estimates"])
def test_what_a_person_knows_or_thinks_is_theirs(nlp, body, content, name):
    """"According to his information, ...": the owner of the information, view or estimate speaks."""
    assert speaker_of(extract_rows(nlp, body), content) == name
