"""Country names joined to the Kiel tracker come from data/reference/kiel_countries.csv."""

from __future__ import annotations

from pledgewatch import analysis as A


def test_speaker_countries_take_the_kiel_trackers_names():
    assert A.normalise_country(" USA ") == "United States"
    assert A.normalise_country("European Union") == "EU (Commission and Council)"
    assert A.normalise_country("Turkey") == "Turkiye"
    assert A.normalise_country("Germany") == "Germany"
    assert A.normalise_country(None) == ""
