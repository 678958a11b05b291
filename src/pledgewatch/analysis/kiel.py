"""The Kiel Ukraine Support Tracker beside the pledges: its monthly and per-country tables, lag correlations of the
monthly series, and the join of speaker_country to the tracker's country names (kiel_countries.csv)."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config, uncertainty
from .base import KIEL_DIR_NAME, _with_notes


# ---------------------------------------------------------------------------------------------------------- 06 Kiel
def kiel_dir(path: str | Path | None = None) -> Path:
    return Path(path) if path else config.SHARED / "reference" / KIEL_DIR_NAME


def load_kiel_monthly(path: str | Path | None = None) -> pd.DataFrame:
    """Kiel tracker monthly totals (EUR bn, all donors): month, total, military, financial, humanitarian.
    Reads total_allocations.csv, or sums data_explorer.csv over countries; empty frame with a note if absent."""
    d = kiel_dir(path)
    cols = ["month", "total", "military", "financial", "humanitarian"]
    f_tot, f_exp = d / "total_allocations.csv", d / "data_explorer.csv"
    if f_tot.is_file():
        k = pd.read_csv(f_tot).rename(columns={"total_allocations": "total"})
    elif f_exp.is_file():
        k = pd.read_csv(f_exp).groupby(["year", "month"], as_index=False)[
            ["total", "military", "financial", "humanitarian"]].sum()
    else:
        return _with_notes(pd.DataFrame(columns=cols), f"Kiel tracker data not found in {d}.")
    k["month"] = pd.to_datetime(dict(year=k["year"], month=k["month"], day=1))
    return k[cols].sort_values("month").reset_index(drop=True)


def load_kiel_by_country(path: str | Path | None = None) -> pd.DataFrame:
    """Kiel commitments by donor country and month (EUR bn): country, month, total, military, ..."""
    f = kiel_dir(path) / "data_explorer.csv"
    if not f.is_file():
        return _with_notes(pd.DataFrame(columns=["country", "month", "total", "military"]), f"{f} not found.")
    k = pd.read_csv(f)
    k["month"] = pd.to_datetime(dict(year=k["year"], month=k["month"], day=1))
    return k


def kiel_release(path: str | Path | None = None) -> str:
    f = kiel_dir(path) / "release_info.csv"
    if f.is_file():
        r = pd.read_csv(f)
        if len(r) and "label" in r.columns:
            return str(r["label"].iloc[0])
    return "Kiel Institute Ukraine Support Tracker"


def lag_correlations(pledges: pd.DataFrame, kiel: pd.DataFrame, *, x: str = "k", y: str = "total",
                     lags=range(-3, 4), min_n: int = 6) -> pd.DataFrame:
    """Correlation of the monthly pledge series (column x of monthly_share) with Kiel commitments (column y)
    at each lag L: pledges in month t against commitments in month t + L (L > 0: talk precedes money).
    Only months present in both series with statements in the corpus (n > 0) are used."""
    from scipy import stats

    cols = ["lag", "n_months", "pearson_r", "pearson_p", "spearman_rho", "spearman_p"]
    if pledges.empty or kiel.empty:
        return pd.DataFrame(columns=cols)
    if "n" in pledges.columns:  # months the corpus does not cover are gaps, not zero pledges
        pledges = pledges[pledges["n"] > 0]
    p = pledges.set_index("month")[x].astype(float)
    k = kiel.set_index("month")[y].astype(float)
    rows = []
    for lag in lags:
        shifted = k.copy()
        shifted.index = shifted.index - pd.DateOffset(months=lag)
        j = pd.concat([p.rename("x"), shifted.rename("y")], axis=1, join="inner").dropna()
        row = {"lag": lag, "n_months": len(j), "pearson_r": np.nan, "pearson_p": np.nan,
               "spearman_rho": np.nan, "spearman_p": np.nan}
        if len(j) >= min_n and j["x"].nunique() > 1 and j["y"].nunique() > 1:
            r = stats.pearsonr(j["x"], j["y"])
            s = stats.spearmanr(j["x"], j["y"])
            row.update(pearson_r=r.statistic, pearson_p=r.pvalue, spearman_rho=s.statistic, spearman_p=s.pvalue)
        rows.append(row)
    return pd.DataFrame(rows, columns=cols)


PRIMARY_LAG = {"lag": 0, "pledge_series": "share", "kiel_series": "total", "method": "spearman"}


def lag_table(pledges: pd.DataFrame, kiel: pd.DataFrame, *, lags=range(-3, 4), min_n: int = 6,
              primary: dict | None = None) -> pd.DataFrame:
    """Every lag correlation the notebook computes (pledge count k and share x Kiel total and military x lags),
    with Holm-adjusted p-values over the whole family (`spearman_p_holm`, `pearson_p_holm`) and the primary
    comparison named in advance (`primary`: PRIMARY_LAG, pledge share against total commitments in the same month,
    Spearman) flagged; everything else is exploratory."""
    primary = primary or PRIMARY_LAG
    parts = [lag_correlations(pledges, kiel, x=x, y=y, lags=lags, min_n=min_n).assign(pledge_series=x, kiel_series=y)
             for x in ("k", "share") for y in ("total", "military")]
    t = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if t.empty:
        return t
    t["spearman_p_holm"] = uncertainty.holm(t["spearman_p"])
    t["pearson_p_holm"] = uncertainty.holm(t["pearson_p"])
    t["primary"] = ((t["lag"] == primary["lag"]) & (t["pledge_series"] == primary["pledge_series"])
                    & (t["kiel_series"] == primary["kiel_series"]))
    return t


@functools.lru_cache(maxsize=1)
def kiel_countries() -> dict[str, str]:
    """{lower-case surface: the Kiel tracker's country name} of data/reference/kiel_countries.csv ("usa": "United
    States", "turkey": "Turkiye")."""
    return {r["surface"].strip().lower(): r["kiel_country"].strip()
            for r in config.reference_rows("kiel_countries.csv")}


def normalise_country(c) -> str:
    if not isinstance(c, str):
        return ""
    s = c.strip()
    return kiel_countries().get(s.lower(), s)


def pledges_vs_kiel_by_country(df: pd.DataFrame, kiel_country: pd.DataFrame) -> pd.DataFrame:
    """Per donor country in the Kiel data: pledge statements in the corpus vs Kiel commitments (EUR bn) over the
    corpus's months."""
    cols = ["country", "pledges", "statements", "kiel_eur_bn"]
    if kiel_country.empty or df.empty:
        return pd.DataFrame(columns=cols)
    d = df.dropna(subset=["month"])
    if d.empty:
        return pd.DataFrame(columns=cols)
    kc = kiel_country[(kiel_country["month"] >= d["month"].min()) & (kiel_country["month"] <= d["month"].max())]
    kiel_tot = kc.groupby("country")["total"].sum()
    c = d["speaker_country"].map(normalise_country)
    t = pd.DataFrame({"country": c, "pledge": d["speech_act"].eq("pledge").astype(int)})
    t = t[t["country"].isin(kiel_tot.index)].groupby("country").agg(pledges=("pledge", "sum"),
                                                                     statements=("pledge", "size"))
    t["kiel_eur_bn"] = kiel_tot.reindex(t.index)
    return t.reset_index().sort_values("kiel_eur_bn", ascending=False)[cols].reset_index(drop=True)
