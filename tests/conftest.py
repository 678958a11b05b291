"""Shared test fixtures. Tests that need ../shared (corpus, gold sets) use the `shared` fixture and skip, with a
clear message, where it is absent (a user's fresh clone); so does a test holding a passage its module named with
support.shared_text."""

from __future__ import annotations

import pytest

from pledgewatch import config


def pytest_runtest_setup(item):
    """A test holding a ../shared passage its module named at import (support.shared_text) skips where ../shared
    is absent."""
    from support import absent_in

    reason = absent_in(item)
    if reason:
        pytest.skip(reason)


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
