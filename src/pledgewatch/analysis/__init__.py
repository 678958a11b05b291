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

from pathlib import Path

import pandas as pd

from .. import config
from .base import (
    _RECORD_SUFFIX,
    INTERVAL_NOTE,
    KIEL_DIR_NAME,
    SIDE_LABELS,
    Z95,
    _missing_note,
    _share_table,
    _with_notes,
    among,
    as_list,
    enough,
    missing,
    notes,
    population,
    prepare,
    source_file,
    source_group,
    speaker_side,
    wilson,
)
from .capabilities import (
    capabilities_by_country,
    capability_month,
    explode_capabilities,
    pledges_vs_appeals,
    systems_month,
)
from .kiel import (
    PRIMARY_LAG,
    kiel_countries,
    kiel_dir,
    kiel_release,
    lag_correlations,
    lag_table,
    load_kiel_by_country,
    load_kiel_monthly,
    normalise_country,
    pledges_vs_kiel_by_country,
)
from .monthly import (
    _full_months,
    _trend_phrase,
    articles_per_month,
    event_split,
    first_articles,
    load_events,
    monthly_share,
    months_without_articles,
    share_by,
    specificity_claim,
    specificity_monthly,
    split_periods,
    trend_claim,
)
from .rhetoric import (
    COMMITMENT_PHRASES,
    FRAMES,
    _period_share,
    commitment_index,
    frame_shares,
    index_claim,
    phrase_claim,
    phrase_share,
)
from .words import (
    _TOKEN,
    _stopwords,
    describe_fightin,
    fightin_words,
    proper_nouns,
    tokens,
)

# the parts' names, importable from here as before the split
__all__ = [
    "Z95",
    "KIEL_DIR_NAME",
    "_with_notes",
    "notes",
    "missing",
    "_missing_note",
    "wilson",
    "as_list",
    "SIDE_LABELS",
    "speaker_side",
    "_RECORD_SUFFIX",
    "source_file",
    "source_group",
    "prepare",
    "population",
    "among",
    "enough",
    "_share_table",
    "INTERVAL_NOTE",
    "articles_per_month",
    "first_articles",
    "months_without_articles",
    "_full_months",
    "monthly_share",
    "trend_claim",
    "share_by",
    "specificity_monthly",
    "_trend_phrase",
    "specificity_claim",
    "load_events",
    "event_split",
    "split_periods",
    "explode_capabilities",
    "capability_month",
    "systems_month",
    "pledges_vs_appeals",
    "capabilities_by_country",
    "FRAMES",
    "frame_shares",
    "_period_share",
    "commitment_index",
    "index_claim",
    "phrase_claim",
    "COMMITMENT_PHRASES",
    "phrase_share",
    "proper_nouns",
    "_TOKEN",
    "_stopwords",
    "tokens",
    "fightin_words",
    "describe_fightin",
    "kiel_dir",
    "load_kiel_monthly",
    "load_kiel_by_country",
    "kiel_release",
    "lag_correlations",
    "PRIMARY_LAG",
    "lag_table",
    "kiel_countries",
    "normalise_country",
    "pledges_vs_kiel_by_country",
]


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
