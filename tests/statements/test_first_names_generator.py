"""tools/build_first_names.py: the romanisation of Cyrillic given names by data/reference/cyrillic_latin.csv (the
Ukrainian national system with the press's "-iy" forms, Russian as the English press writes it), and the generated
file's shape. The generator's Faker step is not run here (Faker is no dependency of the project)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pledgewatch import config

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
