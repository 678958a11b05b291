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
    first_articles,
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
    metric_bars_chart,
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


# ---------------------------------------------------------------------------------------------- validation block
# Drill-down tables under charts and corrected estimates from a hand-coded sample (docs/VALIDATION.md).
def drilldown(statements: pd.DataFrame, title: str = "The statements behind this chart", articles=None, *,
              max_rows: int | None = 150, seed: int = 0) -> None:
    """Show a collapsed, searchable, sortable table of these statements (date, speaker, country, side, act,
    capabilities, statement with its cue, the article's title and link): one line under a chart,
    `h.drilldown(st[st["speech_act"] == "pledge"], "Pledges", tables["articles"])`. At most max_rows (a random
    sample, said in the summary); text is escaped. Searchable and sortable in the HTML reports."""
    from IPython.display import HTML, display

    from pledgewatch.drilldown import table_html

    display(HTML(table_html(statements, title, articles=articles, max_rows=max_rows, seed=seed)))


def corrected_estimates(st: pd.DataFrame, statements: pd.DataFrame, validation=None, *, name: str,
                        source: str, labels=("pledge", "appeal"), period: str = "Y", population: str = "statements"):
    """The machine's and the corrected share of each label among `st` (the notebook's population), overall and
    per period (`period`: 'Y' years, 'Q' quarters), with 95% intervals, from a hand-coded sample: `validation` is
    a coding_dev-style folder or a `pledgewatch sample` folder with its coded sheet (None: ../shared/eval/coding_dev
    when present; False: none). `statements` is the full statements table (items are matched against it). Saves
    the table `<name>.csv` and the chart `<name>`, says in words what the correction did; returns the table or
    None."""
    from pledgewatch import correction

    path = correction.default_validation() if validation is None else (validation or None)
    if path is None:
        note("No hand-coded sample (validation parameter; ../shared/eval/coding_dev absent): no corrected "
             "estimates. Draw one with `pledgewatch sample` and code it (docs/VALIDATION.md).")
        return None
    v = correction.load_validation(path, statements)
    d = st.copy()
    d["period"] = d["month"].dt.to_period(period).astype(str).where(d["month"].notna(), None)
    t = correction.corrected_shares(d, v, labels, by="period")
    if t.empty or t["n_coded"].max() < 2:
        note(f"{v.describe()}; too few of them among these {population} to correct anything.")
        return None
    save_table(t, name)
    n_coded = int(t.loc[t["domain"] == "all", "n_coded"].max())
    correction.chart(t, name=name, title=correction.headline(t, labels[0]),
                     caption=caption(source, len(d), population,
                                     f"Corrected by prediction-powered inference with {n_coded} hand-coded statements "
                                     f"({v.source}, weighted by 1 / inclusion probability); intervals 95%."))
    note(v.describe() + ".")
    for _, r in t[t["domain"] == "all"].iterrows():
        note(correction.describe(r), "finding")
    return t


def coding_quality(statements: pd.DataFrame, validation=None, *, name: str) -> pd.DataFrame | None:
    """The machine's speech acts against a hand-coded sample (validation: as in corrected_estimates): a note with
    the accuracy, a table of per-act precision / recall / F1 with bootstrap intervals (saved as `<name>.csv`) and the
    confusion matrix. Returns the coded items joined with the machine's act (column `machine`), or None."""
    from pledgewatch import correction
    from pledgewatch.evaluation import agreement

    path = correction.default_validation() if validation is None else (validation or None)
    coded = correction.load_validation(path, statements) if path else None
    if coded is None or not len(coded.coded):
        note("No hand-coded sample (validation parameter; ../shared/eval/coding_dev absent or matching no "
             "statement): no coding quality figures. Draw one with `pledgewatch sample` (docs/VALIDATION.md).")
        return None
    c = coded.coded.merge(statements[["statement_id", "speech_act"]].rename(columns={"speech_act": "machine"}),
                          on="statement_id")
    s = c[c["is_statement"]]
    acts = agreement.compare(s["speech_act"].tolist(), s["machine"].tolist(), list(agreement.ACTS), s["weight"])
    rows = pd.DataFrame([{"act": a, "coded": v["support"], "machine": v["predicted"], "precision": v["precision"],
                          "precision 95%": v["precision_ci"], "recall": v["recall"], "recall 95%": v["recall_ci"],
                          "F1": v["f1"]} for a, v in acts["classes"].items()])
    save_table(rows, name)
    note(f"{coded.describe()}. Speech act: the machine agrees with the coders on {acts['accuracy']:.0%} of "
         f"{acts['n']} statements (95% interval {acts['accuracy_ci'][0]:.0%}-{acts['accuracy_ci'][1]:.0%}; "
         f"weighted to the corpus {acts['accuracy_weighted']:.0%}).")
    table(rows, max_rows=10, caption="Machine against the hand-coded sample, per speech act (bootstrap 95% "
          "intervals; unweighted: the sample over-represents aid talk)")
    table(pd.DataFrame(acts["confusion"]).T.rename_axis("coded \\ machine").reset_index(), max_rows=10,
          caption="Confusion matrix: rows the coders' act, columns the machine's")
    return c


def coded_disagreements(coded: pd.DataFrame, statements: pd.DataFrame, label: str = "pledge") -> pd.DataFrame:
    """The statements of a coded sample where the machine and the coders disagree about `label`, their
    speech_act shown as 'machine (coded: coder)': for h.drilldown."""
    wrong = coded[(coded["speech_act"] == label) != (coded["machine"] == label)]
    out = statements.merge(wrong[["statement_id", "speech_act"]].rename(columns={"speech_act": "coder"}),
                           on="statement_id")
    out["speech_act"] = out["speech_act"] + " (coded: " + out["coder"].fillna("not a statement") + ")"
    return out


__all__ = ["config", "ROOT", "RAW", "INTERIM", "PROCESSED", "REFERENCE", "REPORTS", "FIGURES", "SHARED",
           "load_nlp", "run", "load_table", "load_statements", "load_articles", "load_manifest",
           # analysis and charts for the notebooks (logic lives in pledgewatch.analysis / pledgewatch.charts)
           "analysis", "charts", "load_events", "load_tables", "notes", "prepare", "caption", "note",
           "notebook_setup", "open_analysis", "ingest_summary", "processed_statuses", "Analysis", "save_table",
           "show_notes", "table", "too_little",
           # who is counted, coverage, shares with clustered intervals, the tests behind titles (docs/METHOD.md)
           "INTERVAL_NOTE", "SIDE_LABELS", "among", "articles_per_month", "first_articles", "enough", "monthly_share",
           "months_without_articles", "population", "share_by", "source_group", "specificity_claim",
           "specificity_monthly", "trend_claim", "cluster_bootstrap", "holm", "peak_test", "trend_test",
           "bar_chart", "coverage_chart", "hist_chart", "monthly_share_chart", "share_by_chart", "specificity_chart",
           "capitalise", "as_dates", "PRIMARY_LAG", "kiel_release", "lag_table", "load_kiel_by_country",
           "load_kiel_monthly", "pledges_vs_kiel_by_country", "kiel_chart", "lag_chart", "scatter_chart", "spearman",
           "capabilities_by_country", "capability_month", "pledges_vs_appeals", "systems_month", "heatmap_chart",
           "paired_bars_chart", "commitment_index", "describe_fightin", "event_split", "fightin_words",
           "frame_shares", "index_claim", "phrase_claim", "phrase_share", "proper_nouns", "split_periods",
           "fightin_words_chart", "frame_chart", "index_chart",
           # validation: drill-down tables, corrected estimates, coding quality (docs/VALIDATION.md)
           "drilldown", "corrected_estimates", "coding_quality", "coded_disagreements",
           # gold-set scores (pledgewatch.evaluation)
           "score_gold_sets", "metric_bars_chart", "SHARED"]


def score_gold_sets(sets=None):
    """`make eval`'s scores of the gold sets in ../shared/eval: (scores, errors) tables
    (pledgewatch.evaluation.gold.score_all); the NLP stages are imported on first use."""
    from pledgewatch.evaluation.gold import score_all

    return score_all(sets=sets)


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
