"""Atomic writes: the previous table survives a failed write; CSV holds lists as ';'-joined text."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import io
from pledgewatch.io import atomic_write, write_csv, write_parquet


def test_failed_write_leaves_previous_table(tmp_path):
    path = tmp_path / "t.parquet"
    write_parquet(pd.DataFrame({"a": [1, 2]}), path)

    def boom(tmp):
        open(tmp, "w").write("half a table")
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        atomic_write(path, boom)
    assert pd.read_parquet(path)["a"].tolist() == [1, 2]
    assert [p.name for p in tmp_path.iterdir()] == ["t.parquet"]  # no temporary file left behind


def test_csv_lists_and_empty_datetimes(tmp_path):
    write_csv(pd.DataFrame({"d": pd.Series([], dtype="datetime64[ns]"), "caps": pd.Series([], dtype=object)}),
              tmp_path / "empty.csv")
    assert (tmp_path / "empty.csv").read_text().strip() == "d,caps"
    write_csv(pd.DataFrame({"caps": [["tanks", "artillery"], []]}), tmp_path / "caps.csv")
    assert pd.read_csv(tmp_path / "caps.csv")["caps"].fillna("").tolist() == ["tanks;artillery", ""]


def test_article_records_give_an_unknown_date_as_none(tmp_path):
    """articles.parquet read back as the run saw its records: an undated article's `published` is None, not NaT
    (a re-extraction from NaT resolved speakers differently from the run, round 39)."""
    df = pd.DataFrame({"article_id": ["a", "b"], "published": pd.to_datetime(["2022-03-01", None])})
    path = io.write_parquet(df, tmp_path / "articles.parquet")
    recs = io.article_records(path)
    assert recs[1]["published"] is None and recs[0]["published"] == pd.Timestamp("2022-03-01")
