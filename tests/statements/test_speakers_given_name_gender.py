"""Given names of both genders (first_names.csv holds both rows): "he" after "Robin Walker said" is Robin Walker.
Test moved from the round-named file of round 14."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("Fuller said the men should get legal advice.\n\nOn Saturday the schools minister, Robin "
     "Walker, said that ministers would use every diplomatic channel. He told the BBC: \"We utterly condemn the "
     "approach that has been taken here.\"", "We utterly condemn", "Robin Walker"),
    ("Kuleba said the talks were useful.\n\nSlovak Foreign Minister Jan Novak said Bratislava would send more shells. "
     "He told reporters: \"We will not stop our support.\"", "We will not stop", "Jan Novak"),
    ("Meloni said Italy stood with Kyiv.\n\nThe Italian labour minister, Andrea Orlando, said the sanctions would "
     "hold. He added: \"Our companies will adapt.\"", "Our companies will adapt", "Andrea Orlando"),
], ids=["robin-walker", "jan-novak", "andrea-orlando"])
def test_a_male_given_name_of_both_genders_takes_he(nlp, body, content, name):
    """Jan, Andrea and Robin are men's names too (first_names.csv has both rows): "he" after "Robin Walker said" is
    Robin Walker, not the man named before him."""
    rows = extract_rows(nlp, body)
    assert speaker_of(rows, content) == name, row_of(rows, content)
