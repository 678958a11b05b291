"""Speakers of issues 13 and 14 (round 14): a person officials.csv does not list is no listed official by a near
spelling of the surname, found on coding_dev's half A and the team's rows and counted on the corpus (coding_dev's
half B removed) and polnear_train's even half. Real names from those articles; shortened sentences."""

from __future__ import annotations

import pytest

from pledgewatch.statements.names import reference
from support import extract_rows, row_of, speaker_of


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
           "speaker_role": "professor at the Johns Hopkins School of Advanced International Studies (SAIS)",
           "speaker_text": "Radchenko", "published": "2024-05-06"}
    country, official, _, _ = identify(row)
    assert official is False and country != "Ukraine"


@pytest.mark.parametrize("body, content, name", [
    ("Fuller said the men needed access to legal advice.\n\nOn Friday morning the school standards minister, Robin "
     "Walker, said the government would use all diplomatic channels. He told Sky News: \"We utterly condemn the "
     "approach that's been taken here.\"", "We utterly condemn", "Robin Walker"),
    ("Kuleba said the talks were useful.\n\nCzech Foreign Minister Jan Lipavsky said Prague would send more shells. "
     "He told reporters: \"We will not stop our support.\"", "We will not stop", "Jan Lipavsky"),
    ("Meloni said Italy stood with Kyiv.\n\nThe Italian labour minister, Andrea Orlando, said the sanctions would "
     "hold. He added: \"Our companies will adapt.\"", "Our companies will adapt", "Andrea Orlando"),
], ids=["robin-walker", "jan-lipavsky", "andrea-orlando"])
def test_a_male_given_name_of_both_genders_takes_he(nlp, body, content, name):
    """Jan, Andrea and Robin are men's names too (first_names.csv has both rows): "he" after "Robin Walker said" is
    Robin Walker, not the man named before him."""
    rows = extract_rows(nlp, body)
    assert speaker_of(rows, content) == name, row_of(rows, content)
