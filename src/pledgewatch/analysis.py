"""Analysis behind the notebooks: tidy tables of counts, shares and indices, each ready to chart and to save.

Every function takes the statements table (one row per statement, see docs/CONTRACTS.md) and returns a tidy
DataFrame. Columns that a later stage adds (`speaker_is_official`, `pledge_specificity`, `frames`,
`commitment_strength`, `amount_*`) may be absent while that stage is being written: functions then return an empty
table and record a human-readable note in `df.attrs["notes"]` (see `notes()`), never raise.

Statistics:
- shares carry Wilson score 95% intervals (`wilson`);
- the commitment-strength index is a monthly mean with a percentile bootstrap 95% interval;
- Fightin' Words is the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
  Political Analysis 16(4), eq. 16-22), reported as z-scores;
- the Kiel comparison is Pearson and Spearman correlation of monthly series at several lags.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from . import config

Z95 = 1.959963984540054
UKRAINE = {"ukraine", "ua", "ukr"}
# Russia and the forces and states on its side: never "donors".
RUSSIA = {"russia", "ru", "rus", "russian federation", "belarus", "luhansk people's republic",
          "donetsk people's republic", "transnistria"}
# Donors: the governments in the Kiel tracker, the EU and the multilateral bodies that coordinate aid to Ukraine.
# Anyone else with a country (China, Iran, India, the UN, the Holy See ...) is "other", not a donor.
DONORS = {c.lower() for c in (
    "Australia", "Austria", "Belgium", "Bulgaria", "Canada", "Croatia", "Cyprus", "Czechia", "Czech Republic",
    "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Japan",
    "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "New Zealand", "Norway", "Poland", "Portugal",
    "Romania", "Slovakia", "Slovenia", "South Korea", "Spain", "Sweden", "Switzerland", "Taiwan", "Turkiye", "Turkey",
    "United Kingdom", "UK", "United States", "US", "USA", "EU", "European Union", "EU (Commission and Council)",
    "NATO", "G7", "IMF", "World Bank")}
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


def is_ukraine(country) -> bool:
    return isinstance(country, str) and country.strip().lower() in UKRAINE


def speaker_side(country) -> str:
    """'Ukraine', 'Russia' (with Belarus and the occupation authorities), 'donor' (a Kiel-tracker government, the
    EU, NATO, G7, IMF, World Bank), 'other' (any other country or body) or 'unknown' (no country)."""
    if not isinstance(country, str) or not country.strip():
        return "unknown"
    c = country.strip().lower()
    if c in UKRAINE:
        return "Ukraine"
    if c in RUSSIA:
        return "Russia"
    if c in DONORS:
        return "donor"
    return "other"


def prepare(statements: pd.DataFrame, articles: pd.DataFrame | None = None, *, official_only: bool = True
            ) -> pd.DataFrame:
    """Statements with a `month` column (first day of the month of `published`, from the article where the
    statement lacks it) and, when official_only, restricted to statements by officials.

    Notes record what was done: undated statements, and what happened to the official filter when
    `speaker_is_official` is absent or never true (then all statements are kept and the note says so).
    """
    df = statements.copy()
    out_notes = []
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
    """('officials' | 'all speakers', unit for captions) of a prepared table."""
    pop = df.attrs.get("population", "all speakers")
    return pop, ("statements by officials" if pop == "officials" else "statements (all speakers)")


def enough(df: pd.DataFrame, min_rows: int = 1, min_months: int = 1) -> bool:
    """Whether a tidy monthly/grouped table has enough rows to chart."""
    if df is None or len(df) < min_rows:
        return False
    if "month" in df.columns and df["month"].nunique() < min_months:
        return False
    return True


def _share_table(df: pd.DataFrame, flag: pd.Series, by: list[str]) -> pd.DataFrame:
    g = pd.DataFrame({**{b: df[b] for b in by}, "k": flag.astype(int)}).groupby(by, observed=True)["k"]
    out = pd.DataFrame({"n": g.size(), "k": g.sum()}).reset_index()
    out["share"] = out["k"] / out["n"]
    out["lo"], out["hi"] = wilson(out["k"], out["n"])
    return out


def _full_months(months: pd.Series) -> pd.DatetimeIndex:
    months = months.dropna()
    if months.empty:
        return pd.DatetimeIndex([])
    return pd.date_range(months.min(), months.max(), freq="MS")


# ---------------------------------------------------------------------------------------------------------- 03 pledges
def monthly_share(df: pd.DataFrame, acts=("pledge",), *, min_n: int = 1) -> pd.DataFrame:
    """Per month: n statements, k with speech_act in `acts`, share with Wilson 95% interval. Months with no
    statements are included with n = 0 (share NaN) so gaps show as gaps."""
    d = df.dropna(subset=["month"])
    cols = ["month", "n", "k", "share", "lo", "hi"]
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated statements.")
    t = _share_table(d, d["speech_act"].isin(list(acts)), ["month"]).set_index("month")
    t = t.reindex(_full_months(d["month"]))
    t.index.name = "month"
    t[["n", "k"]] = t[["n", "k"]].fillna(0).astype(int)
    t.loc[t["n"] < min_n, ["share", "lo", "hi"]] = np.nan
    t = t.reset_index()
    t.insert(1, "acts", "|".join(acts))
    return _with_notes(t, *notes(df))


def share_by(df: pd.DataFrame, col: str, acts=("pledge",), *, top: int = 12, min_n: int = 3) -> pd.DataFrame:
    """Pledge share (with Wilson interval) by a speaker column, for the `top` groups with the most pledges
    among groups with at least min_n statements; empty labels are left out."""
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
    """Among pledges, per month: counts of specific / vague / uncoded pledges and the share specific (Wilson);
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
    t.loc[coded < max(min_n, 1), ["share_specific", "lo", "hi"]] = np.nan
    return t[cols]


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


def capability_month(df: pd.DataFrame, *, top: int = 12, min_n: int = 10) -> pd.DataFrame:
    """Long table month x capability: statements naming the capability per 100 aid-related statements that
    month (n_aid), for the `top` capabilities overall. per_100 is NaN in months with fewer than min_n aid-related
    statements (too noisy; count and n_aid are kept)."""
    cols = ["month", "capability", "count", "n_aid", "per_100"]
    d = df[df["aid_related"].fillna(False).astype(bool)].dropna(subset=["month"])
    if d.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no dated aid-related statements.")
    n_aid = d.groupby("month").size().reindex(_full_months(d["month"]), fill_value=0)
    caps = explode_capabilities(d)
    if caps.empty:
        return _with_notes(pd.DataFrame(columns=cols), "Too little data: no aid-related statement names a capability.")
    keep = caps["capability"].value_counts().head(top).index
    caps = caps[caps["capability"].isin(keep)].drop_duplicates(["statement_id", "capability"])
    c = caps.groupby(["month", "capability"]).size().rename("count")
    full = pd.MultiIndex.from_product([n_aid.index, keep], names=["month", "capability"])
    t = c.reindex(full, fill_value=0).reset_index()
    t["n_aid"] = t["month"].map(n_aid).astype(int)
    t["per_100"] = np.where(t["n_aid"] >= max(min_n, 1), 100 * t["count"] / t["n_aid"].replace(0, np.nan), np.nan)
    return t[cols]


def pledges_vs_appeals(df: pd.DataFrame, *, donor_acts=("pledge", "delivery"), top: int = 12) -> pd.DataFrame:
    """Capabilities named in donors' pledges (speaker_side 'donor') vs in Ukraine's appeals:
    per group, statements naming each capability per 100 statements of that group, with Wilson intervals."""
    cols = ["group", "capability", "k", "n", "per_100", "lo", "hi"]
    groups = {
        "Donors' pledges": df[(df["side"] == "donor") & df["speech_act"].isin(list(donor_acts))],
        "Ukraine's appeals": df[(df["side"] == "Ukraine") & (df["speech_act"] == "appeal")],
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
        t = _period_share(period, fr.map(lambda v, f=f: f in v), freq, min_n)
        t.insert(1, "frame", f)
        rows.append(t)
    return pd.concat(rows, ignore_index=True)[cols]


def _period_share(period: pd.Series, hit: pd.Series, freq: str, min_n: int) -> pd.DataFrame:
    """Share per period with Wilson interval, every period in the range present (n = 0 where the corpus has
    nothing, so lines break at gaps) and no estimate where n < min_n."""
    t = _share_table(pd.DataFrame({"period": period}), hit, ["period"]).set_index("period")
    full = pd.date_range(period.min(), period.max(), freq=freq)
    t = t.reindex(full)
    t.index.name = "period"
    t[["n", "k"]] = t[["n", "k"]].fillna(0).astype(int)
    t.loc[t["n"] < max(min_n, 1), ["share", "lo", "hi"]] = np.nan
    return t.reset_index()


def commitment_index(df: pd.DataFrame, *, n_boot: int = 2000, min_n: int = 5, seed: int = 0) -> pd.DataFrame:
    """Monthly mean commitment_strength (in [-1, 1]) with a percentile bootstrap 95% interval and a t-interval.
    Months with fewer than min_n scored statements keep their n but get no estimate."""
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
        rows.append(row)
    t = pd.DataFrame(rows, columns=cols)
    if t["mean"].notna().sum() == 0:
        return _with_notes(t, f"Too little data: no month has {min_n} or more scored statements.")
    return t


_TOKEN = re.compile(r"[a-z][a-z'\-]*[a-z]")


def _stopwords() -> set[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
        words = set(STOP_WORDS)
    except Exception:  # spaCy absent: a short list
        words = set("the a an and or of to in on for with at by from is are was were be been it this that "
                    "we you he she they i our your their his her its not will would can could should".split())
    return words | {"said", "says", "say", "told", "mr", "ms", "also", "s", "t"}


def tokens(text: str, stop: set[str] | None = None) -> list[str]:
    stop = _stopwords() if stop is None else stop
    return [w for w in _TOKEN.findall(str(text).lower().replace("’", "'")) if len(w) > 2 and w not in stop]


def fightin_words(texts_a, texts_b, background=None, *, prior_scale: float = 0.1, min_count: int = 3
                  ) -> pd.DataFrame:
    """Log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008) of each word in corpus a
    vs corpus b. The prior alpha_w = prior_scale * (count of w in the background), background defaulting to
    a + b; delta_w and its variance follow eq. 16-22; z = delta / sqrt(var). Positive z: more typical of a.
    prior_scale = 0.1 gives the background a tenth of its weight: it shrinks rare words without swamping the
    groups' own counts (1.0 counts the background as much evidence as the data: very conservative z-scores;
    the ranking of words barely changes with the scale, the number with |z| > 1.96 does).

    Returns term, count_a, count_b, total, delta, var, z, sorted by z; words with fewer than min_count uses in
    a + b are dropped.
    """
    stop = _stopwords()
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


COUNTRY_ALIASES = {"us": "United States", "usa": "United States", "u.s.": "United States", "america": "United States",
                   "uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
                   "eu": "EU (Commission and Council)", "european union": "EU (Commission and Council)",
                   "turkey": "Turkiye", "czech republic": "Czechia", "korea": "South Korea"}


def normalise_country(c) -> str:
    if not isinstance(c, str):
        return ""
    s = c.strip()
    return COUNTRY_ALIASES.get(s.lower(), s)


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
        t = _period_share(period, hit, freq, min_n)
        t.insert(1, "phrase", label)
        rows.append(t)
    t = _period_share(period, hits_any, freq, min_n)
    t.insert(1, "phrase", "any of these")
    rows.append(t)
    return pd.concat(rows, ignore_index=True)[cols]


def peak(t: pd.DataFrame, value: str = "share", *, min_n: int = 10, n_col: str = "n", time_col: str = "month"):
    """(time, value, n) of the highest value among rows with n >= min_n, or None."""
    d = t[(t[n_col] >= min_n) & t[value].notna()] if n_col in t.columns else t[t[value].notna()]
    if d.empty:
        return None
    r = d.loc[d[value].idxmax()]
    return r[time_col], float(r[value]), int(r[n_col]) if n_col in d.columns else None


def trend_words(first: float, last: float, tol: float = 0.02) -> str:
    if np.isnan(first) or np.isnan(last):
        return "changed"
    if last > first + tol:
        return "rose"
    if last < first - tol:
        return "fell"
    return "held steady"


def first_last(t: pd.DataFrame, value: str, n_col: str = "n", time_col: str = "month", k: int = 3):
    """Pooled value over the first and last k periods with data (weighted by n) for 'rose/fell' titles."""
    d = t[t[value].notna() & (t[n_col] > 0)].sort_values(time_col)
    if len(d) < 2:
        return np.nan, np.nan
    k = min(k, len(d) // 2) or 1
    head, tail = d.head(k), d.tail(k)
    if "k" in d.columns and value == "share":
        return head["k"].sum() / head[n_col].sum(), tail["k"].sum() / tail[n_col].sum()
    return (np.average(head[value], weights=head[n_col]), np.average(tail[value], weights=tail[n_col]))


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


def trend_phrase(t: pd.DataFrame, value: str, *, n_col: str = "n", time_col: str = "month", min_n: int = 5,
                 k: int = 3, fmt: str = "{:.0%}", tol: float = 0.02, unit: str = "months") -> str:
    """'rose from 24% to 27% (first vs last 3 months)' comparing the pooled first and last k periods that have at
    least min_n observations; '' when fewer than 2k such periods exist (too little data to speak of a trend)."""
    d = t[t[value].notna() & (t[n_col] >= min_n)].sort_values(time_col)
    if len(d) < 2 * k:
        return ""
    head, tail = d.head(k), d.tail(k)
    if value == "share" and "k" in d.columns:
        first, last = head["k"].sum() / head[n_col].sum(), tail["k"].sum() / tail[n_col].sum()
    else:
        first = float(np.average(head[value], weights=head[n_col]))
        last = float(np.average(tail[value], weights=tail[n_col]))
    word = trend_words(first, last, tol)
    return f"{word} from {fmt.format(first)} to {fmt.format(last)} (first vs last {k} {unit} with data)"
