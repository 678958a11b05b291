"""Engine dask: the same `work` sent to a dask.distributed cluster (a LocalCluster or --scheduler), with a check
that the scheduler answers (`check_scheduler`) and a watch that stops a run left without workers (`_Watched`)."""

from __future__ import annotations

import os
import time

from .context import StageContext
from .local import _drive
from .stages import _Chunk, _Stages
from .units import work

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
