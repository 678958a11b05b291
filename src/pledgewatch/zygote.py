"""The model loaded for the pool workers while the run's main process imports, reads and ingests (`pledgewatch run`).

A cold run's serial start used to be one process: imports, the stage keys, ingest of the first records, the model's
load and warm-up (`units.warm`), then the workers forked from it, with the second core idle all along (2.2-2.7 CPU s
measured in round 36). From the command line (`cli._run`, engine local, more than one worker) `start` now launches
multiprocessing's fork server before the run imports the pipeline: the server imports the stages, loads the model
and warms it in its own process (this module, imported there as its preload: `_preload`), while the main process
imports, computes the stage keys and ingests; `local._pool` then forks the workers from the server (start method
"forkserver"), so they share its model as they shared the main process's before, and the main process never loads
the model. Where the run has nothing to parse (a warm run) the server is never used and ends with the process; its
start-up ran on the otherwise idle core.

Only the command line starts it (`cli.main()` without argv, as the console script calls it; `cli.main([...])`
from Python keeps the pool forked from the calling process, whose patches and `__main__` its workers then see). A worker started by multiprocessing's fork server would re-import the parent's
`__main__` file (as under "spawn"), which a script without an `if __name__ == "__main__"` guard does not survive:
the workers of `context()` are told no main module (`_Popen`), as forked workers never re-import it.
It is opt-in, PLEDGEWATCH_ZYGOTE=1 (off, the workers are forked from the main process after it has loaded the
model, as before). Round 37 (docs/BENCHMARK.md), on a machine loaded by other jobs (load 7-14 on 2 cores), 3
interleaved pairs on the benchmark's corpus: outputs byte-identical; the main process's CPU before its pool
2.6-3.3 -> 1.5-1.6 s, the server's 2.1-2.4 s beside it; but with no idle core to take the server, the serial start's
wall went up (4.0-7.5 -> 9.1-10.2 s), the tree's CPU by ~1-2 s (the server's second import of the stages) and a
warm run's by ~1.2 s (the server, started before the run knows there is nothing to parse, is stopped at its first
chunk). Expected on a quiet machine: the serial start ~0.3-0.5 s shorter; unmeasured.
"""

from __future__ import annotations

import io
import json
import os
import sys
from multiprocessing import context as mpc
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util

ENV = "PLEDGEWATCH_ZYGOTE_PRELOAD"  # the model's settings, handed to the fork server through its environment
_started: dict = {}  # this process's server: the settings it preloaded


def enabled() -> bool:
    """Opt-in (PLEDGEWATCH_ZYGOTE=1) until a quiet machine's `make bench` shows a gain: see the module docstring."""
    return os.environ.get("PLEDGEWATCH_ZYGOTE", "0") == "1"


def start(model: str | None, batch_size: int, quote_parts: str, nesting: str) -> bool:
    """Launch the fork server, which loads and warms `model` (returns at once; the server works in the background).
    False where the fork server is not available or the switch is off."""
    import multiprocessing as mp

    if not enabled() or _started or "forkserver" not in mp.get_all_start_methods():
        return False
    from .nlp import model_name

    spec = {"model": model_name(model), "batch_size": batch_size, "quote_parts": quote_parts, "nesting": nesting}
    mp.get_context("forkserver").set_forkserver_preload([__name__])
    os.environ[ENV] = json.dumps(spec)
    try:
        forkserver.ensure_running()
    finally:
        os.environ.pop(ENV, None)  # only the server sees it
    _started.update(spec)
    return True


def stop() -> None:
    """End this process's fork server (at the end of `pledgewatch run`: its pool has shut down), and reap it, so
    that its CPU and its workers' (which it reaped) count in this process's children, as forked workers' do (what
    `pledgewatch bench` reads). A server still loading (a run with nothing to parse) is stopped at once."""
    import contextlib
    import signal

    if not _started:
        return
    _started.clear()
    server = forkserver._forkserver
    pid = getattr(server, "_forkserver_pid", None)
    if pid is None:
        return
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGTERM)
    with contextlib.suppress(OSError):
        server._stop()  # closes the pipe that keeps it alive, waits for it, forgets it (a later start is new)


def serves(model: str) -> bool:
    """Did this process start a fork server that loaded `model` (the name in StageContext.model)?"""
    return bool(_started) and _started["model"] == model


def context():
    """The "forkserver" multiprocessing context whose processes do not re-import the parent's __main__."""
    return _Context()


class _Popen(popen_forkserver.Popen):
    def _launch(self, process_obj):  # popen_forkserver.Popen._launch (3.11), without the main module
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        mpc.set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            mpc.set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        _parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (_parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(mpc.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj):
        return _Popen(process_obj)


class _Context(mpc.ForkServerContext):
    Process = _Process


def _preload() -> None:
    """In the fork server: the stages imported, the model loaded (`pipeline.context._load`, the call a worker makes,
    so that its cache answers in every worker) and warmed, the collector frozen (the workers then never write to the
    pages they share with the server). A failure leaves the workers to load their own model."""
    import gc

    spec = json.loads(os.environ.pop(ENV))
    try:
        from .pipeline.context import StageContext, _load, _model_identity
        from .pipeline.units import warm

        name, _mid, disable = _model_identity(spec["model"])
        ctx = StageContext(name, "", disable, "", "", "", None, False, spec["batch_size"],
                           quote_parts=spec["quote_parts"], nesting=spec["nesting"])
        _load(ctx)
        warm(ctx)
    except Exception:  # noqa: BLE001 - the workers load the model themselves
        return
    gc.collect()
    gc.freeze()


if os.environ.get(ENV) and "multiprocessing.forkserver" in sys.modules and sys.argv[:1] == ["-c"]:
    _preload()
