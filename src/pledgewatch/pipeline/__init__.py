"""run(): the stages in order, raw -> articles -> statements -> coded statements -> tables in data/processed/.

Stages only ever read the previous stage's output (one-way data flow). Every table is schema-checked (chunk by chunk)
before it is written, and every write is atomic.

How a run flows (engine "local"; engine "dask" sends the same `work` to a dask.distributed cluster):

1. ingest.iter_records streams (article, manifest row) pairs (replayed from the cache when the raw files, their path,
   the dedupe mode, the ingest code and its reference files are unchanged); articles are grouped in chunks of
   `chunk_size` (engine local: the first chunks are smaller, 16, 64 ... articles, so that parsing starts while ingest
   goes on).
2. This process looks every article of a chunk up in the cache (pledgewatch.cache): extract stage, then coding
   stage. A chunk with nothing left to compute is written at once; the others go to `work` in a process pool of
   `n_process` workers (forked once per run, after this process has loaded the model, which they share: `_pool`;
   one chunk of work alone is done in-process), at most 2 x n_process
   chunks in flight, each cut in units of about UNIT_WORDS words so that no worker idles at the end. A worker
   parses a unit's misses with `nlp.pipe(batch_size=...)` (pipes extraction does not need disabled; attribute_ruler
   and lemmatizer replaced by pledgewatch.fastpipes' identical ones, matrix products by numpy's: pledgewatch.fastgemm),
   hands each Doc to `statements.extract` and drops
   it, codes the rows and returns plain values; `assemble` builds the chunk's frames from its units exactly as one
   `work` on the whole chunk would: only rows travel back, never Docs.
3. Skipping (`skip`): "article" (default) = an article with no quotation mark, colon or cue form of
   data/reference/cues.csv is not parsed (it cannot hold a statement); "paragraph" = such paragraphs are blanked to
   same-length whitespace before parsing (offsets are unchanged), keeping the title and the paragraph before each
   kept one. On ../shared/corpus/ukraine_news "article" skips 11 of 578 articles, which give no statement when
   parsed, and the gold-set scores are unchanged; "paragraph" is opt-in (figures in docs/SCALING.md).
4. Results are stored in the cache, validated (pledgewatch.schema, chunk by chunk) and appended to part files; at
   the end the run's identity table is built from the statement parts (`speakers.parquet`: one country and office
   per named person, pledgewatch.coding.identity_table) and applied to them, and the parts are merged into each
   table of a new output set (`out/.runs/<id>/`), which is then switched in
   as one unit (pledgewatch.runs: the `out/current` link is replaced; `out/<table>` are fixed links through it): an
   interrupted or failed run leaves the previous set in place, and a reader never sees a mix. The run holds an
   exclusive lock on `out`; SIGTERM/SIGINT/SIGHUP stop the workers and remove the unfinished set (runs.Stopped).

Rows come out in ingest order (articles), and by (char_start, char_end) within an article.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from .. import coding, config, repeats, runs, schema
from ..identity_memo import apply_identity
from ..ingest import PROCESSED_STATUSES
from ..io import write_csv, write_parquet
from .context import (
    CHUNK_SIZE,
    NEEDED_PIPES,
    STATEMENT_COLUMNS,
    StageContext,
    _load,
    _meta_json,
    _model_identity,
    make_context,
    statement_id,
)
from .dask_engine import (
    DASK_TIMEOUT,
    NO_WORKER_WAIT,
    DaskUnavailable,
    _dask_engine,
    _Watched,
    check_scheduler,
)
from .local import (
    _drive,
    _Inline,
    _local_engine,
    _pool,
    _stop_pool,
    _Units,
)
from .prefilter import (
    _PARA,
    _QUOTES,
    DEFAULT_SKIP,
    SKIP_MODES,
    Prefilter,
    cue_forms,
)
from .records import (
    FIRST_CHUNK,
    INGEST_PART,
    _chunks,
    _raw_fingerprint,
    cached_records,
    log,
)
from .stages import (
    TableSink,
    _Chunk,
    _Stages,
)
from .units import (
    UNIT_WORDS,
    _empty_statements,
    _order,
    _validated_empty_statements,
    article_rows,
    assemble,
    statements_frame,
    units_of,
    work,
    work_unit,
)

# the parts' names, importable from here as before the split
__all__ = [
    "SKIP_MODES",
    "DEFAULT_SKIP",
    "_QUOTES",
    "_PARA",
    "cue_forms",
    "Prefilter",
    "STATEMENT_COLUMNS",
    "CHUNK_SIZE",
    "NEEDED_PIPES",
    "statement_id",
    "StageContext",
    "_meta_json",
    "_model_identity",
    "make_context",
    "_load",
    "_order",
    "_empty_statements",
    "_validated_empty_statements",
    "article_rows",
    "statements_frame",
    "work",
    "work_unit",
    "assemble",
    "UNIT_WORDS",
    "units_of",
    "_Chunk",
    "_Stages",
    "TableSink",
    "log",
    "_raw_fingerprint",
    "INGEST_PART",
    "cached_records",
    "FIRST_CHUNK",
    "_chunks",
    "_Inline",
    "_pool",
    "_drive",
    "_Units",
    "_local_engine",
    "_stop_pool",
    "DASK_TIMEOUT",
    "NO_WORKER_WAIT",
    "DaskUnavailable",
    "check_scheduler",
    "_Watched",
    "_dask_engine",
]


class RunResult:
    """What run() wrote. The tables are read back from `out` on first access (run() itself never holds them)."""

    def __init__(self, out: Path, paths: dict, stats: dict | None = None, counts: dict | None = None,
                 set_dir: Path | None = None):
        self.out = Path(out)
        self.set_dir = set_dir  # the output set this run wrote (out/.runs/<id>/; out/current points at it)
        self.paths = paths
        self.stats = stats or {}
        self.counts = counts or {}
        self._cache: dict = {}

    def _table(self, name):
        if name not in self._cache:
            path = self.paths[name]
            self._cache[name] = pd.read_csv(path) if str(path).endswith(".csv") else pd.read_parquet(path)
        return self._cache[name]

    articles = property(lambda self: self._table("articles"))
    statements = property(lambda self: self._table("statements"))
    capabilities = property(lambda self: self._table("statement_capabilities"))
    manifest = property(lambda self: self._table("manifest"))

    def summary(self) -> str:
        c = self.counts
        status = c.get("status", {})
        s = self.stats
        lines = [f"records: {c.get('records', 0)}  " + "  ".join(f"{k}: {v}" for k, v in sorted(status.items())),
                 f"articles processed: {c.get('articles', 0)}  statements: {c.get('statements', 0)}",
                 f"parsed: {s.get('parsed', 0)}  skipped unparsed: {s.get('skipped_articles', 0)}  "
                 f"extract cache hits: {s.get('extract_hits', 0)}  coding cache hits: {s.get('coding_hits', 0)}"
                 + ("  ingest: replayed from cache" if s.get("ingest_cached") else "")
                 + ("" if s.get("cache") else "  (cache off)"),
                 f"tables written to {self.out}"
                 + (f" (output set {self.set_dir.name})" if self.set_dir is not None else "")]
        return "\n".join(lines)


# ------------------------------------------------------------------------------------------ run
def _sinks(tmp: Path, progress: bool) -> dict[str, TableSink]:
    """The part files of the three chunked tables of a run."""
    return {"articles": TableSink("articles", tmp, schema.empty("articles"), progress),
            "statements": TableSink("statements", tmp, _empty_statements(), progress),
            "statement_capabilities": TableSink("statement_capabilities", tmp,
                                                coding.capability_table(_empty_statements()), progress)}


def _emitter(sinks: dict, manifest: list[dict], art_bar):
    """emit(articles, statements, capabilities) of one chunk, in input order: article ids checked unique, the
    second and later copies of a statement marked (is_repeat, repeat_of: within an article, and across articles
    ingest related: overlapping, or a copy kept under its own id and the record it copies), the rows appended to
    the parts."""
    seen_ids: set[str] = set()
    reps = repeats.RepeatIndex()
    linked = [0]  # manifest rows already read for links between articles (overlaps, copies: `duplicate_of`)

    def emit(arts, st, caps):
        dup = seen_ids.intersection(a["article_id"] for a in arts)
        if dup or len({a["article_id"] for a in arts}) != len(arts):
            raise ValueError(f"duplicate article_id from ingest: {sorted(dup)[:5]}")
        seen_ids.update(a["article_id"] for a in arts)
        sinks["articles"].write(pd.DataFrame(arts))
        reps.add_overlaps(manifest[linked[0]:])  # the chunk's records are in the manifest before it is emitted
        linked[0] = len(manifest)
        if not st.empty:  # validated by Stages.complete (before it was cached); repeat columns are bool/str
            sinks["statements"].write(reps.mark(st), validated=True)
            sinks["statement_capabilities"].write(caps, validated=True)
        art_bar.update(len(arts))

    return emit


def _write_tables(sinks: dict, manifest: list[dict], oset, ctx) -> tuple[dict, dict]:
    """(paths, counts) of the tables of a run written to its output set: the parts merged, the identity table
    (one identity per person in the run) built and applied to the statements, the manifest validated."""
    man = schema.validate("manifest", pd.DataFrame(manifest) if manifest else schema.empty("manifest"))
    copies = {r["article_id"] for r in manifest if r.get("duplicate_of") and r.get("status") in PROCESSED_STATUSES}
    speakers = apply_identity(sinks["statements"], ctx, copies)  # one identity per person (identity_memo): a copy
    # of an earlier record is not a second article's evidence about a person
    paths = {
        "articles": sinks["articles"].close_parquet(oset.path("articles.parquet")),
        "statements": sinks["statements"].close_parquet(oset.path("statements.parquet")),
        "statements_csv": sinks["statements"].close_csv(oset.path("statements.csv")),
        "statement_capabilities": sinks["statement_capabilities"].close_parquet(
            oset.path("statement_capabilities.parquet")),
        "manifest": write_csv(man, oset.path("manifest.csv")),
        "speakers": write_parquet(schema.validate("speakers", speakers), oset.path("speakers.parquet")),
    }
    counts = {"records": len(man), "status": man["status"].value_counts().to_dict() if len(man) else {},
              "articles": sinks["articles"].rows, "statements": sinks["statements"].rows}
    return paths, counts


def run(raw: str | Path = config.RAW, out: str | Path = config.PROCESSED, *, mapping=None, nlp_name: str | None = None,
        n_process: int = 1, batch_size: int = 16, progress: bool = True, cache: str | Path | None = None,
        use_cache: bool = True, engine: str = "local", scheduler: str | None = None, skip: str | None = None,
        chunk_size: int = CHUNK_SIZE, quote_parts: str = "split", nesting: str = "inner") -> RunResult:
    """Run every stage on `raw`, write the tables to `out`; see the module docstring."""
    out = Path(out)
    skip = skip or DEFAULT_SKIP
    ctx = make_context(nlp_name, cache_dir=cache, use_cache=use_cache, skip=skip, batch_size=batch_size,
                       quote_parts=quote_parts, nesting=nesting)
    stats: dict = {"cache": ctx.cache_enabled, "parsed": 0, "extract_hits": 0, "coding_hits": 0,
                   "skipped_articles": 0}
    manifest: list[dict] = []
    frozen = False
    with runs.lock(out), runs.stop_on_signals():
        oset = runs.OutputSet(out).begin()
        try:
            sinks = _sinks(oset.parts, progress)
            art_bar = tqdm(desc="articles", unit="article", disable=not progress)
            rec_bar = tqdm(desc="ingest", unit="record", disable=not progress, leave=False)
            emit = _emitter(sinks, manifest, art_bar)
            chunks = _chunks(cached_records(raw, mapping, ctx, stats), chunk_size, manifest, rec_bar.update,
                             ramp=engine == "local")
            if engine == "local":
                frozen = _local_engine(chunks, ctx, n_process, stats, emit, progress)
            elif engine == "dask":
                _dask_engine(chunks, ctx, n_process, stats, emit, progress, scheduler=scheduler)
            else:
                raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
            rec_bar.close()
            art_bar.close()
            paths, counts = _write_tables(sinks, manifest, oset, ctx)
            oset.commit({"raw": str(raw), "records": counts["records"], "articles": counts["articles"],
                         "statements": counts["statements"]})
        finally:
            if frozen:  # `_pool` froze the collector for the run: unfrozen after the tail (_local_engine)
                gc.unfreeze()
            oset.abort()  # removes the set unless it was committed
    if ctx.cache_enabled:
        ctx.cache().prune()
    return RunResult(out, paths, stats, counts, set_dir=oset.dir)
