"""tools/corpus_audit.py (round 41): the seeded sampler of a corpus run's statements and the summariser of a judged
sample. Every row here is invented."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest

from pledgewatch.coding import words

TOOL = Path(__file__).resolve().parents[2] / "tools" / "corpus_audit.py"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("corpus_audit", TOOL)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _statements(n_articles: int = 6) -> pd.DataFrame:
    rows = []
    texts = [("pledge", True, ["weapons_general"], "Norway will send more rifles to Kyiv", "said"),
             ("appeal", True, [], "allies to deliver air defence faster", "urged"),
             ("other", False, [], "the summit would open on Monday", "said"),
             ("other", False, [], "partners must send more shells", "said"),
             ("assessment", True, ["financial"], "the loan is large", "said")]
    for a in range(n_articles):
        for k, (act, aid, caps, text, cue) in enumerate(texts):
            rows.append({"statement_id": f"s{a}-{k}", "article_id": f"a{a}", "text": text, "cue": cue,
                         "cue_lemma": cue.removesuffix("d"), "speech_act": act, "aid_related": aid,
                         "capabilities": caps, "is_repeat": False, "speaker_name": "Someone",
                         "speaker_country": "Norway", "speaker_is_official": True, "quote_type": "indirect",
                         "char_start": 0, "char_end": len(text)})
    return pd.DataFrame(rows)


def test_wilson_interval(audit):
    lo, hi = audit.wilson(45, 50)
    assert 0.78 < lo < 0.80 and 0.95 < hi < 0.97
    assert audit.wilson(0, 0) == (0.0, 1.0)
    assert audit.wilson(10, 10)[1] == pytest.approx(1.0)  # the shared interval (analysis.base.wilson)


def test_commitment_and_request_shapes(audit):
    assert audit.shape("partners must send more shells", "say", words)
    assert audit.shape("we will continue to support Kyiv", "say", words)
    assert audit.shape("allies to act", "urge", words)
    assert not audit.shape("the summit would open on Monday", "say", words)


def test_draw_is_seeded_capped_per_article_and_once_per_statement(audit):
    st = _statements()
    flags = audit.strata_of(st, words)
    sizes = {"pledge": 3, "appeal": 10, "aid": 10, "capability": 10, "miss": 10}
    one = audit.draw(st, flags, seed=7, per_article=1, sizes=sizes)
    assert one.equals(audit.draw(st, flags, seed=7, per_article=1, sizes=sizes))
    assert len(one[one["stratum"] == "pledge"]) == 3
    assert one.groupby(["stratum", "article_id"]).size().max() == 1
    assert one["statement_id"].is_unique
    assert set(one.loc[one["stratum"] == "miss", "text"]) == {"partners must send more shells"}
    aid = one[one["stratum"] == "aid"]
    assert aid["aid_related"].all() and len(aid) == 6  # one an article, among undrawn pledges and assessments


def test_sample_writes_context_and_empty_judgments(audit, tmp_path):
    run = tmp_path / "run"
    run.mkdir()
    st = _statements(2)
    st.to_parquet(run / "statements.parquet")
    raw = tmp_path / "raw.jsonl"
    raw.write_text("\n".join(json.dumps({"id": f"a{a}", "text": "Before. " + " ".join(st["text"][:5])})
                             for a in range(2)), encoding="utf-8")
    got = audit.sample(run, raw, tmp_path / "s.csv", seed=1, per_article=2)
    assert "[[Norway will send more rifles to Kyiv]]" in got.loc[got["stratum"] == "pledge", "context"].iloc[0]
    assert set(audit.JUDGED) <= set(got.columns)
    assert (got["cls"] == "").all()


def test_summary_counts_precision_and_classes(audit):
    judged = pd.DataFrame([
        {"stratum": "pledge", "statement_id": "p1", "article_id": "a1", "speech_act": "pledge",
         "capabilities": "", "is_statement": "y", "speaker_ok": "y", "act_gold": "pledge", "aid_gold": "",
         "caps_gold": "", "cls": ""},
        {"stratum": "pledge", "statement_id": "p2", "article_id": "a2", "speech_act": "pledge",
         "capabilities": "", "is_statement": "y", "speaker_ok": "n", "act_gold": "other", "aid_gold": "",
         "caps_gold": "", "cls": "not ruling out"},
        {"stratum": "pledge", "statement_id": "p3", "article_id": "a3", "speech_act": "pledge",
         "capabilities": "", "is_statement": "n", "speaker_ok": "", "act_gold": "", "aid_gold": "",
         "caps_gold": "", "cls": "not a statement"},
        {"stratum": "capability", "statement_id": "c1", "article_id": "a1", "speech_act": "other",
         "capabilities": "tanks|drones", "is_statement": "y", "speaker_ok": "y", "act_gold": "",
         "aid_gold": "", "caps_gold": "drones|tanks", "cls": ""},
        {"stratum": "miss", "statement_id": "m1", "article_id": "a4", "speech_act": "other",
         "capabilities": "", "is_statement": "y", "speaker_ok": "y", "act_gold": "pledge", "aid_gold": "",
         "caps_gold": "", "cls": "missed pledge"},
    ])
    j = audit.judge_rows(judged)
    assert j["ok_act"].tolist()[:3] == [True, False, False]
    assert j.loc[3, "ok_caps"] and not j.loc[4, "ok_act"]
    text = audit.summary(judged)
    assert "| pledge | act | 1 / 3 | 0.33 |" in text
    assert "| pledge | speaker | 1 / 2 | 0.50 |" in text
    assert "| capability | caps | 1 / 1 | 1.00 |" in text
    assert "| miss | act | 0 / 1 | 0.00 |" in text
    assert "| pledge | not ruling out | 1 | 1 |" in text


def _clause(pred, tense="future", aux=("will",), subj=("we",), neg=False, hyp=False, q=False):
    return {"pred": list(pred), "v": True, "aux": list(aux), "tense": tense, "neg": neg, "hyp": hyp, "q": q,
            "pass": False, "imp": False, "subj": list(subj), "obj": ["more", "shells"], "ben": ["ukraine"],
            "heads": [], "hneg": False, "onlyc": ""}


def test_recall_shape_reads_the_clause_frames(audit):
    row = {"cue_lemma": "say", "quote_type": "indirect", "text": "invented"}
    assert audit.commitment_shape({"clauses": [_clause(["send"])]}, row)  # "we will send more shells"
    assert audit.commitment_shape({"clauses": [_clause(["want", "deliver"], tense="present", aux=())]}, row)
    assert audit.commitment_shape({"clauses": [_clause(["pledge"], tense="present", aux=())]}, row)
    assert not audit.commitment_shape({"clauses": [_clause(["send"], tense="past", aux=())]}, row)  # sent: done
    assert audit.commitment_shape({"clauses": [_clause(["send"], tense="present", aux=())]}, row)  # "we send"
    assert not audit.commitment_shape({"clauses": [_clause(["meet"])]}, row)  # "will meet": no giving
    assert not audit.commitment_shape(None, row)
    assert audit.commitment_shape(None, dict(row, cue_lemma="vow"))  # a commissive cue alone
    cue_x = {"cue": {"lemma": "vow", "to": [], "x": _clause(["send"], aux=("to",), tense="present")}, "clauses": []}
    assert audit.commitment_shape(cue_x, dict(row, cue_lemma="say"))  # the cue's xcomp, a commissive head


def test_recall_draw_leaves_pledges_out_and_caps_articles(audit):
    st = _statements(6)
    shaped = pd.Series(True, index=st.index)
    got = audit.recall_draw(st, shaped, seed=7, n=100, per_article=2)
    assert not got["speech_act"].eq("pledge").any()
    assert got.groupby("article_id").size().max() == 2 and len(got) == 12
    again = audit.recall_draw(st, shaped, seed=7, n=100, per_article=2)
    assert list(got["statement_id"]) == list(again["statement_id"])
    assert list(audit.recall_draw(st, shaped, seed=7, n=5)["statement_id"]) == list(got["statement_id"][:5])


def test_recall_summary_counts_misses_with_wilson(audit):
    df = pd.DataFrame({"statement_id": list("abcd"), "article_id": ["x", "x", "y", "z"],
                       "pledge": ["yes", "no", "borderline", ""], "construction": ["future give", "", "", ""]})
    text = audit.recall_summary(df)
    assert "strict: 1 / 3" in text and "lenient: 2 / 3" in text and "| future give | 1 | 1 |" in text
