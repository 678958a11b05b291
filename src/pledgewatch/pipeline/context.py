"""A run's settings and cache keys (`StageContext`, `make_context`): the model's identity, the extract and coding
stage keys (their code, reference files and versions), and the model loaded once per process (`_load`)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .. import coding, config, schema, statements
from ..cache import CODEC, Cache, files_hash, fingerprint, reference_files, source_hash
from .prefilter import DEFAULT_SKIP, Prefilter, cue_forms

STATEMENT_COLUMNS = list(schema.STATEMENTS.columns)
CHUNK_SIZE = 256
# Pipes statements.extract may use; a module can narrow this with statements.REQUIRED_PIPES.
NEEDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


def statement_id(article_id: str, char_start: int, char_end: int) -> str:
    """Stable across runs: a hash of the article id and the statement's offsets in the clean text."""
    key = f"{article_id}\x1f{char_start}\x1f{char_end}".encode("utf-8", "surrogatepass")  # never fails on an id
    return hashlib.sha1(key).hexdigest()[:16]


# ------------------------------------------------------------------------------------------ stage context
@dataclass
class StageContext:
    """Everything a worker needs to process a chunk; `fingerprint` must match on every worker."""

    model: str
    model_id: str
    disable: tuple
    skip: str
    extract_key: str
    coding_key: str
    cache_root: str | None
    cache_enabled: bool
    batch_size: int = 16
    forms: frozenset = field(default_factory=frozenset)
    compat: str = ""  # what a dask worker must share with the client (no source hash: see make_context)
    quote_parts: str = "split"  # statements.extract's convention for interrupted/continued statements
    nesting: str = "inner"  # statements.extract's convention for "A said that B said X"

    def cache(self) -> Cache:
        return Cache(self.cache_root, enabled=self.cache_enabled)


def _meta_json(name: str) -> dict | None:
    """meta.json of an installed model package or a model folder, read without importing spaCy (a warm run that
    parses nothing then never pays for the import); None where it is not found that way."""
    import importlib.util
    import json

    path = Path(name)
    if not path.is_dir():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.origin:
            return None
        path = Path(spec.origin).parent
    meta = path / "meta.json"
    if not meta.is_file():
        return None
    return json.loads(meta.read_text(encoding="utf-8"))


def _model_identity(nlp_name: str | None):
    """(name, model_id, pipes to disable) without loading the pipeline (reads its meta.json)."""
    from ..nlp import model_name

    name = model_name(nlp_name)
    try:
        meta = _meta_json(name)
        if meta is None:
            import spacy

            meta = spacy.util.get_model_meta(spacy.util.get_package_path(name)) if spacy.util.is_package(name) \
                else spacy.util.get_model_meta(Path(name))
        from ..nlp import additions

        mid = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}@{meta.get('version', '0')}{additions()}"
        pipes = list(meta.get("pipeline") or [])
    except Exception:  # unusual model location: load it to learn its identity
        from ..nlp import load_nlp, model_id

        nlp = load_nlp(nlp_name)
        mid, pipes = model_id(nlp), list(nlp.pipe_names)
    needed = tuple(getattr(statements, "REQUIRED_PIPES", NEEDED_PIPES))
    disable = tuple(p for p in pipes if p not in needed)
    return name, mid, disable


def make_context(nlp_name=None, *, cache_dir=None, use_cache=True, skip=DEFAULT_SKIP, batch_size=16,
                 quote_parts="split", nesting="inner") -> StageContext:
    from .. import __version__

    name, mid, disable = _model_identity(nlp_name)
    forms = cue_forms() if skip != "none" else None
    pre = Prefilter(skip, forms)
    ex_refs, co_refs = files_hash(reference_files(statements)), files_hash(reference_files(coding))
    extract_key = fingerprint("extract", CODEC, mid, ",".join(disable), statements.EXTRACTOR_VERSION, source_hash(statements),
                              ex_refs, pre.key(), *(() if quote_parts == "split" else (quote_parts,)),
                              *(() if nesting == "inner" else (f"nesting={nesting}",)))
    coding_key = fingerprint("coding", "v2", CODEC, coding.coding_version(), source_hash(coding), co_refs,
                             statements.EXTRACTOR_VERSION)
    # the worker check leaves the source hashes out: workers import the code later than the client, and a checkout
    # being edited would fail every task; the version constants, model and reference files must match
    compat = fingerprint(__version__, mid, ",".join(disable), statements.EXTRACTOR_VERSION, coding.coding_version(),
                         ex_refs, co_refs, pre.key())
    cache_root = str(cache_dir if cache_dir is not None else (config.INTERIM / "cache"))
    return StageContext(name, mid, disable, pre.mode, extract_key, coding_key, cache_root, bool(use_cache),
                        batch_size, frozenset(forms or ()), compat, quote_parts, nesting)


def _load(ctx: StageContext):
    from ..nlp import load_nlp

    return load_nlp(ctx.model if ctx.model else None, disable=ctx.disable)
