"""How sure a gold set's score is: score.py's figures with a 95% interval from resampling whole articles.

A gold set is a sample of articles, and its statements are not independent: one article's quotes share a reporter,
a speaker and a layout, and one odd article (a live blog, a page whose text runs together) moves F1 by itself. The
team's four blind draws of 18-30 articles scored 0.80 to 0.92 F1@0.3 with the same code: a change of 0.003 on one
set says nothing. `make eval` therefore writes, beside score.py's point figures, an article-cluster bootstrap
interval (Field & Welsh 2007; as `uncertainty.cluster_bootstrap` does for the charts' shares) for each set, each
half of ukraine_team and each of its draws (`batch` in data/gold/ukraine_team_articles.csv).

Per article the matching is score.py's own (`gold_match.match`, best coverage first, one to one, per article), so
the counts add up to score.py's figures exactly: F1@0.3 and F1@0.8 from (matched, predicted, gold) summed over the
articles drawn, speaker accuracy from the matched pairs whose gold speaker is known (score.py's `same_speaker`).
An article with gold statements and no prediction counts; predictions in an article without gold statements are not
counted, as in score.py.

CONTRACT:
    COLUMNS: the columns of reports/eval/intervals.csv.
    article_counts(gold, pred, scorer) -> DataFrame: one row per gold article (article_id, gold, pred, tp03, tp08,
        spk_n, spk_ok).
    interval_rows(name, counts, n_boot=2000, seed=0) -> list[dict]: rows of COLUMNS (metric f1_03, f1_08, speaker):
        the point figure (equal to score.py's, unrounded) and the 2.5% and 97.5% percentiles of the bootstrap.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .gold_match import match

COLUMNS = ["set", "articles", "metric", "value", "lo", "hi", "n"]
N_BOOT = 2000


def article_counts(gold: list[dict], pred: list[dict], scorer) -> pd.DataFrame:
    """Per gold article: gold and predicted statements, matched pairs at coverage 0.3 and 0.8, and the speaker pairs
    (gold speaker known) with how many of them score.py's `same_speaker` accepts."""
    ids = list(dict.fromkeys(str(g["article_id"]) for g in gold))
    rows = {a: {"article_id": a, "gold": 0, "pred": 0, "tp03": 0, "tp08": 0, "spk_n": 0, "spk_ok": 0} for a in ids}
    for g in gold:
        rows[str(g["article_id"])]["gold"] += 1
    pred = [p for p in pred if str(p["article_id"]) in rows]
    pred = [dict(p, article_id=str(p["article_id"])) for p in pred]
    for p in pred:
        rows[p["article_id"]]["pred"] += 1
    for th, key in ((0.3, "tp03"), (0.8, "tp08")):
        for i, j, _ in match(gold, pred, scorer, th):
            r = rows[str(gold[i]["article_id"])]
            r[key] += 1
            if th == 0.3 and gold[i].get("speaker") and gold[i]["speaker"] != "UNKNOWN":
                r["spk_n"] += 1
                p = pred[j]
                r["spk_ok"] += bool(scorer.same_speaker(gold[i]["speaker"],
                                                        p.get("speaker_name") or p.get("speaker") or ""))
    return pd.DataFrame(list(rows.values()), columns=["article_id", "gold", "pred", "tp03", "tp08", "spk_n", "spk_ok"])


def _f1(tp: np.ndarray, npred: np.ndarray, ngold: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(npred > 0, tp / npred, 0.0)
        r = np.where(ngold > 0, tp / ngold, 0.0)
        return np.where(p + r > 0, 2 * p * r / (p + r), 0.0)


def interval_rows(name: str, counts: pd.DataFrame, n_boot: int = N_BOOT, seed: int = 0) -> list[dict]:
    """The set's F1@0.3, F1@0.8 and speaker accuracy with 95% article-bootstrap percentile intervals (no interval
    for fewer than two articles)."""
    c = {k: counts[k].to_numpy(float) for k in ("gold", "pred", "tp03", "tp08", "spk_n", "spk_ok")}
    m = len(counts)
    idx = np.random.default_rng(seed).integers(0, m, size=(n_boot, m)) if m >= 2 else None

    def stat(f):
        point = float(f({k: v.sum(keepdims=True) for k, v in c.items()})[0])
        if idx is None:
            return point, np.nan, np.nan
        boot = f({k: v[idx].sum(axis=1) for k, v in c.items()})
        lo, hi = np.nanpercentile(boot, [2.5, 97.5])
        return point, float(lo), float(hi)

    def speaker(s):
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(s["spk_n"] > 0, s["spk_ok"] / s["spk_n"], np.nan)

    metrics = (("f1_03", lambda s: _f1(s["tp03"], s["pred"], s["gold"]), int(c["gold"].sum())),
               ("f1_08", lambda s: _f1(s["tp08"], s["pred"], s["gold"]), int(c["gold"].sum())),
               ("speaker", speaker, int(c["spk_n"].sum())))
    out = []
    for metric, f, n in metrics:
        value, lo, hi = stat(f)
        out.append({"set": name, "articles": m, "metric": metric, "value": round(value, 3),
                    "lo": round(lo, 3) if lo == lo else np.nan, "hi": round(hi, 3) if hi == hi else np.nan, "n": n})
    return out
