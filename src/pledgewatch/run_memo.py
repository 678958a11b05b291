"""The run memo: `pledgewatch run` on inputs, code and settings that a stored run already had gives that run's tables
again without running the stages (a warm re-run of the command line replays them from the cache).

A warm re-run (every article in the cache) still imports pandas, pandera, the stages' code, validates every chunk,
rebuilds the statements CSV and the parquet tables: ~1.5 s of a ~1.7 s re-run of ../shared/corpus/ukraine_news, to
write again the bytes the previous run wrote. The tables of a run are a function of

- the raw input (every file under `--raw`, relative path and bytes, and the path as given: it is every record's
  `source`),
- the project's code (every file of the pledgewatch package) and data (every file under data/ but data/raw,
  data/interim and data/processed: reference lists, coding models, training rows),
- the environment (the Python version, the installed distributions with their versions: every `*.dist-info` name on
  sys.path's site-packages, which holds the spaCy model's package; $PLEDGEWATCH_* and $PYTHONHASHSEED),
- the run's arguments (all but --out and --quiet),

and the key below is a hash of all of it (conservative: an edit to any module or reference file, a reinstalled
library, a new argument value is a miss). After a run of the command line that used the cache, its six tables, the
output set's information and the printed summary are stored under <cache>/run/<key>/ (memo.json, with each table's
SHA-1, written last); a later run with the same key copies them, checking each SHA-1, into a new output set of
`--out` (the same locking, set switching and pruning as a run: pledgewatch.runs) and prints the stored summary. Any
miss, damage or error falls back to the full run. The memo is off with --no-cache, --engine dask, a --model that is
a path, a linked folder or anything but a regular file under --raw or data/, and where $PLEDGEWATCH_RUN_MEMO is 0;
`pipeline.run()` (the Python API) never uses it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import sys
import uuid
from pathlib import Path

from . import config

MEMO_VERSION = "1"
STAGE = "run"  # under the cache root, beside the stages' folders (Cache.prune keeps its KEEP_KEYS newest keys)
MEMO_FILE = "memo.json"
_NOT_INPUT_ARGS = ("out", "quiet", "func", "command")
_SKIP_DATA = ("raw", "interim", "processed")  # data/ folders a run writes or that hold its input and outputs

log = logging.getLogger("pledgewatch.cache")


class _NoMemo(Exception):
    """Something under a hashed folder that the key cannot stand for: the run is not memoised."""


def _hash_tree(h, root: Path, skip_top=()) -> None:
    """Relative path and bytes of every file under root (sorted; __pycache__ folders left out) into h. A linked
    folder (ingest follows it, os.walk would not) or anything but a regular file (a FIFO would block) under it:
    _NoMemo."""
    for dirpath, dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not (rel == Path(".") and d in skip_top))
        if any(os.path.islink(os.path.join(dirpath, d)) for d in dirnames):
            raise _NoMemo(dirpath)
        for name in sorted(filenames):
            f = Path(dirpath) / name
            if not stat.S_ISREG(os.stat(f).st_mode):  # (a link to a file counts by the file's bytes)
                raise _NoMemo(f)
            h.update(os.fsencode(f.relative_to(root)) + b"\x1f")
            with open(f, "rb") as fh:
                h.update(fh.read())
            h.update(b"\x1e")


def _distributions() -> list[str]:
    """Names of the installed distributions with their versions (the *.dist-info / *.egg-info entries on sys.path)."""
    names = []
    for p in sys.path:
        if p and os.path.isdir(p):
            names += [f"{p}/{n}" for n in os.listdir(p) if n.endswith((".dist-info", ".egg-info"))]
    return sorted(names)


def run_key(args) -> str | None:
    """The memo key of a `pledgewatch run` (argparse namespace), or None where the memo does not apply (or an input
    cannot be read: the run then reports it)."""
    try:
        return _key(args)
    except (OSError, _NoMemo):
        return None


def _key(args) -> str | None:
    if os.environ.get("PLEDGEWATCH_RUN_MEMO", "1") == "0" or args.no_cache or args.engine != "local":
        return None
    if args.model and (os.sep in str(args.model) or Path(args.model).exists()):
        return None  # a model folder: its files are not covered by a distribution's version
    raw = Path(args.raw)
    if not raw.exists():
        return None
    h = hashlib.sha1()
    opts = {k: str(v) for k, v in sorted(vars(args).items()) if k not in _NOT_INPUT_ARGS}
    env = {k: v for k, v in sorted(os.environ.items()) if k.startswith("PLEDGEWATCH_") or k == "PYTHONHASHSEED"}
    h.update(json.dumps([MEMO_VERSION, opts, env, str(raw.resolve()), str(config.ROOT), sys.version,
                         sys.executable, _distributions()]).encode("utf-8", "surrogatepass"))
    h.update(b"\x1d")
    if raw.is_dir():
        _hash_tree(h, raw)
    elif raw.is_file():
        h.update(raw.read_bytes())
    else:
        return None
    h.update(b"\x1d")
    mapping = Path(args.mapping) if args.mapping else None
    if mapping is not None and mapping.is_file():
        h.update(mapping.read_bytes())
    h.update(b"\x1d")
    _hash_tree(h, Path(__file__).resolve().parent)  # the package
    h.update(b"\x1d")
    if config.DATA.is_dir():
        _hash_tree(h, config.DATA, skip_top=_SKIP_DATA)
    return h.hexdigest()[:20]


def _cache_root(args) -> Path:
    return Path(args.cache) if args.cache is not None else config.INTERIM / "cache"


def _copy(src: Path, dest: Path) -> str:
    """Copy a file; the SHA-1 of its bytes."""
    data = src.read_bytes()
    with open(dest, "wb") as fh:
        fh.write(data)
    return hashlib.sha1(data).hexdigest()


def replay(args, key: str) -> str | None:
    """The stored run of `key` written as a new output set of args.out; the text to print, or None (no stored run,
    or a damaged one: nothing is written)."""
    from . import runs

    d = _cache_root(args) / STAGE / key
    try:
        memo = json.loads((d / MEMO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    out = Path(args.out)
    with runs.lock(out), runs.stop_on_signals():
        oset = runs.OutputSet(out).begin()
        try:
            for name, digest in memo["files"].items():
                if _copy(d / name, oset.path(name)) != digest:
                    log.warning("cache: stored run %s damaged (%s); running the stages", key, name)
                    return None
            oset.commit(memo["info"])
        except OSError as e:
            log.warning("cache: stored run %s unreadable (%s); running the stages", key, e)
            return None
        finally:
            oset.abort()  # removes the set unless it was committed
    try:
        os.utime(d)  # most recently used: Cache.prune keeps it
    except OSError:
        pass
    return "\n".join([*memo["summary"],
                      "outputs replayed from the cache: raw input, code, data, environment and arguments unchanged",
                      f"tables written to {out} (output set {oset.dir.name})", memo["ingest_summary"]])


def store(args, key: str, set_dir: Path, summary: str, ingest_summary: str) -> None:
    """Store the tables of the output set a run of `key` just wrote (a failure to write is logged, never raised)."""
    from . import runs

    root = _cache_root(args) / STAGE
    tmp = root / f".{key}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        info = {k: v for k, v in runs.read_set_manifest(set_dir).items() if k not in ("id", "created", "tables")}
        tmp.mkdir(parents=True)
        files = {t: _copy(set_dir / t, tmp / t) for t in sorted(runs.TABLE_FILES) if (set_dir / t).is_file()}
        (tmp / MEMO_FILE).write_text(json.dumps({"files": files, "info": info, "summary": summary.splitlines()[:2],
                                                 "ingest_summary": ingest_summary}), encoding="utf-8")
        dest = root / key
        if dest.exists():
            import shutil

            shutil.rmtree(dest, ignore_errors=True)
        os.replace(tmp, dest)
    except OSError as e:
        log.warning("cache: the run could not be stored for replay (%s)", e)
    finally:
        if tmp.exists():
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


__all__ = ["run_key", "replay", "store", "MEMO_VERSION"]
