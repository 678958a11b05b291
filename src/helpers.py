"""The one module notebooks import: project paths, table loaders, the chart style and thin re-exports.

Logic lives in the `pledgewatch` package beside this file; this module only gathers what notebooks use.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from pledgewatch import analysis, charts, config
from pledgewatch.analysis import (
    INTERVAL_NOTE,
    PRIMARY_LAG,
    SIDE_LABELS,
    among,
    articles_per_month,
    capabilities_by_country,
    capability_month,
    commitment_index,
    describe_fightin,
    enough,
    event_split,
    fightin_words,
    frame_shares,
    index_claim,
    kiel_release,
    lag_table,
    load_events,
    load_kiel_by_country,
    load_kiel_monthly,
    load_tables,
    monthly_share,
    months_without_articles,
    notes,
    phrase_claim,
    phrase_share,
    pledges_vs_appeals,
    pledges_vs_kiel_by_country,
    population,
    prepare,
    proper_nouns,
    share_by,
    source_group,
    specificity_claim,
    specificity_monthly,
    split_periods,
    systems_month,
    trend_claim,
)
from pledgewatch.charts import (
    bar_chart,
    caption,
    coverage_chart,
    fightin_words_chart,
    frame_chart,
    heatmap_chart,
    hist_chart,
    index_chart,
    kiel_chart,
    lag_chart,
    monthly_share_chart,
    note,
    notebook_setup,
    paired_bars_chart,
    save_table,
    scatter_chart,
    share_by_chart,
    show_notes,
    specificity_chart,
    table,
    too_little,
)
from pledgewatch.config import FIGURES, INTERIM, PROCESSED, RAW, REFERENCE, REPORTS, ROOT, SHARED
from pledgewatch.nlp import load_nlp
from pledgewatch.uncertainty import cluster_bootstrap, holm, peak_test, trend_test


class Analysis(NamedTuple):
    paths: dict
    tables: dict
    st: pd.DataFrame
    pop: pd.DataFrame
    unit: str
    source: str


def open_analysis(processed=None, figures_dir=None, tables_dir=None, *, official_only: bool = True,
                  corpus_label: str = "the sample corpus") -> Analysis:
    """What every analysis notebook starts from: output folders and chart style set up, the processed tables
    loaded, statements prepared (months, sides, the official filter) and the population they describe."""
    paths = notebook_setup(processed, figures_dir, tables_dir)
    tables = load_tables(paths["processed"])
    st = prepare(tables["statements"], tables["articles"], official_only=official_only)
    pop, unit = analysis.population(st)
    return Analysis(paths, tables, st, pop, unit, f"pledgewatch statements from {corpus_label}")


def ingest_summary(manifest: pd.DataFrame) -> str:
    """The status summary `pledgewatch run` prints (pledgewatch.ingest.summarize)."""
    from pledgewatch.ingest import summarize

    return summarize(manifest)


def processed_statuses() -> tuple[str, ...]:
    """Manifest statuses whose record became an article (ok, truncated, decode_fallback)."""
    from pledgewatch.ingest.manifest import PROCESSED_STATUSES

    return PROCESSED_STATUSES


def run(*args, **kwargs):
    """pledgewatch.pipeline.run, imported on first use: notebooks that only read tables do not import the NLP
    stages (nor tqdm's notebook warning)."""
    from pledgewatch.pipeline import run as _run

    return _run(*args, **kwargs)


def load_table(name: str, processed=PROCESSED) -> pd.DataFrame:
    """A processed table by name: articles, statements, statement_capabilities (parquet) or manifest (csv)."""
    from pathlib import Path

    processed = Path(processed)
    if name == "manifest":
        return pd.read_csv(processed / "manifest.csv")
    return pd.read_parquet(processed / f"{name}.parquet")


def load_statements(processed=PROCESSED) -> pd.DataFrame:
    return load_table("statements", processed)


def load_articles(processed=PROCESSED) -> pd.DataFrame:
    return load_table("articles", processed)


def load_manifest(processed=PROCESSED) -> pd.DataFrame:
    return load_table("manifest", processed)


__all__ = ["config", "ROOT", "RAW", "INTERIM", "PROCESSED", "REFERENCE", "REPORTS", "FIGURES", "SHARED",
           "load_nlp", "run", "load_table", "load_statements", "load_articles", "load_manifest",
           # analysis and charts for the notebooks (logic lives in pledgewatch.analysis / pledgewatch.charts)
           "analysis", "charts", "load_events", "load_tables", "notes", "prepare", "caption", "note",
           "notebook_setup", "open_analysis", "ingest_summary", "processed_statuses", "Analysis", "save_table",
           "show_notes", "table", "too_little",
           # who is counted, coverage, shares with clustered intervals, the tests behind titles (docs/METHOD.md)
           "INTERVAL_NOTE", "SIDE_LABELS", "among", "articles_per_month", "enough", "monthly_share",
           "months_without_articles", "population", "share_by", "source_group", "specificity_claim",
           "specificity_monthly", "trend_claim", "cluster_bootstrap", "holm", "peak_test", "trend_test",
           "bar_chart", "coverage_chart", "hist_chart", "monthly_share_chart", "share_by_chart", "specificity_chart",
           "capitalise", "as_dates", "PRIMARY_LAG", "kiel_release", "lag_table", "load_kiel_by_country",
           "load_kiel_monthly", "pledges_vs_kiel_by_country", "kiel_chart", "lag_chart", "scatter_chart", "spearman",
           "capabilities_by_country", "capability_month", "pledges_vs_appeals", "systems_month", "heatmap_chart",
           "paired_bars_chart", "commitment_index", "describe_fightin", "event_split", "fightin_words",
           "frame_shares", "index_claim", "phrase_claim", "phrase_share", "proper_nouns", "split_periods",
           "fightin_words_chart", "frame_chart", "index_chart"]


def spearman(x, y) -> dict:
    """Spearman rank correlation of two columns: {'rho', 'p', 'n'} (NaN when either does not vary)."""
    from scipy import stats

    x, y = pd.Series(x).astype(float).reset_index(drop=True), pd.Series(y).astype(float).reset_index(drop=True)
    ok = x.notna() & y.notna()
    if ok.sum() < 3 or x[ok].nunique() < 2 or y[ok].nunique() < 2:
        return {"rho": float("nan"), "p": float("nan"), "n": int(ok.sum())}
    r = stats.spearmanr(x[ok], y[ok])
    return {"rho": float(r.statistic), "p": float(r.pvalue), "n": int(ok.sum())}


def as_dates(values) -> pd.Series:
    """Values as datetimes (NaT where a value is not a date)."""
    return pd.to_datetime(pd.Series(values), errors="coerce")


def capitalise(text: str) -> str:
    """The text with its first letter capitalised (titles built from phrases)."""
    return text[:1].upper() + text[1:] if text else text
