"""The local engine cuts a chunk's work in units for the pool and grows its chunks from small ones: neither may change
what a chunk gives (same extracted rows, same coded frames, same capability table)."""

from __future__ import annotations

import pandas as pd
from pandas.testing import assert_frame_equal

from pledgewatch import config, ingest, pipeline
from pledgewatch.pipeline import local


def _articles():
    arts = [a for a, _ in ingest.iter_records(config.RAW) if a is not None]
    assert len(arts) >= 2
    return arts


def test_units_cover_the_chunk_in_order_and_code_rows_go_once():
    parse = [({"article_id": str(i)}, "w " * n) for i, n in enumerate([10, 3000, 2500, 10, 6000, 1])]
    to_code = [{"article_id": "x"}]
    units = pipeline.units_of(parse, to_code, unit_words=5000)
    assert [p for u, _ in units for p in u] == parse
    assert [len(t) for _, t in units] == [1] + [0] * (len(units) - 1)
    assert len(units) == 3  # 10+3000+2500 | 10+6000 | 1
    assert pipeline.units_of([], to_code) == [([], to_code)]


def test_chunks_ramp_up_then_keep_the_chunk_size():
    records = [({"article_id": str(i)}, {"source": str(i)}) for i in range(300)]
    manifest: list = []
    sizes = [len(c) for c in pipeline._chunks(iter(records), 100, manifest, ramp=True)]
    assert sizes == [16, 64, 100, 100, 20]
    assert len(manifest) == 300
    assert [len(c) for c in pipeline._chunks(iter(records), 100, [], ramp=False)] == [100, 100, 100]


def test_assembled_units_equal_the_whole_chunk():
    ctx = pipeline.make_context(use_cache=False, skip="none")
    arts = _articles()
    parse = [(a, a["text"]) for a in arts]
    ex_whole, coded_whole, caps_whole, st_whole = pipeline.work(parse, [], ctx)
    assert len(coded_whole) > 10 and len(caps_whole) > 0
    # one article per unit, and rows to code (already extracted) riding with the first unit
    first = pipeline.article_rows(arts[0], ex_whole[arts[0]["article_id"]])
    units = [pipeline.work_unit(p, t, ctx) for p, t in pipeline.units_of(parse[1:], first, unit_words=1)]
    assert len(units) == len(arts) - 1
    ex, coded, caps, st = pipeline.assemble(units)
    whole = pipeline.work(parse[1:], first, ctx)
    assert ex == whole[0]
    assert_frame_equal(coded, whole[1])
    assert_frame_equal(caps, whole[2])
    assert st["parsed"] == len(arts) - 1
    # and the whole chunk cut per article equals the chunk in one piece
    units = [pipeline.work_unit(p, t, ctx) for p, t in pipeline.units_of(parse, [], unit_words=1)]
    ex, coded, caps, _ = pipeline.assemble(units)
    assert ex == ex_whole
    assert_frame_equal(coded, coded_whole)
    assert_frame_equal(caps, caps_whole)
    assert isinstance(coded, pd.DataFrame) and list(coded.columns[-12:]) == list(coded_whole.columns[-12:])


def _loads_in_worker(ctx):
    from pledgewatch import nlp

    model = pipeline._load(ctx)
    return id(model), nlp._load_nlp.cache_info().misses


def test_pool_workers_use_the_model_loaded_before_the_fork():
    from pledgewatch import nlp

    ctx = pipeline.make_context(use_cache=False)
    pool = pipeline._pool(2, ctx)
    try:
        parent = id(pipeline._load(ctx)), nlp._load_nlp.cache_info().misses
        assert pool.submit(_loads_in_worker, ctx).result() == parent  # the same object, no new load
    finally:
        local._close_pool(pool, finished=True)


def test_this_process_stays_frozen_for_the_run_and_is_unfrozen_after_it():
    """`_pool` freezes the collector across the fork and leaves it frozen for the run (the main process's full
    collections then skip the model's objects); closing the pool unfreezes it, also after an error."""
    import gc

    ctx = pipeline.make_context(use_cache=False)
    for finished in (True, False):
        pool = pipeline._pool(2, ctx)
        assert pool.pledgewatch_frozen and gc.get_freeze_count() > 0
        assert pool.submit(int).result() == 0
        local._close_pool(pool, finished=finished)
        assert gc.get_freeze_count() == 0


def test_a_pool_run_stays_frozen_until_its_tables_are_written_and_ends_unfrozen(tmp_path, monkeypatch):
    """The collector `_pool` froze stays frozen through the run's tail (`_write_tables`: no full collection over the
    model's objects there) and is unfrozen when run() returns, also when writing the tables fails; closing the pool
    with keep_frozen leaves it frozen for the caller."""
    import gc

    import pytest

    seen = []
    real = pipeline._write_tables

    def spy(*a, **k):
        seen.append(gc.get_freeze_count())
        return real(*a, **k)

    monkeypatch.setattr(pipeline, "_write_tables", spy)
    pipeline.run(config.RAW, tmp_path / "out", progress=False, use_cache=False, chunk_size=1, n_process=2,
                 skip="none")
    assert seen and seen[0] > 0  # a pool was forked (two chunks of work), and the tail ran frozen
    assert gc.get_freeze_count() == 0

    def failing(*a, **k):
        seen.append(gc.get_freeze_count())
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(pipeline, "_write_tables", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        pipeline.run(config.RAW, tmp_path / "out2", progress=False, use_cache=False, chunk_size=1, n_process=2,
                     skip="none")
    assert seen[-1] > 0 and gc.get_freeze_count() == 0
    ctx = pipeline.make_context(use_cache=False)
    pool = pipeline._pool(2, ctx)
    local._close_pool(pool, finished=True, keep_frozen=True)
    assert gc.get_freeze_count() > 0
    gc.unfreeze()


def _coding_loaded_in_worker():
    from pledgewatch.coding import _match

    return _match.blank_nlp.cache_info().currsize


def test_warm_up_changes_no_row_and_the_workers_inherit_what_it_loaded():
    """units.warm runs an invented article through the stages before the fork (what they load on first use, loaded
    once for every worker): an article gives the same rows before and after it, and a worker finds coding's
    tokenizer already built."""
    from pledgewatch.coding import _match

    ctx = pipeline.make_context(use_cache=False, skip="none")
    art = _articles()[0]
    before = pipeline.work([(art, art["text"])], [], ctx)
    assert pipeline.units.warm(ctx) > 0
    after = pipeline.work([(art, art["text"])], [], ctx)
    assert before[0] == after[0]
    assert_frame_equal(before[1], after[1])
    assert_frame_equal(before[2], after[2])
    _match.blank_nlp.cache_clear()
    pool = pipeline._pool(2, ctx)
    try:
        assert pool.submit(_coding_loaded_in_worker).result() == 1  # loaded by _pool's warm-up, not by the worker
    finally:
        local._close_pool(pool, finished=True)
