"""Readers per format. Each yields RawRecord objects, one per input record, bad ones included (with a status and a
reason), streaming: a file is never read whole when it holds many records, and a single record is read only up to
the size limit.

Formats (also inside .gz): folder of .txt/.md (first line the title; YAML front matter or a sidecar .json/.yml/.yaml
with date/outlet/url/title), .jsonl/.ndjson, .json (a record or a list of records), .csv/.tsv (column mapping with
aliases from data/reference/column_aliases.csv), .html/.htm (main text by trafilatura; script/style never kept).
Database exports (LexisNexis text/RTF, Nexis Uni DOCX, Factiva HTML/RTF) and any .docx/.rtf are recognised by
content before the extension decides (`_export_kind`) and read by ingest.exports, one record per article.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from .files import (
    _FRONT,
    _from_meta,
    _not_a_file,
    _walk,
    discover,
    is_sidecar,
    sidecar_meta,
    split_front_matter,
    tree_files,
)
from .raw import (
    _CSV_FIELD_LIMIT,
    CSV_EXT,
    DEFAULT_MAX_CHARS,
    FIELDS,
    HTML_EXT,
    JSON_EXT,
    JSONL_EXT,
    MAX_JSONL_LINE,
    META_EXT,
    TEXT_EXT,
    RawRecord,
    _cut,
    _inner_suffix,
    _open,
    _read_capped,
    _stem,
    aliases,
    normalize_mapping,
    resolve_columns,
)
from .tabular import (
    _ID_GUESS,
    _decoded_lines,
    _guess_id,
    _iter_lines,
    read_csv,
    read_json,
    read_jsonl,
    record_from_mapping,
)
from .textfiles import (
    _DROP_TAGS,
    _decoded,
    _html_fallback,
    read_html,
    read_text_file,
)

# the parts' names, importable from here as before the split
__all__ = [
    "TEXT_EXT",
    "JSONL_EXT",
    "JSON_EXT",
    "CSV_EXT",
    "HTML_EXT",
    "META_EXT",
    "FIELDS",
    "DEFAULT_MAX_CHARS",
    "_CSV_FIELD_LIMIT",
    "MAX_JSONL_LINE",
    "RawRecord",
    "aliases",
    "normalize_mapping",
    "resolve_columns",
    "_inner_suffix",
    "_stem",
    "_open",
    "_read_capped",
    "_cut",
    "is_sidecar",
    "discover",
    "_not_a_file",
    "tree_files",
    "_walk",
    "sidecar_meta",
    "_FRONT",
    "split_front_matter",
    "_from_meta",
    "_decoded",
    "read_text_file",
    "_DROP_TAGS",
    "_html_fallback",
    "read_html",
    "record_from_mapping",
    "_iter_lines",
    "read_jsonl",
    "_ID_GUESS",
    "_guess_id",
    "read_json",
    "_decoded_lines",
    "read_csv",
]


# ---------------------------------------------------------------------------------------- database exports (hook)
EXPORT_EXT = TEXT_EXT | HTML_EXT | {".docx", ".rtf", ".doc"}


def _export_kind(path: Path, suffix: str) -> str | None:
    """A database export (exports.sniff, by content): LexisNexis/Nexis Uni/Factiva, or any DOCX/RTF."""
    if suffix not in EXPORT_EXT:
        return None
    from . import exports

    try:
        with _open(path) as fh:
            head = fh.read(exports.SNIFF_BYTES if suffix in HTML_EXT else exports.SNIFF_TEXT_BYTES)
    except (OSError, EOFError, zlib.error):
        return None  # the ordinary reader reports it
    return exports.sniff(path, head, suffix)


def _read_export(path: Path, mapping: dict, max_chars: int, kind: str) -> Iterator[RawRecord]:
    from . import exports

    def read_bytes() -> bytes:
        with _open(path) as fh:
            return fh.read(max(max_chars * 8, 64 * 1024 * 1024))

    yield from exports.read_export(path, kind, read_bytes, _stem(path), max_chars)


# ----------------------------------------------------------------------------------------------------------- driver
def read_file(path: Path, mapping: dict, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[RawRecord]:
    """Records of one file; any unexpected failure becomes one `error` record naming the file, never an exception."""
    suffix = _inner_suffix(path)
    export = _export_kind(path, suffix)
    if export:
        reader = partial(_read_export, kind=export)
    elif suffix in TEXT_EXT:
        reader = read_text_file
    elif suffix in JSONL_EXT:
        reader = read_jsonl
    elif suffix in JSON_EXT:
        reader = read_json
    elif suffix in CSV_EXT:
        reader = read_csv
    elif suffix in HTML_EXT:
        reader = read_html
    elif suffix in (".yml", ".yaml"):
        yield RawRecord(str(path), "meta", status="not_text",
                        reason="YAML file with no text file of the same name beside it (an orphaned sidecar?)")
        return
    else:
        yield RawRecord(str(path), "other", article_id=_stem(path), status="not_text",
                        reason=f"unsupported file type {suffix or '(none)'}: not read")
        return
    count = 0
    try:
        for rec in reader(path, mapping, max_chars):
            count += 1
            yield rec
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        yield RawRecord(str(path) + (f" (after {count} records)" if count else ""), "gz", article_id=_stem(path),
                        status="malformed",
                        reason=f"corrupt or cut gzip data ({type(e).__name__}: {e}); the rest of the file was not read")
    except OSError as e:
        yield RawRecord(str(path), suffix.lstrip("."), status="error", reason=f"could not read the file ({e})")
    except Exception as e:  # noqa: BLE001 - one bad file never stops a run
        yield RawRecord(str(path) + (f" (after {count} records)" if count else ""), suffix.lstrip("."), status="error",
                        reason=f"reader failed: {type(e).__name__}: {e}")
