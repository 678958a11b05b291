""""the region's governor", "the city's mayor": the possessive owner is a place the passage names, no speaker, so the
description takes no country from the speaker before it (the owner was resolved as a mention and could be the last
person quoted: Blinken's United States for a Ukrainian governor); the country comes from the statements stage's
other evidence (speakers.descriptions, poss branch; PLACE_HEADS of speaker_words.csv)."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, previous, expected", [
    ("President Volodymyr Zelensky said Kyiv would hit back. Drones damaged two houses in the Belgorod region "
     "overnight, the region's governor said.", "Drones damaged two houses", "Ukraine", "Russia"),
    ("Sergei Lavrov said Moscow was ready for talks. Shelling damaged a school in the Zaporizhzhia region of Ukraine, "
     "the region's governor said.", "Shelling damaged a school", "Russia", "Ukraine"),
    ("Antony Blinken said the United States would keep helping. Russian missiles struck an energy plant in the Lviv "
     "region, the region's governor said.", "Russian missiles struck", "United States", None),
], ids=["belgorod", "zaporizhzhia", "lviv"])
def test_a_place_owner_gives_no_country_of_the_speaker_before(nlp, body, content, previous, expected):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == "region's governor"
    assert r["speaker_country"] != previous
    if expected is not None:
        assert r["speaker_country"] == expected
