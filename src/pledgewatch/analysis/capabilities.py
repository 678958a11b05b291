"""Capabilities named in statements: per month, per system, pledged against appealed for, per country."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import uncertainty
from .base import _missing_note, _with_notes, wilson
from .monthly import _full_months


# ---------------------------------------------------------------------------------------------------------- 04 capabilities
def explode_capabilities(df: pd.DataFrame) -> pd.DataFrame:
    d = df[["statement_id", "month", "speech_act", "speaker_country", "side", "capabilities"]].copy() \
        if "statement_id" in df.columns else df.assign(statement_id=range(len(df)))[
            ["statement_id", "month", "speech_act", "speaker_country", "side", "capabilities"]].copy()
    d = d.explode("capabilities").rename(columns={"capabilities": "capability"})
    return d.dropna(subset=["capability"]).reset_index(drop=True)


def capability_month(df: pd.DataFrame, *, top: int = 12, min_n: int = 10,
                     leave_out: tuple[str, ...] = ("weapons_general",)) -> pd.DataFrame:
    """Long table month x capability: statements naming the capability per 100 aid-related statements that
    month (n_aid), for the `top` capabilities overall other than `leave_out` (weapons in general would saturate the
    colour scale; its count is in the notes). Months with fewer than min_n aid-related statements keep their rate
    with `uncertain` = True (charts mark them; a decision month is never hidden); months with none have no rate."""
    cols = ["month", "capability", "count", "n_aid", "per_100", "uncertain"]
    d = df[df["aid_related"].fillna(False).astype(bool)].dropna(subset=["month"])
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated aid-related statements.")
    n_aid = d.groupby("month").size().reindex(_full_months(d["month"]), fill_value=0)
    caps = explode_capabilities(d)
    if caps.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no aid-related statement names a capability.")
    caps = caps.drop_duplicates(["statement_id", "capability"])
    left = caps[caps["capability"].isin(leave_out)]
    caps = caps[~caps["capability"].isin(leave_out)]
    keep = caps["capability"].value_counts().head(top).index
    caps = caps[caps["capability"].isin(keep)]
    c = caps.groupby(["month", "capability"]).size().rename("count")
    full = pd.MultiIndex.from_product([n_aid.index, keep], names=["month", "capability"])
    t = c.reindex(full, fill_value=0).reset_index()
    t["n_aid"] = t["month"].map(n_aid).astype(int)
    t["per_100"] = np.where(t["n_aid"] > 0, 100 * t["count"] / t["n_aid"].replace(0, np.nan), np.nan)
    t["uncertain"] = (t["n_aid"] > 0) & (t["n_aid"] < max(min_n, 1))
    out_notes = [f"Left out of the chart: {', '.join(leave_out)} ({len(left)} aid-related statements), which "
                 "would saturate the colour scale." if len(left) else ""]
    return _with_notes(t[cols], *out_notes)


def systems_month(statements: pd.DataFrame, capabilities: pd.DataFrame, *, top: int = 12) -> pd.DataFrame:
    """Named weapon systems (Leopard, Abrams, Patriot, F-16 ...) over time: statements naming each system per month,
    from the `system` column of statement_capabilities (added by the coding stage); statements must be a prepared
    table (months, officials and repeats already applied). Empty with a note when `system` is absent."""
    cols = ["month", "system", "count"]
    if capabilities is None or "system" not in getattr(capabilities, "columns", []):
        return _with_notes(pd.DataFrame(columns=cols), _missing_note(["system"], "named systems over time") +
                           " (statement_capabilities gets it from the coding stage)")
    c = capabilities.dropna(subset=["system"])
    c = c[c["system"].astype(str).str.strip() != ""]
    d = c.merge(statements[["statement_id", "month"]].dropna(subset=["month"]), on="statement_id")
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated statement names a system.")
    d = d.drop_duplicates(["statement_id", "system"])
    keep = d["system"].value_counts().head(top).index
    d = d[d["system"].isin(keep)]
    full = pd.MultiIndex.from_product([_full_months(d["month"]), keep], names=["month", "system"])
    out = d.groupby(["month", "system"]).size().reindex(full, fill_value=0).rename("count").reset_index()[cols]
    # a month without any statement (no article, or none of these speakers quoted) is a gap, not a zero
    quoted = set(statements["month"].dropna())
    out["count"] = out["count"].astype(float).where(out["month"].isin(quoted))
    return out


def pledges_vs_appeals(df: pd.DataFrame, *, donor_acts=("pledge", "delivery"), top: int = 12) -> pd.DataFrame:
    """Capabilities named in donor-side pledges and deliveries vs in recipient-side (Ukraine's) appeals:
    per group, statements naming each capability per 100 statements of that group, with 95% article-cluster
    bootstrap intervals (Wilson without article ids)."""
    cols = ["group", "capability", "k", "n", "per_100", "lo", "hi"]
    groups = {
        "Donors' pledges": df[(df["side"] == "donor") & df["speech_act"].isin(list(donor_acts))],
        "Ukraine's appeals": df[(df["side"] == "recipient") & (df["speech_act"] == "appeal")],
    }
    rows = []
    for name, g in groups.items():
        n = len(g)
        caps = explode_capabilities(g).drop_duplicates(["statement_id", "capability"]) if n else pd.DataFrame()
        counts = caps["capability"].value_counts() if len(caps) else pd.Series(dtype=int)
        for cap, k in counts.items():
            rows.append({"group": name, "capability": cap, "k": int(k), "n": n})
    out_notes = [f"{name}: {len(g)} statements." for name, g in groups.items()]
    if not rows:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: neither donors' pledges nor Ukraine's "
                           "appeals name a capability.", *out_notes)
    t = pd.DataFrame(rows)
    keep = t.groupby("capability")["k"].sum().sort_values(ascending=False).head(top).index
    full = pd.MultiIndex.from_product([list(groups), keep], names=["group", "capability"])
    t = t.set_index(["group", "capability"])["k"].reindex(full, fill_value=0).reset_index()
    t["n"] = t["group"].map({k: len(v) for k, v in groups.items()})
    t["per_100"] = np.where(t["n"] > 0, 100 * t["k"] / t["n"].replace(0, np.nan), np.nan)
    lo, hi = wilson(t["k"], t["n"])
    t["lo"], t["hi"] = 100 * lo, 100 * hi
    for i, r in t.iterrows():  # article-cluster bootstrap where articles are known
        g = groups[r["group"]]
        if "article_id" in g.columns and len(g):
            hit = g["capabilities"].map(lambda v, c=r["capability"]: c in v).astype(int)
            b = uncertainty.cluster_bootstrap(hit, g["article_id"]).iloc[0]
            if b["lo"] == b["lo"]:
                t.loc[i, ["lo", "hi"]] = 100 * b["lo"], 100 * b["hi"]
    return _with_notes(t[cols], *out_notes)


def capabilities_by_country(df: pd.DataFrame, *, top_countries: int = 8, top_caps: int = 10) -> pd.DataFrame:
    """Long table speaker_country x capability: count and per 100 aid-related statements of that country."""
    cols = ["speaker_country", "capability", "count", "n_aid", "per_100"]
    d = df[df["aid_related"].fillna(False).astype(bool) & (df["speaker_country"].fillna("").str.strip() != "")]
    caps = explode_capabilities(d).drop_duplicates(["statement_id", "capability"]) if len(d) else pd.DataFrame()
    if caps.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no aid-related statement with a speaker "
                           "country names a capability.")
    countries = caps["speaker_country"].value_counts().head(top_countries).index
    kinds = caps["capability"].value_counts().head(top_caps).index
    c = caps[caps["speaker_country"].isin(countries) & caps["capability"].isin(kinds)]
    full = pd.MultiIndex.from_product([countries, kinds], names=["speaker_country", "capability"])
    t = c.groupby(["speaker_country", "capability"]).size().reindex(full, fill_value=0).rename("count").reset_index()
    t["n_aid"] = t["speaker_country"].map(d.groupby("speaker_country").size()).astype(int)
    t["per_100"] = 100 * t["count"] / t["n_aid"]
    t = t.sort_values(["n_aid", "speaker_country"], ascending=[False, True], kind="stable")
    return t[cols].reset_index(drop=True)
