"""Uncertainty that respects how the data were made: statements come in articles, so they are not independent draws.

Statements of one article share a reporter, a day and often a speaker (8 of one country's 13 pledges may come from a
single article), so a share computed over statements has more variance than the binomial formula (Wilson) assumes.
Everything here treats the article as the unit that was sampled:

- `cluster_bootstrap`: a share per group (month, source, country) with a 95% percentile interval from resampling
  whole articles with replacement within the group (Field & Welsh 2007, Biometrika 94(4); the "cluster bootstrap");
  the design effect (bootstrap variance / binomial variance) says how much clustering widens the interval.
- `trend_test`: a logistic regression of the 0/1 outcome on time (years) with article-clustered (sandwich)
  standard errors (statsmodels GLM Binomial, cov_type="cluster"); a rise or a fall is claimed only when the slope's
  two-sided p < 0.05.
- `peak_test`: each month against all other months (the same model with a month indicator); the highest month is
  a peak only when its Holm-adjusted p < 0.05 (choosing the highest of M months is M tests, not one).
- `holm`: Holm's step-down adjustment of a family of p-values (Holm 1979, Scand. J. Statist. 6(2)).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

Z95 = 1.959963984540054  # the 97.5% quantile of the standard normal: two-sided 95% intervals and |z| cut-offs

ALPHA = 0.05
# Cluster-robust standard errors need enough clusters: with fewer articles no test is run and no claim is made.
MIN_CLUSTERS = 10


# ---------------------------------------------------------------------------------------------------------- bootstrap
def _boot_ratio(k: np.ndarray, n: np.ndarray, n_boot: int, rng) -> np.ndarray:
    """Bootstrap ratios sum(k*) / sum(n*) of clusters drawn with replacement (n_boot draws)."""
    m = len(k)
    idx = rng.integers(0, m, size=(n_boot, m))
    nn = n[idx].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(nn > 0, k[idx].sum(axis=1) / nn, np.nan)


def cluster_bootstrap(hit: pd.Series, cluster: pd.Series, by: pd.Series | None = None, *, n_boot: int = 2000,
                      seed: int = 0, level: float = 0.95, binary: bool = True) -> pd.DataFrame:
    """Share of `hit` (0/1 per statement) per group of `by` (one group when None), with a cluster-bootstrap
    percentile interval resampling `cluster` (article ids) within each group.

    Returns one row per group: [by,] n (statements), k, n_clusters, share, lo, hi, se (bootstrap standard error),
    deff (design effect: bootstrap variance over the binomial variance p(1-p)/n; 1 = no clustering; NaN when the
    share is 0 or 1). A group with a single article gets no interval (lo = hi = NaN): one article is one draw.
    """
    rng = np.random.default_rng(seed)
    d = pd.DataFrame({"hit": pd.Series(hit).astype(float).to_numpy(), "cluster": pd.Series(cluster).astype(str).to_numpy(),
                      "by": "all" if by is None else pd.Series(by).to_numpy()})
    rows = []
    q = (1 - level) / 2
    for g, part in d.groupby("by", sort=True, dropna=True):
        per = part.groupby("cluster")["hit"].agg(["sum", "size"])
        k, n = per["sum"].to_numpy(float), per["size"].to_numpy(float)
        share = k.sum() / n.sum()
        row = {"group": g, "n": int(n.sum()), "k": int(k.sum()) if binary else float(k.sum()), "n_clusters": len(k), "share": share,
               "lo": np.nan, "hi": np.nan, "se": np.nan, "deff": np.nan}
        if len(k) >= 2 and (not binary or 0 < k.sum() < n.sum()):
            b = _boot_ratio(k, n, n_boot, rng)
            b = b[~np.isnan(b)]
            row.update(lo=float(np.quantile(b, q)), hi=float(np.quantile(b, 1 - q)), se=float(b.std(ddof=1)))
            binom = share * (1 - share) / n.sum()
            if binary and binom > 0:
                row["deff"] = row["se"] ** 2 / binom
        elif len(k) >= 2 and binary:  # 0 or all hits: every resample is 0 (or 1); a Wilson interval with one draw per article
            from .analysis import wilson

            lo, hi = wilson(len(k) * share, len(k))
            row.update(lo=float(lo), hi=float(hi))
        rows.append(row)
    out = pd.DataFrame(rows, columns=["group", "n", "k", "n_clusters", "share", "lo", "hi", "se", "deff"])
    if by is None:
        return out.drop(columns="group")
    name = getattr(by, "name", None) or "group"
    return out.rename(columns={"group": name})


# ---------------------------------------------------------------------------------------------------------- models
def _glm_cluster(y: np.ndarray, X: np.ndarray, groups: np.ndarray):
    import statsmodels.api as sm

    codes = pd.factorize(groups)[0]
    model = sm.GLM(y, X, family=sm.families.Binomial())
    return model.fit(cov_type="cluster", cov_kwds={"groups": codes})


def trend_test(hit: pd.Series, when: pd.Series, cluster: pd.Series, *, alpha: float = ALPHA) -> dict:
    """Logistic regression of `hit` (0/1) on time in years (from `when`, datetimes) with standard errors clustered
    by `cluster` (articles). Returns a dict:

        direction   'rise' | 'fall' (slope significant at alpha) | 'none' (not) | 'n/a' (cannot be fitted)
        slope, se, p, odds_ratio_per_year (exp(slope)), ci_lo, ci_hi (95% interval of the odds ratio per year),
        n, n_clusters, test (a sentence for a caption)

    'n/a' when fewer than MIN_CLUSTERS (10) articles, fewer than 2 distinct dates, or the outcome does not vary.
    """
    d = pd.DataFrame({"y": pd.Series(hit).astype(float).to_numpy(),
                      "t": pd.to_datetime(pd.Series(when)).to_numpy(),
                      "g": pd.Series(cluster).astype(str).to_numpy()}).dropna()
    out = {"direction": "n/a", "slope": np.nan, "se": np.nan, "p": np.nan, "odds_ratio_per_year": np.nan,
           "ci_lo": np.nan, "ci_hi": np.nan, "n": len(d), "n_clusters": int(d["g"].nunique()),
           "test": f"no trend test (needs {MIN_CLUSTERS} or more articles, two or more dates and both outcomes)"}
    if len(d) < 3 or d["g"].nunique() < MIN_CLUSTERS or d["t"].nunique() < 2 or d["y"].nunique() < 2:
        return out
    years = (d["t"] - d["t"].min()).dt.days.to_numpy(float) / 365.25
    X = np.column_stack([np.ones(len(d)), years - years.mean()])
    try:
        r = _glm_cluster(d["y"].to_numpy(), X, d["g"].to_numpy())
    except Exception:  # perfect separation and the like: no claim
        return out
    slope, se, p = float(r.params[1]), float(r.bse[1]), float(r.pvalues[1])
    if not np.isfinite(p):
        return out
    direction = "none" if p >= alpha else ("rise" if slope > 0 else "fall")
    out.update(direction=direction, slope=slope, se=se, p=p, odds_ratio_per_year=float(np.exp(slope)),
               ci_lo=float(np.exp(slope - 1.959963984540054 * se)), ci_hi=float(np.exp(slope + 1.959963984540054 * se)))
    out["test"] = (f"logistic regression of the share on time with article-clustered standard errors: odds x"
                   f"{out['odds_ratio_per_year']:.2f} a year (95% CI {out['ci_lo']:.2f}-{out['ci_hi']:.2f}), "
                   f"p = {p:.3f}, {out['n']:,} statements in {out['n_clusters']:,} articles")
    return out


def holm(pvalues) -> np.ndarray:
    """Holm step-down adjusted p-values (same order as given; NaN stays NaN)."""
    p = np.asarray(pvalues, dtype=float)
    out = np.full_like(p, np.nan)
    ok = ~np.isnan(p)
    q = p[ok]
    m = len(q)
    if not m:
        return out
    order = np.argsort(q)
    adj = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, (m - rank) * q[i])
        adj[i] = min(1.0, running)
    out[ok] = adj
    return out


def peak_test(hit: pd.Series, month: pd.Series, cluster: pd.Series, *, min_n: int = 20,
              alpha: float = ALPHA) -> dict:
    """Is the highest month a peak? Each month with at least min_n statements is compared with all other months
    (logistic regression with a month indicator, article-clustered errors); the p-values are Holm-adjusted over
    the months compared. Returns month, share, rest_share, p, p_holm, n_months, supported (the highest month is
    above the rest with p_holm < alpha), test (a sentence for a caption)."""
    d = pd.DataFrame({"y": pd.Series(hit).astype(float).to_numpy(), "m": pd.Series(month).to_numpy(),
                      "g": pd.Series(cluster).astype(str).to_numpy()}).dropna()
    out = {"month": None, "share": np.nan, "rest_share": np.nan, "p": np.nan, "p_holm": np.nan, "n_months": 0,
           "supported": False, "test": f"each month with >= {min_n} statements against all others (logistic "
                                       "regression, article-clustered errors), Holm-adjusted over months"}
    sizes = d.groupby("m").size()
    months = sizes[sizes >= min_n].index
    if len(months) < 2 or d["y"].nunique() < 2 or d["g"].nunique() < MIN_CLUSTERS:
        return out
    rows = []
    for m in months:
        x = (d["m"] == m).to_numpy(float)
        share, rest = d.loc[x == 1, "y"].mean(), d.loc[x == 0, "y"].mean()
        p = np.nan
        if 0 < d.loc[x == 1, "y"].sum() and d.loc[x == 1, "g"].nunique() >= 2:
            try:
                r = _glm_cluster(d["y"].to_numpy(), np.column_stack([np.ones(len(d)), x]), d["g"].to_numpy())
                p = float(r.pvalues[1])
            except Exception:
                p = np.nan
        rows.append((m, share, rest, p))
    t = pd.DataFrame(rows, columns=["month", "share", "rest", "p"])
    t["p_holm"] = holm(t["p"])
    top = t.loc[t["share"].idxmax()]
    out.update(month=top["month"], share=float(top["share"]), rest_share=float(top["rest"]), p=float(top["p"]),
               p_holm=float(top["p_holm"]), n_months=len(t))
    out["supported"] = bool(top["share"] > top["rest"] and np.isfinite(top["p_holm"]) and top["p_holm"] < alpha)
    out["test"] += f": highest month p = {top['p']:.3f}, Holm-adjusted p = {top['p_holm']:.3f} over {len(t)} months"
    return out


def mean_trend_test(value: pd.Series, when: pd.Series, cluster: pd.Series, *, alpha: float = ALPHA) -> dict:
    """Linear regression of a score (e.g. commitment strength in [-1, 1]) on time in years with article-clustered
    standard errors (statsmodels OLS, cov_type="cluster"). Returns direction ('rise' | 'fall' | 'none' | 'n/a'),
    slope (change per year), se, p, ci_lo, ci_hi, n, n_clusters, test (a sentence for a caption)."""
    import statsmodels.api as sm

    d = pd.DataFrame({"y": pd.to_numeric(pd.Series(value), errors="coerce").to_numpy(),
                      "t": pd.to_datetime(pd.Series(when)).to_numpy(),
                      "g": pd.Series(cluster).astype(str).to_numpy()}).dropna()
    out = {"direction": "n/a", "slope": np.nan, "se": np.nan, "p": np.nan, "ci_lo": np.nan, "ci_hi": np.nan,
           "n": len(d), "n_clusters": int(d["g"].nunique()),
           "test": f"no trend test (needs {MIN_CLUSTERS} or more articles, two or more dates and varying scores)"}
    if len(d) < 3 or d["g"].nunique() < MIN_CLUSTERS or d["t"].nunique() < 2 or d["y"].nunique() < 2:
        return out
    years = (d["t"] - d["t"].min()).dt.days.to_numpy(float) / 365.25
    X = np.column_stack([np.ones(len(d)), years - years.mean()])
    r = sm.OLS(d["y"].to_numpy(), X).fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(d["g"])[0]})
    slope, se, p = float(r.params[1]), float(r.bse[1]), float(r.pvalues[1])
    if not np.isfinite(p):
        return out
    out.update(direction="none" if p >= alpha else ("rise" if slope > 0 else "fall"), slope=slope, se=se, p=p,
               ci_lo=slope - 1.959963984540054 * se, ci_hi=slope + 1.959963984540054 * se)
    out["test"] = (f"linear regression on time with article-clustered standard errors: {slope:+.3f} a year "
                   f"(95% CI {out['ci_lo']:+.3f} to {out['ci_hi']:+.3f}), p = {p:.3f}, {out['n']:,} statements in "
                   f"{out['n_clusters']:,} articles")
    return out
