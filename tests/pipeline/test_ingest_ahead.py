"""The record stream read ahead in a forked ingest process (pipeline.records.ingest_ahead): same records in the same
order, ingest's errors raised in the run, the process stopped when the run leaves the stream, and the ingest cache
it writes replayed by the next run in the run's own process."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from pledgewatch import config, pipeline
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


def test_ahead_is_off_for_one_worker_and_by_the_environment(monkeypatch):
    assert not records.ahead_enabled(1)
    assert records.ahead_enabled(2)
    monkeypatch.setenv("PLEDGEWATCH_INGEST_AHEAD", "0")
    assert not records.ahead_enabled(2)


@pytest.mark.slow
def test_the_ingest_cache_written_ahead_is_replayed_by_the_next_run(tmp_path, monkeypatch):
    calls = []
    real = records.ingest_ahead
    monkeypatch.setattr(records, "ingest_ahead", lambda stream: calls.append(1) or real(stream))
    first = pipeline.run(config.RAW, tmp_path / "out", progress=False, cache=tmp_path / "cache", n_process=2)
    assert not first.stats.get("ingest_cached") and calls == [1]  # the raw files read in the ingest process
    second = pipeline.run(config.RAW, tmp_path / "out", progress=False, cache=tmp_path / "cache", n_process=2)
    assert second.stats.get("ingest_cached") is True
    assert calls == [1]  # the replay from the ingest cache stays in the run's process
    assert second.statements.equals(first.statements) and len(first.articles) == 2
