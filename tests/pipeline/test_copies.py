"""Copies of an earlier record under their own id (ingest dedupe mode 'keep', the default) go through extraction;
their statements that repeat the first copy's are marked (is_repeat, repeat_of); the local engine with and without
the cache, chunk by chunk, gives the same tables; mode 'near' sets the copies aside as before."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pledgewatch import analysis, pipeline

pytestmark = pytest.mark.slow

_STORY = (
    "Germany will send more air defence systems to Ukraine, Chancellor Olaf Scholz said on Tuesday. "
    "\"We will back Kyiv as long as it takes; we will not let up,\" Scholz told reporters in Berlin "
    "after a meeting with his cabinet.\n\n"
    "Ukraine's leader, Volodymyr Zelensky, thanked Berlin. \"These systems save lives every single night in our "
    "cities,\" Zelensky said in his evening address, adding that more were needed before the winter.\n\n"
    "The defence minister, Boris Pistorius, said the first systems would arrive within weeks. \"The deliveries are "
    "planned and the crews are already trained,\" Pistorius said. Officials in Kyiv said they expected further "
    "announcements from other allies in the coming days, as the talks on the next package of aid went on.")
_OTHER = (
    "Poland's prime minister said his country would train more Ukrainian soldiers this year. \"Our training "
    "grounds are open to Ukraine's brigades, and they will stay open,\" Donald Tusk said in Warsaw on Monday.\n\n"
    "NATO's chief, Jens Stoltenberg, welcomed the plan. \"Training is as important as weapons,\" "
    "Stoltenberg told a news conference, adding that allies would keep their promises to Kyiv this year.")


def _raw(tmp_path):
    """o1: the story; c1: the same story re-published by another outlet with a new last sentence (a near-duplicate);
    c2: an exact copy under a third id; u1: another story; o1 again: the same record read twice (set aside)."""
    recs = [{"id": "o1", "date": "2024-05-07", "title": "Germany to send air defence", "text": _STORY},
            {"id": "u1", "date": "2024-05-07", "title": "Poland to train soldiers", "text": _OTHER},
            {"id": "c1", "date": "2024-05-08", "title": "Germany to send air defence",
             "text": _STORY.replace("as the talks on the next package of aid went on.",
                                    "while the talks went on in Brussels.")},
            {"id": "c2", "date": "2024-05-09", "title": "Germany to send air defence", "text": _STORY},
            {"id": "o1", "date": "2024-05-07", "title": "Germany to send air defence", "text": _STORY}]
    raw = tmp_path / "raw"
    raw.mkdir(parents=True)
    (raw / "copies.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return raw


def _read(out):
    return {n: pd.read_parquet(out / f"{n}.parquet") for n in ("articles", "statements", "statement_capabilities")}


def test_copies_are_processed_and_their_statements_marked_as_repeats(tmp_path, monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_CACHE_CODE_HASH", "0")
    raw = _raw(tmp_path)
    r = pipeline.run(raw, tmp_path / "a", progress=False, use_cache=False, n_process=1)
    man = pd.read_csv(tmp_path / "a" / "manifest.csv")
    assert man["status"].tolist() == ["ok", "ok", "ok", "ok", "duplicate"]
    assert man["duplicate_of"].fillna("").tolist() == ["", "", "o1", "o1", "o1"]
    t = _read(tmp_path / "a")
    assert t["articles"].set_index("article_id")["duplicate_of"].fillna("").to_dict() == {
        "o1": "", "u1": "", "c1": "o1", "c2": "o1"}
    st = t["statements"]
    first = st[st["article_id"] == "o1"]
    assert len(first) >= 3 and not first["is_repeat"].any()
    assert not st.loc[st["article_id"] == "u1", "is_repeat"].any()
    for copy in ("c1", "c2"):
        rows = st[st["article_id"] == copy]
        assert len(rows) == len(first)
        changed = rows["text"].str.contains("Brussels")  # c1's re-written last sentence is a statement of its own
        assert int(changed.sum()) == (copy == "c1")
        assert rows.loc[~changed, "is_repeat"].all() and not rows.loc[changed, "is_repeat"].any(), copy
        assert set(rows.loc[~changed, "repeat_of"]) <= set(first["statement_id"])  # each names the first copy
        assert len(set(rows.loc[~changed, "repeat_of"])) == int((~changed).sum())
    assert r.counts["statements"] == len(st)
    # counted once: charts leave the repeats out, coverage counts the story once
    n_once = len(first) + int((st["article_id"] == "u1").sum()) + 1  # + c1's own sentence
    assert len(analysis.prepare(st, t["articles"], official_only=False)) == n_once
    cov = analysis.articles_per_month(t["articles"])
    assert int(cov["articles"].sum()) == 2 and any("counted once" in n for n in analysis.notes(cov))
    assert int(analysis.articles_per_month(t["articles"], include_copies=True)["articles"].sum()) == 4


def test_the_cache_and_chunks_give_the_same_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_CACHE_CODE_HASH", "0")
    raw = _raw(tmp_path)
    pipeline.run(raw, tmp_path / "ref", progress=False, use_cache=False, n_process=1)
    runs = {"cold": dict(cache=tmp_path / "cache"), "warm": dict(cache=tmp_path / "cache"),
            "chunk1": dict(use_cache=False, chunk_size=1)}
    ref = _read(tmp_path / "ref")
    for name, kw in runs.items():
        pipeline.run(raw, tmp_path / name, progress=False, n_process=1, **kw)
        for table, df in _read(tmp_path / name).items():
            pd.testing.assert_frame_equal(df, ref[table], obj=f"{name} {table}")
        assert (tmp_path / name / "manifest.csv").read_text() == (tmp_path / "ref" / "manifest.csv").read_text()


def test_mode_near_sets_the_copies_aside_as_before(tmp_path, monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_CACHE_CODE_HASH", "0")
    monkeypatch.setenv("PLEDGEWATCH_DEDUPE", "near")
    pipeline.run(_raw(tmp_path), tmp_path / "a", progress=False, use_cache=False, n_process=1)
    man = pd.read_csv(tmp_path / "a" / "manifest.csv")
    assert man["status"].tolist() == ["ok", "ok", "duplicate", "duplicate", "duplicate"]
    st = pd.read_parquet(tmp_path / "a" / "statements.parquet")
    assert set(st["article_id"]) == {"o1", "u1"} and not st["is_repeat"].any()
    # the run's identity table is the same with the copies kept: a copy is no second article about a person
    monkeypatch.setenv("PLEDGEWATCH_DEDUPE", "keep")
    pipeline.run(_raw(tmp_path / "k"), tmp_path / "keep", progress=False, use_cache=False, n_process=1)
    near, keep = (pd.read_parquet(tmp_path / d / "speakers.parquet") for d in ("a", "keep"))
    assert len(near) >= 3
    pd.testing.assert_frame_equal(near, keep)
    kept = pd.read_parquet(tmp_path / "keep" / "statements.parquet").set_index("statement_id")
    first = kept[kept["article_id"] == "o1"]
    for col in ("speaker_country", "speaker_is_official"):  # the copies' rows get the same identity
        assert (kept.loc[kept["repeat_of"].isin(first.index), col].to_numpy()
                == first.loc[kept.loc[kept["repeat_of"].isin(first.index), "repeat_of"], col].to_numpy()).all()
