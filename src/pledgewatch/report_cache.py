"""Report cache: a notebook is executed again only when something its report depends on changed.

A report is a pure function of its inputs, so `pledgewatch report` keys each notebook's execution by a hash of
everything that can change what the notebook shows or writes, and reuses the stored result on a hit:

- the notebook's source (the py:percent file that is executed) and its name;
- the run's parameters that the notebook's source mentions (processed, figures_dir, corpus_label, run_eval ...),
  the project root and the kernel name;
- the content (not the modification time: `touch` invalidates nothing) of
  - every file in the processed folder except the notebooks' own output tables (`NN_*.csv`),
  - every file in data/reference/,
  - ../shared/eval and ../shared/reference (gold sets, score.py, the Kiel tracker) and `--kiel` if given,
  - the code: every file under src/ (the pledgewatch package and helpers.py, wherever the kernel imports them
    from) and any helper module beside the notebooks,
  - the outputs (figures and tables) of an earlier notebook whose prefix (`03_`) the source names, or of every
    earlier notebook if the source lists a folder (glob, iterdir, listdir);
- the environment: Python's version, every installed distribution with its version (pandas, matplotlib, seaborn,
  nbconvert, papermill, spaCy and its model ...), the kernel spec files, matplotlibrc, and the environment
  variables that change results (PYTHONHASHSEED, PYTHONPATH, PLEDGEWATCH_*, MPL*, locale, TZ).

Conservative on purpose: a stale report is worse than a slow one, so an edit anywhere in src/ or any reference CSV
re-executes every notebook. What the key cannot see: system fonts and libraries outside Python packages, the
network, the clock. `--force` (make report FORCE=1) re-executes everything and refreshes the cache.

An entry, `data/interim/report_cache/<notebook>/<key>/`, holds the executed notebook, the two exported HTML
bodies (with code, reader version), the figures and tables the notebook wrote, and meta.json (title, execution
time, figure titles, a sha1 per file). Entries are written to a temporary folder and renamed into place, so an
interrupted or concurrent build never leaves a half entry; a damaged entry is ignored (the notebook is executed).
On a hit the files are restored into the figures and tables folders (written only where the content differs).
Failed executions are not stored. Per notebook, the KEEP most recently used entries of each reports folder and
the KEEP_ALL most recently used overall are kept (so builds into temporary folders, as the tests make, cannot
evict the entries of reports/ at once).

Only the standard library is imported here: a warm build starts no kernel and imports neither papermill,
nbconvert, nbformat nor pandas.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import config

FORMAT = 1  # bump when the entry layout or the key's recipe changes
DEFAULT_DIR = config.INTERIM / "report_cache"
KEEP = 3  # entries kept per notebook and reports folder (meta "group")
KEEP_ALL = 12  # entries kept per notebook over all reports folders (test builds in temporary folders, ...)
FIGURE_SUFFIXES = (".png", ".svg")
TABLE_SUFFIXES = (".csv",)
ENV_VARS = re.compile(r"^(PYTHONHASHSEED|PYTHONPATH|PLEDGEWATCH_\w+|MPL\w*|MATPLOTLIBRC|JUPYTER_PATH|LANG|LC_\w+|TZ)$")
_SKIP_DIRS = {"__pycache__", ".ipynb_checkpoints", ".pytest_cache", ".ruff_cache"}
_LISTS_FOLDER = re.compile(r"\b(glob|rglob|iterdir|listdir|scandir)\s*\(")


def sha1_bytes(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def tree_digest(root: Path, *, exclude=lambda rel: False, on_special=None) -> str:
    """Hash of the relative paths and contents of every file under root (a file or a folder; absent counts too).
    Hidden files, caches and *.egg-info are left out, and what `exclude` refuses: a file's relative path, or a
    folder's with a trailing slash ('raw/': nothing under it is listed). Files are hashed a block at a time. Anything
    but a regular file is never opened (a FIFO would block): left out, or, with on_special, on_special(path) is
    called for it and for a linked folder (which the walk does not follow), and may raise."""
    from .rawinput import hash_file

    root = Path(root)
    h = hashlib.sha1()
    if root.is_file():
        h.update(b"file\x1f")
        hash_file(h, root)
        return h.hexdigest()
    if not root.is_dir():
        return "absent"
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS
                             and not d.endswith(".egg-info") and not exclude((rel_dir / d).as_posix() + "/"))
        if on_special is not None:
            for d in dirnames:
                if os.path.islink(os.path.join(dirpath, d)):
                    on_special(Path(dirpath) / d)
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith((".pyc", ".tmp")):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if exclude(rel):
                continue
            try:
                regular = stat.S_ISREG(os.stat(path).st_mode)  # (a link to a file counts by the file's bytes)
            except OSError:
                regular = True  # (hash_file raises the error)
            if not regular:
                if on_special is not None:
                    on_special(path)
                continue
            h.update(rel.encode("utf-8", "surrogateescape") + b"\x1f")
            hash_file(h, path)
            h.update(b"\x1e")
    return h.hexdigest()


def installed_distributions() -> list[str]:
    """Every installed distribution with its version ('pandas-2.2.3.dist-info', ...), from the folder names on
    sys.path (no importlib.metadata scan: a few milliseconds)."""
    names = set()
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as it:
                names.update(e.name for e in it if e.name.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
    return sorted(names)


def _kernel_spec_files(kernel: str) -> list[Path]:
    dirs = [Path(p) for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p]
    dirs += [Path(sys.prefix) / "share" / "jupyter", Path.home() / ".local" / "share" / "jupyter",
             Path("/usr/local/share/jupyter"), Path("/usr/share/jupyter")]
    return [d / "kernels" / kernel / "kernel.json" for d in dirs]


def environment_digest(kernel: str = "python3") -> str:
    """Python, installed packages, the kernel spec, matplotlibrc and the environment variables that matter."""
    h = hashlib.sha1()
    h.update(f"format={FORMAT}\x1epython={sys.version}\x1eprefix={sys.prefix}\x1ekernel={kernel}\x1e".encode())
    h.update("\n".join(installed_distributions()).encode() + b"\x1e")
    for f in _kernel_spec_files(kernel):
        if f.is_file():
            h.update(str(f).encode() + b"\x1f" + f.read_bytes() + b"\x1e")
    rc = [Path(os.environ["MATPLOTLIBRC"])] if os.environ.get("MATPLOTLIBRC") else []
    rc += [Path(os.environ.get("MPLCONFIGDIR", Path.home() / ".config" / "matplotlib")) / "matplotlibrc"]
    for f in rc:
        h.update(tree_digest(f).encode() + b"\x1e")
    for k in sorted(k for k in os.environ if ENV_VARS.match(k)):
        h.update(f"{k}={os.environ[k]}\x1e".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def code_roots(notebooks_dir: Path) -> list[Path]:
    """Where the kernel's code comes from: src/ (the folder holding the pledgewatch package being run, and
    helpers.py), helpers.py if it resolves elsewhere, and helper modules beside the notebooks."""
    import importlib.util

    import pledgewatch

    src = Path(pledgewatch.__file__).resolve().parent.parent
    roots = [src]
    spec = importlib.util.find_spec("helpers")
    if spec is not None and spec.origin and src not in Path(spec.origin).resolve().parents:
        roots.append(Path(spec.origin).resolve())
    nb = Path(notebooks_dir)
    roots += sorted(p for p in nb.glob("*.py") if not re.match(r"\d\d_", p.name))
    roots += sorted(p for p in nb.iterdir() if p.is_dir() and (p / "__init__.py").is_file()) if nb.is_dir() else []
    return roots


def output_pattern(prefixes) -> re.Pattern:
    alt = "|".join(sorted(re.escape(p) for p in prefixes)) or "(?!)"
    return re.compile(rf"^({alt})_[^/]*\.csv$")


@dataclass
class Inputs:
    """The parts of the key shared by every notebook of one build (computed once)."""
    environment: str
    code: str
    reference: str
    shared: str
    processed: str

    @classmethod
    def collect(cls, processed: Path, notebooks_dir: Path, prefixes, *, kernel: str = "python3", kiel=None,
                figures: Path | None = None) -> Inputs:
        h = hashlib.sha1()
        for root in code_roots(notebooks_dir):
            h.update(str(root).encode() + b"\x1f" + tree_digest(root).encode() + b"\x1e")
        shared = hashlib.sha1()
        for root in [config.SHARED / "eval", config.SHARED / "reference"] + ([Path(kiel)] if kiel else []):
            shared.update(str(root).encode() + b"\x1f" + tree_digest(root).encode() + b"\x1e")
        outputs = output_pattern(prefixes)
        skip_figures = None
        if figures is not None and Path(figures).resolve().is_relative_to(Path(processed).resolve()):
            skip_figures = Path(figures).resolve().relative_to(Path(processed).resolve()).as_posix() + "/"

        def not_an_input(rel: str) -> bool:
            return bool(outputs.match(rel)) or bool(skip_figures and rel.startswith(skip_figures))

        return cls(environment=environment_digest(kernel), code=h.hexdigest(),
                   reference=tree_digest(config.REFERENCE), shared=shared.hexdigest(),
                   processed=tree_digest(Path(processed), exclude=not_an_input))


def upstream_prefixes(source: str, prefix: str, earlier) -> list[str]:
    """Earlier notebooks whose outputs this one may read: those whose prefix ('03_') its source names, or all of
    them if it lists a folder."""
    if _LISTS_FOLDER.search(source):
        return sorted(earlier)
    return sorted(p for p in earlier if p != prefix and re.search(rf"(?<![\w.]){re.escape(p)}_", source))


def outputs_of(prefix: str, figures: Path, tables: Path) -> dict[str, Path]:
    """The files a notebook wrote: 'figures/NN_x.png' -> path, 'tables/NN_x.csv' -> path."""
    out = {}
    for kind, folder, suffixes in (("figures", figures, FIGURE_SUFFIXES), ("tables", tables, TABLE_SUFFIXES)):
        if Path(folder).is_dir():
            for f in sorted(Path(folder).glob(f"{prefix}_*")):
                if f.suffix in suffixes and f.is_file():
                    out[f"{kind}/{f.name}"] = f
    return out


def outputs_digest(prefix: str, figures: Path, tables: Path) -> str:
    h = hashlib.sha1()
    for rel, path in outputs_of(prefix, figures, tables).items():
        h.update(rel.encode() + b"\x1f" + path.read_bytes() + b"\x1e")
    return h.hexdigest()


def notebook_key(src: Path, source: str, params: dict, inputs: Inputs, upstream: dict[str, str],
                 *, kernel: str = "python3") -> str:
    """The cache key of one notebook's execution (see the module docstring)."""
    used = {k: v for k, v in sorted(params.items()) if re.search(rf"\b{re.escape(k)}\b", source)}
    blob = json.dumps({"format": FORMAT, "name": src.stem, "source": sha1_bytes(source.encode("utf-8")),
                       "params": used, "root": str(config.ROOT), "kernel": kernel, "inputs": vars(inputs),
                       "upstream": upstream}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:32]


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write atomically, and only if the content differs (a warm build leaves identical files untouched)."""
    path = Path(path)
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


@dataclass
class Entry:
    dir: Path
    meta: dict
    files: dict[str, bytes]  # 'figures/x.png' -> content (verified against meta's sha1)

    @property
    def executed(self) -> bytes:
        return (self.dir / "executed.ipynb").read_bytes()

    def body(self, kind: str) -> str:
        return (self.dir / f"{kind}.body.html").read_text(encoding="utf-8")


class ReportCache:
    def __init__(self, root: Path | str | None = DEFAULT_DIR, keep: int = KEEP, keep_all: int = KEEP_ALL):
        self.root = Path(root) if root is not None else DEFAULT_DIR
        self.keep, self.keep_all = keep, keep_all

    def path(self, name: str, key: str) -> Path:
        return self.root / name / key

    def lookup(self, name: str, key: str) -> Entry | None:
        """The stored entry, verified (every file present, sha1 as recorded); None on a miss or damage."""
        d = self.path(name, key)
        try:
            meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT or meta.get("key") != key:
                return None
            files = {}
            for rel, digest in meta["files"].items():
                data = (d / "files" / rel).read_bytes()
                if sha1_bytes(data) != digest:
                    return None
                files[rel] = data
            for part in ("executed.ipynb", "full.body.html", "reader.body.html"):
                if not (d / part).is_file():
                    return None
            os.utime(d / "meta.json")  # recently used: pruning keeps it
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return Entry(d, meta, files)

    def store(self, name: str, key: str, *, executed: Path, bodies: dict[str, str], outputs: dict[str, Path],
              meta: dict) -> Path | None:
        """Store one execution atomically (a temporary folder renamed into place). Returns the entry folder."""
        final = self.path(name, key)
        tmp = self.root / name / f".tmp-{uuid.uuid4().hex}"
        try:
            (tmp / "files").mkdir(parents=True)
            shutil.copyfile(executed, tmp / "executed.ipynb")
            for kind, body in bodies.items():
                (tmp / f"{kind}.body.html").write_text(body, encoding="utf-8")
            digests = {}
            for rel, src in outputs.items():
                data = Path(src).read_bytes()
                (tmp / "files" / rel).parent.mkdir(parents=True, exist_ok=True)
                (tmp / "files" / rel).write_bytes(data)
                digests[rel] = sha1_bytes(data)
            meta = {**meta, "format": FORMAT, "name": name, "key": key, "files": digests}
            (tmp / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True, default=str), encoding="utf-8")
            if final.exists():  # a damaged entry (lookup refused it) or a concurrent build's: replace it
                old = final.with_name(f".old-{uuid.uuid4().hex}")
                try:
                    os.rename(final, old)
                    shutil.rmtree(old, ignore_errors=True)
                except OSError:
                    pass
            os.rename(tmp, final)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            return final if (final / "meta.json").is_file() else None
        self.prune(name)
        return final

    def prune(self, name: str) -> None:
        """Keep, of a notebook's entries, the `keep` most recently used per group (reports folder) and the
        `keep_all` most recently used overall; drop temporary folders older than an hour."""
        d = self.root / name
        if not d.is_dir():
            return
        entries, now = [], time.time()
        for e in d.iterdir():
            if e.name.startswith((".tmp-", ".old-")):
                if now - e.stat().st_mtime > 3600:
                    shutil.rmtree(e, ignore_errors=True)
            elif e.is_dir():
                try:
                    meta_path = e / "meta.json"
                    used, group = meta_path.stat().st_mtime, json.loads(meta_path.read_text("utf-8")).get("group")
                except (OSError, ValueError, AttributeError):
                    used, group = 0.0, None
                entries.append((used, str(group), e))
        seen: dict[str, int] = {}
        for rank, (_, group, e) in enumerate(sorted(entries, key=lambda t: t[0], reverse=True)):
            seen[group] = seen.get(group, 0) + 1
            if rank >= self.keep_all or seen[group] > self.keep:
                shutil.rmtree(e, ignore_errors=True)


def restore(entry: Entry, prefix: str, figures: Path, tables: Path) -> int:
    """Put a notebook's stored figures and tables back: remove its other NN_* outputs, write the stored ones where
    the content differs. Returns the number of files written."""
    folders = {"figures": Path(figures), "tables": Path(tables)}
    want = {folders[rel.split("/", 1)[0]] / rel.split("/", 1)[1]: data for rel, data in entry.files.items()}
    for path in outputs_of(prefix, figures, tables).values():
        if path not in want:
            path.unlink()
    return sum(write_if_changed(path, data) for path, data in want.items())


__all__ = ["ReportCache", "Entry", "Inputs", "notebook_key", "upstream_prefixes", "outputs_of", "outputs_digest",
           "restore", "write_if_changed", "tree_digest", "environment_digest", "DEFAULT_DIR", "FORMAT"]
