"""The run memo: `pledgewatch run` on inputs, code and settings that a stored run already had gives that run's tables
again without running the stages (a warm re-run of the command line replays them from the cache).

A warm re-run (every article in the cache) still imports pandas, pandera, the stages' code, validates every chunk,
rebuilds the statements CSV and the parquet tables: ~1.5 s of a ~1.7 s re-run of ../shared/corpus/ukraine_news, to
write again the bytes the previous run wrote. The tables of a run are a function of

- the raw input (what the ingest cache's key hashes, pledgewatch.rawinput: every file ingest may read under `--raw`,
  relative path and bytes, linked folders followed as ingest follows them, the names of what it reports but cannot
  read, a single file's sidecar metadata; and the path as given: it is every record's `source`),
- the project's code (every file of the pledgewatch package) and data (every file under data/ but data/raw,
  data/interim and data/processed: reference lists, coding models, training rows),
- the environment (the Python version and sys.path, the installed distributions with their versions
  (report_cache.installed_distributions), which hold the spaCy model's package; $PLEDGEWATCH_* and $PYTHONHASHSEED),
- the run's arguments (all but --out and --quiet), and today's date (ingest judges an article's date against it),

and the key below is a hash of all of it (conservative: an edit to any module or reference file, a reinstalled
library, a new argument value, a new day is a miss). After a run of the command line that used the cache, its six
tables, the output set's information and the printed summary are stored under <cache>/run/<key>/ (memo.json, with
each table's SHA-1, written into a temporary folder renamed into place; refused unless all six tables are there). A
later run with the same key checks memo.json (exactly the six tables, plain names, the fields' types), copies the
tables, checking each SHA-1, into a new output set of `--out` (the same locking, set switching and pruning as a run:
pledgewatch.runs), records `replayed_from` (key, the stored set's id and time) in the set's information, logs it and
prints the stored summary. A miss runs the stages; a damaged or malformed entry is warned about, removed, and the
stages run. The memo is off with --no-cache, --engine dask, a model folder (--model or $PLEDGEWATCH_SPACY_MODEL, as
pledgewatch.nlp.model_name resolves it), a linked folder or anything but a regular file under the package or data/,
a file or folder under --raw that cannot be read, and where $PLEDGEWATCH_RUN_MEMO is 0; `pipeline.run()` (the
Python API) never uses it. Hashing and copying stream 1 MB blocks. Standard library only (a replay imports neither
pandas nor the pipeline).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
import os
import shutil
import sys
import uuid
from pathlib import Path

from . import config, rawinput
from .report_cache import installed_distributions, tree_digest

MEMO_VERSION = "2"
STAGE = "run"  # under the cache root, beside the stages' folders (Cache.prune keeps its KEEP_KEYS newest keys)
MEMO_FILE = "memo.json"
_NOT_INPUT_ARGS = ("out", "quiet", "func", "command")
_SKIP_DATA = ("raw/", "interim/", "processed/")  # data/ folders a run writes or that hold its input and outputs

log = logging.getLogger("pledgewatch.cache")
runlog = logging.getLogger("pledgewatch")


class _NoMemo(Exception):
    """Something under a hashed folder that the key cannot stand for: the run is not memoised."""


def _special(path) -> None:
    raise _NoMemo(path)


def run_key(args) -> str | None:
    """The memo key of a `pledgewatch run` (argparse namespace), or None where the memo does not apply (or an input
    cannot be read: the run then reports it)."""
    try:
        return _key(args)
    except (OSError, _NoMemo):
        return None


def _model_is_a_folder(model) -> bool:
    from .nlp import model_name  # (standard library only)

    name = str(model_name(model))  # --model, else $PLEDGEWATCH_SPACY_MODEL, else the installed package
    return os.sep in name or (os.altsep or os.sep) in name or Path(name).exists()


def _key(args) -> str | None:
    if os.environ.get("PLEDGEWATCH_RUN_MEMO", "1") == "0" or args.no_cache or args.engine != "local":
        return None
    if _model_is_a_folder(args.model):
        return None  # a model folder: its files are not covered by a distribution's version
    raw = Path(args.raw)
    if not raw.exists():
        return None
    h = hashlib.sha1()
    opts = {k: str(v) for k, v in sorted(vars(args).items()) if k not in _NOT_INPUT_ARGS}
    env = {k: v for k, v in sorted(os.environ.items()) if k.startswith("PLEDGEWATCH_") or k == "PYTHONHASHSEED"}
    # today's date: ingest judges an article's date against it (dated beyond today + 2 days: rejected), so a run on
    # another day is a miss
    h.update(json.dumps([MEMO_VERSION, opts, env, str(raw.resolve()), str(config.ROOT), sys.version,
                         sys.executable, sys.path, installed_distributions(), datetime.date.today().isoformat()]
                        ).encode("utf-8", "surrogatepass"))
    h.update(b"\x1d" + rawinput.fingerprint(raw, strict=True).encode())  # what the ingest cache's key hashes too
    h.update(b"\x1d")
    mapping = Path(args.mapping) if args.mapping else None
    if mapping is not None and mapping.is_file():
        rawinput.hash_file(h, mapping)
    h.update(b"\x1d" + tree_digest(Path(__file__).resolve().parent, on_special=_special).encode())  # the package
    if config.DATA.is_dir():
        h.update(b"\x1d" + tree_digest(config.DATA, exclude=lambda rel: rel in _SKIP_DATA,
                                        on_special=_special).encode())
    return h.hexdigest()[:20]


def _cache_root(args) -> Path:
    return Path(args.cache) if args.cache is not None else config.INTERIM / "cache"


def _copy(src: Path, dest: Path) -> str:
    """Copy a file a block at a time; the SHA-1 of its bytes."""
    h = hashlib.sha1()
    with open(src, "rb") as fi, open(dest, "wb") as fo:
        for block in iter(lambda: fi.read(rawinput.BLOCK), b""):
            h.update(block)
            fo.write(block)
    return h.hexdigest()


def _read_memo(d: Path) -> dict:
    """memo.json, checked: exactly the tables a run writes (plain names), each with a SHA-1, and the fields replay
    uses with their types. ValueError (or KeyError, TypeError) otherwise."""
    from .runs import TABLE_FILES

    memo = json.loads((d / MEMO_FILE).read_text(encoding="utf-8"))
    files = memo["files"]
    if not isinstance(files, dict) or set(files) != set(TABLE_FILES):
        raise ValueError("not the tables of a run")
    if not all(isinstance(v, str) and len(v) == 40 for v in files.values()):
        raise ValueError("a table without its SHA-1")
    if not isinstance(memo["info"], dict) or not isinstance(memo["origin"], dict):
        raise ValueError("no set information")
    if not (isinstance(memo["summary"], list) and all(isinstance(x, str) for x in memo["summary"])
            and isinstance(memo["ingest_summary"], str)):
        raise ValueError("no summary")
    return memo


def _drop(d: Path, key: str, why) -> None:
    log.warning("cache: stored run %s damaged (%s); removed, running the stages", key, why)
    shutil.rmtree(d, ignore_errors=True)


def replay(args, key: str) -> str | None:
    """The stored run of `key` written as a new output set of args.out; the text to print, or None (no stored run,
    or a damaged one: it is removed, nothing is written)."""
    from . import runs

    d = _cache_root(args) / STAGE / key
    if not (d / MEMO_FILE).exists():
        return None
    try:
        memo = _read_memo(d)
    except (OSError, ValueError, KeyError, TypeError) as e:
        _drop(d, key, e)
        return None
    out = Path(args.out)
    origin = {"key": key, "set": memo["origin"].get("set"), "created": memo["origin"].get("created")}
    with runs.lock(out), runs.stop_on_signals():
        oset = runs.OutputSet(out).begin()
        try:
            for name, digest in sorted(memo["files"].items()):
                if _copy(d / name, oset.path(name)) != digest:
                    _drop(d, key, f"{name}: SHA-1 differs")
                    return None
            oset.commit({**memo["info"], "replayed_from": origin})
        except OSError as e:
            _drop(d, key, e)
            return None
        finally:
            oset.abort()  # removes the set unless it was committed
    try:
        os.utime(d)  # most recently used: Cache.prune keeps it
    except OSError:
        pass
    runlog.info("run replayed from the cache: stored run %s (output set %s of %s) copied to %s as output set %s",
                key, origin["set"], origin["created"], out, oset.dir.name)
    return "\n".join([*memo["summary"],
                      "outputs replayed from the cache: raw input, code, data, environment and arguments unchanged",
                      f"tables written to {out} (output set {oset.dir.name})", memo["ingest_summary"]])


def store(args, key: str, set_dir: Path, summary: str, ingest_summary: str) -> None:
    """Store the tables of the output set a run of `key` just wrote (a failure to write is logged, never raised).
    Written to a temporary folder renamed into place; refused unless every table of a run is there (a concurrent
    run's prune may remove the set meanwhile: what was copied is then not a run's output)."""
    from . import runs

    root = _cache_root(args) / STAGE
    tmp = root / f".{key}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        manifest = runs.read_set_manifest(set_dir)
        info = {k: v for k, v in manifest.items() if k not in ("id", "created", "tables", "replayed_from")}
        missing = [t for t in runs.TABLE_FILES if not (set_dir / t).is_file()]
        if missing:
            raise FileNotFoundError(f"{set_dir.name} has no {', '.join(missing)}")
        tmp.mkdir(parents=True)
        files = {t: _copy(set_dir / t, tmp / t) for t in sorted(runs.TABLE_FILES)}
        (tmp / MEMO_FILE).write_text(json.dumps({
            "files": files, "info": info, "origin": {"set": manifest.get("id"), "created": manifest.get("created")},
            "summary": summary.splitlines()[:2], "ingest_summary": ingest_summary}), encoding="utf-8")
        dest = root / key
        if dest.exists():
            shutil.rmtree(dest, ignore_errors=True)
        os.replace(tmp, dest)
    except (OSError, ValueError) as e:
        log.warning("cache: the run could not be stored for replay (%s)", e)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


__all__ = ["run_key", "replay", "store", "MEMO_VERSION"]
