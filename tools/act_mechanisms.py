"""Which part of the speech-act decision produced each pledge/appeal disagreement on the readable halves (round 39's
act table; analysis only, no change to the package).

usage: .venv/bin/python tools/act_mechanisms.py CODING_RUN_DIR DEV_RUN_DIR OUT.csv
  CODING_RUN_DIR: a `pledgewatch run` on coding_dev's articles (measure.py's OUT/work/coding_dev);
  DEV_RUN_DIR: the same on ukraine_dev (OUT/work/ukraine_dev).
Only half A's articles (md5 of the article id even) of the coding_dev run are re-coded (with their clause frames,
coding.train_rows.with_frames) and compared: half B's rows are never traced, written or printed. Per statement the
trace keeps the rules' act (speech_acts.classify), the composition construction and the phrase rows that fired, the
residual model's and the act model's changes, the side and the main clause's modality, subject, predicate, object
and beneficiary. Labels: coding_dev's items (score_coding.py's matching), ukraine_team's gold (score.py's matching,
with its draw) and ukraine_dev's gold. OUT.csv lists every disagreement where gold or ours is pledge or appeal.
"""
import json
import sys
import tempfile
from pathlib import Path

import gold_pairs
import pandas as pd

from pledgewatch import coding  # noqa: E402
from pledgewatch.coding import model as act_model  # noqa: E402
from pledgewatch.coding import residual_model, speech_acts  # noqa: E402
from pledgewatch.coding._match import read_table  # noqa: E402
from pledgewatch.coding.train_rows import with_frames  # noqa: E402
from pledgewatch.evaluation import gold_coding, team_gold  # noqa: E402

ACTS = ("pledge", "appeal")


def rule_names() -> dict:
    return {speech_acts.rule_id(r): f"{r['act']}/{r['where']}:{r['pattern'].strip()[:40]}"
            for r in read_table("speech_acts.csv")}


def _clause(frame) -> dict:
    if not frame or not frame.get("clauses"):
        return {}
    c = frame["clauses"][0]
    mods = [k for k in ("neg", "hyp", "q", "pass", "imp") if c.get(k)]
    return {"tense": c.get("tense", ""), "mods": "|".join(mods), "subj": " ".join(c.get("subj") or []),
            "pred": "+".join(c.get("pred") or []), "obj": " ".join(c.get("obj") or [])[:60],
            "ben": " ".join(c.get("ben") or []), "ncl": len(frame["clauses"]),
            "cue_to": " ".join((frame.get("cue") or {}).get("to") or [])}


def _trace(res: dict, cur: dict, names: dict, row: dict) -> dict:
    """One statement's trace: the final act, the rules' act, which part decided it, the construction and the rows
    that fired, the side, the scores and the main clause (`_clause`); `cur` holds what the wrapped calls returned."""
    r = cur.get("rule", {})
    ev = r.get("evidence", [])
    rows = [names.get(e, e) for e in ev if e.startswith("r:")]
    cons = [e for e in ev if not e.startswith("r:")]
    ra, rb = cur.get("residual", ("", ""))
    ma, mb = cur.get("model", ("", ""))
    decided = ("model" if ma != mb else "residual" if ra != rb else
               "construction" if cons and r.get("speech_act") == res["speech_act"] else
               "rows" if rows else "default")
    return {"ours": res["speech_act"], "rules_act": r.get("speech_act", ""), "decided": decided,
            "construction": "|".join(cons), "rows": " || ".join(rows), "side": r.get("side", ""),
            "hyp": bool(r.get("hypothetical")), "cue": row.get("cue", ""),
            "scores": json.dumps({k: round(v, 2) for k, v in (r.get("scores") or {}).items() if v}),
            **_clause(row.get(coding.FRAME_KEY))}


def traced(stmts: pd.DataFrame) -> dict:
    """{statement_id: trace}: coding._code_one wrapped, its rules' classify, residual and model decisions recorded."""
    traces, names = {}, rule_names()
    orig_res, orig_model = residual_model.decide, act_model.decide
    R = speech_acts.rules()
    orig_cls = R.classify
    cur = {}

    def cls(*a, **k):
        res = orig_cls(*a, **k)
        cur["rule"] = res
        return res

    def res_decide(feats, act, *a, **k):
        out = orig_res(feats, act, *a, **k)
        cur["residual"] = (act, out)
        return out

    def model_decide(feats, act, aid, *a, **k):
        out = orig_model(feats, act, aid, *a, **k)
        cur["model"] = (act, out[0])
        return out

    def wrap(original):
        def wrapped(text, doc, offs, cue_doc, speaker_doc, row, use_model=True):
            cur.clear()
            res = original(text, doc, offs, cue_doc, speaker_doc, row, use_model)
            traces[row["statement_id"]] = _trace(res, cur, names, row)
            return res
        return wrapped

    residual_model.decide, act_model.decide, R.classify = res_decide, model_decide, cls
    try:
        gold_pairs.code_wrapped(stmts, wrap)
    finally:
        residual_model.decide, act_model.decide, R.classify = orig_res, orig_model, orig_cls
    return traces


def half_a_run(run: Path, tmp: Path) -> pd.DataFrame:
    """The run's half-A statements with their frames (only half A's articles are parsed again)."""
    arts = pd.read_parquet(run / "articles.parquet")
    arts = arts[arts["article_id"].map(lambda a: gold_pairs.in_half(a, "A"))]
    arts.to_parquet(tmp / "articles.parquet")
    st = pd.read_parquet(run / "statements.parquet")
    st = st[st["article_id"].map(lambda a: gold_pairs.in_half(a, "A"))]
    return with_frames(st, tmp)


def labels(pred: list[dict], draws: dict) -> list[tuple]:
    """(source, draw, article, statement_id, gold act, speaker, content) of half A's labelled statements."""
    sc, S = gold_coding.load_coding_scorer(), gold_pairs.scorer()
    items = gold_pairs.coding_items("A")
    _, pairs = sc.score(items, pred)
    out = [("items", "", it["article_id"], pairs[it["item_id"]]["statement_id"],
            it["speech_act"] if it["is_statement"] else "other", "", it["statement"][:200])
           for it in items if it["item_id"] in pairs]
    out += [("team", draws.get(g["article_id"], ""), g["article_id"], p["statement_id"], g.get("speech_act", ""),
             g.get("speaker", ""), g.get("content", "")[:200])
            for g, p in gold_pairs.pairs(gold_pairs.team_rows(S, "A"), pred, S)]
    return out


def dev_labels(run: Path) -> list[tuple]:
    S = gold_pairs.scorer()
    pred = pd.read_parquet(run / "statements.parquet").to_dict("records")
    return [("ukraine_dev", "", g["article_id"], p["statement_id"], g.get("speech_act", ""), g.get("speaker", ""),
             g.get("content", "")[:200]) for g, p in gold_pairs.pairs(gold_pairs.dev_rows("ukraine_dev", S), pred, S)]


def main() -> int:
    run, dev, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    draws = team_gold.batches()
    cache = out.with_suffix(".pkl")
    if cache.exists():  # the traces of an earlier call with the same OUT (delete it after a code change)
        st, dst, tr = pd.read_pickle(cache)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            st = half_a_run(run, Path(tmp))
        tr = traced(st)
        stored = dict(zip(st["statement_id"], st["speech_act"], strict=True))
        print("half A: calls that differ from the run's:", sum(t["ours"] != stored[s] for s, t in tr.items()))
        dst = with_frames(pd.read_parquet(dev / "statements.parquet"), dev)
        tr.update({("dev", s): t for s, t in traced(dst).items()})
        st, dst = (d.drop(columns=[coding.FRAME_KEY]) for d in (st, dst))
        pd.to_pickle((st, dst, tr), cache)
    lab = labels(st.to_dict("records"), draws)
    lab += [(a, b, c, ("dev", d), e, f, g) for a, b, c, d, e, f, g in dev_labels(dev)]
    text = dict(zip(st["statement_id"], st["text"], strict=True))
    text.update({("dev", s): x for s, x in zip(dst["statement_id"], dst["text"], strict=True)})
    spk = dict(zip(st["statement_id"], st["speaker_name"], strict=True))
    spk.update({("dev", s): x for s, x in zip(dst["statement_id"], dst["speaker_name"], strict=True)})
    every = []
    for src, draw, a, s, g, gspk, gtext in lab:
        t = tr.get(s)
        if t is not None:
            every.append({"source": src, "draw": draw, "article_id": a, "gold": g, **t, "speaker": spk[s],
                          "gold_speaker": gspk, "text": text[s], "gold_text": gtext})
    pd.DataFrame(every).to_csv(out.with_name(out.stem + "_all.csv"), index=False)  # every matched row, for queries
    wrong = [w for w in every if w["gold"] != w["ours"] and {w["gold"], w["ours"]} & set(ACTS)]
    pd.DataFrame(wrong).to_csv(out, index=False)
    for src in ("items", "team", "ukraine_dev"):
        for g in ACTS:
            n = [w for w in wrong if w["source"] == src]
            print(f"{src:11} gold {g:6} missed {sum(w['gold'] == g for w in n):3}   ours {g:6} wrong "
                  f"{sum(w['ours'] == g for w in n):3}")
    print(f"{len(wrong)} disagreements -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
