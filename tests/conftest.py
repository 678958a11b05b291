"""Shared test fixtures. Tests that need ../shared (corpus, gold sets) use the `shared` fixture and skip, with a
clear message, where it is absent (a user's fresh clone)."""

from __future__ import annotations

import pytest

from pledgewatch import config


@pytest.fixture(scope="session")
def shared():
    """Path to ../shared; skips the test where it is absent."""
    if not (config.SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"../shared is absent ({config.SHARED}): corpus and gold sets are not committed, test skipped")
    return config.SHARED


@pytest.fixture(scope="session")
def nlp():
    from pledgewatch.nlp import load_nlp

    return load_nlp()
