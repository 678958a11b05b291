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
        the point figure (score.py's, rounded as it rounds) and the 2.5% and 97.5% percentiles of the bootstrap.
    paired_delta(old, new, n_boot=2000, seed=0) -> list[dict]: two runs' counts on one gold set: old, new, delta
        and the delta's 95% paired-bootstrap interval per metric (tools/compare_runs.py prints it).
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


KEYS = ("gold", "pred", "tp03", "tp08", "spk_n", "spk_ok")
METRICS = ("f1_03", "f1_08", "speaker")


def _f1(tp: np.ndarray, npred: np.ndarray, ngold: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(npred > 0, tp / npred, 0.0)
        r = np.where(ngold > 0, tp / ngold, 0.0)
        return np.where(p + r > 0, 2 * p * r / (p + r), 0.0)


def _metric(metric: str, s: dict) -> np.ndarray:
    """F1@0.3, F1@0.8 or speaker accuracy of summed counts `s` (arrays: one value per bootstrap draw)."""
    if metric == "f1_03":
        return _f1(s["tp03"], s["pred"], s["gold"])
    if metric == "f1_08":
        return _f1(s["tp08"], s["pred"], s["gold"])
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(s["spk_n"] > 0, s["spk_ok"] / s["spk_n"], np.nan)


def _point_and_draws(counts: pd.DataFrame, idx) -> dict:
    """{metric: (point, draws or None)}: the figure of all articles, and of each resample `idx` (None: no draws)."""
    c = {k: counts[k].to_numpy(float) for k in KEYS}
    whole = {k: v.sum(keepdims=True) for k, v in c.items()}
    drawn = {k: v[idx].sum(axis=1) for k, v in c.items()} if idx is not None else None
    return {m: (float(_metric(m, whole)[0]), None if drawn is None else _metric(m, drawn)) for m in METRICS}


def _draws(m: int, n_boot: int, seed: int):
    return np.random.default_rng(seed).integers(0, m, size=(n_boot, m)) if m >= 2 else None


def _r(v: float) -> float:
    return round(float(v), 3) if v == v else np.nan


def interval_rows(name: str, counts: pd.DataFrame, n_boot: int = N_BOOT, seed: int = 0) -> list[dict]:
    """The set's F1@0.3, F1@0.8 and speaker accuracy with 95% article-bootstrap percentile intervals (no interval
    for fewer than two articles)."""
    figures = _point_and_draws(counts, _draws(len(counts), n_boot, seed))
    n = {"f1_03": int(counts["gold"].sum()), "f1_08": int(counts["gold"].sum()), "speaker": int(counts["spk_n"].sum())}
    out = []
    for metric, (value, draws) in figures.items():
        lo, hi = np.nanpercentile(draws, [2.5, 97.5]) if draws is not None else (np.nan, np.nan)
        out.append({"set": name, "articles": len(counts), "metric": metric, "value": _r(value), "lo": _r(lo),
                    "hi": _r(hi), "n": n[metric]})
    return out


def paired_delta(old: pd.DataFrame, new: pd.DataFrame, n_boot: int = N_BOOT, seed: int = 0) -> list[dict]:
    """new minus old (two runs' article_counts on the same gold) for F1@0.3, F1@0.8 and speaker accuracy, with a
    95% interval from resampling the same articles for both runs (a paired bootstrap): a change whose interval holds 0
    is not told apart from which articles happened to be drawn."""
    old = old.set_index("article_id")
    new = new.set_index("article_id").reindex(old.index).fillna(0)
    idx = _draws(len(old), n_boot, seed)
    a, b = _point_and_draws(old, idx), _point_and_draws(new, idx)
    out = []
    for metric in METRICS:
        delta = b[metric][1] - a[metric][1] if idx is not None else None
        lo, hi = np.nanpercentile(delta, [2.5, 97.5]) if delta is not None else (np.nan, np.nan)
        out.append({"metric": metric, "old": _r(a[metric][0]), "new": _r(b[metric][0]),
                    "delta": _r(b[metric][0] - a[metric][0]), "lo": _r(lo), "hi": _r(hi), "articles": len(old)})
    return out
