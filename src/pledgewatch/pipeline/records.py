"""The record stream of a run: ingest through its cache (`cached_records`) and cut in chunks (`_chunks`)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from .. import ingest
from ..cache import CODEC, files_hash, fingerprint, reference_files, source_hash
from ..rawinput import fingerprint as fingerprint_raw
from .context import StageContext

log = logging.getLogger("pledgewatch.cache")


# ------------------------------------------------------------------------------------------ engines
def _raw_fingerprint(raw) -> str:
    """Hash of every file ingest may read under `raw` (relative path + content; for a single file, its sidecar
    metadata files too): pledgewatch.rawinput.fingerprint, which the run memo's key shares."""
    return fingerprint_raw(raw)


INGEST_PART = 512  # records per stored part of the ingest cache


def cached_records(raw, mapping, ctx: StageContext, stats: dict, *, ahead: bool = False):
    """ingest.iter_records(raw, mapping), through the cache: the record stream of the same raw files, ingest code
    and ingest reference files is replayed from parquet shards (a warm run reads no raw file twice). The key holds
    everything the records depend on: besides the files' names and bytes, the path they are read from (every
    record's `source`, in articles and manifest, is that path) and the dedupe mode ($PLEDGEWATCH_DEDUPE), so a
    run from a copy of the folder at another path, or with another dedupe mode, never replays another input's
    records. With `ahead`, the raw files are read (and the ingest cache written) in an ingest process
    (`ingest_ahead`); a replay from the cache stays in this process."""
    if not ctx.cache_enabled or not Path(raw).exists():
        stream = ingest.iter_records(raw, mapping=mapping)
        yield from (ingest_ahead(stream) if ahead else stream)
        return
    key = fingerprint("ingest", CODEC, source_hash(ingest), files_hash(reference_files(ingest)), repr(mapping),
                      _raw_fingerprint(raw), os.fsencode(Path(raw)).hex(), ingest.dedupe_mode())
    store = ctx.cache().stage("ingest", key)
    done = store.get_many(["complete"]).get("complete")
    replayed = 0
    if isinstance(done, int):
        stats["ingest_cached"] = True
        for i in range(done):
            part = store.get_many([f"{i:08d}"]).get(f"{i:08d}")
            if not isinstance(part, list):  # missing or damaged (reported by the cache): read the raw files again
                log.warning("cache: ingest part %d of %d missing or damaged; raw input read again from record %d",
                            i, done, replayed)
                stats["ingest_cached"] = False
                break
            for rec in part:
                yield rec
                replayed += 1
        else:
            return
    stream = _read_and_store(raw, mapping, store, replayed)
    # forked only before anything was replayed: after a replay the run may already hold its pool (model loaded,
    # executor threads, the workers' pipes), which a late fork would copy
    yield from (ingest_ahead(stream) if ahead and replayed == 0 else stream)


def _read_and_store(raw, mapping, store, replayed: int):
    """The records of the raw files after the first `replayed`, the whole stream stored in the ingest cache's parts
    on the way (`complete` written last: an interrupted stream is never replayed)."""
    part, n = [], 0
    for j, rec in enumerate(ingest.iter_records(raw, mapping=mapping)):
        part.append(rec)
        if j >= replayed:  # ingest is deterministic: the records already replayed are not yielded twice
            yield rec
        if len(part) >= INGEST_PART:
            store.put_many({f"{n:08d}": part})
            part, n = [], n + 1
    if part:
        store.put_many({f"{n:08d}": part})
        n += 1
    store.put_many({"complete": n})


FIRST_CHUNK = 16  # the first chunks are small (16, 64, 256 ... up to chunk_size): work starts while ingest goes on


def _chunks(records, chunk_size, manifest, on_record=None, ramp: bool = False):
    """Group the articles of the record stream in chunks; manifest rows are collected on the way. With `ramp` the
    chunks grow from FIRST_CHUNK, x4 each time, to chunk_size (the same cut on every run of the same input; few
    chunks: each costs a schema validation and a part file per table)."""
    chunk = []
    size = min(chunk_size, FIRST_CHUNK) if ramp else chunk_size
    for art, row in records:
        manifest.append(row)
        if on_record:
            on_record()
        if art is not None:
            chunk.append(art)
            if len(chunk) >= size:
                yield chunk
                chunk = []
                size = min(chunk_size, 4 * size)
    if chunk:
        yield chunk


AHEAD_BATCH = 16  # records per message from the ingest process
AHEAD_MESSAGES = 128  # messages in flight at most: ingest runs up to ~2,048 records ahead of the run


def ahead_enabled(n_process) -> bool:
    """Whether a local run of n_process workers reads its records in an ingest process (`ingest_ahead`): only when
    $PLEDGEWATCH_INGEST_AHEAD is 1, with more than one worker, where processes are forked. Off by default since round
    33's quiet-machine bench: on, the ratio was 1.00 / 1.00 / 0.98 (cpu 1.02 / 1.02 / 1.01) against 1.05 (cpu 1.07)
    off and 1.06 (cpu 1.09) for round 32's code (docs/BENCHMARK.md): no gain shown. (multiprocessing is imported only
    when raw files are read: a warm run does not pay for it.)"""
    n = n_process if n_process and n_process > 0 else (os.cpu_count() or 1)
    return n > 1 and os.environ.get("PLEDGEWATCH_INGEST_AHEAD", "0") == "1" and hasattr(os, "fork")


def _exit_on_sigterm(signum, frame):
    raise SystemExit(128 + signum)  # every `finally` of the stream runs: atomic_write removes its .tmp


def _portable(e: BaseException, tb: str) -> BaseException:
    """The exception to send to the run: e itself when it comes back whole through pickle (the child's traceback
    as a note), else a RuntimeError naming it with that traceback as a note."""
    import pickle

    note = f"in the ingest process:\n{tb}"
    try:
        pickle.loads(pickle.dumps(e))
    except Exception:  # noqa: BLE001 (an exception that does not load again: its arguments differ from its args)
        e = RuntimeError(f"ingest failed: {type(e).__name__}: {e}")
    e.add_note(note)
    return e


def _ahead_main(records, reader, writer, sem) -> None:
    """The ingest process: the record stream in pickled batches through `writer`, then ("end", None), or ("error",
    the exception) after the records before it. Everything is pickled and sent from this thread (a record that does
    not pickle is an error of the stream, never a message lost); `sem` bounds the messages in flight."""
    import pickle
    import signal
    import traceback

    from .. import runs

    runs.worker_init()  # the lock's descriptors closed, it dies with its parent, SIGHUP/SIGTERM ignored if they were
    reader.close()  # (only the run reads: EOF there when this process ends, however it ends)
    if signal.getsignal(signal.SIGTERM) != signal.SIG_IGN:
        signal.signal(signal.SIGTERM, _exit_on_sigterm)

    def send(msg) -> None:
        data = pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL)
        sem.acquire()
        writer.send_bytes(data)

    batch = []
    try:
        for rec in records:
            batch.append(rec)
            if len(batch) >= AHEAD_BATCH:
                send(("records", batch))
                batch = []
        if batch:
            send(("records", batch))
        send(("end", None))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as e:  # noqa: BLE001 (raised again in the run's process, after the records before it)
        err = _portable(e, traceback.format_exc())
        for rec in batch:  # the records before the error, up to the first that does not pickle
            try:
                send(("records", [rec]))
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as e2:  # noqa: BLE001
                err = _portable(e2, traceback.format_exc())
                break
        send(("error", err))
    finally:
        writer.close()


def ingest_ahead(records):
    """The record stream (`cached_records`, not yet started) read in a forked process, its records yielded here in
    the same order. A cold run's first seconds are serial: this process loads the model and warms the stages
    (~1.8 s CPU) before forking the workers, with ingest (~2 s CPU) stopped meanwhile and the second core idle.
    Read ahead in its own process, ingest uses that core; the records come through a one-way pipe, at most
    AHEAD_MESSAGES batches of AHEAD_BATCH ahead (a semaphore). This process keeps no write end of the pipe, so the
    ingest process's end, however it ends (a crash, kill -9, OOM), is EOF here: a RuntimeError naming its exit
    code, never a wait. The ingest cache is written by that process as it would be here; an error in ingest is
    raised here; the process is stopped (SIGTERM, then SIGKILL after 5 s) when the stream is left early."""
    import gc
    import multiprocessing as mp
    import pickle
    import sys

    from .. import runs

    for stream in (sys.stdout, sys.stderr):  # (the child flushes its copy of what is buffered when it exits)
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    mpc = mp.get_context("fork")
    reader, writer = mpc.Pipe(duplex=False)
    sem = mpc.BoundedSemaphore(AHEAD_MESSAGES)
    proc = mpc.Process(target=_ahead_main, args=(records, reader, writer, sem), name="pledgewatch-ingest",
                       daemon=True)

    def ended() -> RuntimeError:
        proc.join(5.0)
        return RuntimeError(f"the ingest process ended without its records (exit code {proc.exitcode})")

    try:
        frozen = gc.get_freeze_count() > 0
        if not frozen:  # the child's collector then leaves the pages it shares with this process alone
            gc.freeze()
        try:
            proc.start()
        finally:
            if not frozen:
                gc.unfreeze()
        writer.close()
        while True:
            while not reader.poll(1.0):
                if not proc.is_alive() and not reader.poll(0):
                    raise ended()
            try:
                data = reader.recv_bytes()
            except (EOFError, OSError):  # ended between messages / in the middle of one
                raise ended() from None
            sem.release()
            kind, payload = pickle.loads(data)
            if kind == "records":
                yield from payload
            elif kind == "end":
                proc.join(5.0)
                return
            else:
                proc.join(5.0)  # (it ends after sending its error: not stopped while it exits)
                raise payload
    finally:
        writer.close()
        runs.stop_processes([proc])
        reader.close()
