"""Futures of giving that commit no one (coding/pledge_limits.py, `benefit_without_party`): a thing, not the
speaker's side, will help or support a cause that names neither Ukraine nor aid. Invented sentences, one per
imagined article, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import coded_row


@pytest.mark.parametrize("body, words", [
    ("Jonathan Wilkinson, Canada's natural resources minister, said the new export licence would support "
     "Europe's ability to secure enough power for the winter months.", "licence would support"),
    ('The measure is temporary and will help "the continent\'s energy security while supplies from Moscow dwindle", '
     "Robert Habeck told journalists in Berlin on Friday.", "The measure is temporary"),
    ("Artis Pabriks, the Latvian defence minister, said the purchase would support closer cooperation "
     "among the armies of the three Baltic states.", "the purchase would support"),
])
def test_a_thing_that_helps_a_cause_is_no_pledge(nlp, body, words):
    assert coded_row(nlp, body, words)["speech_act"] != "pledge"


@pytest.mark.parametrize("body, words", [
    ("Zbynek Stanjura, the Czech finance minister, said this would give Ukraine the funds it needs to keep "
     "hospitals and schools open.", "this would give Ukraine"),
    ("Annalena Baerbock said Germany would support Europe's neighbours through the winter with gas from its "
     "own reserves.", "Germany would support"),
])
def test_a_future_of_the_speakers_side_or_for_ukraine_stays_a_pledge(nlp, body, words):
    assert coded_row(nlp, body, words)["speech_act"] == "pledge"


@pytest.mark.parametrize("body, words", [
    ("Lloyd Austin told reporters at the Pentagon that Ukraine will also be helped to train new brigades for "
     "the spring.", "will also be helped"),
    ("Kaja Kallas said Kyiv would be supported in repairing its power grid before the first frost.",
     "would be supported"),
    ("Speaking in Ottawa, Anita Anand said the Ukrainian navy will be helped to clear the mines off its "
     "coast.", "will be helped to clear"),
])
def test_a_passive_future_of_help_names_the_one_helped_and_stays_a_pledge(nlp, body, words):
    """The passive's subject is the one helped, not a thing that helps a cause: the speaker's pledge stands."""
    assert coded_row(nlp, body, words)["speech_act"] == "pledge"
