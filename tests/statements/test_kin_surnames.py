"""People of one article who share a surname (speakers/name_forms.names_another), found on polnear_train's even half (an article's
"Donald Trump said" and every "he" credited to "Ivanka Trump"; the "he" rows that follow) and counted there with the gender
mismatches of other kin (15 rows in 5 articles even, 18 in 8 odd). Sentences in the style of
three different (invented) articles, run end to end through statements.extract."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("Trump rallied supporters in Ohio. Ivanka Trump introduced her father on stage. Donald Trump said the "
     "election was rigged against working people.", "the election was rigged", "Donald Trump"),
    ("Biden flew to Warsaw on Friday. Hunter Biden was not part of the trip. Joe Biden said the alliance had never "
     "been stronger.", "the alliance had never", "Joe Biden"),
    ("Zelensky addressed the parliament. Olena Zelenska visited a hospital in Lviv. Volodymyr Zelensky said the army "
     "needed more shells.", "the army needed more shells", "Volodymyr Zelensky"),
], ids=["trump", "biden", "zelensky"])
def test_a_relative_is_not_the_office_holder_named_by_surname(nlp, body, content, name):
    """A surname alone that officials.csv gives an office holder ("Trump") is not joined by a full name with another
    given name ("Ivanka Trump"): the office holder keeps his own full name (name_forms.names_another)."""
    assert speaker_of(extract_rows(nlp, body, published="2023-06-01" if name != "Donald Trump" else "2016-07-22"),
                      content) == name

