"""The team's coding rows (data/training/coding_team.csv) are keyed by character offsets of the article text as the
ingest cleans it; `span_md5` (the first 8 hex digits of the md5 of the span's words) says which words each offset
pair meant. An ingest change that removes or changes text before a row moves its offsets, and make eval and make
train then silently lose the row (round 29: a video-caption rule moved 75 rows). This test fails on such a change:
run `python tools/reanchor_offsets.py OLD_RUN/articles.parquet NEW_RUN/articles.parquet data/training/coding_team.csv`.
Skipped where ../shared is absent."""

from __future__ import annotations

import hashlib

import pytest

from pledgewatch.coding import team_labels
from pledgewatch.evaluation.gold_match import eval_dir


def test_every_team_row_still_points_at_the_words_it_was_coded_on():
    articles = eval_dir() / "coding_dev" / "articles.jsonl"
    if not articles.is_file():
        pytest.skip("../shared/eval/coding_dev is absent: the offsets of data/training cannot be checked")
    from pledgewatch.ingest import ingest

    arts, _ = ingest(articles)
    text = dict(zip(arts["article_id"], arts["text"], strict=True))
    rows = team_labels.load()
    assert rows and all(r.get("span_md5") for r in rows)
    moved = [(r["article_id"], r["char_start"]) for r in rows
             if hashlib.md5(text[r["article_id"]][r["char_start"]:r["char_end"]].encode("utf-8")).hexdigest()[:8]
             != r["span_md5"]]
    assert not moved, f"{len(moved)} rows no longer point at their words (tools/reanchor_offsets.py): {moved[:5]}"
