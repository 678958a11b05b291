"""An office of a place ("the mayor of Dnipro"): never the holder of the same office elsewhere, the holder of the same
place named next, and as written where nobody in the text or officials.csv holds it. Tests moved from the
round-named files of rounds 18 and 19."""

from __future__ import annotations

import pytest

from support import resolve_mention


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


@pytest.mark.parametrize("text, mention, content", [
    ("Rockets hit two districts overnight. The mayor of the port city of Mykolaiv said two people were hurt. "
     "The mayor of Auckland, Philip Goff, was among the officials Moscow banned.",
     "The mayor of the port city of Mykolaiv", "two people were hurt"),
    ("\"The water is back,\" the mayor of Dnipro said on Monday. Jan Nowak, the mayor of Gdansk, sent two trucks of "
     "pumps.", "the mayor of Dnipro", "The water is back"),
    ("The governor of Sumy said two villages lost power. Anna Berg, the governor of Gotland, opened the new ferry "
     "line.", "The governor of Sumy", "two villages lost power"),
], ids=["mykolaiv-auckland", "dnipro-gdansk", "sumy-gotland"])
def test_an_office_of_one_place_is_no_holder_of_the_same_office_elsewhere(nlp, text, mention, content):
    """"the mayor of Dnipro" is not the mayor of Gdansk the next sentence names: two places, two people. (Round 19:
    the office of a named place nobody holds in the text is its holder as written, no longer UNKNOWN.)"""
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] == mention.split(" ", 1)[1]
    assert row["speaker_role"].startswith(mention.split()[1])


@pytest.mark.parametrize("text, mention, content, name", [
    ("Shelling continued overnight. \"Two schools were hit,\" the mayor of Kharkiv said. Ihor Terekhov, the mayor "
     "of Kharkiv, later visited the site.", "the mayor of Kharkiv", "Two schools were hit", "Ihor Terekhov"),
    ("The governor of Odesa said the port was struck. Oleh Kiper, the governor of Odesa, said ships were damaged.",
     "The governor of Odesa", "the port was struck", "Oleh Kiper"),
], ids=["kharkiv", "odesa"])
def test_an_office_of_the_same_place_is_its_holder_named_next(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content, name", [
    ("Rockets hit two districts of the city overnight. The mayor of Mykolaiv reported that a woman had died. "
     "Officials in Kyiv did not comment.", "The mayor of Mykolaiv", "a woman had died", "mayor of Mykolaiv"),
    ("Energy prices rose again in May. The head of the World Bank warned that growth would slow. Markets fell.",
     "The head of the World Bank", "growth would slow", "head of the World Bank"),
    ("Shelling went on all night. The governor of the Sumy region said three houses burned. Nobody was hurt.",
     "The governor of the Sumy region", "three houses burned", "governor of the Sumy region"),
], ids=["mayor-of-city", "head-of-fund", "governor-of-region"])
def test_an_office_of_a_named_place_nobody_holds_in_the_text_is_as_written(nlp, text, mention, content, name):
    """A description of an office of a named place or body that no person of the article or officials.csv fits is
    that office's holder as written, a source a reader can name (`descriptions._names_its_place`); was UNKNOWN."""
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] == name
    assert row["speaker_is_official"]


def test_a_bare_description_no_person_fits_stays_unknown(nlp):
    """Without a named place ("the expert"), the description no person fits is still UNKNOWN."""
    row = _resolve(nlp, "Prices rose in May. The expert said the outlook had darkened.", "The expert",
                   "the outlook had darkened")
    assert row["speaker_name"] == "UNKNOWN"
