"""The streaming pipeline: chunked output equals a one-shot run, writes are atomic, skipping keeps offsets."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pledgewatch import coding, config, ingest, pipeline, repeats, runs, schema


@pytest.fixture(autouse=True)
def _no_code_hash(monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_CACHE_CODE_HASH", "0")  # stages may be edited while the tests run


def _one_shot(raw) -> pd.DataFrame:
    """The first pipeline's way: every article in memory, one extract, one coding call, one sort."""
    from pledgewatch import statements
    from pledgewatch.nlp import load_nlp

    records = list(ingest.iter_records(raw))
    arts = [a for a, _ in records if a is not None]
    docs = load_nlp().pipe([a["text"] for a in arts])
    st = pipeline.statements_frame(arts, {a["article_id"]: statements.extract(d, a) for a, d in zip(arts, docs, strict=True)})
    st = coding.code_statements(st) if len(st) else st.assign(speech_act=[], aid_related=[], capabilities=[])
    if len(st):  # repeats are marked in input order, as the pipeline does
        st = st.sort_values(["char_start", "char_end"], kind="stable")
        st = st.iloc[st["article_id"].map({a["article_id"]: i for i, a in enumerate(arts)}).argsort(kind="stable")]
        st = repeats.mark(st, repeats.overlaps_from_manifest([m for _, m in records]))
    st = pipeline._order(st).sort_values(["article_id", "char_start", "char_end"], kind="stable")
    return schema.validate("statements", st.reset_index(drop=True))


_CAP_KEY = ("statement_id", "capability")


def _read(path, key=("statement_id",)) -> pd.DataFrame:
    df = pd.read_parquet(path)
    return df.sort_values(list(key)).reset_index(drop=True) if len(df) else df


def _sample(shared, tmp_path, n_jsonl=12, n_csv=6):
    """A small mixed-format sample of ../shared/corpus/ukraine_news."""
    src = shared / "corpus" / "ukraine_news"
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = (src / "gdelt_articles.jsonl").read_text(encoding="utf-8").splitlines()
    (raw / "gdelt.jsonl").write_text("\n".join(lines[:n_jsonl]) + "\n", encoding="utf-8")
    g = pd.read_csv(src / "guardian_2022.csv").head(n_csv)
    g.to_csv(raw / "guardian.csv", index=False)
    return raw


@pytest.mark.slow
def test_chunked_equals_one_shot(tmp_path):
    ref = _one_shot(config.RAW)
    ref.to_parquet(tmp_path / "ref.parquet", index=False)
    caps = schema.validate("statement_capabilities", coding.capability_table(ref))
    caps.to_parquet(tmp_path / "caps.parquet", index=False)
    for cs in (1, 1000):
        r = pipeline.run(config.RAW, tmp_path / f"c{cs}", progress=False, use_cache=False, chunk_size=cs)
        pd.testing.assert_frame_equal(_read(tmp_path / f"c{cs}" / "statements.parquet"),
                                      _read(tmp_path / "ref.parquet"))
        pd.testing.assert_frame_equal(_read(tmp_path / f"c{cs}" / "statement_capabilities.parquet", _CAP_KEY),
                                      _read(tmp_path / "caps.parquet", _CAP_KEY))
        assert r.counts["statements"] == len(ref)
    a = pd.read_csv(tmp_path / "c1" / "statements.csv")
    b = pd.read_csv(tmp_path / "c1000" / "statements.csv")
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.slow
@pytest.mark.shared
def test_chunked_pool_equals_one_shot_on_corpus_sample(shared, tmp_path):
    raw = _sample(shared, tmp_path)
    _one_shot(raw).to_parquet(tmp_path / "ref.parquet", index=False)
    pipeline.run(raw, tmp_path / "pool", progress=False, use_cache=False, chunk_size=4, n_process=2)
    pd.testing.assert_frame_equal(_read(tmp_path / "pool" / "statements.parquet"), _read(tmp_path / "ref.parquet"))
    for name in ("articles.parquet", "statement_capabilities.parquet"):
        assert len(pd.read_parquet(tmp_path / "pool" / name)) >= 0


def test_failed_run_leaves_previous_tables(tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.run(config.RAW, out, progress=False, cache=tmp_path / "cache", n_process=1)
    def state():  # every name in out and .runs, and the content of every table a reader of out/<table> sees
        return ({p.name for p in out.iterdir()}, {p.name for p in (out / ".runs").iterdir()},
                {t: (out / t).read_bytes() for t in runs.TABLE_FILES})

    before = state()
    calls = {"n": 0}
    real = pipeline._Stages.complete

    def failing(self, c, result):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full (simulated)")
        return real(self, c, result)

    monkeypatch.setattr(pipeline._Stages, "complete", failing)
    with pytest.raises(RuntimeError, match="simulated"):
        pipeline.run(config.RAW, out, progress=False, use_cache=False, chunk_size=1, n_process=1)
    after = state()
    assert after == before, "a failed run changed or left files in the output folder"


def test_prefilter_keeps_offsets():
    pre = pipeline.Prefilter("paragraph", {"said", "say", "says", ":"})
    pre.context = 0
    text = "Title here\n\nNothing to see in this one.\n\nShe said it was fine.\n\nWeather: sunny.\n\nThe end"
    out = pre.prepare(text)
    assert len(out) == len(text)
    assert "Nothing" not in out and "The end" not in out
    assert out.index("She said") == text.index("She said") and "Weather: sunny." in out and out.startswith("Title")
    assert pre.prepare("No quote and no cue here.\n\nNor here.") is None
    assert pipeline.Prefilter("none", {"said"}).prepare("anything") == "anything"
    assert pre.may_hold("\u201cWe will,\u201d") and not pre.may_hold("Ukraine\u2019s army")


def test_cue_forms_read_from_reference():
    forms = pipeline.cue_forms()
    if forms is None:
        pytest.skip("no data/reference/cues.csv")
    assert {"said", "says", "told"} <= forms
    assert "for" not in forms and "to" not in forms  # particles of phrase cues alone are no cue


def test_run_result_summary(tmp_path):
    r = pipeline.run(config.RAW, tmp_path / "o", progress=False, cache=tmp_path / "cache")
    s = r.summary()
    assert "statements:" in s and str(tmp_path / "o") in s
    assert len(r.statements) == r.counts["statements"]
    assert json.dumps(r.stats)
