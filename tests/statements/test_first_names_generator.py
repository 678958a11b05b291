"""tools/build_first_names.py: the romanisation of Cyrillic given names by data/reference/cyrillic_latin.csv (the
Ukrainian national system with the press's "-iy" forms, Russian as the English press writes it), and the generated
file's shape. The generator's Faker step is not run here (Faker is no dependency of the project)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pledgewatch import config
from pledgewatch.statements.gender import GIVEN

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_first_names.py"


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("build_first_names", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("lang, cyrillic, expected", [
    ("uk", "володимир", ["volodymyr"]),
    ("uk", "юлія", ["yuliia"]),
    ("uk", "олексій", ["oleksii", "oleksiy"]),
    ("uk", "євген", ["yevhen"]),
    ("ru", "сергей", ["sergei", "sergey"]),
    ("ru", "вячеслав", ["vyacheslav"]),
    ("ru", "дмитрий", ["dmitry", "dmitriy", "dmitrii"]),
    ("ru", "алексей", ["aleksei", "aleksey", "alexei", "alexey"]),
])
def test_cyrillic_names_are_romanised_by_the_table(gen, lang, cyrillic, expected):
    assert sorted(gen.romanise(cyrillic, gen.translit_table(lang))) == sorted(expected)


def test_a_letter_the_table_lacks_gives_no_form(gen):
    assert gen.romanise("ѣва", gen.translit_table("ru")) == []


def test_the_generated_file_keeps_its_shape():
    rows = config.reference_rows("first_names.csv")
    assert len(rows) > 5000
    assert {r["gender"] for r in rows} == {"f", "m"} and {r["word"] for r in rows} <= {"", "y"}
    assert all(r["name"] == r["name"].lower() and r["source"] for r in rows)
    head = config.reference("first_names.csv").read_text(encoding="utf-8")[:800]
    assert "Faker" in head and "MIT" in head and "build_first_names.py" in head
    hand = {(r["name"].strip(), r["gender"].strip()) for r in config.reference_rows("first_names_hand.csv")}
    assert hand <= {(r["name"], r["gender"]) for r in rows}


def test_place_and_body_words_are_flagged(gen):
    """A given name that is a one-word surface of countries.csv or organisations.csv is `word=y` in the generated
    file, so it is no evidence on its own that a title-case word is a person's name."""
    places = gen.place_body_words()
    assert {"german", "georgia", "rada", "ria"} <= places
    rows = config.reference_rows("first_names.csv")
    unflagged = {r["name"] for r in rows if r["name"] in places and r["word"] != "y"}
    assert not unflagged
    assert not {"german", "georgia", "rada", "ria"} & GIVEN


def test_place_body_words_are_one_word_forms(gen):
    assert "novosti" not in gen.place_body_words()  # a word inside "RIA Novosti" is no surface of its own
    assert all(" " not in w and w == w.lower() for w in gen.place_body_words())


def test_a_hand_row_decides_the_gender_of_its_accented_spellings(gen):
    """es_ES lists "maría" and "josé" under both genders (compound names): folded, they would give "maria" and "jose"
    no gender; the hand rows decide."""
    assert [gen._fold(n) for n in ("maría", "mária", "josé", "paweł")] == ["maria", "maria", "jose", "pawel"]
    from pledgewatch.statements.gender import FEMALE, MALE

    assert "maria" in FEMALE and "maria" not in MALE
    assert "jose" in MALE and "jose" not in FEMALE
    assert "alexis" in MALE and "alexis" in FEMALE  # unaccented names of both genders keep both rows
