"""The files of a raw input (`--raw`) and their fingerprint, with the standard library only: the ingest cache's key
(pipeline.records) and the run memo's (pledgewatch.run_memo) hash the same files, and the memo's key is computed
before any of pandas, pyarrow or the ingest package is imported.

What ingest reads: every file the walk reaches (symbolic links to folders followed, each real folder once, hidden
folders and __pycache__ skipped), and for a single-file input the sidecar metadata files beside it (a.yml, a.json,
a.txt.json, a.meta.yml ...: ingest.files.sidecar_meta), which carry its date, outlet, url and title.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

META_EXT = (".json", ".yml", ".yaml")
BLOCK = 1 << 20  # bytes hashed at a time: no file is read whole


def stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


def sidecar_candidates(path: Path) -> list[Path]:
    """The sidecar metadata files ingest looks for beside `path`, in its order of preference."""
    s = stem(path)
    inner = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    cands = [path.parent / f"{s}{e}" for e in META_EXT] + [path.parent / f"{inner}{e}" for e in META_EXT]
    return cands + [path.parent / f"{s}.meta{e}" for e in META_EXT]


def walk(root: Path, problems: list | None = None, *, strict: bool = False):
    """os.walk following symbolic links to folders, each real folder once (a link back to a folder already read is a
    loop, or a second way to the same files: reported, not read again), hidden folders and __pycache__ skipped. A
    folder that cannot be listed is appended to `problems`, or raised with strict."""

    def onerror(e: OSError):
        if strict:
            raise e
        if problems is not None:
            problems.append((e.filename or str(root), f"folder could not be listed ({e.strerror or e})"))

    seen: set[tuple[int, int]] = set()
    for d, dirs, files in os.walk(root, onerror=onerror, followlinks=True):
        try:
            st = os.stat(d)
            key = (st.st_dev, st.st_ino)
        except OSError:
            key = None
        if key is not None and key in seen:
            dirs[:] = []
            if problems is not None:
                problems.append((d, "symbolic link to a folder already read (a loop, or a second link to the same "
                                    "folder): not read again"))
            continue
        if key is not None:
            seen.add(key)
        dirs[:] = sorted(x for x in dirs if not x.startswith(".") and x != "__pycache__")
        yield Path(d), dirs, files


def tree_files(raw: Path, *, strict: bool = False) -> Iterator[Path]:
    """Every regular file the walk of ingest's `discover` reaches under raw (hidden files and sidecars included),
    sorted, and for a single file its sidecars that exist: what a fingerprint of the raw input must cover."""
    raw = Path(raw)
    if raw.is_file():
        yield raw
        yield from (c for c in sidecar_candidates(raw) if c != raw and c.is_file())
        return
    for d, _dirs, files in walk(raw, strict=strict):
        for f in sorted(files):
            if (d / f).is_file():
                yield d / f


def hash_file(h, path: Path) -> None:
    """The bytes of a file into h, a block at a time."""
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(BLOCK), b""):
            h.update(block)


def fingerprint(raw, *, strict: bool = False) -> str:
    """Hash of every file ingest may read under `raw` (relative path + content). A file that cannot be read counts
    by its error and its size and time, anything but a regular file (a FIFO, a broken link: never opened) and a
    folder that cannot be listed by their names: ingest reports each in the manifest, so each is an input of the
    run's tables. With strict, a file or folder that cannot be read raises OSError (the run memo is then off)."""
    raw = Path(raw)
    h = hashlib.sha1()

    def rel(p: Path) -> bytes:
        return os.fsencode(p.relative_to(raw) if raw.is_dir() else p.name)

    if raw.is_file():
        listed = [raw, *(c for c in sidecar_candidates(raw) if c != raw and c.is_file())]
    else:
        listed, problems = [], []
        for d, _dirs, files in walk(raw, problems, strict=strict):
            listed += [d / f for f in sorted(files)]
        for where, _reason in problems:
            h.update(b"<problem>\x1f" + os.fsencode(str(where)) + b"\x1e")
    for f in listed:
        if not f.is_file():
            h.update(rel(f) + b"\x1f<not a regular file>\x1e")
            continue
        h.update(rel(f) + b"\x1f")
        try:
            hash_file(h, f)
        except OSError as e:
            if strict:
                raise
            try:
                st = os.stat(f)
                h.update(f"<{type(e).__name__} {e.errno} {st.st_size} {st.st_mtime_ns}>".encode())
            except OSError:
                h.update(f"<{type(e).__name__} {e.errno}>".encode())
        h.update(b"\x1e")
    return h.hexdigest()[:20]


__all__ = ["fingerprint", "tree_files", "walk", "sidecar_candidates", "hash_file", "stem", "META_EXT"]
