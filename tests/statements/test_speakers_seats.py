"""The seat of an unnamed official body named after its mention (statements.speakers.seats): "officials in Ankara"
is Turkey's, where the sentences around name another country more often."""

from __future__ import annotations

import pytest

from support import resolve_mention


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, published="2022-07-20")


@pytest.mark.parametrize("text, mention, content, expected", [
    # the sentence names Russia and Moscow twice; the body sits in Ankara
    ("The Russian navy will let the ships leave Odesa once Moscow has checked them, officials in Ankara said on "
     "Friday, after Russia agreed to the corridor.", "officials", "The Russian navy will let the ships", "Turkey"),
    # an authority seated in Beijing, in a passage about Russia's war
    ("Russia keeps buying machine parts abroad. The authorities in Beijing insist that they send no weapons to "
     "Russia and that their trade with Moscow is lawful.", "authorities", "that they send no weapons", "China"),
    # a regional administration in a Ukrainian port, in a passage about Russian strikes
    ("Strikes went on overnight. The regional administration in Mykolaiv reported that Russian missiles from Russian "
     "ships had burned two warehouses of grain.", "administration", "that Russian missiles from", "Ukraine"),
    # a breakaway republic named as the seat is the body's, in a passage about Ukrainian towns
    ("Shelling hit Ukrainian villages near Kharkiv and Izium. An official from the self-declared Luhansk People's "
     "Republic claimed that Ukrainian units in Ukraine's east had retreated.", "An official", "that Ukrainian units",
     "Luhansk People's Republic"),
])
def test_a_seat_after_the_mention_is_the_bodys_country(nlp, text, mention, content, expected):
    assert _resolve(nlp, text, mention, content)["speaker_country"] == expected


def test_a_place_the_occupier_holds_is_no_seat(nlp):
    # an administration sitting in an occupied city: the territory is Ukraine's, the body is not (the sentences
    # around decide, here Russia)
    text = ("Russia's defence ministry moved more troops south. The military administration in Russian-held "
            "Melitopol announced that Russian passports would be issued from Monday.")
    row = _resolve(nlp, text, "administration", "that Russian passports would be issued")
    assert row["speaker_is_official"] and row["speaker_country"] != "Ukraine"
