"""Per-article cache of the pipeline's stages, in parquet shards under data/interim/cache/ (or `--cache DIR`).

Layout: `<root>/<stage>/<stage_key>/shard-*.parquet`, each shard a table `key: string, value: binary` (value = the
result for one article, encoded by `encode` (pledgewatch.codec): msgpack, with tuples, dates and data frames (as parquet) as extension
types; never pickle, so a cache folder others can write to cannot make a run execute code). A *stage key*
fingerprints everything that can change a stage's output for every article at once (and the encoding, CODEC); an
*item key* fingerprints one article's input:

- extract: stage key = model name@version + enabled pipes + `statements.EXTRACTOR_VERSION` + a hash of the
  statements package's source + a hash of the reference CSVs the extractor reads (+ the skip mode and cue forms);
  item key = hash of the article's text, title, title_chars, published and outlet. Value: the rows `extract` returned.
- coding: stage key = `coding.coding_version()` (CODING_VERSION with the models' switches read at run time) + a hash of the coding package's source + a hash of the reference
  CSVs coding reads; item key = hash of the article's extracted statement rows. Value: the coded rows.

So editing capabilities.csv re-codes cached extractions without parsing; editing cues.csv or officials.csv re-parses
and re-extracts, and coding then hits again wherever the extracted rows came out the same. Which reference CSV a
stage reads is found by scanning the stage package's source for `*.csv` names (a module may also declare
`REFERENCE_FILES`); a CSV named by neither stage counts for both (conservative). Hashing the package source on top
of the version constants means a forgotten version bump cannot serve stale rows (PLEDGEWATCH_CACHE_CODE_HASH=0
turns that off, leaving only the version constants).

Shards are written atomically with unique names, so concurrent runs can share a cache; duplicate entries are
harmless. The cache heals: a shard that is missing, truncated or garbled, or a value that does not decode, is reported
once (a warning on the `pledgewatch.cache` logger), treated as a miss (recomputed) and, where the cache is writable,
the damaged shard is removed. A cache that cannot be written (read-only, another user's) is used for reads, with one
warning; nothing is stored. Old stage keys are pruned (the most recently used KEEP_KEYS per stage are kept; KEEP_INGEST raw inputs).

A third stage, ingest, stores the whole record stream of a raw input (pipeline.cached_records), keyed by the content
of every raw file, the ingest code and the reference CSVs ingest reads.
A fourth, identity, stores the run-wide identity pass (pledgewatch.identity_memo), keyed by the statement parts' bytes.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import shutil
import time
import uuid
from collections import OrderedDict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import config
from .codec import _FRAME, _MAGIC, ArrowRows, _digest, _pack, decode, encode, row_store  # noqa: F401 (the value codec)
from .io import atomic_write

DEFAULT_DIR = config.INTERIM / "cache"
KEEP_KEYS = 6
KEEP_INGEST = 32
_SCHEMA = pa.schema([("key", pa.string()), ("value", pa.binary())])
CODEC = "msgpack1"  # in every stage key (pipeline): shards of another encoding (former pickles) are never read
log = logging.getLogger("pledgewatch.cache")

def sha1(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha1(data).hexdigest()


def fingerprint(*parts) -> str:
    return sha1("\x1e".join(map(str, parts)))[:20]


def files_hash(paths) -> str:
    h = hashlib.sha1()
    for p in sorted(Path(p) for p in paths):
        h.update(p.name.encode() + b"\x1f")
        h.update(p.read_bytes() if p.is_file() else b"<absent>")
        h.update(b"\x1e")
    return h.hexdigest()[:20]


def _package_dir(module) -> Path:
    f = Path(module.__file__)
    return f.parent if f.name == "__init__.py" else f


def source_hash(module) -> str:
    """Hash of a stage's Python source: the package folder (or the single module) and every module of the project
    it imports, transitively (`statements` uses `pledgewatch.inflect`, `coding` uses `statements.names` and
    `pledgewatch.sides`): an edit to a shared helper changes the key of every stage that runs it."""
    if os.environ.get("PLEDGEWATCH_CACHE_CODE_HASH", "1") == "0":
        return "-"
    d = _package_dir(module)
    skip = set(getattr(module, "NOT_STAGE_CODE", ()))  # tools kept in a stage's package (coding/train.py)
    files = sorted(f for f in d.rglob("*.py") if f.name not in skip) if d.is_dir() else [d]
    return files_hash(own_imports(files))


def own_imports(files) -> set[Path]:
    """The files and the modules of the pledgewatch package they import (relative or absolute, also inside
    functions), transitively."""
    seen = {Path(f).resolve() for f in files}
    todo = list(seen)
    while todo:
        f = todo.pop()
        st = f.stat()
        for q in _imports_of(f, st.st_mtime_ns, st.st_size):
            if q not in seen:
                seen.add(q)
                todo.append(q)
    return seen


@functools.lru_cache(maxsize=1024)
def _imports_of(f: Path, mtime_ns: int, size: int) -> tuple[Path, ...]:
    """The project modules one file imports (parsed once per process and file version: the three stages' keys share
    most of their files)."""
    import ast

    root = Path(__file__).resolve().parent  # src/pledgewatch
    top = root.parent
    package = list(f.relative_to(top).with_suffix("").parts[:-1])
    out: list[Path] = []
    for node in _import_nodes(f.read_text(encoding="utf-8")):
        targets = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)]
            elif node.module and node.module.split(".")[0] == root.name:
                base = []
            else:
                continue
            mod = base + (node.module.split(".") if node.module else [])
            targets = [mod] + [mod + [a.name] for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name.split(".") for a in node.names if a.name.split(".")[0] == root.name]
        for parts in targets:
            path = top.joinpath(*parts)
            out += [q for q in (path.with_suffix(".py"), path / "__init__.py") if q.is_file()]
    return tuple(dict.fromkeys(out))


# a line that starts an import statement (at any indentation: imports inside functions count too)
_IMPORT_LINE = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import\b|import[ \t]+\w)", re.M)


def _import_nodes(text: str) -> list:
    """The Import / ImportFrom nodes of a module's source, as `ast.walk(ast.parse(text))` finds them, without parsing
    the whole module (most of a warm run's key computation): each line that starts an import statement is parsed
    alone, through its parenthesised or backslash-continued lines; such a line inside a string that does not parse
    as an import is skipped, one that does counts (a file too many in a key, never one too few)."""
    import ast

    nodes = []
    for m in _IMPORT_LINE.finditer(text):
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        code = text[m.start():end].split("#")[0]
        if "(" in code and ")" not in code:
            close = text.find(")", end)
            end = len(text) if close < 0 else close + 1
        while text[m.start():end].rstrip().endswith("\\") and end < len(text):
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt < 0 else nxt
        try:
            tree = ast.parse(text[m.start():end].strip())
        except SyntaxError:
            continue
        nodes += [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    return nodes


_CSV = re.compile(r"[\w.-]+\.csv")


@functools.lru_cache(maxsize=1024)
def _csvs_in(f: Path, mtime_ns: int, size: int) -> frozenset[str]:
    """The *.csv names one source file mentions (read once per process and file version: the three stages' keys scan
    the same files)."""
    text = f.read_text(encoding="utf-8", errors="replace")
    # the names as _CSV.findall(text) gives them, the regex run only on the lines that hold ".csv" (a name never
    # spans lines): on every file it cost ~0.02 s of a cold run's start
    return frozenset(m for line in text.splitlines() if ".csv" in line for m in _CSV.findall(line))


def _csv_names(f: Path) -> frozenset[str]:
    st = f.stat()
    return _csvs_in(f, st.st_mtime_ns, st.st_size)


def _named_csvs(module) -> set[str]:
    declared = getattr(module, "REFERENCE_FILES", None)
    if declared:
        return {Path(x).name for x in declared}
    d = _package_dir(module)
    files = sorted(d.rglob("*.py")) if d.is_dir() else [d]
    return {m for f in files for m in _csv_names(f)}


def _named_elsewhere(module) -> set[str]:
    """CSV names in the rest of the package (other stages, ingest, charts ...), not in `module`'s own source."""
    pkg = Path(__file__).resolve().parent
    own = _package_dir(module).resolve()
    names: set[str] = set()
    for f in pkg.rglob("*.py"):
        if f.resolve() == own or own in f.resolve().parents:
            continue
        names |= _csv_names(f)
    return names


def reference_files(module, others=None) -> list[Path]:
    """Reference CSVs a stage depends on: those its source names, plus any CSV of data/reference/ that no other
    module of the package names (conservative). `others` restricts "elsewhere" to those modules."""
    ref = config.REFERENCE
    present = {p.name: p for p in ref.glob("*.csv")} if ref.is_dir() else {}
    mine = _named_csvs(module)
    if others is None:
        theirs = _named_elsewhere(module)
    else:
        theirs = set().union(*(_named_csvs(m) for m in others)) if others else set()
    names = {n for n in present if n in mine or n not in theirs}
    names |= {n for n in mine if n not in present}  # an absent file the stage reads is part of the key too
    return [ref / n for n in sorted(names)]


def article_key(article: dict) -> str:
    """Item key of the extract stage: what `extract` reads from the article besides its id."""
    return fingerprint(sha1(article.get("text") or ""), article.get("title") or "", article.get("title_chars", 0),
                       article.get("published"), article.get("outlet"))


def rows_key(rows) -> str:
    return sha1(_pack(rows))[:20]


class StageCache:
    """One stage's cache at one stage key: get_many(keys) / put_many({key: value}). Damage is reported once per
    shard and read as a miss; a cache that cannot be written is read only (see the module docstring)."""

    def __init__(self, root: Path, stage: str, key: str, enabled: bool = True):
        self.dir = Path(root) / stage / key
        self.enabled = enabled
        self.writable = True
        self._index: dict[str, Path] | None = None
        self._shards: OrderedDict[Path, dict] = OrderedDict()
        self._bad: set[Path] = set()
        self.hits = self.misses = 0
        self.problems: list[str] = []

    def _damaged(self, shard: Path, why: str) -> None:
        """Report a damaged shard once, forget its entries, remove it when the cache is writable."""
        if shard in self._bad:
            return
        self._bad.add(shard)
        msg = f"cache: damaged shard {shard} ({why}); its entries are recomputed"
        self.problems.append(msg)
        log.warning(msg)
        if self._index is not None:
            for k in [k for k, p in self._index.items() if p == shard]:
                del self._index[k]
        self._shards.pop(shard, None)
        try:
            shard.unlink(missing_ok=True)
        except OSError:
            pass

    def _read_only(self, e: OSError) -> None:
        if self.writable:
            self.writable = False
            msg = f"cache: {self.dir} cannot be written ({e.strerror or e}); it is used for reads only"
            self.problems.append(msg)
            log.warning(msg)

    def _load_index(self) -> dict[str, Path]:
        if self._index is None:
            self._index = {}
            if self.enabled and self.dir.is_dir():
                for shard in self._by_age(self.dir.glob("shard-*.parquet")):  # a key's newest shard wins
                    try:
                        keys = pq.read_table(shard, columns=["key"]).column("key").to_pylist()
                    except Exception as e:  # noqa: BLE001 - a damaged shard is reported and ignored
                        self._damaged(shard, f"{type(e).__name__}: {e}")
                        continue
                    for k in keys:
                        self._index[k] = shard
                try:
                    os.utime(self.dir)  # mark as recently used (pruning keeps the newest)
                except OSError as e:
                    self._read_only(e)
        return self._index

    @staticmethod
    def _by_age(paths) -> list[Path]:
        def age(p: Path):
            try:
                return p.stat().st_mtime_ns, p.name
            except OSError:
                return 0, p.name

        return sorted(paths, key=age)

    def _shard(self, path: Path) -> dict:
        if path not in self._shards:
            t = pq.read_table(path)
            if t.schema.remove_metadata() != _SCHEMA:
                raise ValueError(f"unexpected columns {t.schema.names}")
            self._shards[path] = dict(zip(t.column("key").to_pylist(), t.column("value").to_pylist(), strict=True))
            while len(self._shards) > 4:
                self._shards.popitem(last=False)
        return self._shards[path]

    def get_many(self, keys) -> dict:
        out = {}
        if not self.enabled:
            self.misses += len(keys)
            return out
        index = self._load_index()
        for k in keys:
            shard = index.get(k)
            if shard is None:
                continue
            try:
                data = self._shard(shard)[k]
            except Exception as e:  # noqa: BLE001 - missing (deleted since), truncated, garbled
                self._damaged(shard, f"{type(e).__name__}: {e}")
                continue
            try:
                out[k] = decode(data)
            except Exception as e:  # noqa: BLE001 - a garbled value in a readable shard
                self._damaged(shard, f"value of {k!r} does not decode ({type(e).__name__}: {e})")
        self.hits += len(out)
        self.misses += len(keys) - len(out)
        return out

    def put_many(self, items: dict) -> None:
        if not self.enabled or not items or not self.writable:
            return
        keys = list(items)
        table = pa.table({"key": keys, "value": [encode(items[k]) for k in keys]}, schema=_SCHEMA)
        path = self.dir / f"shard-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:12]}.parquet"
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            atomic_write(path, lambda tmp: pq.write_table(table, tmp))
        except OSError as e:
            self._read_only(e)
            return
        index = self._load_index()
        for k in keys:
            index[k] = path


class Cache:
    """The cache root; `Cache(None)` or enabled=False is a cache that never hits and stores nothing."""

    def __init__(self, root: str | Path | None = DEFAULT_DIR, enabled: bool = True):
        self.root = Path(root) if root is not None else None
        self.enabled = enabled and root is not None

    def stage(self, stage: str, key: str) -> StageCache:
        return StageCache(self.root or Path("."), stage, key, self.enabled)

    def prune(self, keep: int = KEEP_KEYS) -> None:
        """Drop all but the `keep` most recently used stage keys of every stage (ingest keys are one per raw input,
        so more of them are kept: KEEP_INGEST)."""
        if not self.enabled or not self.root.is_dir():
            return
        for stage in (d for d in self.root.iterdir() if d.is_dir()):
            n = KEEP_INGEST if stage.name == "ingest" else keep
            keys = sorted((d for d in stage.iterdir() if d.is_dir()), key=lambda d: d.stat().st_mtime, reverse=True)
            for d in keys[n:]:
                shutil.rmtree(d, ignore_errors=True)


__all__ = ["Cache", "StageCache", "DEFAULT_DIR", "article_key", "rows_key", "fingerprint", "files_hash",
           "source_hash", "reference_files"]
