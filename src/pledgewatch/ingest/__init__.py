"""Ingest: raw files of any supported format -> clean articles + a manifest row for every input record.

CONTRACT (used by pledgewatch.pipeline; keep these signatures):
    iter_records(raw, mapping=None) -> Iterator[tuple[dict | None, dict]]
        Streams (article, manifest_row) pairs, one per input record; article is None when the record is not
        processed (duplicate, empty, not_text, not_english, malformed, error). A copy of an earlier record under its
        own id is processed (dedupe mode 'keep'): its article and manifest rows name the first copy in duplicate_of.
    ingest(raw, mapping=None) -> tuple[pd.DataFrame, pd.DataFrame]
        (articles, manifest) as DataFrames (schema.ARTICLES / schema.MANIFEST).
    summarize(manifest) -> str
        The status summary printed at the end of each run.

article dict keys: article_id, source, title, text (clean text: the title, a blank line, then the body; offsets of
statements index into this), title_chars (len of the title prefix in text, 0 if none), published (datetime.date or
None), date_source (metadata | filename | text_date | war_day | weekday | unknown), outlet, url, n_chars;
extra: date_reason, n_removed, removed (JSON {rule_id: count}), outlet_source (metadata | export | url_domain |
text_signature | file_name | id_country | unknown), outlet_country (ISO code), and what a database export gives:
byline, word_count, language (ISO code), section, duplicate_of (the first copy's article_id, or None).
manifest row keys: source (path, with ':line N' / ':row N' / ':item N' / ':doc N' where a file holds several
records), article_id, status, reason, duplicate_of; extra: similarity, format, encoding, flags, title, published,
date_source, date_reason, n_chars, n_removed, removed, english_score, outlet, outlet_source.

Modules: readers (formats, column mapping), exports (LexisNexis, Nexis Uni, Factiva exports; any DOCX/RTF: chosen
by content, one record per article), outlets (outlet + outlet_source from outlets.csv), decode (encodings, binary sniffing), clean (character map and
furniture rules from data/reference/), dates, language, dedupe, manifest (rows, summarize), core (the pipeline).
Duplicates: dedupe='keep' (default: copies under their own id processed and linked), 'near' (every copy set aside,
as before round 13), 'exact' or 'off', or $PLEDGEWATCH_DEDUPE when not given (core.dedupe_mode; benchmarks that
replicate a corpus with a marker line per copy set PLEDGEWATCH_DEDUPE=exact). PROCESSED_STATUSES are the statuses
whose record became an article (ok, truncated, decode_fallback).
`mapping` maps fields (id, text, title, date, outlet, url) to column names, e.g. {"text": "articles"}; without it
columns are matched by the aliases in data/reference/column_aliases.csv.
"""

from __future__ import annotations

from .clean import clean_body, normalize
from .core import dedupe_mode, ingest, iter_records
from .dates import resolve_date
from .manifest import PROCESSED_STATUSES, STATUS_HELP, summarize

__all__ = ["iter_records", "ingest", "summarize", "clean_body", "normalize", "resolve_date", "dedupe_mode",
           "STATUS_HELP", "PROCESSED_STATUSES"]
