"""The dask engine writes the same tables as the local engine (LocalCluster; no timing)."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import config, pipeline

pytest.importorskip("distributed")


@pytest.fixture(autouse=True)
def _no_code_hash(monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_CACHE_CODE_HASH", "0")  # stages may be edited while the tests run


def _tables(out):
    return {name: pd.read_parquet(out / f"{name}.parquet")
            for name in ("articles", "statements", "statement_capabilities")}


def _assert_same(a, b):
    ta, tb = _tables(a), _tables(b)
    for name in ta:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)
    assert (a / "manifest.csv").read_text() == (b / "manifest.csv").read_text()


@pytest.fixture(scope="module")
def scheduler():
    """One LocalCluster (2 worker processes) for the module, reached through --scheduler's code path."""
    from distributed import Client, LocalCluster

    import pledgewatch.pipeline  # noqa: F401  (client and workers import the stages at about the same moment)

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            client.run(lambda: __import__("pledgewatch.pipeline"))
        yield cluster.scheduler_address


def _both(raw, tmp_path, name, scheduler):
    pipeline.run(raw, tmp_path / f"{name}-local", progress=False, use_cache=False, n_process=1, chunk_size=5)
    pipeline.run(raw, tmp_path / f"{name}-dask", progress=False, use_cache=False, engine="dask",
                 scheduler=scheduler, chunk_size=5)
    _assert_same(tmp_path / f"{name}-local", tmp_path / f"{name}-dask")
    assert len(pd.read_parquet(tmp_path / f"{name}-local" / "statements.parquet")) > 0


@pytest.mark.slow
def test_dask_equals_local_on_seeds(tmp_path, scheduler):
    _both(config.RAW, tmp_path, "seeds", scheduler)


@pytest.mark.slow
@pytest.mark.shared
def test_dask_equals_local_on_corpus_sample(tmp_path, scheduler, shared):
    from test_pipeline_stream import _sample

    _both(_sample(shared, tmp_path, n_jsonl=16, n_csv=8), tmp_path, "corpus", scheduler)
    # the sample holds a copy of an earlier record (GDELT line 5, kept under its own id): its statements are marked
    # as repeats of the first copy's by both engines alike
    arts = pd.read_parquet(tmp_path / "corpus-local" / "articles.parquet")
    copies = set(arts.loc[arts["duplicate_of"].notna(), "article_id"])
    st = pd.read_parquet(tmp_path / "corpus-local" / "statements.parquet")
    assert copies and st.loc[st["article_id"].isin(copies), "is_repeat"].sum() >= 5


@pytest.mark.slow
def test_dask_local_cluster_fills_the_client_cache(tmp_path):
    """No scheduler address: a LocalCluster is started; the cache stays with the client."""
    cache = tmp_path / "cache"
    r1 = pipeline.run(config.RAW, tmp_path / "a", progress=False, cache=cache, engine="dask", n_process=1)
    assert r1.stats["parsed"] == r1.counts["articles"]
    r2 = pipeline.run(config.RAW, tmp_path / "b", progress=False, cache=cache, engine="local", n_process=1)
    assert r2.stats["parsed"] == 0
    _assert_same(tmp_path / "a", tmp_path / "b")
