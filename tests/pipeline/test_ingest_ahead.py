"""The record stream read ahead in a forked ingest process (pipeline.records.ingest_ahead): same records in the same
order, ingest's errors raised in the run, the process stopped when the run leaves the stream, and the ingest cache
it writes replayed by the next run in the run's own process."""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import threading
import time

import pytest

from pledgewatch import config, io, pipeline
from pledgewatch.pipeline import records

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="needs fork")


def _stream(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"bad record {i}")
        yield ({"article_id": f"a{i}", "text": "x" * i}, {"record": i})


def test_records_come_in_order():
    got = list(records.ingest_ahead(_stream(3 * records.AHEAD_BATCH + 5)))
    assert got == list(_stream(3 * records.AHEAD_BATCH + 5))
    assert not mp.active_children()


def test_an_error_in_ingest_is_raised_in_the_run_after_the_records_before_it():
    seen = []
    with pytest.raises(ValueError, match="bad record 40"):
        for rec in records.ingest_ahead(_stream(100, fail_at=40)):
            seen.append(rec)
    assert len(seen) == 40  # every record before the error, as without the ingest process
    assert not mp.active_children()


def test_leaving_the_stream_early_stops_the_ingest_process():
    gen = records.ingest_ahead(_stream(100_000))
    assert next(gen)[1] == {"record": 0}
    gen.close()
    assert not mp.active_children()


def test_ahead_is_off_by_default_and_for_one_worker(monkeypatch):
    monkeypatch.delenv("PLEDGEWATCH_INGEST_AHEAD", raising=False)
    assert not records.ahead_enabled(2)  # off unless asked for (round 33's bench showed no gain)
    monkeypatch.setenv("PLEDGEWATCH_INGEST_AHEAD", "1")
    assert records.ahead_enabled(2)
    assert not records.ahead_enabled(1)
    monkeypatch.setenv("PLEDGEWATCH_INGEST_AHEAD", "0")
    assert not records.ahead_enabled(2)


@pytest.mark.slow
def test_the_ingest_cache_written_ahead_is_replayed_by_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_INGEST_AHEAD", "1")
    calls = []
    real = records.ingest_ahead
    monkeypatch.setattr(records, "ingest_ahead", lambda stream: calls.append(1) or real(stream))
    first = pipeline.run(config.RAW, tmp_path / "out", progress=False, cache=tmp_path / "cache", n_process=2)
    assert not first.stats.get("ingest_cached") and calls == [1]  # the raw files read in the ingest process
    second = pipeline.run(config.RAW, tmp_path / "out", progress=False, cache=tmp_path / "cache", n_process=2)
    assert second.stats.get("ingest_cached") is True
    assert calls == [1]  # the replay from the ingest cache stays in the run's process
    assert second.statements.equals(first.statements) and len(first.articles) == 2


# ------------------------------------------------------------------------ the review of round 33 (h33-speedmend)
def _in_thread(fn, timeout=30.0):
    """fn() in a daemon thread; (finished, its exception or result): a hang is a failure, not a hung test."""
    out = {}

    def target():
        try:
            out["value"] = fn()
        except BaseException as e:  # noqa: BLE001
            out["error"] = e

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(timeout)
    return not t.is_alive(), out


def _kill_children():
    for p in mp.active_children():
        p.kill()


def _big(n, size=8_000):
    for i in range(n):
        yield ({"article_id": f"a{i}", "text": "x" * size}, {"record": i})


def test_the_ingest_process_killed_mid_message_is_an_error_not_a_hang():
    # a batch of 16 records of 8 KB is ~128 KB, twice a pipe's buffer: killed while the run does not read, the
    # ingest process dies with a message half written; the run must see it end instead of waiting for the rest
    gen = records.ingest_ahead(_big(10_000))
    assert next(gen)[1] == {"record": 0}
    time.sleep(1.0)  # the next messages written as far as the pipe takes them
    (child,) = mp.active_children()
    os.kill(child.pid, signal.SIGKILL)
    try:
        finished, out = _in_thread(lambda: sum(1 for _ in gen), timeout=30.0)
        assert finished, "the run waits forever for the rest of a message"
        assert isinstance(out.get("error"), RuntimeError)
        assert "exit code -9" in str(out["error"])
    finally:
        _kill_children()


class _Unpicklable:
    def __reduce__(self):
        raise TypeError("cannot pickle this record")


def _with_unpicklable(n, bad):
    for i in range(n):
        yield ({"article_id": f"a{i}", "text": _Unpicklable() if i == bad else "t"}, {"record": i})


def test_a_record_that_does_not_pickle_is_an_error_after_the_records_before_it():
    seen = []
    with pytest.raises(TypeError, match="cannot pickle this record"):
        for rec in records.ingest_ahead(_with_unpicklable(100, bad=37)):
            seen.append(rec[1]["record"])
    assert seen == list(range(37))  # nothing after it arrives, nothing before it is lost
    assert not mp.active_children()


class ReaderError(Exception):
    def __init__(self, path, why):
        super().__init__(f"{path}: {why}")  # args != (path, why): pickles, but does not load again


def _failing_reader(n):
    for i in range(n):
        if i == 20:
            raise ReaderError("some/file.json", "truncated")
        yield ({"article_id": f"a{i}", "text": "t"}, {"record": i})


def test_an_ingest_error_that_does_not_load_again_is_a_runtime_error_with_the_childs_traceback():
    with pytest.raises(RuntimeError, match="ReaderError: some/file.json: truncated") as excinfo:
        list(records.ingest_ahead(_failing_reader(100)))
    notes = "\n".join(getattr(excinfo.value, "__notes__", []))
    assert "in the ingest process" in notes and "_failing_reader" in notes  # where it was raised, in the child
    assert not mp.active_children()


def _signals_seen(n):
    for i in range(n):
        yield ({"hup": signal.getsignal(signal.SIGHUP) == signal.SIG_IGN,
                "term": signal.getsignal(signal.SIGTERM) == signal.SIG_IGN}, {"record": i})


def test_signals_ignored_at_the_start_stay_ignored_in_the_ingest_process():
    sigs = (signal.SIGHUP, signal.SIGTERM)
    old = {s: signal.getsignal(s) for s in sigs}  # (the tests themselves may run under nohup)
    try:
        for s in sigs:
            signal.signal(s, signal.SIG_IGN)  # as under `nohup`
        ignored = list(records.ingest_ahead(_signals_seen(3)))
        for s in sigs:
            signal.signal(s, signal.SIG_DFL)
        default = list(records.ingest_ahead(_signals_seen(3)))
    finally:
        for s, h in old.items():
            signal.signal(s, h)
    assert [art for art, _ in ignored] == [{"hup": True, "term": True}] * 3
    assert [art for art, _ in default] == [{"hup": False, "term": False}] * 3  # not ignored: not there either


def _worker_signals(conn):
    from pledgewatch import runs

    runs.worker_init()
    conn.send((signal.getsignal(signal.SIGHUP) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) == signal.SIG_IGN))
    conn.close()


def test_a_pool_worker_keeps_sighup_ignored_under_nohup():
    ctx = mp.get_context("fork")
    old = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    old_term = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        reader, writer = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_worker_signals, args=(writer,))
        p.start()
    finally:
        signal.signal(signal.SIGHUP, old)
        signal.signal(signal.SIGTERM, old_term)
    writer.close()
    assert reader.poll(30) and reader.recv() == (True, False)
    p.join(10)


def _ignores_sigterm(n):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    yield from _stream(n)


def test_an_ingest_process_that_ignores_sigterm_is_killed_when_the_run_leaves():
    gen = records.ingest_ahead(_ignores_sigterm(10_000_000))
    assert next(gen)[1] == {"record": 0}
    try:
        finished, out = _in_thread(gen.close, timeout=30.0)
        assert finished and "error" not in out, "leaving the stream waits forever for the ingest process"
        assert not mp.active_children()
    finally:
        _kill_children()


def _writes_slowly(folder, n):
    yield from _stream(n)

    def write(tmp):
        with open(tmp, "w") as f:
            f.write("part")
        time.sleep(120)

    io.atomic_write(folder / "part.parquet", write)


def test_a_stopped_ingest_process_leaves_no_tmp_file(tmp_path):
    gen = records.ingest_ahead(_writes_slowly(tmp_path, records.AHEAD_BATCH))
    assert next(gen)[1] == {"record": 0}
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob("*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(tmp_path.glob("*.tmp"))  # the ingest process is inside atomic_write
    gen.close()  # SIGTERM: SystemExit there, so the write's `finally` runs
    assert not mp.active_children()
    assert not list(tmp_path.glob("*.tmp"))


def _freeze_count(n):
    for i in range(n):
        yield ({"frozen": gc.get_freeze_count()}, {"record": i})


def test_the_ingest_process_is_forked_frozen_and_this_process_left_as_it_was():
    assert gc.get_freeze_count() == 0
    got = list(records.ingest_ahead(_freeze_count(2)))
    assert all(art["frozen"] > 0 for art, _ in got)  # its collector leaves the pages shared with the run alone
    assert gc.get_freeze_count() == 0  # unfrozen here again
    gc.freeze()
    try:
        list(records.ingest_ahead(_freeze_count(2)))
        assert gc.get_freeze_count() > 0  # frozen by the pool before: still frozen
    finally:
        gc.unfreeze()


class _Store:
    """An ingest cache of 2 parts of one record each, the second damaged (or, with `recs` None, an empty cache)."""

    def __init__(self, recs):
        self.parts = {"complete": 2, "00000000": [recs[0]], "00000001": None} if recs else {}

    def get_many(self, keys):
        return {k: self.parts.get(k) for k in keys}

    def put_many(self, items):
        pass


class _Ctx:
    cache_enabled = True

    def __init__(self, store):
        self.store = store

    def cache(self):
        return self

    def stage(self, name, key):
        return self.store


def test_no_ingest_process_is_forked_after_records_were_replayed(monkeypatch, tmp_path):
    recs = list(_stream(3))
    monkeypatch.setattr(records.ingest, "iter_records", lambda raw, mapping=None: iter(recs))
    monkeypatch.setattr(records, "_raw_fingerprint", lambda raw: "raw")
    calls = []
    real = records.ingest_ahead
    monkeypatch.setattr(records, "ingest_ahead", lambda stream: calls.append(1) or real(stream))
    got = list(records.cached_records(tmp_path, None, _Ctx(_Store(recs)), {}, ahead=True))
    assert got == recs
    assert calls == []  # the rest read here: after a replay the pool may exist already
    got = list(records.cached_records(tmp_path, None, _Ctx(_Store(None)), {}, ahead=True))
    assert got == recs and calls == [1]  # nothing replayed: read ahead


def test_a_failed_run_stops_its_ingest_process_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "cached_records", lambda *a, **k: records.ingest_ahead(_stream(10_000_000)))

    def failing_engine(chunks, *args, **kwargs):
        next(chunks)
        raise ValueError("the engine failed")

    monkeypatch.setattr(pipeline, "_local_engine", failing_engine)
    try:
        with pytest.raises(ValueError, match="the engine failed") as excinfo:
            pipeline.run(config.RAW, tmp_path / "out", progress=False, use_cache=False, n_process=2)
        assert excinfo.value.__traceback__ is not None  # (the traceback, and so run's frame, still referenced)
        assert not mp.active_children()
    finally:
        _kill_children()
