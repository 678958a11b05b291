"""run(): the stages in order, raw -> articles -> statements -> coded statements -> tables in data/processed/.

Stages only ever read the previous stage's output (one-way data flow). Every table is schema-checked (chunk by chunk)
before it is written, and every write is atomic.

How a run flows (engine "local"; engine "dask" runs `process_chunk` on a dask.distributed cluster instead):

1. ingest.iter_records streams (article, manifest row) pairs; articles are grouped in chunks of `chunk_size`.
2. Per chunk, the extract cache (pledgewatch.cache) is asked for every article; only misses are parsed. All misses of
   the whole run go through ONE `nlp.pipe(..., n_process, batch_size)` stream (worker processes start once), with
   the pipes extraction does not need disabled. Each Doc is handed to `statements.extract` as soon as it arrives and
   then dropped: no more than a pipe batch of parsed docs is alive at a time.
3. Optional skipping (`skip`): "article" = an article with no quotation mark and no cue form from
   data/reference/cues.csv is not parsed (it cannot hold a statement); "paragraph" = such paragraphs are blanked to
   same-length whitespace before parsing (offsets are unchanged). Off ("none") unless measured harmless: see
   docs/scaling.md for the figures.
4. When a chunk is complete: statement ids, coding (through the coding cache), schema validation, and the chunk is
   appended to part files. At the end the parts are merged into each table (a temporary file, then an atomic
   rename): an interrupted run leaves the previous tables in place.

Rows come out in ingest order (articles), and by (char_start, char_end) within an article.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import shutil
import tempfile
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from . import coding, config, ingest, schema, statements
from .cache import Cache, article_key, fingerprint, files_hash, reference_files, rows_key, source_hash
from .io import atomic_write, write_csv, write_parquet

STATEMENT_COLUMNS = list(schema.STATEMENTS.columns)
CHUNK_SIZE = 256
SKIP_MODES = ("none", "article", "paragraph")
DEFAULT_SKIP = "none"
# Pipes statements.extract may use; a module can narrow this with statements.REQUIRED_PIPES.
NEEDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


class RunResult:
    """What run() wrote. The tables are read back from `out` on first access (run() itself never holds them)."""

    def __init__(self, out: Path, paths: dict, stats: dict | None = None, counts: dict | None = None):
        self.out = Path(out)
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
                 + ("" if s.get("cache") else "  (cache off)"),
                 f"tables written to {self.out}"]
        return "\n".join(lines)


def statement_id(article_id: str, char_start: int, char_end: int) -> str:
    """Stable across runs: a hash of the article id and the statement's offsets in the clean text."""
    return hashlib.sha1(f"{article_id}\x1f{char_start}\x1f{char_end}".encode()).hexdigest()[:16]


# ------------------------------------------------------------------------------------------ skipping (prefilter)
_QUOTES = re.compile(r"[\"“”„«»‹›‘]|(?:^|\s)'")
_PARA = re.compile(r"\n[ \t]*\n\s*")


def _inflections(lemma: str) -> set[str]:
    w = lemma.lower()
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "n", w + "en"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y") and len(w) > 2:
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


_IRREGULAR = {"say": "said", "tell": "told", "speak": "spoke spoken", "write": "wrote written", "give": "gave given",
              "hold": "held", "make": "made", "think": "thought", "know": "knew known", "see": "saw seen",
              "take": "took taken", "feel": "felt", "mean": "meant", "put": "put", "set": "set", "find": "found",
              "swear": "swore sworn", "teach": "taught", "get": "got gotten", "go": "went gone", "come": "came",
              "draw": "drew drawn", "forbid": "forbade forbidden", "foresee": "foresaw foreseen", "read": "read",
              "stand": "stood", "understand": "understood", "undertake": "undertook undertaken", "be": "is was were",
              "have": "has had", "do": "does did done", "bid": "bid", "lead": "led", "seek": "sought",
              "bring": "brought", "keep": "kept", "let": "let", "forecast": "forecast", "foretell": "foretold",
              "withhold": "withheld", "uphold": "upheld"}


def cue_forms(path: Path | None = None) -> set[str] | None:
    """Surface forms of every cue in cues.csv (each word of each cue, with its inflections); None if no cues.csv."""
    path = path or config.reference("cues.csv")
    if not path.is_file():
        return None
    df = pd.read_csv(path, dtype=str, keep_default_na=False, comment=None)
    cols = [c for c in df.columns if re.search(r"cue|lemma|form|verb|word|phrase|pattern|surface|text", c, re.I)]
    cols = cols or list(df.columns[:1])
    forms: set[str] = set()
    for c in cols:
        for cell in df[c]:
            for w in re.findall(r"[A-Za-z][A-Za-z'-]*", cell):
                w = w.lower()
                forms |= _inflections(w)
                for irr in _IRREGULAR.get(w, "").split():
                    forms.add(irr)
    return {f for f in forms if len(f) > 1}


class Prefilter:
    """Decides what text cannot hold a statement: no quotation mark and no cue form."""

    def __init__(self, mode: str, forms: set[str] | None):
        if mode not in SKIP_MODES:
            raise ValueError(f"skip must be one of {SKIP_MODES}, not {mode!r}")
        self.mode = mode if forms else "none"
        self.forms = forms or set()
        alt = "|".join(sorted(map(re.escape, self.forms), key=len, reverse=True))
        self._cue = re.compile(rf"\b(?:{alt})\b", re.I) if alt else None
        self.context = int(os.environ.get("PLEDGEWATCH_SKIP_CONTEXT", "1"))

    def key(self) -> str:
        return "none" if self.mode == "none" else f"{self.mode}:{self.context}:{fingerprint(*sorted(self.forms))}"

    def may_hold(self, text: str) -> bool:
        return bool(_QUOTES.search(text) or (self._cue and self._cue.search(text)))

    def prepare(self, text: str) -> str | None:
        """The text to parse (same length as `text`), or None when nothing in it can hold a statement."""
        if self.mode == "none":
            return text
        if not self.may_hold(text):
            return None
        if self.mode == "article":
            return text
        spans, pos = [], 0
        for m in _PARA.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
        keep = [self.may_hold(text[a:b]) for a, b in spans]
        ctx = list(keep)
        for i, k in enumerate(keep):  # keep `context` paragraphs before each kept one (speaker antecedents)
            if k:
                for j in range(max(0, i - self.context), i):
                    ctx[j] = True
        if all(ctx):
            return text
        chars = list(text)
        for (a, b), k in zip(spans, ctx, strict=True):
            if not k:
                for i in range(a, b):
                    if chars[i] not in "\n":
                        chars[i] = " "
        return "".join(chars)


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

    def cache(self) -> Cache:
        return Cache(self.cache_root, enabled=self.cache_enabled)


def _model_identity(nlp_name: str | None):
    """(name, model_id, pipes to disable) without loading the pipeline (reads its meta.json)."""
    import spacy

    from .nlp import model_name

    name = model_name(nlp_name)
    try:
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(name)) if spacy.util.is_package(name) \
            else spacy.util.get_model_meta(Path(name))
        mid = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}@{meta.get('version', '0')}"
        pipes = list(meta.get("pipeline") or [])
    except Exception:  # unusual model location: load it to learn its identity
        from .nlp import load_nlp, model_id

        nlp = load_nlp(nlp_name)
        mid, pipes = model_id(nlp), list(nlp.pipe_names)
    needed = tuple(getattr(statements, "REQUIRED_PIPES", NEEDED_PIPES))
    disable = tuple(p for p in pipes if p not in needed)
    return name, mid, disable


def make_context(nlp_name=None, *, cache_dir=None, use_cache=True, skip=DEFAULT_SKIP, batch_size=16) -> StageContext:
    name, mid, disable = _model_identity(nlp_name)
    forms = cue_forms() if skip != "none" else None
    pre = Prefilter(skip, forms)
    ex_refs = reference_files(statements, others=[coding])
    co_refs = reference_files(coding, others=[statements])
    extract_key = fingerprint("extract", mid, ",".join(disable), statements.EXTRACTOR_VERSION, source_hash(statements),
                              files_hash(ex_refs), pre.key())
    coding_key = fingerprint("coding", coding.CODING_VERSION, source_hash(coding), files_hash(co_refs),
                             statements.EXTRACTOR_VERSION)
    cache_root = str(cache_dir if cache_dir is not None else (config.INTERIM / "cache"))
    return StageContext(name, mid, disable, pre.mode, extract_key, coding_key, cache_root, bool(use_cache),
                        batch_size, frozenset(forms or ()))


def _load(ctx: StageContext):
    from .nlp import load_nlp

    return load_nlp(ctx.model if ctx.model else None, disable=ctx.disable)


# ------------------------------------------------------------------------------------------ per-chunk work
def _order(df: pd.DataFrame) -> pd.DataFrame:
    first = [c for c in STATEMENT_COLUMNS if c in df.columns]
    return df[first + [c for c in df.columns if c not in first]]


def _empty_statements() -> pd.DataFrame:
    cols = [c for c in STATEMENT_COLUMNS if c not in ("speech_act", "aid_related", "capabilities")]
    return pd.DataFrame(columns=cols).assign(speech_act=[], aid_related=[], capabilities=[])


def statements_frame(arts: list[dict], extracted: dict) -> pd.DataFrame:
    """Rows of `extract` for each article (extracted: article_id -> rows) with ids, date and outlet attached."""
    rows = []
    for art in arts:
        for st in extracted.get(art["article_id"], ()):
            st = dict(st)
            st["article_id"] = art["article_id"]
            st["published"] = art.get("published")
            st["outlet"] = art.get("outlet")
            st["statement_id"] = statement_id(art["article_id"], st["char_start"], st["char_end"])
            rows.append(st)
    return pd.DataFrame(rows)


def code_chunk(arts: list[dict], extracted: dict, ctx: StageContext, stats: dict) -> pd.DataFrame:
    """Coded statements of a chunk (through the coding cache: one entry per article)."""
    st = statements_frame(arts, extracted)
    if st.empty:
        return st
    cache = ctx.cache().stage("coding", ctx.coding_key)
    groups = {aid: g for aid, g in st.groupby("article_id", sort=False)}
    keys = {aid: rows_key(g.to_dict("records")) for aid, g in groups.items()}
    found = cache.get_many(list(keys.values()))
    todo = [aid for aid in groups if keys[aid] not in found]
    if todo:
        coded = coding.code_statements(pd.concat([groups[a] for a in todo]))
        new = {keys[aid]: g for aid, g in coded.groupby("article_id", sort=False)}
        cache.put_many(new)
        found.update(new)
    stats["coding_hits"] = stats.get("coding_hits", 0) + len(groups) - len(todo)
    stats["coded_articles"] = stats.get("coded_articles", 0) + len(todo)
    out = pd.concat([found[keys[aid]] for aid in groups], ignore_index=True)
    return _order(out)


def finish_chunk(arts: list[dict], extracted: dict, ctx: StageContext, stats: dict) -> pd.DataFrame:
    st = code_chunk(arts, extracted, ctx, stats)
    if st.empty:
        return st
    st = st.sort_values(["char_start", "char_end"], kind="stable")
    order = {a["article_id"]: i for i, a in enumerate(arts)}
    st = st.iloc[st["article_id"].map(order).argsort(kind="stable")].reset_index(drop=True)
    return st


def process_chunk(arts: list[dict], ctx: StageContext, expected: str | None = None) -> tuple[pd.DataFrame, dict]:
    """All the work on one chunk of articles in one process (used by the dask engine): cache, parse, extract, code.

    Returns (coded statements, stats). `expected` is the client's stage fingerprint: a worker whose code, model or
    reference files differ refuses to work rather than write a mixed table."""
    if expected is not None:
        mine = make_context(ctx.model, cache_dir=ctx.cache_root, use_cache=ctx.cache_enabled, skip=ctx.skip,
                            batch_size=ctx.batch_size)
        if (mine.extract_key, mine.coding_key) != (ctx.extract_key, ctx.coding_key):
            raise RuntimeError("this worker's pledgewatch code, model or data/reference differ from the client's "
                               f"(extract {mine.extract_key} vs {ctx.extract_key}, coding {mine.coding_key} vs "
                               f"{ctx.coding_key}): install the same version and reference files on every worker")
    stats: dict = {}
    ex_cache = ctx.cache().stage("extract", ctx.extract_key)
    keys = [article_key(a) for a in arts]
    found = ex_cache.get_many(keys)
    pre = Prefilter(ctx.skip, set(ctx.forms))
    extracted, todo, new = {}, [], {}
    for a, k in zip(arts, keys, strict=True):
        if k in found:
            extracted[a["article_id"]] = found[k]
            continue
        text = pre.prepare(a["text"])
        if text is None:
            extracted[a["article_id"]] = new[k] = []
            stats["skipped_articles"] = stats.get("skipped_articles", 0) + 1
        else:
            todo.append((text, (a, k)))
    if todo:
        nlp = _load(ctx)
        for doc, (a, k) in nlp.pipe(todo, as_tuples=True, batch_size=ctx.batch_size):
            extracted[a["article_id"]] = new[k] = statements.extract(doc, a)
            stats["parsed"] = stats.get("parsed", 0) + 1
    ex_cache.put_many(new)
    stats["extract_hits"] = len(found)
    return finish_chunk(arts, extracted, ctx, stats), stats


# ------------------------------------------------------------------------------------------ chunked table output
class TableSink:
    """Validated chunks -> parquet part files in a temporary folder -> one table (atomic) at close()."""

    def __init__(self, name: str, tmpdir: Path, empty: pd.DataFrame):
        self.name, self.dir, self.empty = name, tmpdir / name, empty
        self.dir.mkdir(parents=True)
        self.parts: list[Path] = []
        self.rows = 0

    def write(self, df: pd.DataFrame) -> None:
        if df is None or df.empty:
            return
        df = schema.validate(self.name, df)
        path = self.dir / f"{len(self.parts):06d}.parquet"
        df.to_parquet(path, index=False)
        self.parts.append(path)
        self.rows += len(df)

    def _tables(self):
        import pyarrow as pa
        import pyarrow.parquet as pq

        schemas = [pq.read_schema(p) for p in self.parts]
        unified = pa.unify_schemas([s.remove_metadata() for s in schemas], promote_options="permissive")
        names = list(unified.names)
        for p in self.parts:
            t = pq.read_table(p)
            for n in names:
                if n not in t.column_names:
                    t = t.append_column(n, pa.nulls(len(t), unified.field(n).type))
            yield t.select(names).cast(unified)

    def close_parquet(self, path: Path) -> Path:
        import pyarrow.parquet as pq

        if not self.parts:
            return write_parquet(schema.validate(self.name, self.empty), path)
        first = pq.read_schema(self.parts[0])

        def _w(tmp):
            writer = None
            try:
                for t in self._tables():
                    if writer is None:  # keep the pandas metadata when every part has the first part's columns
                        meta = first.metadata if t.schema.names == first.names else None
                        writer = pq.ParquetWriter(tmp, t.schema.with_metadata(meta) if meta else t.schema)
                    writer.write_table(t.replace_schema_metadata(writer.schema.metadata))
            finally:
                if writer is not None:
                    writer.close()

        return atomic_write(path, _w)

    def close_csv(self, path: Path) -> Path:
        if not self.parts:
            return write_csv(schema.validate(self.name, self.empty), path)

        def _w(tmp):
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                for i, t in enumerate(self._tables()):
                    df = t.to_pandas()
                    for col in df.columns:  # lists as ';'-joined text in CSV (as io.write_csv)
                        if df[col].map(lambda v: isinstance(v, (list, tuple)) or hasattr(v, "tolist")
                                       and not isinstance(v, str) and getattr(v, "ndim", 0) == 1).any():
                            df[col] = df[col].map(lambda v: ";".join(map(str, list(v)))
                                                  if v is not None and not isinstance(v, (str, float)) else v)
                    df.to_csv(f, index=False, header=(i == 0))

        return atomic_write(path, _w)


# ------------------------------------------------------------------------------------------ engines
def _chunks(records, chunk_size, manifest, on_record=None):
    """Group the articles of the record stream in chunks; manifest rows are collected on the way."""
    chunk = []
    for art, row in records:
        manifest.append(row)
        if on_record:
            on_record()
        if art is not None:
            chunk.append(art)
            if len(chunk) >= chunk_size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


class _Chunk:
    __slots__ = ("arts", "extracted", "pending", "new", "sealed")

    def __init__(self, arts):
        self.arts, self.extracted, self.pending, self.new, self.sealed = arts, {}, 0, {}, False


def _local_engine(chunks, ctx: StageContext, n_process: int, stats: dict, emit, progress: bool):
    """One nlp.pipe stream over every cache miss of the run; chunks finish (in order) as soon as they are complete."""
    cache = ctx.cache()
    ex_cache = cache.stage("extract", ctx.extract_key)
    pre = Prefilter(ctx.skip, set(ctx.forms))
    queue: deque[_Chunk] = deque()
    bar = tqdm(desc="parse", unit="article", disable=not progress, leave=False)

    def flush(all_=False):
        while queue and (all_ or (queue[0].sealed and queue[0].pending == 0)):
            c = queue.popleft()
            if c.pending or not c.sealed:
                raise RuntimeError("internal error: a chunk was flushed before all its articles were parsed")
            ex_cache.put_many(c.new)
            emit(c.arts, finish_chunk(c.arts, c.extracted, ctx, stats))

    def to_parse():
        for arts in chunks:
            flush()
            c = _Chunk(arts)
            queue.append(c)
            keys = [article_key(a) for a in arts]
            found = ex_cache.get_many(keys)
            stats["extract_hits"] = stats.get("extract_hits", 0) + len(found)
            for a, k in zip(arts, keys, strict=True):
                if k in found:
                    c.extracted[a["article_id"]] = found[k]
                    continue
                text = pre.prepare(a["text"])
                if text is None:
                    c.extracted[a["article_id"]] = c.new[k] = []
                    stats["skipped_articles"] = stats.get("skipped_articles", 0) + 1
                    continue
                c.pending += 1
                yield text, (c, a, k)
            c.sealed = True  # every article of the chunk has been handed to nlp.pipe

    stream = to_parse()
    first = next(stream, None)
    if first is not None:  # something to parse: only now is the model loaded
        nlp = _load(ctx)
        docs = nlp.pipe(itertools.chain([first], stream), as_tuples=True, batch_size=ctx.batch_size,
                        n_process=n_process)
        for doc, (c, a, k) in docs:
            c.extracted[a["article_id"]] = c.new[k] = statements.extract(doc, a)
            c.pending -= 1
            stats["parsed"] = stats.get("parsed", 0) + 1
            bar.update()
            del doc
            flush()
    flush(all_=True)
    bar.close()


def _dask_engine(chunks, ctx: StageContext, n_process: int, stats: dict, emit, progress: bool,
                 scheduler: str | None = None, window: int | None = None):
    """process_chunk on a dask.distributed cluster, one task per chunk of articles; results written in order."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, n_process), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = window or 2 * n_workers
        queue: deque = deque()
        bar = tqdm(desc="chunks", unit="chunk", disable=not progress, leave=False)

        def drain(limit):
            while len(queue) > limit:
                arts, fut = queue.popleft()
                st, s = fut.result()
                fut.release()
                for k, v in s.items():
                    stats[k] = stats.get(k, 0) + v
                emit(arts, st)
                bar.update()

        for arts in chunks:
            queue.append((arts, client.submit(process_chunk, arts, ctx, ctx.extract_key, pure=False)))
            drain(window)
        drain(0)
        bar.close()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ------------------------------------------------------------------------------------------ run
def run(raw: str | Path = config.RAW, out: str | Path = config.PROCESSED, *, mapping=None, nlp_name: str | None = None,
        n_process: int = 1, batch_size: int = 16, progress: bool = True, cache: str | Path | None = None,
        use_cache: bool = True, engine: str = "local", scheduler: str | None = None, skip: str | None = None,
        chunk_size: int = CHUNK_SIZE) -> RunResult:
    """Run every stage on `raw`, write the tables to `out`; see the module docstring."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    skip = skip or DEFAULT_SKIP
    ctx = make_context(nlp_name, cache_dir=cache, use_cache=use_cache, skip=skip, batch_size=batch_size)
    stats: dict = {"cache": ctx.cache_enabled, "parsed": 0, "extract_hits": 0, "coding_hits": 0,
                   "skipped_articles": 0}
    manifest: list[dict] = []
    seen_ids: set[str] = set()
    tmp = Path(tempfile.mkdtemp(prefix=".run-", dir=out))
    try:
        sinks = {"articles": TableSink("articles", tmp, schema.empty("articles")),
                 "statements": TableSink("statements", tmp, _empty_statements()),
                 "statement_capabilities": TableSink("statement_capabilities", tmp,
                                                     coding.capability_table(_empty_statements()))}
        art_bar = tqdm(desc="articles", unit="article", disable=not progress)
        rec_bar = tqdm(desc="ingest", unit="record", disable=not progress, leave=False)

        def emit(arts, st):
            dup = seen_ids.intersection(a["article_id"] for a in arts)
            if dup or len({a["article_id"] for a in arts}) != len(arts):
                raise ValueError(f"duplicate article_id from ingest: {sorted(dup)[:5]}")
            seen_ids.update(a["article_id"] for a in arts)
            sinks["articles"].write(pd.DataFrame(arts))
            if not st.empty:
                sinks["statements"].write(st)
                sinks["statement_capabilities"].write(coding.capability_table(st))
            art_bar.update(len(arts))

        chunks = _chunks(ingest.iter_records(raw, mapping=mapping), chunk_size, manifest, rec_bar.update)
        if engine == "local":
            _local_engine(chunks, ctx, n_process, stats, emit, progress)
        elif engine == "dask":
            _dask_engine(chunks, ctx, n_process, stats, emit, progress, scheduler=scheduler)
        else:
            raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
        rec_bar.close()
        art_bar.close()

        man = schema.validate("manifest", pd.DataFrame(manifest) if manifest else schema.empty("manifest"))
        paths = {
            "articles": sinks["articles"].close_parquet(out / "articles.parquet"),
            "statements": sinks["statements"].close_parquet(out / "statements.parquet"),
            "statements_csv": sinks["statements"].close_csv(out / "statements.csv"),
            "statement_capabilities": sinks["statement_capabilities"].close_parquet(
                out / "statement_capabilities.parquet"),
            "manifest": write_csv(man, out / "manifest.csv"),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if ctx.cache_enabled:
        ctx.cache().prune()
    counts = {"records": len(man), "status": man["status"].value_counts().to_dict() if len(man) else {},
              "articles": sinks["articles"].rows, "statements": sinks["statements"].rows}
    return RunResult(out, paths, stats, counts)


def extract_statements(articles: pd.DataFrame, nlp=None, *, batch_size: int = 16, n_process: int = 1,
                       progress: bool = True) -> pd.DataFrame:
    """One-shot helper kept for callers of the first version: parse each article once, collect its statements
    (uncoded, uncached)."""
    from .nlp import load_nlp

    nlp = nlp or load_nlp()
    records = articles.to_dict("records")
    extracted = {}
    docs = nlp.pipe(((a["text"], a) for a in records), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, art in tqdm(docs, total=len(records), desc="statements", unit="article", disable=not progress):
        extracted[art["article_id"]] = statements.extract(doc, art)
    df = statements_frame(records, extracted)
    if df.empty:
        df = pd.DataFrame(columns=[c for c in STATEMENT_COLUMNS if c not in ("speech_act", "aid_related", "capabilities")])
    return df
