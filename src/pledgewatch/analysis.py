"""Analysis behind the notebooks: tidy tables of counts, shares and indices, each ready to chart and to save.

Every function takes the statements table (one row per statement, see docs/CONTRACTS.md) and returns a tidy
DataFrame. Columns that a later stage adds (`speaker_is_official`, `pledge_specificity`, `frames`,
`commitment_strength`, `amount_*`) may be absent while that stage is being written: functions then return an empty
table and record a human-readable note in `df.attrs["notes"]` (see `notes()`), never raise.

Statistics (docs/METHOD.md says what each chart counts and how sure it is):
- statements come in articles: shares over time, by source and by country carry article-cluster bootstrap 95%
  intervals (`pledgewatch.uncertainty.cluster_bootstrap`; Wilson intervals only where no article id is known);
- a rise, fall or peak is stated only when `uncertainty.trend_test` / `peak_test` support it at 5% (`trend_claim`);
- sides come from `data/reference/countries.csv` (`pledgewatch.sides`): pledge and delivery shares among
  donor-side officials, appeals among recipient-side officials, warnings per side (`among`);
- repeated copies of a statement (`is_repeat`, pledgewatch.repeats) are left out by `prepare` unless asked for;
- the commitment-strength index is a monthly mean with a percentile bootstrap 95% interval;
- Fightin' Words is the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
  Political Analysis 16(4), eq. 16-22), reported as z-scores;
- the Kiel comparison is Pearson and Spearman correlation of monthly series at several lags.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from . import config, sides, uncertainty

Z95 = uncertainty.Z95
# Monthly Kiel data in EUR bn; file names as published in the tracker's data explorer export.
KIEL_DIR_NAME = "kiel_ukraine_support_tracker"


# ---------------------------------------------------------------------------------------------------------- notes
def _with_notes(df: pd.DataFrame, *notes: str) -> pd.DataFrame:
    existing = list(df.attrs.get("notes", []))
    df.attrs["notes"] = existing + [n for n in notes if n]
    return df


def notes(df: pd.DataFrame) -> list[str]:
    """Notes a function attached to its result (missing columns, too little data, rows left out)."""
    return list(getattr(df, "attrs", {}).get("notes", []))


def missing(df: pd.DataFrame, *cols: str) -> list[str]:
    return [c for c in cols if c not in df.columns]


def _missing_note(cols: list[str], what: str) -> str:
    return (f"Column{'s' if len(cols) > 1 else ''} {', '.join(cols)} not in the statements table yet "
            f"(added by a later pipeline stage): {what} is not available.")


# ---------------------------------------------------------------------------------------------------------- basics
def wilson(k, n, z: float = Z95):
    """Wilson score interval for k successes out of n (arrays or scalars). Returns (lo, hi); NaN where n == 0."""
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denom = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denom
        lo, hi = np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)
    lo = np.where(n > 0, lo, np.nan)
    hi = np.where(n > 0, hi, np.nan)
    return lo, hi


def as_list(v) -> list[str]:
    """A list-valued cell (list, numpy array, ';'-joined text from CSV, None) as a list of str."""
    if v is None:
        return []
    if isinstance(v, str):
        return [x for x in v.split(";") if x]
    if isinstance(v, float) and np.isnan(v):
        return []
    try:
        return [str(x) for x in v]
    except TypeError:
        return []


SIDE_LABELS = {"donor": "donor side", "recipient": "recipient side (Ukraine)",
               "adversary": "adversary side (Russia, Belarus)", "other": "other", "unknown": "no country"}


def speaker_side(country) -> str:
    """The side of a speaker's country from data/reference/countries.csv (`pledgewatch.sides.side_of`): donor,
    recipient, adversary, other; 'unknown' when the speaker has no country (or one the CSV does not list)."""
    return sides.side_of(country) or "unknown"


_RECORD_SUFFIX = re.compile(r":(?:line|row|item|record|page) \d+$")


def source_file(source) -> str:
    """The input file of an article (`source` without its ':line N' / ':row N' / ':item N' suffix), by name."""
    if not isinstance(source, str) or not source.strip():
        return ""
    return Path(_RECORD_SUFFIX.sub("", source.strip())).name


def source_group(articles: pd.DataFrame) -> pd.Series:
    """Per article: its `outlet` where filled, else the input file it came from (`source_file`); indexed by
    article_id. The coverage and robustness charts group by this, so they work before and after ingest fills
    `outlet`."""
    if articles is None or not len(articles) or "article_id" not in articles.columns:
        return pd.Series(dtype=object)
    outlet = articles["outlet"] if "outlet" in articles.columns else pd.Series(None, index=articles.index)
    src = articles["source"] if "source" in articles.columns else pd.Series("", index=articles.index)
    outlet = outlet.where(outlet.notna() & (outlet.astype(str).str.strip() != ""), None)
    return pd.Series(outlet.fillna(src.map(source_file)).to_numpy(), index=articles["article_id"].to_numpy())


def prepare(statements: pd.DataFrame, articles: pd.DataFrame | None = None, *, official_only: bool = True,
            include_repeats: bool = False) -> pd.DataFrame:
    """Statements with a `month` column (first day of the month of `published`, from the article where the
    statement lacks it), `side` (the speaker country's side), `source_group` (the article's outlet, else its input
    file) and, when official_only, restricted to statements by officials. Repeated copies of a statement
    (`is_repeat`, see pledgewatch.repeats) are left out unless include_repeats.

    Notes record what was done: repeats and undated statements left out, and what happened to the official filter
    when `speaker_is_official` is absent or never true (then all statements are kept and the note says so).
    """
    df = statements.copy()
    out_notes = []
    if "is_repeat" in df.columns and not include_repeats:
        rep = df["is_repeat"].fillna(False).astype(bool)
        if rep.any():
            out_notes.append(f"Repeats counted once: {int(rep.sum())} of {len(df)} statements are later copies of "
                             "a statement (same speaker, same or nearly the same words; is_repeat) and are left out.")
        df = df[~rep]
    elif "is_repeat" not in df.columns:
        out_notes.append("Column is_repeat is not in the statements table (an older run): repeated copies of a "
                         "statement are counted each time.")
    if "published" not in df.columns:
        df["published"] = pd.NaT
    pub = pd.to_datetime(df["published"], errors="coerce")
    if articles is not None and len(articles) and "published" in articles.columns and "article_id" in df.columns:
        by_article = pd.to_datetime(articles.set_index("article_id")["published"], errors="coerce")
        pub = pub.fillna(df["article_id"].map(by_article))
    df["published"] = pub
    df["month"] = pub.dt.to_period("M").dt.to_timestamp()
    for col, default in (("speech_act", "other"), ("aid_related", False), ("speaker_country", ""),
                         ("speaker_name", ""), ("text", "")):
        if col not in df.columns:
            df[col] = default
            out_notes.append(_missing_note([col], f"'{col}' is treated as '{default}'"))
    df["capabilities"] = df["capabilities"].map(as_list) if "capabilities" in df.columns else [[]] * len(df)
    # one person, one identity across the corpus: speaker_id maps spellings through officials.csv
    # (Zelenskiy / Zelenskyy -> Volodymyr Zelensky); speaker_name keeps the article's own spelling
    df["speaker"] = df["speaker_id"].fillna(df["speaker_name"]) if "speaker_id" in df.columns else df["speaker_name"]
    df["side"] = df["speaker_country"].map(speaker_side)
    groups = source_group(articles) if articles is not None else pd.Series(dtype=object)
    if "article_id" in df.columns and len(groups):
        df["source_group"] = df["article_id"].map(groups).fillna("")
    else:
        df["source_group"] = df["outlet"].fillna("") if "outlet" in df.columns else ""
    n_all = len(df)
    if official_only:
        if "speaker_is_official" not in df.columns:
            out_notes.append("Column speaker_is_official is not in the statements table yet: all "
                             f"{n_all} statements are analysed, not only officials'.")
        else:
            off = df["speaker_is_official"].fillna(False).astype(bool)
            if n_all and not off.any():
                out_notes.append(f"No statement is marked as said by an official (speaker_is_official is false for "
                                 f"all {n_all}): all statements are analysed instead. Treat the charts as "
                                 "'all speakers'.")
            else:
                df = df[off]
                out_notes.append(f"Officials only: {len(df)} of {n_all} statements.")
    population = "all speakers"
    if official_only and "speaker_is_official" in df.columns and n_all and len(df) < n_all:
        population = "officials"
    elif official_only and "speaker_is_official" in df.columns and n_all and df["speaker_is_official"].all():
        population = "officials"
    undated = int(df["month"].isna().sum())
    if undated:
        out_notes.append(f"{undated} of {len(df)} statements have no publication date and are left out of "
                         "charts over time.")
    df = _with_notes(df.reset_index(drop=True), *out_notes)
    df.attrs["population"] = population
    return df


def population(df: pd.DataFrame) -> tuple[str, str]:
    """(who is counted, unit for captions) of a prepared table: ('officials', 'statements by officials'),
    ('all speakers', 'statements (all speakers)') or, after `among`, ('donor-side officials', 'statements by
    donor-side officials')."""
    pop = df.attrs.get("population", "all speakers")
    return pop, (f"statements by {pop}" if pop != "all speakers" else "statements (all speakers)")


def among(df: pd.DataFrame, side: str | list[str]) -> pd.DataFrame:
    """The statements of speakers on `side` (donor, recipient, adversary, other, unknown; or a list), with the
    population renamed ('donor-side officials') so that every chart says which speakers it counts."""
    wanted = [side] if isinstance(side, str) else list(side)
    out = df[df["side"].isin(wanted)].copy() if "side" in df.columns else df.iloc[:0].copy()
    pop = df.attrs.get("population", "all speakers")
    who = "officials" if pop == "officials" else "speakers"
    label = " and ".join(SIDE_LABELS.get(w, w).split(" (")[0].replace(" side", "-side") for w in wanted)
    out.attrs = dict(df.attrs)
    out.attrs["population"] = f"{label} {who}"
    out.attrs["notes"] = list(df.attrs.get("notes", [])) + [
        f"Counted: {label} {who} ({len(out)} of {len(df)} statements; sides from data/reference/countries.csv)."]
    return out


def enough(df: pd.DataFrame, min_rows: int = 1, min_months: int = 1) -> bool:
    """Whether a tidy monthly/grouped table has enough rows to chart."""
    if df is None or len(df) < min_rows:
        return False
    if "month" in df.columns and df["month"].nunique() < min_months:
        return False
    return True


def _share_table(df: pd.DataFrame, flag: pd.Series, by: list[str], *, n_boot: int = 2000, seed: int = 0
                 ) -> pd.DataFrame:
    """n, k, share per group with a 95% interval: article-cluster bootstrap when df has article ids (n_articles,
    deff added), Wilson otherwise."""
    if "article_id" in df.columns and len(by) == 1 and len(df):
        t = uncertainty.cluster_bootstrap(flag.astype(int), df["article_id"], df[by[0]].rename(by[0]),
                                          n_boot=n_boot, seed=seed)
        return t.rename(columns={"n_clusters": "n_articles"})[by + ["n", "k", "share", "lo", "hi", "n_articles",
                                                                    "deff"]]
    g = pd.DataFrame({**{b: df[b] for b in by}, "k": flag.astype(int)}).groupby(by, observed=True)["k"]
    out = pd.DataFrame({"n": g.size(), "k": g.sum()}).reset_index()
    out["share"] = out["k"] / out["n"]
    out["lo"], out["hi"] = wilson(out["k"], out["n"])
    return out


INTERVAL_NOTE = ("95% intervals: article-cluster bootstrap (articles resampled with replacement, 2,000 draws; "
                 "statements of one article are not independent)")


def articles_per_month(articles: pd.DataFrame) -> pd.DataFrame:
    """Coverage: articles per month and source group (`source_group`: outlet, else input file), every month from
    the first to the last present (articles = 0 where a source has none: a gap in coverage, not a zero)."""
    cols = ["month", "source_group", "articles"]
    if articles is None or not len(articles) or "published" not in articles.columns:
        return _with_notes(pd.DataFrame(columns=cols), "No dated articles.")
    a = pd.DataFrame({"month": pd.to_datetime(articles["published"], errors="coerce").dt.to_period("M")
                      .dt.to_timestamp(), "source_group": source_group(articles).to_numpy()})
    undated = int(a["month"].isna().sum())
    a = a.dropna(subset=["month"])
    if a.empty:
        return _with_notes(pd.DataFrame(columns=cols), "No dated articles.")
    full = pd.MultiIndex.from_product([_full_months(a["month"]), sorted(a["source_group"].unique())],
                                      names=["month", "source_group"])
    t = a.groupby(["month", "source_group"]).size().reindex(full, fill_value=0).rename("articles").reset_index()
    return _with_notes(t, f"{undated} articles have no date and are not in the coverage chart." if undated else "")


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


def proper_nouns(texts, *, min_share: float = 0.8, min_count: int = 2) -> set[str]:
    """Words (lower-cased) that the texts capitalise in at least `min_share` of their uses away from the start of
    a sentence: names of people, places, organisations and outlets (sievierodonetsk, azovstal, zelensky). They are
    what a statement is about, not how it is said, so the rhetoric comparisons leave them out. Learnt from the
    texts themselves: no list to keep up."""
    cap, total = Counter(), Counter()
    for t in texts:
        t = str(t).replace("’", "'")
        for m in re.finditer(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]", t):
            w = m.group(0)
            start = m.start()
            before = t[:start].rstrip()
            if not before or before[-1] in ".!?:;\"“":  # sentence-initial: capitalised anyway
                continue
            low = w.lower()
            total[low] += 1
            if w[0].isupper():
                cap[low] += 1
    return {w for w, n in total.items() if n >= min_count and cap[w] / n >= min_share}


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


_TOKEN = re.compile(r"[a-z][a-z'\-]*[a-z]")


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
        words = set(STOP_WORDS)
    except Exception:  # spaCy absent: a short list
        words = {r["word"] for r in config.word_list("fallback_stop")}
    return frozenset(words | {r["word"] for r in config.word_list("speech_stop")})


def tokens(text: str, stop: set[str] | None = None) -> list[str]:
    stop = _stopwords() if stop is None else stop
    return [w for w in _TOKEN.findall(str(text).lower().replace("’", "'")) if len(w) > 2 and w not in stop]


def fightin_words(texts_a, texts_b, background=None, *, prior_scale: float = 0.1, min_count: int = 3,
                  exclude: set[str] | None = None) -> pd.DataFrame:
    """Log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) of each word in corpus a
    vs corpus b. The prior alpha_w = prior_scale * (count of w in the background), background defaulting to
    a + b; delta_w and its variance follow eq. 16-22; z = delta / sqrt(var). Positive z: more typical of a.
    prior_scale = 0.1 gives the background a tenth of its weight: it shrinks rare words without swamping the
    groups' own counts (1.0 counts the background as much evidence as the data: very conservative z-scores;
    the ranking of words barely changes with the scale, the number with |z| > 1.96 does).

    Returns term, count_a, count_b, total, delta, var, z, sorted by z; words with fewer than min_count uses in
    a + b are dropped, and so are the words in `exclude` (names and places: see `proper_nouns`).
    """
    stop = _stopwords() | set(exclude or ())  # exclude: e.g. proper_nouns(texts), names and places
    ca, cb = Counter(), Counter()
    for t in texts_a:
        ca.update(tokens(t, stop))
    for t in texts_b:
        cb.update(tokens(t, stop))
    cols = ["term", "count_a", "count_b", "total", "delta", "var", "z"]
    if not ca or not cb:
        return pd.DataFrame(columns=cols)
    bg = Counter()
    if background is None:
        bg = ca + cb
    else:
        for t in background:
            bg.update(tokens(t, stop))
        bg.update(ca + cb)  # every word of a and b gets prior mass
    vocab = sorted(w for w in set(ca) | set(cb) if ca[w] + cb[w] >= min_count)
    if not vocab:
        return pd.DataFrame(columns=cols)
    ya = np.array([ca[w] for w in vocab], float)
    yb = np.array([cb[w] for w in vocab], float)
    bg_tot = sum(bg.values())
    alpha = prior_scale * np.array([bg[w] for w in vocab], float)
    a0 = prior_scale * bg_tot
    na, nb = sum(ca.values()), sum(cb.values())
    delta = (np.log((ya + alpha) / (na + a0 - ya - alpha)) - np.log((yb + alpha) / (nb + a0 - yb - alpha)))
    var = 1 / (ya + alpha) + 1 / (yb + alpha)
    t = pd.DataFrame({"term": vocab, "count_a": ya.astype(int), "count_b": yb.astype(int),
                      "total": (ya + yb).astype(int), "delta": delta, "var": var, "z": delta / np.sqrt(var)})
    return t.sort_values("z", ascending=False).reset_index(drop=True)


def split_periods(df: pd.DataFrame, cut: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """(before, after, label) split at `cut` (a date) or, if None, at the median statement date."""
    d = df.dropna(subset=["published"])
    if d.empty:
        return d, d, ""
    cut_ts = pd.Timestamp(cut) if cut else d["published"].median().normalize()
    before, after = d[d["published"] < cut_ts], d[d["published"] >= cut_ts]
    return before, after, cut_ts.strftime("%Y-%m-%d")


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


# ---------------------------------------------------------------------------------------------------------- inputs
def load_tables(processed: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The pipeline's tables from a processed folder: statements, articles, statement_capabilities, manifest.
    A missing table comes back empty with a note (notebooks then say so instead of failing)."""
    processed = Path(processed) if processed else config.PROCESSED
    out = {}
    for name in ("statements", "articles", "statement_capabilities", "manifest"):
        path = processed / (f"{name}.csv" if name == "manifest" else f"{name}.parquet")
        if path.is_file():
            out[name] = pd.read_csv(path) if path.suffix == ".csv" else pd.read_parquet(path)
        else:
            out[name] = _with_notes(pd.DataFrame(), f"{path} not found: run `pledgewatch run --out {processed}` first.")
    return out


# A transparent lexical indicator that needs no coding stage: long-term commitment phrases.
COMMITMENT_PHRASES = {
    "as long as it takes": r"as long as it takes",
    "as long as we can / as long as possible": r"as long as (?:we can|possible|necessary)",
    "stand with / by Ukraine": r"\bstands? (?:with|by|behind) ukraine",
    "continue to support": r"\b(?:continue|keep) (?:to support|supporting|to provide|providing|to help)",
    "unwavering / steadfast / unconditional": r"\b(?:unwavering|steadfast|unconditional|ironclad)\b",
}


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


def describe_fightin(fw: pd.DataFrame, label_a: str, label_b: str) -> str:
    """A title stating what Fightin' Words found: the top distinctive word of each side, or that none is."""
    if fw.empty:
        return "Too few words to compare"
    a = fw[fw["z"] > Z95]
    b = fw[fw["z"] < -Z95]
    if a.empty and b.empty:
        return (f"No word separates {label_a} from {label_b} beyond chance (all |z| < 1.96); "
                f"closest: '{fw.iloc[0]['term']}' vs '{fw.iloc[-1]['term']}'")
    parts = []
    if len(a):
        parts.append(f"{label_a}: " + ", ".join(f"'{w}'" for w in a["term"].head(2)))
    if len(b):
        parts.append(f"{label_b}: " + ", ".join(f"'{w}'" for w in b["term"].iloc[::-1].head(2)))
    return "Most distinctive words. " + "; ".join(parts) + f" ({len(a) + len(b)} words with |z| > 1.96)"
