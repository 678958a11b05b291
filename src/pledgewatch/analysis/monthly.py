"""Shares over time: articles per month, the monthly share of an act with its trend claim, shares by a column,
pledge specificity per month, the events drawn on time charts and before/after splits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .. import config, uncertainty
from .base import _missing_note, _share_table, _with_notes, missing, notes, source_group, wilson


def first_articles(articles: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """(the articles that copy no earlier record, how many copies were left out): a copy kept by ingest under its
    own id (`duplicate_of` set: exact copy or near-duplicate, dedupe mode 'keep') is the same story counted once."""
    if "duplicate_of" not in articles.columns:
        return articles, 0
    copy = articles["duplicate_of"].notna() & (articles["duplicate_of"].astype(str).str.strip() != "")
    return articles[~copy], int(copy.sum())


def articles_per_month(articles: pd.DataFrame, *, include_copies: bool = False) -> pd.DataFrame:
    """Coverage: articles per month and source group (`source_group`: outlet, else input file), every month from
    the first to the last present (articles = 0 where a source has none: a gap in coverage, not a zero). A copy of
    an earlier record (`duplicate_of`, see `first_articles`) is left out unless include_copies, with a note: two
    outlets running one story count once, as the repeated statements in it do (`is_repeat`)."""
    cols = ["month", "source_group", "articles"]
    if articles is None or not len(articles) or "published" not in articles.columns:
        return _with_notes(pd.DataFrame(columns=cols), "No dated articles.")
    n_copies = 0
    if not include_copies:
        articles, n_copies = first_articles(articles)
    copies = (f"{n_copies} articles that copy an earlier one (exact or near-duplicate: duplicate_of) are counted "
              "once, under the first copy." if n_copies else "")
    a = pd.DataFrame({"month": pd.to_datetime(articles["published"], errors="coerce").dt.to_period("M")
                      .dt.to_timestamp(), "source_group": source_group(articles).to_numpy()})
    undated = int(a["month"].isna().sum())
    a = a.dropna(subset=["month"])
    if a.empty:
        return _with_notes(pd.DataFrame(columns=cols), "No dated articles.", copies)
    full = pd.MultiIndex.from_product([_full_months(a["month"]), sorted(a["source_group"].unique())],
                                      names=["month", "source_group"])
    t = a.groupby(["month", "source_group"]).size().reindex(full, fill_value=0).rename("articles").reset_index()
    return _with_notes(t, f"{undated} articles have no date and are not in the coverage chart." if undated else "",
                       copies)


def months_without_articles(articles: pd.DataFrame) -> list[pd.Timestamp]:
    """Months between the first and last dated article with no article at all."""
    t = articles_per_month(articles)
    if t.empty:
        return []
    tot = t.groupby("month")["articles"].sum()
    return list(tot[tot == 0].index)


def _full_months(months: pd.Series) -> pd.DatetimeIndex:
    months = months.dropna()
    if months.empty:
        return pd.DatetimeIndex([])
    return pd.date_range(months.min(), months.max(), freq="MS")


# ---------------------------------------------------------------------------------------------------------- 03 pledges
def monthly_share(df: pd.DataFrame, acts=("pledge",), *, min_n: int = 1, articles: pd.DataFrame | None = None
                  ) -> pd.DataFrame:
    """Per month: n statements, k with speech_act in `acts`, share with a 95% article-cluster bootstrap interval
    (Wilson where no article id is known), n_articles. Every month of the range is present: n = 0 (share NaN)
    where nothing was counted; months whose statements all come from one article get no share (one draw); with `articles` (the corpus's articles table) a column `corpus_articles` says how
    many articles the corpus has that month (0: a gap in coverage, not a month without pledges)."""
    d = df.dropna(subset=["month"])
    cols = ["month", "n", "k", "share", "lo", "hi"]
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated statements.")
    t = _share_table(d, d["speech_act"].isin(list(acts)), ["month"]).set_index("month")
    months = _full_months(d["month"])
    if articles is not None and len(articles):
        cov = articles_per_month(articles)
        if len(cov):
            months = _full_months(pd.concat([d["month"], cov["month"]]))
    t = t.reindex(months)
    t.index.name = "month"
    t[["n", "k"]] = t[["n", "k"]].fillna(0).astype(int)
    if "n_articles" in t.columns:
        t["n_articles"] = t["n_articles"].fillna(0).astype(int)
        t.loc[t["n_articles"] < 2, ["share", "lo", "hi"]] = np.nan  # one article is one draw: no share
    t.loc[t["n"] < max(min_n, 1), ["share", "lo", "hi"]] = np.nan
    t = t.reset_index()
    if articles is not None and len(articles):
        cov = articles_per_month(articles)
        per = cov.groupby("month")["articles"].sum() if len(cov) else pd.Series(dtype=int)
        t["corpus_articles"] = t["month"].map(per).fillna(0).astype(int)
    t.insert(1, "acts", "|".join(acts))
    return _with_notes(t, *notes(df))


def trend_claim(df: pd.DataFrame, acts=("pledge",), *, what: str = "the pledge share", min_n: int = 20) -> dict:
    """What a title may say about the monthly share of `acts` in df (a prepared table): the trend test
    (`uncertainty.trend_test`) and the peak test (`uncertainty.peak_test`), and `phrase`, a title fragment that
    states a rise, fall or peak only when its test is significant at 5% and otherwise describes what is shown;
    `test` names the test(s) for the caption."""
    d = df.dropna(subset=["month"])
    hit = d["speech_act"].isin(list(acts)).astype(int)
    cluster = d["article_id"] if "article_id" in d.columns else pd.Series(range(len(d)), index=d.index).astype(str)
    tr = uncertainty.trend_test(hit, d["published"], cluster)
    pk = uncertainty.peak_test(hit, d["month"], cluster, min_n=min_n)
    overall = float(hit.mean()) if len(hit) else float("nan")
    if tr["direction"] in ("rise", "fall"):
        verb = "rose" if tr["direction"] == "rise" else "fell"
        phrase = f"{what} {verb} over time (odds x{tr['odds_ratio_per_year']:.2f} a year, p = {tr['p']:.3f})"
    elif len(hit):
        phrase = (f"no trend in {what} at the 5% level (p = {tr['p']:.2f}); {overall:.0%} overall"
                  if np.isfinite(tr["p"]) else f"{what}: {overall:.0%} overall; too little data for a trend test")
    else:
        phrase = f"no statements to compute {what}"
    if pk["supported"]:
        phrase += f"; highest in {pd.Timestamp(pk['month']):%B %Y} ({pk['share']:.0%} vs {pk['rest_share']:.0%} " \
                  f"in other months, Holm-adjusted p = {pk['p_holm']:.3f})"
    test = f"Trend: {tr['test']}. Peak: {pk['test']}."
    return {"trend": tr, "peak": pk, "overall": overall, "phrase": phrase, "test": test}


def share_by(df: pd.DataFrame, col: str, acts=("pledge",), *, top: int = 12, min_n: int = 3) -> pd.DataFrame:
    """Share of `acts` (95% article-cluster bootstrap interval) by a column (speaker_country, speaker,
    source_group), for the `top` groups with the most hits among groups with at least min_n statements; empty labels
    are left out. Exploratory: no test compares the groups (see docs/METHOD.md)."""
    cols = [col, "n", "k", "share", "lo", "hi"]
    if col not in df.columns:
        return _with_notes(pd.DataFrame(columns=cols), _missing_note([col], f"the breakdown by {col}"))
    d = df[df[col].fillna("").astype(str).str.strip() != ""]
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), f"Too little data: no statement has a {col}.")
    t = _share_table(d, d["speech_act"].isin(list(acts)), [col])
    t = t[t["n"] >= min_n].sort_values(["k", "n"], ascending=False).head(top).reset_index(drop=True)
    if t.empty:
        return _with_notes(t, f"Too little data: no {col} has {min_n} or more statements.")
    return t


def specificity_monthly(df: pd.DataFrame, *, min_n: int = 5) -> pd.DataFrame:
    """Among pledges, per month: counts of specific / vague / uncoded pledges and the share specific (95%
    article-cluster bootstrap interval; Wilson without article ids);
    months with fewer than min_n coded pledges get no share."""
    cols = ["month", "n_pledges", "specific", "vague", "uncoded", "share_specific", "lo", "hi"]
    if missing(df, "pledge_specificity"):
        return _with_notes(pd.DataFrame(columns=cols), _missing_note(["pledge_specificity"], "pledge specificity"))
    d = df[(df["speech_act"] == "pledge")].dropna(subset=["month"])
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated pledge statements.")
    spec = d["pledge_specificity"].where(d["pledge_specificity"].isin(["specific", "vague"]), "uncoded")
    t = pd.crosstab(d["month"], spec).reindex(columns=["specific", "vague", "uncoded"], fill_value=0)
    t = t.reindex(_full_months(d["month"]), fill_value=0)
    t.index.name = "month"
    t = t.reset_index()
    t["n_pledges"] = t[["specific", "vague", "uncoded"]].sum(axis=1)
    coded = t["specific"] + t["vague"]
    with np.errstate(invalid="ignore", divide="ignore"):
        t["share_specific"] = np.where(coded > 0, t["specific"] / coded.replace(0, np.nan), np.nan)
    t["lo"], t["hi"] = wilson(t["specific"], coded)
    c = d[spec != "uncoded"]
    if "article_id" in c.columns and len(c):  # clustered intervals where articles are known
        b = _share_table(c, (spec[spec != "uncoded"] == "specific"), ["month"]).set_index("month")
        t["lo"], t["hi"] = t["month"].map(b["lo"]).to_numpy(), t["month"].map(b["hi"]).to_numpy()
        one = t["month"].map(b["n_articles"]).fillna(0) < 2  # one article is one draw: no share
        t.loc[one.to_numpy(), ["share_specific", "lo", "hi"]] = np.nan
    t.loc[coded < max(min_n, 1), ["share_specific", "lo", "hi"]] = np.nan
    return t[cols]


def _trend_phrase(tr: dict, subject: str, effect: str, otherwise: str) -> str:
    """A title fragment from a trend test: "<subject> rose/fell over time (<effect>, p = ...)" only when the test
    finds a trend at the 5% level, else "<otherwise>; no trend at the 5% level (p = ...)" (or too little data)."""
    if tr["direction"] in ("rise", "fall"):
        return f"{subject} {'rose' if tr['direction'] == 'rise' else 'fell'} over time ({effect}, p = {tr['p']:.3f})"
    return f"{otherwise}; " + (f"no trend at the 5% level (p = {tr['p']:.2f})" if np.isfinite(tr["p"])
                               else "too little data for a trend test")


def specificity_claim(df: pd.DataFrame) -> dict:
    """The trend test of the share of specific pledges among coded pledges (specific or vague) over time:
    `uncertainty.trend_test` with article-clustered errors; `phrase` states a rise or fall only when p < 0.05."""
    d = df[(df["speech_act"] == "pledge")].dropna(subset=["month"]) if "pledge_specificity" in df.columns else df.iloc[:0]
    d = d[d["pledge_specificity"].isin(["specific", "vague"])] if len(d) else d
    hit = (d["pledge_specificity"] == "specific").astype(int) if len(d) else pd.Series(dtype=int)
    tr = uncertainty.trend_test(hit, d["published"] if len(d) else pd.Series(dtype="datetime64[ns]"),
                                d["article_id"] if len(d) else pd.Series(dtype=str))
    overall = float(hit.mean()) if len(hit) else float("nan")
    phrase = _trend_phrase(tr, "The share of specific pledges", f"odds x{tr['odds_ratio_per_year']:.2f} a year",
                           f"{overall:.0%} of coded pledges are specific ({int(hit.sum())} of {len(hit)})")
    return {"trend": tr, "overall": overall, "phrase": phrase, "test": tr["test"]}


def load_events(path: str | Path | None = None) -> pd.DataFrame:
    """Key events (date, label, kind, source) from data/reference/events.csv; empty if the file is absent."""
    path = Path(path) if path else config.reference("events.csv")
    if not path.is_file():
        return _with_notes(pd.DataFrame(columns=["date", "label", "kind", "source"]), f"No events file at {path}.")
    ev = pd.read_csv(path)
    ev["date"] = pd.to_datetime(ev["date"], errors="coerce")
    return ev.dropna(subset=["date"]).sort_values("date").reset_index(drop=True)


def event_split(df: pd.DataFrame, events: pd.DataFrame, label: str) -> tuple[pd.DataFrame, pd.DataFrame, str, str]:
    """(before, after, date, event label) split at the first event in `events` whose label contains `label`
    (case ignored); raises ValueError naming the labels when none does."""
    if events is None or events.empty:
        raise ValueError("no events table: cannot split periods at an event")
    hit = events[events["label"].str.contains(label, case=False, regex=False)]
    if hit.empty:
        raise ValueError(f"no event label contains {label!r}; labels: {'; '.join(events['label'])}")
    e = hit.sort_values("date").iloc[0]
    before, after, cut = split_periods(df, e["date"].strftime("%Y-%m-%d"))
    return before, after, cut, str(e["label"])


def split_periods(df: pd.DataFrame, cut: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """(before, after, label) split at `cut` (a date) or, if None, at the median statement date."""
    d = df.dropna(subset=["published"])
    if d.empty:
        return d, d, ""
    cut_ts = pd.Timestamp(cut) if cut else d["published"].median().normalize()
    before, after = d[d["published"] < cut_ts], d[d["published"] >= cut_ts]
    return before, after, cut_ts.strftime("%Y-%m-%d")
