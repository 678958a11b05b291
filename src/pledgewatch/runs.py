"""The output set of a run: its tables are written into a fresh folder and switched in as one unit, under a lock.

Layout of an output folder `DIR` (`pledgewatch run --out DIR`):

    DIR/.runs/<set id>/          one complete output set: the six tables + SET.json (written last)
    DIR/current -> .runs/<id>    the switch: a relative symbolic link, replaced atomically (os.replace)
    DIR/articles.parquet -> current/articles.parquet   (and the five other tables): fixed links, so every reader
                                                       that opens DIR/<table> keeps working unchanged
    DIR/.lock                    held (flock) by the run writing into DIR

A run writes every table of its set under `.runs/<id>/` (part files in `.runs/<id>/.parts/`), writes SET.json, then
replaces the `current` link: one rename, so a reader (or a run killed at any instant, even by SIGKILL) sees the old
set or the new one, never a mix. A reader that opens several tables and wants them from one set even while a run
switches resolves `DIR/current` once (`current_set(DIR)`) and reads from that folder.

A folder written by an older version (regular table files in DIR) is taken over without a moment of mixing: its
tables are hard-linked (or copied) into `.runs/legacy-<id>/`, `current` is pointed at that set, and then each table
is replaced by its link.

At its start, holding the lock, a run removes what killed runs left: `.runs/*` folders without SET.json, the old
layout's `.run-*` folders and `.<table>.*.tmp` files, stray `.current.*` links; and, after its switch, every set but
the newest KEEP_SETS (the current one and the one before).

`lock(DIR)` is an exclusive, non-blocking flock on DIR/.lock: a second run into the same folder stops at once with
`OutputBusy` (exit code 75 from the CLI) naming the pid that holds it. The kernel drops the lock when its holder
dies, however it dies, so a lock is never stale (pool workers close their copy of the descriptor: `worker_init`).

`stop_on_signals()` turns SIGTERM, SIGINT and SIGHUP into a `Stopped` exception (a KeyboardInterrupt: no `except
Exception` on the way swallows it) so that every `finally` runs: the pool's workers are terminated, the unfinished
set is removed; the CLI prints one line and exits 128 + the signal number (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import signal
import threading
import time
import uuid
from pathlib import Path

SETS_DIR = ".runs"
CURRENT = "current"
SET_FILE = "SET.json"
LOCK_FILE = ".lock"
KEEP_SETS = 2
TABLE_FILES = ("articles.parquet", "statements.parquet", "statements.csv", "statement_capabilities.parquet",
               "manifest.csv", "speakers.parquet")
EXIT_BUSY = 75  # EX_TEMPFAIL: try again later

_HELD_FDS: set[int] = set()  # lock descriptors of this process (closed in forked pool workers)


class OutputBusy(RuntimeError):
    """Another run holds the lock of the output folder."""

    exit_code = EXIT_BUSY


class Stopped(KeyboardInterrupt):
    """The run was stopped by a signal (SIGTERM, SIGINT, SIGHUP); a KeyboardInterrupt, so that no `except
    Exception` on the way swallows it and code that already handles Ctrl-C handles it too."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(signal.Signals(signum).name)

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


# ------------------------------------------------------------------------------------------------------ the lock
@contextlib.contextmanager
def lock(out: Path):
    """Hold the exclusive lock of output folder `out` (created if needed) for the duration of the block."""
    import fcntl

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            try:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
            except OSError:
                holder = "unknown"
            raise OutputBusy(f"another pledgewatch run ({holder}) is writing to {out}; wait for it to finish or "
                             "choose another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}".encode(), 0)
        _HELD_FDS.add(fd)
        yield path
    finally:
        _HELD_FDS.discard(fd)
        os.close(fd)  # closing the descriptor drops the lock


def worker_init() -> None:
    """Initializer of forked pool workers: drop the inherited lock descriptors (the lock must end with the run, not
    with its last orphaned worker), ignore SIGINT (Ctrl-C reaches the whole process group: the parent stops the
    workers itself), die on SIGTERM and SIGHUP unless the run started with them ignored (`nohup`), and on Linux ask
    the kernel to send SIGTERM when the parent dies (SIGKILL)."""
    for fd in list(_HELD_FDS):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD_FDS.clear()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a signal ignored at the run's start (nohup) was left ignored by stop_on_signals: its workers ignore it too
    for s in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(s) != signal.SIG_IGN:
            signal.signal(s, signal.SIG_DFL)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass


# ------------------------------------------------------------------------------------------------------ signals
@contextlib.contextmanager
def stop_on_signals(signals=(signal.SIGTERM, signal.SIGINT, signal.SIGHUP)):
    """Within the block, the signals raise Stopped in the main thread (elsewhere: no change). A signal that is
    ignored when the run starts (SIGHUP under nohup) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    main_pid = os.getpid()

    def handler(signum, frame):
        if os.getpid() != main_pid:  # a forked child that has not reset its handlers yet
            os._exit(128 + signum)
        raise Stopped(signum)

    old = {}
    for s in signals:
        try:
            if signal.getsignal(s) == signal.SIG_IGN:  # `nohup` (SIGHUP), a background job (SIGINT): keep ignoring
                continue
            old[s] = signal.signal(s, handler)
        except (ValueError, OSError):
            pass
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def stop_processes(procs, grace: float = 5.0) -> None:
    """SIGTERM every process of `procs` (multiprocessing.Process), then SIGKILL those still alive after `grace` s."""
    procs = [p for p in procs if p is not None]
    for p in procs:
        with contextlib.suppress(Exception):
            p.terminate()
    deadline = time.monotonic() + grace
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(max(0.0, deadline - time.monotonic()))
            if p.is_alive():
                p.kill()
                p.join(1.0)


# ------------------------------------------------------------------------------------------------------ the set
def _set_id() -> str:
    return f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def _symlink_replace(target: str, link: Path) -> None:
    """Make `link` a symbolic link to `target`, atomically (a temporary link renamed over it)."""
    tmp = link.parent / f".{link.name}.{uuid.uuid4().hex[:8]}.link"
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _is_set(d: Path) -> bool:
    return (d / SET_FILE).is_file()


def current_set(out: str | Path) -> Path | None:
    """The folder of the output set that `out` currently serves (resolve it once, then read every table from it);
    None when `out` holds no set (a folder written before output sets, or nothing)."""
    link = Path(out) / CURRENT
    if not link.is_symlink():
        return None
    target = Path(os.path.realpath(link))
    return target if target.is_dir() else None


def read_set_manifest(set_dir: Path) -> dict:
    return json.loads((Path(set_dir) / SET_FILE).read_text(encoding="utf-8"))


def cleanup(out: Path) -> list[Path]:
    """Remove what killed runs left in `out` (call it holding the lock); returns what was removed."""
    out = Path(out)
    removed: list[Path] = []
    cur = current_set(out)
    sets = out / SETS_DIR
    if sets.is_dir():
        for d in sets.iterdir():
            if d.is_dir() and not _is_set(d) and (cur is None or d.resolve() != cur):
                shutil.rmtree(d, ignore_errors=True)
                removed.append(d)
    for p in out.iterdir():
        name = p.name
        ours = (*TABLE_FILES, CURRENT)
        stale = (name.startswith(".run-") and p.is_dir() and not p.is_symlink()) \
            or (name.endswith((".tmp", ".link")) and any(name.startswith(f".{t}.") for t in ours))
        if stale:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    p.unlink()
            removed.append(p)
    return removed


def prune(out: Path, keep: int = KEEP_SETS) -> None:
    """Keep the current set and the newest others up to `keep` sets in all."""
    sets = Path(out) / SETS_DIR
    if not sets.is_dir():
        return
    cur = current_set(out)
    done = sorted((d for d in sets.iterdir() if d.is_dir() and _is_set(d)), key=lambda d: (d / SET_FILE).stat().st_mtime,
                  reverse=True)
    kept = 1 if cur is not None else 0
    for d in done:
        if cur is not None and d.resolve() == cur:
            continue
        if kept < keep:
            kept += 1
            continue
        shutil.rmtree(d, ignore_errors=True)


def _adopt_legacy(out: Path) -> None:
    """An output folder of the old layout (regular table files): move them under a set without any moment at which
    a reader of DIR/<table> could see a mix (see the module docstring)."""
    legacy = [t for t in TABLE_FILES if (out / t).is_file() and not (out / t).is_symlink()]
    if not legacy or current_set(out) is not None:
        return
    d = out / SETS_DIR / f"legacy-{_set_id()}"
    d.mkdir(parents=True)
    for t in legacy:
        try:
            os.link(out / t, d / t)
        except OSError:
            shutil.copy2(out / t, d / t)
    _write_set_file(d, {"id": d.name, "legacy": True, "tables": legacy})
    _switch(out, d)


def _write_set_file(d: Path, info: dict) -> None:
    from .io import write_text

    write_text(json.dumps(info, indent=1, sort_keys=True, default=str) + "\n", d / SET_FILE)


def _switch(out: Path, d: Path) -> None:
    _symlink_replace(os.path.join(SETS_DIR, d.name), out / CURRENT)
    for t in TABLE_FILES:
        link = out / t
        want = os.path.join(CURRENT, t)
        if link.is_symlink() and os.readlink(link) == want:
            continue
        _symlink_replace(want, link)


class OutputSet:
    """One run's output set: `begin()` (holding the lock) makes `.runs/<id>/`; tables are written into `path(name)`;
    `commit(info)` writes SET.json and switches `current`; `abort()` removes the unfinished set."""

    def __init__(self, out: str | Path):
        self.out = Path(out)
        self.id = _set_id()
        self.dir = self.out / SETS_DIR / self.id
        self.committed = False

    def begin(self) -> OutputSet:
        cleanup(self.out)
        _adopt_legacy(self.out)
        self.dir.mkdir(parents=True)
        return self

    @property
    def parts(self) -> Path:
        return self.dir / ".parts"

    def path(self, name: str) -> Path:
        return self.dir / name

    def commit(self, info: dict | None = None) -> None:
        shutil.rmtree(self.parts, ignore_errors=True)
        tables = sorted(p.name for p in self.dir.iterdir() if p.is_file())
        _write_set_file(self.dir, {"id": self.id, "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                   "tables": tables, **(info or {})})
        _switch(self.out, self.dir)
        self.committed = True
        prune(self.out)

    def abort(self) -> None:
        if not self.committed:
            shutil.rmtree(self.dir, ignore_errors=True)


__all__ = ["OutputSet", "OutputBusy", "Stopped", "lock", "stop_on_signals", "stop_processes", "worker_init",
           "current_set", "cleanup", "prune", "read_set_manifest", "TABLE_FILES", "EXIT_BUSY"]
