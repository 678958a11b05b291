"""The identity pass through the cache (pledgewatch.identity_memo): a warm re-run replays it, byte for byte."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from pledgewatch import config, identity_memo, pipeline
from pledgewatch.coding import identity_table


@pytest.fixture(autouse=True)
def _no_code_hash(monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_CACHE_CODE_HASH", "0")


def _run(tmp_path, name):
    return pipeline.run(config.RAW, tmp_path / name, progress=False, n_process=1, cache=tmp_path / "cache")


def _outputs(res):
    return {k: res.paths[k].read_bytes() for k in ("statements", "statements_csv", "speakers")}


def test_warm_run_replays_the_identity_pass_byte_for_byte(tmp_path, monkeypatch):
    first = _run(tmp_path, "a")
    assert first.counts["statements"] > 0
    assert (tmp_path / "cache" / identity_memo.STAGE).is_dir()

    def refuse(paths):
        raise AssertionError("the identity table was rebuilt on a warm run")

    monkeypatch.setattr(identity_table, "from_parts", refuse)
    second = _run(tmp_path, "b")
    assert _outputs(second) == _outputs(first)


class _Sink:
    """The part of pipeline.TableSink that apply_identity uses."""

    def __init__(self, parts):
        self.parts = parts

    def rewrite(self, transform):
        for p in self.parts:
            pq.write_table(transform(pq.read_table(p)), p)


def test_other_parts_miss_and_are_computed(tmp_path, monkeypatch):
    res = _run(tmp_path, "a")
    table = pq.read_table(res.paths["statements"])
    assert table.num_rows > 1
    ctx = pipeline.make_context(cache_dir=tmp_path / "cache")
    calls = []
    real = identity_table.from_parts
    monkeypatch.setattr(identity_table, "from_parts", lambda paths: calls.append(1) or real(paths))
    for n in (table.num_rows, table.num_rows - 1):  # the whole table, then one row fewer: another key
        part = tmp_path / f"part{n}.parquet"
        pq.write_table(table.slice(0, n), part)
        expected = real([part])
        got = identity_memo.apply_identity(_Sink([part]), ctx)
        assert got.equals(expected)
    assert len(calls) == 2
    # the same parts again: replayed, not computed
    pq.write_table(table.slice(0, table.num_rows - 1), tmp_path / "again.parquet")
    identity_memo.apply_identity(_Sink([tmp_path / "again.parquet"]), ctx)
    assert len(calls) == 2
