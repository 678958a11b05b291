"""Ballistic missiles are `long_range_strike` (round 31), the sibling of cruise missiles in the guide's taxonomy
(ATACMS, Iskander and Kinzhal are ballistic); an intercontinental ballistic missile is a strategic nuclear delivery
system, not the category (ukraine_dev's gold tags none for one); an anti-ballistic missile or a ballistic missile
defence is `air_defence` only. Passages from three corpus articles (a Guardian-era British column on the Cuban
crisis and a Ukrainian outlet's war report, both outside coding_dev, and a Ukrainian outlet on North Korean
missiles); the exclusion from a US outlet outside coding_dev; the defences invented (the ABM treaty's wording)."""

from __future__ import annotations

import pytest

from pledgewatch.coding.capabilities import find
from support import shared_text


def cats(text: str) -> set[str]:
    return {c for c, _ in find(text)}


@pytest.mark.parametrize("text", [
    shared_text("When the USSR deployed", "ballistic missiles to Cuba"),
    shared_text("Russian battlefield failures are followed by", "reprisal ballistic missile and drone attacks"),
    shared_text("Russia had used North Korean", "ballistic missiles to strike Ukraine"),
])
def test_a_ballistic_missile_is_long_range_strike(text):
    assert "long_range_strike" in cats(text), find(text)


def test_an_intercontinental_ballistic_missile_is_not():
    text = shared_text("massive warheads that arm", "intercontinental ballistic missiles")
    assert "long_range_strike" not in cats(text), find(text)


@pytest.mark.parametrize("text", [
    "The treaty banned anti-ballistic missile systems.",
    "Poland will host a ballistic missile defence system.",
    "The US offered a ballistic missile defense shield to its allies.",
])
def test_a_defence_against_ballistic_missiles_is_air_defence_only(text):
    assert cats(text) == {"air_defence"}, find(text)


def test_an_interceptor_of_ballistic_missiles_names_both():
    assert cats("Patriot batteries can intercept ballistic missiles.") == {"air_defence", "long_range_strike"}
