""""According to" and its source: what a person knows or reckons ("according to his estimates") is theirs; a name
after "According to <description>," that a verb follows is what the statement is about, an appositive name the
source. Tests moved from the round-named files of rounds 7 and 17."""

from __future__ import annotations

import pytest

from support import extract_rows, resolve_mention, speaker_of


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


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


@pytest.mark.parametrize("text, mention, content, name", [
    ("The agency chief spoke to senators on Tuesday. Agency director Mark Olsen said Beijing was worried. According "
     "to the head of the agency, President Ivan Korov had hoped for help with the sanctions.", "the head of the agency",
     "President Ivan Korov had hoped", "Mark Olsen"),
    ("Talks resumed in Geneva on Monday. According to the chief negotiator, Foreign Minister Anna Berg had turned "
     "down the proposal.", "the chief negotiator", "Foreign Minister Anna Berg had turned", "UNKNOWN"),
    ("The festival opens on Friday in the old town. According to the organiser, Putin will not be asked to the "
     "gala.", "the organiser", "Putin will not be asked", "organiser"),
], ids=["head-of-agency", "chief-negotiator", "organiser"])
def test_a_name_after_according_to_and_a_comma_that_a_verb_follows_is_the_contents_subject(
        nlp, text, mention, content, name):
    """"According to <description>, <Name> <verb> ...": the name is what the statement is about, not the source's
    appositive name."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content, name", [
    ("Residents fled overnight. According to the governor, Petro Lysenko, troops have detained 40 people.",
     "the governor", "troops have detained 40 people", "Petro Lysenko"),
    ("The port reopened on Sunday. According to the mayor, Ilona Marsh, the first ship will dock on Monday.",
     "the mayor", "the first ship will dock", "Ilona Marsh"),
    ("Shelling went on all night. According to the spokesman, Oleh Dmytrenko, two villages lost power.",
     "the spokesman", "two villages lost power", "Oleh Dmytrenko"),
], ids=["governor", "mayor", "spokesman"])
def test_an_appositive_name_after_according_to_stays_the_source(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name
