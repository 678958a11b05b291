"""The readable halves' missed pledges, one row each, for a reason to be written by hand (round 42, #13 part two).

usage: .venv/bin/python tools/missed_why.py CODING_RUN_DIR DEV_RUN_DIR ACT.pkl OUT.csv
  CODING_RUN_DIR: a `pledgewatch run` on coding_dev's articles (measure.py's OUT/work/coding_dev);
  DEV_RUN_DIR: the same on ukraine_dev; ACT.pkl: the traces act_mechanisms.py caches beside its OUT.csv (OUT.pkl).
Sources, half A only (md5 of the article id even): the team's coded rows (team_labels), coding_dev's items, the
ukraine_team gold; and ukraine_dev's gold (read whole). A gold pledge is missed when no statement of ours matches it
(`not_extracted`) or the matched statement is coded otherwise; the trace columns come from act_mechanisms.
"""
import sys
from pathlib import Path

import gold_pairs
import pandas as pd

from pledgewatch.coding import team_labels
from pledgewatch.evaluation import gold_coding


def _row(src, art, gold_text, p, trace) -> dict:
    ours = p.get("speech_act", "") if p else "not_extracted"
    t = trace.get(p["statement_id"] if p else None, {})
    return {"source": src, "article_id": art, "ours": ours, "decided": t.get("decided", ""),
            "construction": t.get("construction", ""), "rows": t.get("rows", ""), "side": t.get("side", ""),
            "tense": t.get("tense", ""), "mods": t.get("mods", ""), "pred": t.get("pred", ""),
            "cue": (p or {}).get("cue", ""), "text": (p or {}).get("text", ""), "gold_text": gold_text}


def missed(run: Path, dev: Path, trace: dict) -> list[dict]:
    st = pd.read_parquet(run / "statements.parquet")
    st = st[st["article_id"].astype(str).map(lambda a: gold_pairs.in_half(a, "A"))]
    pred = [dict(r, article_id=str(r["article_id"])) for r in st.to_dict("records")]
    out = []
    coded = [c for c in team_labels.load() if gold_pairs.in_half(c["article_id"], "A")]
    m = team_labels.match(coded, pred)
    for i, c in enumerate(coded):
        if c["is_statement"] and c["speech_act"] == "pledge":
            p = pred[m[i]] if i in m else None
            if p is None or p["speech_act"] != "pledge":
                out.append(_row("team_coded", c["article_id"], "", p, trace))
    sc, S = gold_coding.load_coding_scorer(), gold_pairs.scorer()
    items = gold_pairs.coding_items("A")
    _, pairs = sc.score(items, pred)
    byid = {p["statement_id"]: p for p in pred}
    for it in items:
        if it["is_statement"] and it["speech_act"] == "pledge":
            p = byid.get(pairs.get(it["item_id"], {}).get("statement_id"))
            if p is None or p["speech_act"] != "pledge":
                out.append(_row("cd_items", it["article_id"], it["statement"][:300], p, trace))
    dpred = [dict(r, article_id=str(r["article_id"]))
             for r in pd.read_parquet(dev / "statements.parquet").to_dict("records")]
    dev_trace = {k[1]: v for k, v in trace.items() if isinstance(k, tuple)}  # ukraine_dev's rows, keyed by id
    for src, gold, pr, tr in (("team_gold", gold_pairs.team_rows(S, "A"), pred, trace),
                              ("ukraine_dev", gold_pairs.dev_rows("ukraine_dev", S), dpred, dev_trace)):
        matched = {id(g): p for g, p in gold_pairs.pairs(gold, pr, S)}
        for g in gold:
            if g.get("speech_act") == "pledge":
                p = matched.get(id(g))
                if p is None or p["speech_act"] != "pledge":
                    out.append(_row(src, g["article_id"], g.get("content", "")[:300], p, tr))
    return out


def main() -> int:
    run, dev, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[4])
    _, _, tr = pd.read_pickle(sys.argv[3])
    df = pd.DataFrame(missed(run, dev, tr))
    df.to_csv(out, index=False)
    print(df.groupby(["source", "ours"]).size().to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
