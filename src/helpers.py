"""The one module notebooks import: project paths, table loaders, the chart style and thin re-exports.

Logic lives in the `pledgewatch` package beside this file; this module only gathers what notebooks use.
"""

from __future__ import annotations

import pandas as pd

from pledgewatch import analysis, charts, config
from pledgewatch.analysis import load_events, load_tables, notes, prepare
from pledgewatch.charts import caption, note, notebook_setup, save_table, show_notes, table, too_little
from pledgewatch.config import FIGURES, INTERIM, PROCESSED, RAW, REFERENCE, REPORTS, ROOT, SHARED
from pledgewatch.nlp import load_nlp


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
           "notebook_setup", "save_table", "show_notes", "table", "too_little"]
