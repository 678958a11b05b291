"""Coding rules against the gold annotation of ../shared/eval (gold content, gold cue and speaker fields), so the
figures measure coding alone. Skips where ../shared is absent."""

from __future__ import annotations

import pytest

from pledgewatch.evaluation.coding_rules import evaluate, load_gold

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seeds(shared):
    return evaluate(load_gold(shared / "eval" / "seeds" / "gold.jsonl"))[0]


@pytest.fixture(scope="module")
def ukraine_dev(shared):
    path = shared / "eval" / "ukraine_dev" / "gold.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} absent")
    return evaluate(load_gold(path))[0]


def test_seeds_gold(seeds):
    assert seeds["pledge"]["f1"] >= 0.85
    assert seeds["appeal"]["f1"] >= 0.75
    assert seeds["speech_act_acc"] >= 0.80
    assert seeds["capabilities"]["f1"] >= 0.90


def test_ukraine_dev_gold(ukraine_dev):
    assert ukraine_dev["pledge"]["f1"] >= 0.85
    assert ukraine_dev["appeal"]["f1"] >= 0.75
    assert ukraine_dev["speech_act_acc"] >= 0.80
    assert ukraine_dev["capabilities"]["f1"] >= 0.90
