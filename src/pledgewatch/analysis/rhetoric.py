"""Rhetoric over time: frame shares, the commitment-strength index and long-term commitment phrases."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import config, uncertainty
from .base import _missing_note, _share_table, _with_notes, as_list, missing
from .monthly import _full_months, _trend_phrase

# ---------------------------------------------------------------------------------------------------------- 05 rhetoric
FRAMES = ["resolve", "urgency", "threat", "victory"]


def frame_shares(df: pd.DataFrame, frames=FRAMES, *, freq: str = "QS", min_n: int = 20) -> pd.DataFrame:
    """Share of statements using each frame per period (quarters by default: months are too thin for four
    frames), with Wilson intervals; periods with fewer than min_n statements get no estimate.
    Long table: period, frame, n, k, share, lo, hi."""
    cols = ["period", "frame", "n", "k", "share", "lo", "hi"]
    if missing(df, "frames"):
        return _with_notes(pd.DataFrame(columns=cols), _missing_note(["frames"], "frame shares"))
    d = df.dropna(subset=["month"])
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated statements.")
    period = d["month"].dt.to_period(freq[0]).dt.to_timestamp()
    fr = d["frames"].map(as_list)
    rows = []
    for f in frames:
        t = _period_share(period, fr.map(lambda v, f=f: f in v), freq, min_n, d.get("article_id"))
        t.insert(1, "frame", f)
        rows.append(t)
    return pd.concat(rows, ignore_index=True)[cols]


def _period_share(period: pd.Series, hit: pd.Series, freq: str, min_n: int, cluster: pd.Series | None = None
                  ) -> pd.DataFrame:
    """Share per period with a 95% interval (article-cluster bootstrap when `cluster` holds article ids, Wilson
    otherwise), every period in the range present (n = 0 where the corpus has nothing, so lines break at gaps) and
    no estimate where n < min_n."""
    frame = pd.DataFrame({"period": period})
    if cluster is not None:
        frame["article_id"] = cluster.to_numpy()
    t = _share_table(frame, hit, ["period"]).set_index("period")
    full = pd.date_range(period.min(), period.max(), freq=freq)
    t = t.reindex(full)
    t.index.name = "period"
    t[["n", "k"]] = t[["n", "k"]].fillna(0).astype(int)
    t.loc[t["n"] < max(min_n, 1), ["share", "lo", "hi"]] = np.nan
    return t.reset_index()[["period", "n", "k", "share", "lo", "hi"]]


def commitment_index(df: pd.DataFrame, *, n_boot: int = 2000, min_n: int = 5, seed: int = 0) -> pd.DataFrame:
    """Monthly mean commitment_strength (in [-1, 1]) with a percentile bootstrap 95% interval (resampling articles
    when article ids are known, statements otherwise) and a t-interval. Months with fewer than min_n scored
    statements keep their n but get no estimate."""
    cols = ["month", "n", "mean", "lo", "hi", "t_lo", "t_hi", "sd"]
    if missing(df, "commitment_strength"):
        return _with_notes(pd.DataFrame(columns=cols), _missing_note(["commitment_strength"],
                                                                     "the commitment-strength index"))
    d = df.dropna(subset=["month"])
    d = d[pd.to_numeric(d["commitment_strength"], errors="coerce").notna()]
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated statement has a commitment score.")
    from scipy import stats

    rng = np.random.default_rng(seed)
    rows = []
    for month in _full_months(d["month"]):
        v = pd.to_numeric(d.loc[d["month"] == month, "commitment_strength"]).to_numpy(float)
        n = len(v)
        row = {"month": month, "n": n, "mean": np.nan, "lo": np.nan, "hi": np.nan, "t_lo": np.nan, "t_hi": np.nan,
               "sd": np.nan}
        if n >= min_n:
            boots = v[rng.integers(0, n, size=(n_boot, n))].mean(axis=1)
            sd = v.std(ddof=1)
            half = stats.t.ppf(0.975, n - 1) * sd / np.sqrt(n)
            row.update(mean=v.mean(), lo=np.percentile(boots, 2.5), hi=np.percentile(boots, 97.5),
                       t_lo=v.mean() - half, t_hi=v.mean() + half, sd=sd)
            if "article_id" in d.columns:  # statements of one article are not independent: resample articles
                m = d["month"] == month
                b = uncertainty.cluster_bootstrap(d.loc[m, "commitment_strength"].astype(float), d.loc[m, "article_id"],
                                                  n_boot=n_boot, seed=seed, binary=False).iloc[0]
                if b["lo"] == b["lo"]:
                    row.update(lo=b["lo"], hi=b["hi"])
        rows.append(row)
    t = pd.DataFrame(rows, columns=cols)
    if t["mean"].notna().sum() == 0:
        return _with_notes(t, f"Too little data: no month has {min_n} or more scored statements.")
    return t


def index_claim(df: pd.DataFrame) -> dict:
    """The trend test of commitment strength over time (`uncertainty.mean_trend_test`, article-clustered errors);
    `phrase` states a rise or fall only when p < 0.05."""
    d = df.dropna(subset=["month"]) if "commitment_strength" in df.columns else df.iloc[:0]
    if len(d):
        d = d[pd.to_numeric(d["commitment_strength"], errors="coerce").notna()]
    cluster = d["article_id"] if "article_id" in d.columns else pd.Series(range(len(d)), index=d.index).astype(str)
    tr = uncertainty.mean_trend_test(d["commitment_strength"] if len(d) else pd.Series(dtype=float),
                                     d["published"] if len(d) else pd.Series(dtype="datetime64[ns]"), cluster)
    mean = float(pd.to_numeric(d["commitment_strength"]).mean()) if len(d) else float("nan")
    phrase = _trend_phrase(tr, "Commitment strength", f"{tr['slope']:+.2f} a year",
                           f"Mean commitment strength {mean:+.2f}")
    return {"trend": tr, "mean": mean, "phrase": phrase, "test": tr["test"]}


def phrase_claim(df: pd.DataFrame, phrases: dict[str, str] | None = None) -> dict:
    """Per phrase family: statements matching (`counts`), the families with no match at all (`unmatched`: a shift
    the events table names cannot be seen through them), and the trend test of 'any of these' over time
    (logistic, article-clustered); `phrase` states a rise or fall only when p < 0.05."""
    phrases = phrases or COMMITMENT_PHRASES
    d = df.dropna(subset=["month"])
    low = d["text"].fillna("").str.lower() if len(d) else pd.Series(dtype=str)
    hits = {label: low.str.contains(pat, regex=True) for label, pat in phrases.items()}
    counts = {label: int(h.sum()) for label, h in hits.items()}
    any_hit = pd.concat(hits, axis=1).any(axis=1) if hits and len(d) else pd.Series(dtype=bool)
    cluster = d["article_id"] if "article_id" in d.columns else pd.Series(range(len(d)), index=d.index).astype(str)
    tr = uncertainty.trend_test(any_hit.astype(int), d["published"], cluster) if len(d) else \
        uncertainty.trend_test(pd.Series(dtype=int), pd.Series(dtype="datetime64[ns]"), pd.Series(dtype=str))
    k = int(any_hit.sum()) if len(any_hit) else 0
    phrase = _trend_phrase(tr, "Long-term commitment phrases", f"odds x{tr['odds_ratio_per_year']:.2f} a year",
                           f"{k} of {len(d)} statements use a long-term commitment phrase")
    return {"trend": tr, "counts": counts, "unmatched": [lab for lab, c in counts.items() if c == 0],
            "phrase": phrase, "test": tr["test"]}


# A transparent lexical indicator that needs no coding stage: long-term commitment phrases.
COMMITMENT_PHRASES = {r["word"]: r["value"] for r in config.word_list("commitment_phrase")}  # label: regex


def phrase_share(df: pd.DataFrame, phrases: dict[str, str] | None = None, *, freq: str = "QS", min_n: int = 20
                 ) -> pd.DataFrame:
    """Per period (quarter by default) and phrase family: share of statements whose text matches, Wilson 95%.
    Long table period, phrase, n, k, share, lo, hi; plus phrase 'any' for any of them."""
    phrases = phrases or COMMITMENT_PHRASES
    cols = ["period", "phrase", "n", "k", "share", "lo", "hi"]
    d = df.dropna(subset=["month"])
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated statements.")
    period = d["month"].dt.to_period(freq[0]).dt.to_timestamp()
    low = d["text"].fillna("").str.lower()
    rows = []
    hits_any = pd.Series(False, index=d.index)
    for label, pat in phrases.items():
        hit = low.str.contains(pat, regex=True)
        hits_any |= hit
        t = _period_share(period, hit, freq, min_n, d.get("article_id"))
        t.insert(1, "phrase", label)
        rows.append(t)
    t = _period_share(period, hits_any, freq, min_n, d.get("article_id"))
    t.insert(1, "phrase", "any of these")
    rows.append(t)
    return pd.concat(rows, ignore_index=True)[cols]
