""""The country" and "the country's ministry": the country its sentence (content included) or the one before names,
not the words "country's". Tests moved from the round-named file of round 8."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, name", [
    ("Siemens Energy has handed over three generators to Ukraine this week, the country's ministry of health said on "
     "Friday.", "Siemens Energy", "Ukrainian ministry of health"),
    ("Poland will buy 96 Apache helicopters from the United States, the country's defence ministry said on "
     "Tuesday.", "Poland will buy", "Polish defence ministry"),
    ("Germany has moved closer to rationing gas, since on Wednesday the country's economic ministry warned "
     "of a high risk of lasting shortages.", "a high risk", "German economic ministry"),
], ids=["health-ministry-recipient", "defence-ministry-subject", "economic-ministry-after"])
def test_a_body_of_the_country_is_the_body_of_the_country_its_sentence_names(nlp, body, content, name):
    """"the country's X said": the first country its sentence names (content included), not the words "country's"."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"


@pytest.mark.parametrize("body, content, name", [
    ("North Korea fired two ballistic missiles into the sea on Sunday. The country said that the launches were a "
     "warning to Seoul.", "that the launches", "North Korea"),
    ("Ukraine intends to retake the coast this year. The country said that it would train ten new brigades.",
     "that it would train", "Ukraine"),
    ("Russia on Friday published a list of 500 Americans barred from entry, among them senior US officials. The "
     "country said that it would continue to retaliate.", "that it would continue", "Russia"),
], ids=["north-korea", "ukraine", "russia-before-us"])
def test_the_country_is_the_country_its_sentence_or_the_one_before_names(nlp, body, content, name):
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"
