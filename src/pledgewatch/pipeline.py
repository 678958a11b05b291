"""run(): the stages in order, raw -> articles -> statements -> coded statements -> tables in data/processed/.

Stages only ever read the previous stage's output (one-way data flow). Every table is schema-checked (chunk by chunk)
before it is written, and every write is atomic.

How a run flows (engine "local"; engine "dask" sends the same `work` to a dask.distributed cluster):

1. ingest.iter_records streams (article, manifest row) pairs (replayed from the cache when the raw files, the ingest
   code and its reference files are unchanged); articles are grouped in chunks of `chunk_size` (engine local: the
   first chunks are smaller, 16, 64 ... articles, so that parsing starts while ingest goes on).
2. This process looks every article of a chunk up in the cache (pledgewatch.cache): extract stage, then coding
   stage. A chunk with nothing left to compute is written at once; the others go to `work` in a process pool of
   `n_process` workers (forked once per run, after this process has loaded the model, which they share: `_pool`;
   one chunk of work alone is done in-process), at most 2 x n_process
   chunks in flight, each cut in units of about UNIT_WORDS words so that no worker idles at the end. A worker
   parses a unit's misses with `nlp.pipe(batch_size=...)` (pipes extraction does not need disabled; attribute_ruler
   and lemmatizer replaced by pledgewatch.fastpipes' identical ones), hands each Doc to `statements.extract` and drops
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

import functools
import hashlib
import logging
import os
import re
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm  # text bars everywhere: tqdm.auto warns in a kernel without ipywidgets

from . import coding, config, ingest, repeats, runs, schema, statements
from .cache import CODEC, Cache, article_key, files_hash, fingerprint, reference_files, row_store, rows_key, source_hash
from .identity_memo import apply_identity
from .inflect import inflections, irregular_forms
from .io import atomic_write, csv_ready, write_csv, write_parquet

log = logging.getLogger("pledgewatch.cache")
STATEMENT_COLUMNS = list(schema.STATEMENTS.columns)
CHUNK_SIZE = 256
SKIP_MODES = ("none", "article", "paragraph")
DEFAULT_SKIP = "article"  # measured: no change on the corpus or the gold sets; "paragraph" is opt-in
# Pipes statements.extract may use; a module can narrow this with statements.REQUIRED_PIPES.
NEEDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


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


def statement_id(article_id: str, char_start: int, char_end: int) -> str:
    """Stable across runs: a hash of the article id and the statement's offsets in the clean text."""
    key = f"{article_id}\x1f{char_start}\x1f{char_end}".encode("utf-8", "surrogatepass")  # never fails on an id
    return hashlib.sha1(key).hexdigest()[:16]


# ------------------------------------------------------------------------------------------ skipping (prefilter)
# any quotation mark the extractor pairs; ' and ’ only where they are not an apostrophe inside a word
_QUOTES = re.compile(r"[\"“”„«»‹›‘‚‛]|(?<!\w)['’]|['’](?!\w)")
_PARA = re.compile(r"\n[ \t]*\n\s*")


def cue_forms(path: Path | None = None) -> set[str] | None:
    """Surface forms of the cues in cues.csv (each cue's lemma and written verb with their inflections, ':' for the
    colon cue); None when there is no cues.csv (then nothing is skipped). Over-generation only skips less."""
    path = path or config.reference("cues.csv")
    if not path.is_file():
        return None
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    forms: set[str] = set()
    if {"cue", "lemma"} <= set(df.columns):
        cells = [(r["lemma"], r["cue"]) for _, r in df.iterrows()]
    else:  # unknown layout: every word of the first column
        cells = [(c, "") for c in df.iloc[:, 0]]
    for lemma, cue in cells:
        if ":" in lemma or ":" in cue:
            forms.add(":")
        # a phrase cue needs its first word ("called for", "according to", "pointed out"); particles alone never
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", lemma)[:1] + re.findall(r"[A-Za-z][A-Za-z'-]*", cue)[:1]]
        for w in words:
            forms |= inflections(w, "broadest", irregular_forms())
    return {f for f in forms if len(f) > 1 or f == ":"}


class Prefilter:
    """Decides what text cannot hold a statement: no quotation mark and no cue form."""

    def __init__(self, mode: str, forms: set[str] | None):
        if mode not in SKIP_MODES:
            raise ValueError(f"skip must be one of {SKIP_MODES}, not {mode!r}")
        self.mode = mode if forms else "none"
        self.forms = forms or set()
        self._cue_re = None  # compiled on first use: a warm run that parses nothing never needs it
        self._colon = ":" in self.forms
        self.context = int(os.environ.get("PLEDGEWATCH_SKIP_CONTEXT", "1"))

    def key(self) -> str:
        return "none" if self.mode == "none" else f"{self.mode}:{self.context}:{fingerprint(*sorted(self.forms))}"

    @property
    def _cue(self):
        if self._cue_re is None:
            alt = "|".join(sorted(map(re.escape, self.forms - {":"}), key=len, reverse=True))
            self._cue_re = re.compile(rf"\b(?:{alt})\b", re.I) if alt else False
        return self._cue_re

    def may_hold(self, text: str) -> bool:
        return bool(_QUOTES.search(text) or (self._colon and ":" in text) or (self._cue and self._cue.search(text)))

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
        keep[0] = True  # the title / first paragraph is always parsed (headline statements)
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
    from .nlp import model_name

    name = model_name(nlp_name)
    try:
        meta = _meta_json(name)
        if meta is None:
            import spacy

            meta = spacy.util.get_model_meta(spacy.util.get_package_path(name)) if spacy.util.is_package(name) \
                else spacy.util.get_model_meta(Path(name))
        from .nlp import additions

        mid = f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}@{meta.get('version', '0')}{additions()}"
        pipes = list(meta.get("pipeline") or [])
    except Exception:  # unusual model location: load it to learn its identity
        from .nlp import load_nlp, model_id

        nlp = load_nlp(nlp_name)
        mid, pipes = model_id(nlp), list(nlp.pipe_names)
    needed = tuple(getattr(statements, "REQUIRED_PIPES", NEEDED_PIPES))
    disable = tuple(p for p in pipes if p not in needed)
    return name, mid, disable


def make_context(nlp_name=None, *, cache_dir=None, use_cache=True, skip=DEFAULT_SKIP, batch_size=16,
                 quote_parts="split", nesting="inner") -> StageContext:
    from . import __version__

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
    from .nlp import load_nlp

    return load_nlp(ctx.model if ctx.model else None, disable=ctx.disable)


# ------------------------------------------------------------------------------------------ per-chunk work
def _order(df: pd.DataFrame) -> pd.DataFrame:
    first = [c for c in STATEMENT_COLUMNS if c in df.columns]
    return df[first + [c for c in df.columns if c not in first]]


def _empty_statements() -> pd.DataFrame:
    """A statements table with no row that passes its own schema (every column typed as it would be with rows:
    `assign(col=[])` on an empty frame gives float64, which the list columns' checks refuse)."""
    return _validated_empty_statements().copy()


@functools.lru_cache(maxsize=1)
def _validated_empty_statements() -> pd.DataFrame:
    return schema.validate("statements", pd.DataFrame({c: pd.Series(dtype=object) for c in STATEMENT_COLUMNS}))


def article_rows(art: dict, rows) -> list[dict]:
    """The rows `extract` returned for an article, with article_id, published, outlet and statement_id attached."""
    out = []
    for st in rows:
        st = dict(st)
        st["article_id"] = art["article_id"]
        st["published"] = art.get("published")
        st["outlet"] = art.get("outlet")
        st["statement_id"] = statement_id(art["article_id"], st["char_start"], st["char_end"])
        out.append(st)
    return out


def statements_frame(arts: list[dict], extracted: dict) -> pd.DataFrame:
    """Rows of `extract` for each article (extracted: article_id -> rows) with ids, date and outlet attached."""
    return pd.DataFrame([r for art in arts for r in article_rows(art, extracted.get(art["article_id"], ()))])


def work(parse: list, to_code: list, ctx: StageContext, expected: str | None = None) -> tuple:
    """The compute of one chunk, in a worker process (local pool or dask worker); no cache I/O here.

    parse: [(article, text_to_parse)] -> parsed with nlp.pipe, `statements.extract` on each doc;
    to_code: statement rows (dicts) of articles whose extraction is known but whose coding is not.
    Returns ({article_id: extracted rows}, coded statements of to_code + the newly extracted rows, their
    capability table, stats).
    `expected` (dask) = the client's `compat` fingerprint: a worker whose code, model or reference files differ
    refuses to work rather than write a mixed table."""
    if expected is not None:
        mine = make_context(ctx.model, cache_dir=ctx.cache_root, use_cache=ctx.cache_enabled, skip=ctx.skip,
                            batch_size=ctx.batch_size)
        if mine.compat != expected:
            raise RuntimeError("this worker's pledgewatch version, model, EXTRACTOR_VERSION/CODING_VERSION or "
                               f"data/reference files differ from the client's (worker {mine.compat}, client "
                               f"{expected}): install the same version and reference files on every worker")
    return assemble([work_unit(parse, to_code, ctx)])


def work_unit(parse: list, to_code: list, ctx: StageContext) -> tuple:
    """Parse + extract + code of part of a chunk: ({article_id: extracted rows}, statement rows, {coded column:
    values}, capability rows, stats), plain values (cheap to send back); `assemble` joins the units of a chunk into
    what `work` returns for the whole chunk (every article and statement is processed on its own, so the result is
    the same however the chunk is cut)."""
    extracted, rows = {}, list(to_code)
    if parse:
        nlp = _load(ctx)
        docs = nlp.pipe((t for _, t in parse), batch_size=ctx.batch_size)
        for (art, _), doc in zip(parse, docs, strict=True):
            found = statements.extract(doc, art, quote_parts=ctx.quote_parts, nesting=ctx.nesting)
            extracted[art["article_id"]] = found
            rows.extend(article_rows(art, found))
            del doc
    added, caps = coding.code_parts(pd.DataFrame(rows)) if rows else ({}, [])
    return extracted, rows, added, caps, {"parsed": len(parse), "coded_articles": len({r["article_id"] for r in rows})}


def assemble(units) -> tuple:
    """The units of one chunk (in order) -> ({article_id: extracted rows}, coded statements, capability table, stats),
    built exactly as coding.code builds them for all the chunk's rows at once."""
    extracted, rows, added, caps, stats = {}, [], {c: [] for c in coding.ADDED_COLUMNS}, [], {}
    for ex, r, a, k, st in units:
        extracted.update(ex)
        rows.extend(r)
        if r:
            for c in coding.ADDED_COLUMNS:
                added[c].extend(a[c])
        caps.extend(k)
        for key, v in st.items():
            stats[key] = stats.get(key, 0) + v
    if not rows:
        return extracted, pd.DataFrame(), pd.DataFrame(), stats
    coded = pd.DataFrame(rows).drop(columns=[statements.FRAME_KEY], errors="ignore")  # coding's input only
    for c in coding.ADDED_COLUMNS:
        coded[c] = added[c]
    return extracted, coded, pd.DataFrame(caps, columns=coding.CAPABILITY_COLUMNS), stats


UNIT_WORDS = 5000  # words per unit of pool work: small units keep every worker busy to the end of a run


def units_of(parse: list, to_code: list, unit_words: int = UNIT_WORDS) -> list[tuple[list, list]]:
    """A chunk's work cut in units of about `unit_words` words (whole articles, in order); rows to code only go with
    the first unit."""
    out, cur, words = [], [], 0
    for item in parse:
        cur.append(item)
        words += item[1].count(" ") + 1
        if words >= unit_words:
            out.append(cur)
            cur, words = [], 0
    if cur or not out:
        out.append(cur)
    return [(u, list(to_code) if k == 0 else []) for k, u in enumerate(out)]


class _Chunk:
    """One chunk of articles on its way: what the caches gave, what remains to compute, then the result."""

    def __init__(self, arts):
        self.arts = arts
        self.extracted: dict = {}   # article_id -> extract rows
        self.coded: dict = {}       # article_id -> (coded statements frame, capability table frame)
        self.parse: list = []       # (article, text) to parse
        self.ex_keys: dict = {}     # article_id -> extract item key
        self.new_ex: dict = {}      # extract key -> rows to store
        self.to_code: list = []     # rows of articles with known extraction but no coding
        self.future = None
        self.final = None           # (statements, capabilities) of the whole chunk, from the cache

    @property
    def needs_work(self) -> bool:
        return bool(self.parse or self.to_code)


class _Stages:
    """The cache side of a run, in the main process: look-ups before the compute, stores after it."""

    def __init__(self, ctx: StageContext, stats: dict):
        self.ctx, self.stats = ctx, stats
        cache = ctx.cache()
        self.ex_cache = cache.stage("extract", ctx.extract_key)
        self.co_cache = cache.stage("coding", ctx.coding_key)
        self.pre = Prefilter(ctx.skip, set(ctx.forms))

    def _bump(self, k, n):
        self.stats[k] = self.stats.get(k, 0) + n

    @staticmethod
    def _coding_keys(c: _Chunk, arts) -> dict:
        return {a["article_id"]: rows_key(article_rows(a, c.extracted[a["article_id"]]))
                for a in arts if c.extracted[a["article_id"]]}

    def _chunk_key(self, c: _Chunk) -> str:
        """Whole-chunk entry of the coding cache: a warm re-run with the same chunks decodes one frame per chunk and
        never the chunk's extracted rows. Keyed by what decides those rows (the extract stage key, each article's id
        and extract item key, in order), so it is known before any look-up of the extract stage."""
        return "chunk3:" + rows_key([self.ctx.extract_key, [(a["article_id"], c.ex_keys[a["article_id"]])
                                                            for a in c.arts]])

    def _chunk_hit(self, c: _Chunk) -> bool:
        whole = self.co_cache.get_many([self._chunk_key(c)])
        if not whole:
            return False
        c.final = next(iter(whole.values()))
        self._bump("extract_hits", len(c.arts))
        # articles with statements (= those with extracted rows, whose coding the per-article entries would give)
        self._bump("coding_hits", int(c.final[0]["article_id"].nunique()) if len(c.final[0]) else 0)
        return True

    def _code_lookup(self, c: _Chunk, arts) -> None:
        keys = self._coding_keys(c, arts)
        found = self.co_cache.get_many(list(keys.values()))
        self._bump("coding_hits", len(found))
        for a in arts:
            aid = a["article_id"]
            if aid not in keys:
                continue
            if keys[aid] in found:
                c.coded[aid] = found[keys[aid]]  # (statements, capabilities)
            else:
                c.to_code.extend(article_rows(a, c.extracted[aid]))

    def plan(self, arts: list[dict]) -> _Chunk:
        c = _Chunk(arts)
        keys = [article_key(a) for a in arts]
        c.ex_keys = {a["article_id"]: k for a, k in zip(arts, keys, strict=True)}
        if self._chunk_hit(c):
            return c
        found = self.ex_cache.get_many(keys)
        self._bump("extract_hits", len(found))
        for a, k in zip(arts, keys, strict=True):
            aid = a["article_id"]
            if k in found:
                c.extracted[aid] = found[k]
                continue
            text = self.pre.prepare(a["text"])
            if text is None:  # nothing in it can hold a statement: not parsed
                c.extracted[aid] = c.new_ex[k] = []
                self._bump("skipped_articles", 1)
            else:
                c.parse.append((a, text))
        self._code_lookup(c, [a for a in arts if a["article_id"] in c.extracted])
        return c

    def complete(self, c: _Chunk, result) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(coded statements, capability table) of the chunk, in input order; stores what was computed."""
        if c.final is not None and result is None:
            return c.final
        extracted, coded, caps, st = result if result is not None else ({}, pd.DataFrame(), pd.DataFrame(), {})
        for k, v in st.items():
            self._bump(k, v)
        for aid, rows in extracted.items():
            c.extracted[aid] = c.new_ex[c.ex_keys[aid]] = rows
        self.ex_cache.put_many(c.new_ex)
        if len(coded):
            by_id = {a["article_id"]: a for a in c.arts}
            new = {}
            cap_groups = dict(iter(caps.groupby("article_id", sort=False))) if len(caps) else {}
            keep_st, keep_cap = row_store(coded), row_store(caps)  # one Arrow conversion per chunk (cache.row_store)
            for aid, g in coded.groupby("article_id", sort=False):
                cg = cap_groups.get(aid, caps.iloc[:0] if len(caps.columns) else coding.capability_table(g.iloc[:0]))
                c.coded[aid] = (g, cg)
                new[rows_key(article_rows(by_id[aid], c.extracted[aid]))] = (keep_st(g), keep_cap(cg))
            self.co_cache.put_many(new)
        pairs = [c.coded[a["article_id"]] for a in c.arts if a["article_id"] in c.coded]
        if not pairs:
            return pd.DataFrame(), pd.DataFrame()
        order = {a["article_id"]: i for i, a in enumerate(c.arts)}
        out = _order(pd.concat([p[0] for p in pairs], ignore_index=True))
        out = out.sort_values(["char_start", "char_end"], kind="stable")
        out = out.iloc[out["article_id"].map(order).argsort(kind="stable")].reset_index(drop=True)
        cap = pd.concat([p[1] for p in pairs], ignore_index=True)
        if len(cap):  # the capability table in statement order, as capability_table(statements) gives it
            pos = {sid: i for i, sid in enumerate(out["statement_id"])}
            cap = cap.iloc[cap["statement_id"].map(pos).argsort(kind="stable")]
        # validated here, before the chunk is cached: a warm run replays validated frames and does not check them
        # again (TableSink.write(validated=True)); the "chunk3:" entries hold only validated frames
        final = (schema.validate("statements", out),
                 schema.validate("statement_capabilities", cap.reset_index(drop=True)) if len(cap)
                 else cap.reset_index(drop=True))
        self.co_cache.put_many({self._chunk_key(c): final})
        return final


# ------------------------------------------------------------------------------------------ chunked table output
class TableSink:
    """Validated chunks -> parquet part files in a temporary folder -> one table (atomic) at close()."""

    def __init__(self, name: str, tmpdir: Path, empty: pd.DataFrame, progress: bool = False):
        self.name, self.dir, self.empty, self.progress = name, tmpdir / name, empty, progress
        self.dir.mkdir(parents=True)
        self.parts: list[Path] = []
        self.rows = 0

    def rewrite(self, transform) -> None:
        """Apply `transform` (pyarrow.Table -> pyarrow.Table, a run-wide pass such as the identity table) to every
        part file once, in place, so that the parquet and csv outputs read the same transformed parts."""
        import pyarrow.parquet as pq

        for p in self.parts:
            pq.write_table(transform(pq.read_table(p)), p)

    def write(self, df: pd.DataFrame, validated: bool = False) -> None:
        """Append one chunk; `validated` = the frame already passed schema.validate (Stages.complete did it)."""
        if df is None or df.empty:
            return
        if not validated:
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
        for p in tqdm(self.parts, desc=f"write {self.name}", unit="part", disable=not self.progress, leave=False):
            t = pq.read_table(p)
            for n in names:
                if n not in t.column_names:
                    t = t.append_column(n, pa.nulls(len(t), unified.field(n).type))
            t = t.select(names).cast(unified)
            yield t

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
                import pyarrow as pa

                for i, t in enumerate(self._tables()):
                    lists = [f.name for f in t.schema if pa.types.is_list(f.type) or pa.types.is_large_list(f.type)]
                    df = t.to_pandas()
                    for col in lists:  # lists as ';'-joined text in CSV (as io.write_csv)
                        df[col] = df[col].map(lambda v: ";".join(map(str, list(v)))
                                              if v is not None and not isinstance(v, (str, float)) else v)
                    csv_ready(df).to_csv(f, index=False, header=(i == 0))  # formula prefixes neutralised

        return atomic_write(path, _w)


# ------------------------------------------------------------------------------------------ engines
def _raw_fingerprint(raw) -> str:
    """Hash of every file ingest may read under `raw` (relative path + content). A file that cannot be read counts
    by its error and its size and time (the reader reports it in the manifest; it never stops the run here)."""
    from .ingest.readers import tree_files

    raw = Path(raw)
    h = hashlib.sha1()
    for f in tree_files(raw):
        h.update(os.fsencode(f.relative_to(raw) if raw.is_dir() else f.name) + b"\x1f")
        try:
            with open(f, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        except OSError as e:
            try:
                st = os.stat(f)
                h.update(f"<{type(e).__name__} {e.errno} {st.st_size} {st.st_mtime_ns}>".encode())
            except OSError:
                h.update(f"<{type(e).__name__} {e.errno}>".encode())
        h.update(b"\x1e")
    return h.hexdigest()[:20]


INGEST_PART = 512  # records per stored part of the ingest cache


def cached_records(raw, mapping, ctx: StageContext, stats: dict):
    """ingest.iter_records(raw, mapping), through the cache: the record stream of the same raw files, ingest code
    and ingest reference files is replayed from parquet shards (a warm run reads no raw file twice)."""
    if not ctx.cache_enabled or not Path(raw).exists():
        yield from ingest.iter_records(raw, mapping=mapping)
        return
    key = fingerprint("ingest", CODEC, source_hash(ingest), files_hash(reference_files(ingest)), repr(mapping),
                      _raw_fingerprint(raw))
    store = ctx.cache().stage("ingest", key)
    done = store.get_many(["complete"]).get("complete")
    replayed = 0
    if isinstance(done, int):
        stats["ingest_cached"] = True
        for i in range(done):
            part = store.get_many([f"{i:08d}"]).get(f"{i:08d}")
            if not isinstance(part, list):  # missing or damaged (reported by the cache): read the raw files again
                log.warning("cache: ingest part %d of %d missing or damaged; raw input read again from record %d",
                            i, done, replayed)
                stats["ingest_cached"] = False
                break
            for rec in part:
                yield rec
                replayed += 1
        else:
            return
    part, n = [], 0
    for j, rec in enumerate(ingest.iter_records(raw, mapping=mapping)):
        part.append(rec)
        if j >= replayed:  # ingest is deterministic: the records already replayed are not yielded twice
            yield rec
        if len(part) >= INGEST_PART:
            store.put_many({f"{n:08d}": part})
            part, n = [], n + 1
    if part:
        store.put_many({f"{n:08d}": part})
        n += 1
    store.put_many({"complete": n})  # written last: an interrupted stream is never replayed


FIRST_CHUNK = 16  # the first chunks are small (16, 64, 256 ... up to chunk_size): work starts while ingest goes on


def _chunks(records, chunk_size, manifest, on_record=None, ramp: bool = False):
    """Group the articles of the record stream in chunks; manifest rows are collected on the way. With `ramp` the
    chunks grow from FIRST_CHUNK, x4 each time, to chunk_size (the same cut on every run of the same input; few
    chunks: each costs a schema validation and a part file per table)."""
    chunk = []
    size = min(chunk_size, FIRST_CHUNK) if ramp else chunk_size
    for art, row in records:
        manifest.append(row)
        if on_record:
            on_record()
        if art is not None:
            chunk.append(art)
            if len(chunk) >= size:
                yield chunk
                chunk = []
                size = min(chunk_size, 4 * size)
    if chunk:
        yield chunk


class _Inline:
    """Executor stand-in for n_process=1: runs the work when its result is asked for."""

    class _F:
        def __init__(self, fn, args):
            self.fn, self.args = fn, args

        def result(self):
            return self.fn(*self.args)

    def submit(self, fn, *args):
        return self._F(fn, args)

    def shutdown(self, *a, **k):
        pass


def _pool(n_process: int, ctx: StageContext | None = None):
    """The worker pool. With `ctx` (there is something to parse) and fork, this process loads the model before the
    workers are forked, and they use it instead of each loading its own. Measured on ../shared/corpus/ukraine_news
    (2 workers, cold, 4-5 runs each on a shared machine): CPU of the run 69.7-74.8 -> 69.2-72.4 s, wall unchanged
    (37.9-40.5 vs 38.1-39.8 s), peak summed PSS 925-967 -> 812-869 MiB, peak summed RSS 1,091-1,133 -> 1,118-1,150
    MiB (RSS counts the shared model in every process)."""
    import gc
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # fork (as spaCy's own n_process does on Linux): no re-import of the caller's __main__, so scripts without a
    # `if __name__ == "__main__"` guard work too
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context(method), initializer=runs.worker_init)
    if ctx is not None and method == "fork":
        _load(ctx)
        # frozen, the model's objects are never scanned by a worker's collector, which would write to (and so
        # copy) the pages they share with this process: without it the PSS saving above is lost (953 MiB, one run)
        gc.collect()
        gc.freeze()
        try:
            pool.submit(int).result()  # (a fork pool starts all its workers at the first task)
        finally:
            gc.unfreeze()  # in this process the freeze only lasts across the fork
    return pool


def _drive(chunks, stages: _Stages, emit, submit, window: int, progress: bool):
    """Plan each chunk from the caches; chunks with work go to `submit`; results are emitted in input order, with
    at most `window` chunks in flight (memory stays bounded)."""
    queue: deque[_Chunk] = deque()
    bar = tqdm(desc="parse+extract+code", unit="article", disable=not progress, leave=False)

    def drain(limit):
        while len(queue) > limit or (queue and queue[0].future is None):
            c = queue.popleft()
            emit(c.arts, *stages.complete(c, c.future.result() if c.future is not None else None))
            c.future = None
            bar.update(len(c.arts))

    for arts in chunks:
        c = stages.plan(arts)
        if c.needs_work:
            c.future = submit(c)
        queue.append(c)
        drain(window)
    drain(0)
    bar.close()


class _Units:
    """Future of one chunk whose work was cut in units (units_of) and sent to the pool: result() assembles them."""

    def __init__(self, futures):
        self.futures = futures

    def result(self):
        return assemble([f.result() for f in self.futures])


def _local_engine(chunks, ctx: StageContext, n_process: int, stats: dict, emit, progress: bool):
    """Cache look-ups in this process; parse + extract + code of the misses in a pool of n_process processes (in this
    process when n_process is 1, or when the whole run is one chunk of work). Work goes to the pool in units of about
    UNIT_WORDS words, so that every worker stays busy to the end. The model is loaded only when there is something
    to parse: by this process, before the pool is forked (`_pool`), and the workers use that copy."""
    stages = _Stages(ctx, stats)
    n_process = n_process if n_process and n_process > 0 else (os.cpu_count() or 1)
    state = {"pool": None, "held": None}
    inline = _Inline()

    def to_pool(c: _Chunk):
        return _Units([state["pool"].submit(work_unit, p, t, ctx) for p, t in units_of(c.parse, c.to_code)])

    def submit(c: _Chunk):
        if n_process == 1:
            return inline.submit(work, c.parse, c.to_code, ctx)
        if state["pool"] is None:
            if state["held"] is None:  # the first chunk of work waits: one chunk alone is done in-process
                state["held"] = c
                return _Held(c)
            held, state["held"] = state["held"], None
            state["pool"] = _pool(n_process, ctx if c.parse or held.parse else None)
            held.future.real = to_pool(held)
        return to_pool(c)

    class _Held:
        def __init__(self, c):
            self.c, self.real = c, None

        def result(self):
            if self.real is not None:
                return self.real.result()
            return work(self.c.parse, self.c.to_code, ctx)

    finished = False
    try:
        _drive(chunks, stages, emit, submit, window=2 * n_process, progress=progress)
        finished = True
    finally:
        if state["pool"] is not None:
            if finished:
                state["pool"].shutdown(cancel_futures=True)
            else:  # an error or a signal: do not wait for the units in progress, stop the workers
                _stop_pool(state["pool"])


def _stop_pool(pool) -> None:
    """Stop a process pool now: cancel what waits, terminate the workers (SIGTERM, then SIGKILL after 5 s)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    runs.stop_processes(procs)


DASK_TIMEOUT = 20.0  # s to wait for a --scheduler to answer as a Dask scheduler
NO_WORKER_WAIT = 120.0  # s a Dask run waits with no worker at all before it stops


class DaskUnavailable(RuntimeError):
    """No Dask scheduler at the address, something else there, or no worker left: a one-line error (exit 69)."""

    exit_code = 69  # EX_UNAVAILABLE


def check_scheduler(address: str, timeout: float | None = None) -> dict:
    """Ask `address` who it is, within `timeout` seconds (connection and answer): the scheduler's identity, or
    DaskUnavailable. (distributed.Client itself waits forever on a port where something else listens.)"""
    import asyncio

    from distributed.comm import connect

    timeout = DASK_TIMEOUT if timeout is None else timeout

    async def identity():
        comm = await connect(address, timeout=timeout)
        try:
            await comm.write({"op": "identity", "reply": True})
            return await comm.read()
        finally:
            comm.abort()

    try:
        ident = asyncio.run(asyncio.wait_for(identity(), timeout))
    except (OSError, TimeoutError, ValueError, TypeError) as e:
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise DaskUnavailable(f"no Dask scheduler answered at {address} within {timeout:g} s ({why}); start one "
                              "(`dask scheduler`) or check --scheduler") from None
    kind = ident.get("type") if isinstance(ident, dict) else None
    if kind != "Scheduler":
        raise DaskUnavailable(f"{address} answers, but as {kind or 'something else'}, not a Dask scheduler; check "
                              "--scheduler")
    return ident


class _Watched:
    """A Dask future whose result() gives up (DaskUnavailable) when the cluster has had no worker for
    NO_WORKER_WAIT seconds, instead of waiting forever."""

    def __init__(self, future, client):
        self.future, self.client = future, client

    def result(self):
        from concurrent.futures import TimeoutError as FutureTimeout

        alone_since = None
        while True:
            try:
                return self.future.result(timeout=2)
            except (TimeoutError, FutureTimeout):
                pass
            try:
                n = len(self.client.nthreads())
            except Exception:  # noqa: BLE001 - the scheduler itself is gone
                n = 0
            if n:
                alone_since = None
                continue
            alone_since = alone_since or time.monotonic()
            if time.monotonic() - alone_since > NO_WORKER_WAIT:
                raise DaskUnavailable(f"no Dask worker left for {NO_WORKER_WAIT:g} s (all died or none joined "
                                      f"the scheduler at {self.client.scheduler.address}); the run was stopped")


def _dask_engine(chunks, ctx: StageContext, n_process: int, stats: dict, emit, progress: bool,
                 scheduler: str | None = None):
    """The same stages on a dask.distributed cluster: one task per chunk of articles (cache misses only; the cache
    lives with the client), results written in order by the client. A --scheduler that does not answer as one within
    DASK_TIMEOUT, and a cluster left with no worker for NO_WORKER_WAIT, end the run with DaskUnavailable."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        check_scheduler(scheduler)
        try:
            client = Client(scheduler, timeout=DASK_TIMEOUT)
        except (OSError, TimeoutError) as e:
            raise DaskUnavailable(f"could not connect to the Dask scheduler at {scheduler}: {e}") from None
    else:
        n = n_process if n_process and n_process > 0 else (os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        stages = _Stages(ctx, stats)
        expected = ctx.compat

        def submit(c: _Chunk):
            return _Watched(client.submit(work, c.parse, c.to_code, ctx, expected, pure=False), client)

        _drive(chunks, stages, emit, submit, window=2 * n_workers, progress=progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ------------------------------------------------------------------------------------------ run
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
    seen_ids: set[str] = set()
    with runs.lock(out), runs.stop_on_signals():
        oset = runs.OutputSet(out).begin()
        try:
            tmp = oset.parts
            sinks = {"articles": TableSink("articles", tmp, schema.empty("articles"), progress),
                     "statements": TableSink("statements", tmp, _empty_statements(), progress),
                     "statement_capabilities": TableSink("statement_capabilities", tmp,
                                                         coding.capability_table(_empty_statements()), progress)}
            art_bar = tqdm(desc="articles", unit="article", disable=not progress)
            rec_bar = tqdm(desc="ingest", unit="record", disable=not progress, leave=False)

            reps = repeats.RepeatIndex()  # second and later copies of a statement: is_repeat, repeat_of

            def emit(arts, st, caps):
                dup = seen_ids.intersection(a["article_id"] for a in arts)
                if dup or len({a["article_id"] for a in arts}) != len(arts):
                    raise ValueError(f"duplicate article_id from ingest: {sorted(dup)[:5]}")
                seen_ids.update(a["article_id"] for a in arts)
                sinks["articles"].write(pd.DataFrame(arts))
                if not st.empty:  # validated by Stages.complete (before it was cached); repeat columns are bool/str
                    reps.add_overlaps(manifest)
                    sinks["statements"].write(reps.mark(st), validated=True)
                    sinks["statement_capabilities"].write(caps, validated=True)
                art_bar.update(len(arts))

            chunks = _chunks(cached_records(raw, mapping, ctx, stats), chunk_size, manifest, rec_bar.update,
                             ramp=engine == "local")
            if engine == "local":
                _local_engine(chunks, ctx, n_process, stats, emit, progress)
            elif engine == "dask":
                _dask_engine(chunks, ctx, n_process, stats, emit, progress, scheduler=scheduler)
            else:
                raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
            rec_bar.close()
            art_bar.close()

            man = schema.validate("manifest", pd.DataFrame(manifest) if manifest else schema.empty("manifest"))
            speakers = apply_identity(sinks["statements"], ctx)  # one identity per person in the run (identity_memo)
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
            oset.commit({"raw": str(raw), "records": counts["records"], "articles": counts["articles"],
                         "statements": counts["statements"]})
        finally:
            oset.abort()  # removes the set unless it was committed
    if ctx.cache_enabled:
        ctx.cache().prune()
    return RunResult(out, paths, stats, counts, set_dir=oset.dir)

