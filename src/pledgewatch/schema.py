"""pandera schemas of every table the pipeline writes; `validate(name, df)` runs before each write.

docs/DATA_DICTIONARY.md documents these columns. Schemas are not strict: a stage may add columns, but the
columns named here must be present with these types and values.
"""

from __future__ import annotations

import sys

import pandas as pd


def _pandera_without_hypothesis():
    """pandera.pandas, imported without its data-synthesis strategies: pandera imports hypothesis (~0.13 s CPU, 5% of
    a warm re-run) when it is installed, for `schema.strategy()`/`example()`, which the pipeline never calls;
    validation is the same either way (pandera's own fallback for an environment without hypothesis). hypothesis
    stays importable afterwards (the test suite uses it directly)."""
    if "pandera" in sys.modules or "hypothesis" in sys.modules:
        import pandera.pandas

        return pandera.pandas
    sys.modules["hypothesis"] = None  # an import of it raises ImportError while pandera loads
    try:
        import pandera.pandas
        import pandera.strategies.pandas_strategies  # noqa: F401 - loaded by pandera's first validation otherwise
    finally:
        del sys.modules["hypothesis"]
    return pandera.pandas


pa = _pandera_without_hypothesis()
Check, Column, DataFrameSchema = pa.Check, pa.Column, pa.DataFrameSchema

QUOTE_TYPES = ["direct", "indirect", "mixed"]
SPEAKER_TYPES = ["person", "organization", "group", "unknown"]
SPEECH_ACTS = ["pledge", "delivery", "appeal", "refusal", "warning", "assessment", "other"]
OUTLET_SOURCES = ["metadata", "export", "url_domain", "text_signature", "file_name", "id_country",  # ingest.outlets
                  "unknown"]
MANIFEST_STATUSES = [
    "ok", "truncated", "duplicate", "empty", "not_text", "not_english", "malformed", "decode_fallback", "error",
]


def _is_list_of_str(s: pd.Series) -> pd.Series:
    return s.map(lambda v: v is not None and hasattr(v, "__iter__") and not isinstance(v, str)
                 and all(isinstance(x, str) for x in v))


def _str(nullable: bool = False, **kw) -> Column:
    return Column("str", nullable=nullable, coerce=True, **kw)


ARTICLES = DataFrameSchema(
    {
        "article_id": _str(unique=True),
        "source": _str(),
        "title": _str(),
        "text": _str(),
        "published": Column("datetime64[ns]", nullable=True, coerce=True),
        "date_source": _str(nullable=True),
        "outlet": _str(nullable=True),
        "url": _str(nullable=True),
        "n_chars": Column(int, Check.ge(0), coerce=True),
        "title_chars": Column(int, Check.ge(0), coerce=True),
        # where the outlet came from (ingest.outlets) and what database exports give (ingest.exports); optional so
        # that a table written by an older version still validates
        "outlet_source": _str(nullable=True, required=False, checks=Check.isin(OUTLET_SOURCES)),
        "outlet_country": _str(nullable=True, required=False),
        "byline": _str(nullable=True, required=False),
        "word_count": Column("Int64", Check.ge(0), nullable=True, coerce=True, required=False),
        "language": _str(nullable=True, required=False),
        # the article_id of the earlier record this article copies (exact or near-duplicate; ingest dedupe mode
        # 'keep'), else null; its statements that repeat the first copy's have is_repeat true
        "duplicate_of": _str(nullable=True, required=False),
    },
    strict=False,
    name="articles",
)

MANIFEST = DataFrameSchema(
    {
        "source": _str(),
        "article_id": _str(nullable=True),
        "status": _str(checks=Check.isin(MANIFEST_STATUSES)),
        "reason": _str(nullable=True),
        "duplicate_of": _str(nullable=True),
        "outlet": _str(nullable=True, required=False),
        "outlet_source": _str(nullable=True, required=False, checks=Check.isin(OUTLET_SOURCES)),
    },
    strict=False,
    name="manifest",
)

STATEMENTS = DataFrameSchema(
    {
        "statement_id": _str(unique=True),
        "article_id": _str(),
        "published": Column("datetime64[ns]", nullable=True, coerce=True),
        "outlet": _str(nullable=True),
        "text": _str(checks=Check.str_length(min_value=1)),
        "quote_type": _str(checks=Check.isin(QUOTE_TYPES)),
        "cue": _str(),
        "cue_lemma": _str(),
        "speaker_text": _str(),
        "speaker_name": _str(),
        "speaker_id": _str(),
        "speaker_type": _str(checks=Check.isin(SPEAKER_TYPES)),
        "speaker_role": _str(),
        "speaker_country": _str(),
        "speaker_is_official": Column(bool, coerce=True),
        "speaker_unknown_reason": _str(),
        "in_title": Column(bool, coerce=True),
        "char_start": Column(int, Check.ge(0), coerce=True),
        "char_end": Column(int, Check.ge(0), coerce=True),
        "speech_act": _str(checks=Check.isin(SPEECH_ACTS)),
        "aid_related": Column(bool, coerce=True),
        "capabilities": Column(object, Check(_is_list_of_str, element_wise=False)),
        # Added by the coding stage; optional so that a table coded by an older version still validates.
        "pledge_specificity": _str(nullable=True, required=False, checks=Check.isin(["specific", "vague"])),
        "hypothetical": Column(bool, coerce=True, required=False),
        "negated": Column(bool, coerce=True, required=False),
        "amount_text": _str(nullable=True, required=False),
        "amount_value": Column(float, Check.ge(0), nullable=True, coerce=True, required=False),
        "amount_currency": _str(nullable=True, required=False),
        "amount_unit": _str(nullable=True, required=False),
        "commitment_strength": Column(float, Check.in_range(-1.0, 1.0), nullable=True, coerce=True, required=False),
        "frames": Column(object, Check(_is_list_of_str, element_wise=False), required=False),
        # Added where the pipeline assembles the table (pledgewatch.repeats): the second and later copies of a
        # statement (same speaker, same or nearly the same words, same or overlapping article) and the first copy's id.
        "is_repeat": Column(bool, coerce=True, required=False),
        "repeat_of": _str(nullable=True, required=False),
    },
    checks=[Check(lambda df: (df["char_end"] >= df["char_start"]), name="char_end >= char_start")],
    strict=False,
    name="statements",
)

STATEMENT_CAPABILITIES = DataFrameSchema(
    {
        "statement_id": _str(),
        "article_id": _str(),
        "capability": _str(),
        "surface": _str(nullable=True),
        # the weapon systems named for this capability, "; "-joined (capabilities.csv column `system`), else null
        "system": _str(nullable=True, required=False),
    },
    strict=False,
    name="statement_capabilities",
)

# One row per named person of a run (pledgewatch.coding.identity_table): the identity its statements take where an
# article does not say who the person is.
SPEAKERS = DataFrameSchema(
    {
        "speaker_id": _str(unique=True),
        "country": _str(),
        "country_evidence": _str(checks=Check.isin(["officials", "mention", "organisation", "articles", ""])),
        "official": Column("boolean", nullable=True, coerce=True),
        "official_evidence": _str(checks=Check.isin(["officials", "mention", "organisation", ""])),
        "n_statements": Column(int, Check.ge(1), coerce=True),
        "n_articles": Column(int, Check.ge(1), coerce=True),
        "n_evidenced_articles": Column(int, Check.ge(0), coerce=True),
        "n_countries": Column(int, Check.ge(0), coerce=True),
        "first_date": Column("datetime64[ns]", nullable=True, coerce=True),
        "last_date": Column("datetime64[ns]", nullable=True, coerce=True),
    },
    strict=False,
    name="speakers",
)

SCHEMAS = {
    "articles": ARTICLES,
    "manifest": MANIFEST,
    "statements": STATEMENTS,
    "statement_capabilities": STATEMENT_CAPABILITIES,
    "speakers": SPEAKERS,
}


def empty(name: str) -> pd.DataFrame:
    """An empty frame with the schema's columns (so empty corpora still write valid tables)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in SCHEMAS[name].columns})


def validate(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate (and coerce) a table; raises pandera.errors.SchemaErrors listing every failing row."""
    if df.empty and not len(df.columns):
        df = empty(name)
    return SCHEMAS[name].validate(df, lazy=True)


__all__ = ["SCHEMAS", "validate", "empty", "pa", "QUOTE_TYPES", "SPEAKER_TYPES", "SPEECH_ACTS", "MANIFEST_STATUSES"]
