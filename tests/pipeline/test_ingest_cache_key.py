"""The ingest cache never mixes two inputs: the raw folder's path and the dedupe mode are part of its key."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pledgewatch import config, pipeline


@pytest.fixture(autouse=True)
def _no_code_hash(monkeypatch):
    """Other stages' source may be edited while these tests run: key on versions and files only."""
    monkeypatch.setenv("PLEDGEWATCH_CACHE_CODE_HASH", "0")


def _copy(tmp_path, name, n=6):
    """A raw folder of the first n sample articles (with their sidecars) at tmp_path/name/raw."""
    raw = tmp_path / name / "raw"
    raw.mkdir(parents=True)
    stems = sorted({p.stem for p in config.RAW.iterdir() if p.suffix == ".txt"})[:n]
    for p in config.RAW.iterdir():
        if p.stem in stems:
            shutil.copy2(p, raw / p.name)
    return raw


def _run(raw, out, cache):
    return pipeline.run(raw, out, progress=False, n_process=1, cache=cache)


def test_a_warm_run_from_a_copy_at_another_path_reports_the_new_path(tmp_path):
    first, second = _copy(tmp_path, "first"), _copy(tmp_path, "second")
    cache = tmp_path / "cache"
    a = _run(first, tmp_path / "out_a", cache)
    b = _run(second, tmp_path / "out_b", cache)
    assert a.counts["articles"] > 0
    assert not b.stats.get("ingest_cached"), "the copy replayed the first folder's records"
    assert b.stats["parsed"] == 0 and b.stats["extract_hits"] == a.counts["articles"]  # later stages still hit
    for table in ("articles", "manifest"):
        old, new = getattr(a, table), getattr(b, table)
        assert old["source"].str.startswith(str(first)).all()
        assert new["source"].str.startswith(str(second)).all(), f"{table} mixes the first run's path"
        moved = old.assign(source=old["source"].str.replace(str(first), str(second), regex=False))
        pd.testing.assert_frame_equal(moved, new)
    for name in ("statements.parquet", "statements.csv", "statement_capabilities.parquet", "speakers.parquet"):
        assert (tmp_path / "out_a" / name).read_bytes() == (tmp_path / "out_b" / name).read_bytes(), name
    again = _run(second, tmp_path / "out_c", cache)  # the same path again: replayed, byte-identical
    assert again.stats.get("ingest_cached")
    for name in ("articles.parquet", "manifest.csv", "statements.csv"):
        assert (tmp_path / "out_b" / name).read_bytes() == (tmp_path / "out_c" / name).read_bytes(), name


def test_the_dedupe_mode_is_part_of_the_ingest_key(tmp_path, monkeypatch):
    raw = _copy(tmp_path, "in", n=2)
    shutil.copy2(next(raw.glob("*.txt")), raw / "zz_copy.txt")  # an exact copy: 'near' drops it, 'off' keeps it
    cache = tmp_path / "cache"
    monkeypatch.setenv("PLEDGEWATCH_DEDUPE", "near")
    near = _run(raw, tmp_path / "near", cache)
    monkeypatch.setenv("PLEDGEWATCH_DEDUPE", "off")
    off = _run(raw, tmp_path / "off", cache)
    assert not off.stats.get("ingest_cached")
    assert (near.manifest["status"] == "duplicate").sum() == 1
    assert (off.manifest["status"] == "duplicate").sum() == 0
    monkeypatch.delenv("PLEDGEWATCH_DEDUPE")  # the default, 'keep': the copy is processed and names its first copy
    keep = _run(raw, tmp_path / "keep", cache)
    assert not keep.stats.get("ingest_cached")
    assert (keep.manifest["status"] == "duplicate").sum() == 0 and keep.manifest["duplicate_of"].notna().sum() == 1
