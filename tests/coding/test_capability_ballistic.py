"""Ballistic missiles are `long_range_strike` (round 31), the sibling of cruise missiles in the guide's taxonomy
(ATACMS, Iskander and Kinzhal are ballistic); an intercontinental ballistic missile is a strategic nuclear delivery
system, not the category (ukraine_dev's gold tags none for one). Passages from three articles: a Ukrainian outlet's
analyst, a Polish outlet on Iran's strike on Israel, a Ukrainian outlet on North Korean missiles; the exclusion from
a Guardian article."""

from __future__ import annotations

import pytest

from pledgewatch.coding.capabilities import find
from support import shared_text


def cats(text: str) -> set[str]:
    return {c for c, _ in find(text)}


@pytest.mark.parametrize("text", [
    shared_text("the explosions, which he believes", "caused by ballistic missiles"),
    shared_text("American destroyers in the Mediterranean", "Iranian ballistic missiles"),
    shared_text("Russia had used North Korean", "ballistic missiles to strike Ukraine"),
])
def test_a_ballistic_missile_is_long_range_strike(text):
    assert "long_range_strike" in cats(text), find(text)


def test_an_intercontinental_ballistic_missile_is_not():
    text = shared_text("deploy the newly tested Sarmat", "intercontinental ballistic missiles")
    assert "long_range_strike" not in cats(text), find(text)
