"""A person officials.csv does not list is no listed official by a near spelling of the surname, while
transliterations of a listed official keep the official. Tests moved from the round-named file of round 14."""

from __future__ import annotations

import pytest

from pledgewatch.statements.names import reference
from support import shared_text


@pytest.mark.parametrize("name", ["Sergey Radchenko", "Diane Russell", "Marley Anderson", "Jill Biden"])
def test_a_near_spelling_names_another_person(name):
    """"Sergey Radchenko" (a professor at Johns Hopkins) is not Serhiy Marchenko (the surname's first letter and the
    given name differ), "Marley Anderson" not Magdalena Andersson (another given name), "Diane Russell" not Daniel
    Russel and "Jill Biden" not Joe Biden (a given name of the other gender, first_names.csv)."""
    assert reference().official(name) is None


@pytest.mark.parametrize("name, listed", [
    ("Serhiy Gaidai", "Serhiy Haidai"), ("Wołodymyr Zelanski", "Volodymyr Zelensky"),
    ("Sergei Riabkow", "Sergei Ryabkov"), ("Yuriy Ignat", "Yuriy Ihnat"), ("Voludimir Zellinski", "Volodymyr Zelensky"),
    ("Mychajło Podolak", "Mykhailo Podolyak"), ("Joseph Biden", "Joe Biden"),
])
def test_a_transliteration_still_names_the_official(name, listed):
    """Transliterations and misspellings of a listed official's name keep the official: the given name is a spelling
    of theirs, and the surname keeps its first letter or the given name is the same (G/H: "Gaidai" / "Haidai")."""
    assert reference().official(name).name == listed


def test_a_professor_with_a_near_surname_is_no_official():
    """The coding stage's identity: "Sergey Radchenko, a professor at the Johns Hopkins School" (a UA outlet, May
    2024) takes no office nor country from Serhiy Marchenko, Ukraine's finance minister."""
    from pledgewatch.coding.identity import identify

    row = {"speaker_name": "Sergey Radchenko", "speaker_id": "Sergey Radchenko", "speaker_type": "person",
           "speaker_role": shared_text("professor at the", "International Studies (SAIS)"),
           "speaker_text": "Radchenko", "published": "2024-05-06"}
    country, official, _, _ = identify(row)
    assert official is False and country != "Ukraine"
