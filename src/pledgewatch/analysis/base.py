"""The statements table made ready for analysis (`prepare`), its populations (`among`, `population`) and the
notes a table carries when a column is missing (`notes`, `missing`); Wilson and article-cluster shares."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .. import sides, uncertainty

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


def _without_repeats(df: pd.DataFrame, include_repeats: bool, out_notes: list) -> pd.DataFrame:
    """The statements without the later copies of a statement (`is_repeat`) unless include_repeats; a note either
    way."""
    if "is_repeat" in df.columns and not include_repeats:
        rep = df["is_repeat"].fillna(False).astype(bool)
        if rep.any():
            out_notes.append(f"Repeats counted once: {int(rep.sum())} of {len(df)} statements are later copies of "
                             "a statement (same speaker, same or nearly the same words; is_repeat) and are left out.")
        df = df[~rep]
    elif "is_repeat" not in df.columns:
        out_notes.append("Column is_repeat is not in the statements table (an older run): repeated copies of a "
                         "statement are counted each time.")
    return df


def _add_month(df: pd.DataFrame, articles: pd.DataFrame | None) -> None:
    """`published` (the article's date where the statement lacks one) and `month`, its first day, in place."""
    if "published" not in df.columns:
        df["published"] = pd.NaT
    pub = pd.to_datetime(df["published"], errors="coerce")
    if articles is not None and len(articles) and "published" in articles.columns and "article_id" in df.columns:
        by_article = pd.to_datetime(articles.set_index("article_id")["published"], errors="coerce")
        pub = pub.fillna(df["article_id"].map(by_article))
    df["published"] = pub
    df["month"] = pub.dt.to_period("M").dt.to_timestamp()


def _officials_only(df: pd.DataFrame, out_notes: list) -> pd.DataFrame:
    """The statements by officials; all of them, with a note, when `speaker_is_official` is absent or never true."""
    n_all = len(df)
    if "speaker_is_official" not in df.columns:
        out_notes.append("Column speaker_is_official is not in the statements table yet: all "
                         f"{n_all} statements are analysed, not only officials'.")
        return df
    off = df["speaker_is_official"].fillna(False).astype(bool)
    if n_all and not off.any():
        out_notes.append(f"No statement is marked as said by an official (speaker_is_official is false for "
                         f"all {n_all}): all statements are analysed instead. Treat the charts as "
                         "'all speakers'.")
        return df
    df = df[off]
    out_notes.append(f"Officials only: {len(df)} of {n_all} statements.")
    return df


def prepare(statements: pd.DataFrame, articles: pd.DataFrame | None = None, *, official_only: bool = True,
            include_repeats: bool = False) -> pd.DataFrame:
    """Statements with a `month` column (first day of the month of `published`, from the article where the
    statement lacks it), `side` (the speaker country's side), `source_group` (the article's outlet, else its input
    file) and, when official_only, restricted to statements by officials. Repeated copies of a statement
    (`is_repeat`, see pledgewatch.repeats) are left out unless include_repeats.

    Notes record what was done: repeats and undated statements left out, and what happened to the official filter
    when `speaker_is_official` is absent or never true (then all statements are kept and the note says so).
    """
    out_notes = []
    df = _without_repeats(statements.copy(), include_repeats, out_notes)
    _add_month(df, articles)
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
        df = _officials_only(df, out_notes)
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
