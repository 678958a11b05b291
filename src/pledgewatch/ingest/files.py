"""Which files of a raw folder are read: discovery of the input files (a tree walked once, links and special files
reported, sidecars left out) and the metadata a text file brings (a sidecar .json/.yml, YAML front matter)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from ..rawinput import sidecar_candidates
from ..rawinput import tree_files as tree_files
from ..rawinput import walk as _walk
from .decode import decode_bytes
from .raw import HTML_EXT, META_EXT, TEXT_EXT, RawRecord, resolve_columns


def is_sidecar(path: Path, siblings: set[str]) -> bool:
    """A .json/.yml/.yaml next to a text or HTML file of the same stem is that file's metadata, not a record."""
    name = path.name
    low = name.lower()
    if not low.endswith(META_EXT):
        return False
    base = name.rsplit(".", 1)[0]
    if base.lower().endswith(".meta"):
        base = base[:-5]
    for s in siblings:
        if s == name:
            continue
        sl = s.lower()
        inner = sl[:-3] if sl.endswith(".gz") else sl
        if Path(inner).suffix in (TEXT_EXT | HTML_EXT) - {""} and (Path(inner).stem == base.lower() or inner == base.lower()):
            return True
    return False


def discover(raw: Path, problems: list | None = None) -> Iterator[Path]:
    """Every file under raw (recursively, sorted, hidden files and folders skipped), sidecars excluded. Symbolic links
    are followed (each real folder is read once). What cannot be read is appended to `problems` as (path, reason)
    instead of being skipped silently: folders that cannot be listed, links back to a folder already read (loops),
    broken links, link loops, FIFOs, sockets and devices (never opened: a FIFO would block the run)."""
    if raw.is_file():
        yield raw
        return
    for d, _dirs, files in _walk(raw, problems):
        sib = set(files)
        for f in sorted(files):
            if f.startswith(".") or f.startswith("~$"):
                continue
            p = d / f
            if not p.is_file():
                if problems is not None:
                    problems.append((str(p), _not_a_file(p)))
                continue
            if is_sidecar(p, sib):
                continue
            yield p


def _not_a_file(p: Path) -> str:
    import errno
    import os

    if p.is_symlink():
        try:
            target = os.readlink(p)
        except OSError:
            target = "?"
        try:
            os.stat(p)
        except OSError as e:
            if e.errno == errno.ELOOP:
                return f"symbolic link loop ({target!r}): not read"
            if e.errno == errno.ENOENT:
                return f"broken symbolic link: its target {target!r} does not exist"
            return f"symbolic link to {target!r} could not be followed ({e.strerror or e})"
    return "not a regular file (a FIFO, socket or device): not read"


def sidecar_meta(path: Path) -> tuple[dict, list[str]]:
    """Metadata from a sidecar next to path (a.json, a.yml, a.yaml, a.txt.json, a.meta.json): (meta, problems)."""
    for c in sidecar_candidates(path):
        if c.is_file() and c != path:
            try:
                raw = c.read_bytes()[:1_000_000]
                txt = decode_bytes(raw).text or ""
                if c.suffix == ".json":
                    meta = json.loads(txt)
                else:
                    import yaml

                    meta = yaml.safe_load(txt)
                if not isinstance(meta, dict):
                    return {}, [f"sidecar {c.name} is not a mapping; ignored"]
                return meta, []
            except Exception as e:  # noqa: BLE001 - a bad sidecar must not stop the article
                return {}, [f"sidecar {c.name} unreadable ({type(e).__name__}); ignored"]
    return {}, []


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    m = _FRONT.match(text)
    if not m:
        return {}, text, []
    import yaml

    try:
        meta = yaml.safe_load(m.group(1))
    except Exception as e:  # noqa: BLE001
        return {}, text[m.end():], [f"YAML front matter unreadable ({type(e).__name__}); ignored"]
    if not isinstance(meta, dict):
        return {}, text[m.end():], ["YAML front matter is not a mapping; ignored"]
    return meta, text[m.end():], []


def _from_meta(rec: RawRecord, meta: dict, mapping: dict) -> None:
    cols = resolve_columns(meta.keys(), mapping)
    for f in ("title", "date", "outlet", "url"):
        if f in cols and meta.get(cols[f]) not in (None, ""):
            v = meta[cols[f]]
            setattr(rec, f, v if f == "date" else str(v))
    if "id" in cols and meta.get(cols["id"]) not in (None, ""):
        rec.article_id = str(meta[cols["id"]])
