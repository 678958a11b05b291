"""Engine local: chunks of work in a process pool forked once per run after the model is loaded (`_pool`), at
most a window of chunks in flight (`_drive`), one chunk alone done in-process (`_Inline`)."""

from __future__ import annotations

import gc
import os
from collections import deque

from tqdm import tqdm  # text bars everywhere: tqdm.auto warns in a kernel without ipywidgets

from .. import runs
from .context import StageContext, _load
from .stages import _Chunk, _Stages
from .units import assemble, units_of, warm, work, work_unit


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
    workers are forked, and they use it instead of each loading its own; it also runs the stages once on an invented
    article (`units.warm`), so that what they load on first use is loaded once for all workers. Measured on
    ../shared/corpus/ukraine_news (2 workers, cold, 4-5 runs each on a shared machine): CPU of the run 69.7-74.8 -> 69.2-72.4 s, wall unchanged
    (37.9-40.5 vs 38.1-39.8 s), peak summed PSS 925-967 -> 812-869 MiB, peak summed RSS 1,091-1,133 -> 1,118-1,150
    MiB (RSS counts the shared model in every process)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # fork (as spaCy's own n_process does on Linux): no re-import of the caller's __main__, so scripts without a
    # `if __name__ == "__main__"` guard work too
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context(method), initializer=runs.worker_init)
    if ctx is not None and method == "fork":
        _load(ctx)
        warm(ctx)  # what the stages load on first use, loaded once here for every worker (units.warm)
        # frozen, the model's objects are never scanned by a worker's collector, which would write to (and so
        # copy) the pages they share with this process: without it the PSS saving above is lost (953 MiB, one run)
        gc.collect()
        gc.freeze()
        try:
            pool.submit(int).result()  # (a fork pool starts all its workers at the first task)
        except BaseException:
            gc.unfreeze()
            raise
        # this process stays frozen until the run ends (pipeline.run unfreezes after writing the tables; on an
        # error, `_close_pool`): its own full collections during the run, its tail included, then skip the model's
        # objects too (~0.3 s CPU of a cold corpus run's main process, and ~0.1 s in the tail)
        pool.pledgewatch_frozen = True
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
    to parse: by this process, before the pool is forked (`_pool`), and the workers use that copy.

    Returns True when the run finished with this process's collector still frozen by `_pool` (the caller unfreezes
    it after writing the tables: a full collection over the model's objects, ~0.1 s with the second core idle, is
    then not run in the run's tail); on an error the pool's closing unfreezes it at once."""
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
            _close_pool(state["pool"], finished, keep_frozen=finished)
    return finished and getattr(state["pool"], "pledgewatch_frozen", False)


def _close_pool(pool, finished: bool, keep_frozen: bool = False) -> None:
    """Shut the pool down at the end of a run (`finished`) or stop it now (an error or a signal: do not wait for the
    units in progress); then unfreeze this process's collector where `_pool` froze it, unless `keep_frozen` (a
    finished run: `_local_engine` returns True and the caller unfreezes after its tail, see pipeline.run)."""
    if finished:
        pool.shutdown(cancel_futures=True)
    else:
        _stop_pool(pool)
    if getattr(pool, "pledgewatch_frozen", False) and not keep_frozen:
        gc.unfreeze()


def _stop_pool(pool) -> None:
    """Stop a process pool now: cancel what waits, terminate the workers (SIGTERM, then SIGKILL after 5 s)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    runs.stop_processes(procs)
