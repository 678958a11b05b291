"""A raw record (`RawRecord`) and what every reader shares: the file kinds by extension, the column mapping of a
table's columns to the record's fields (column_aliases.csv), opening a file (gzip too) and cutting a long text."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import config
from ..rawinput import META_EXT as META_EXT
from ..rawinput import stem as _stem  # noqa: F401 - used by the readers

TEXT_EXT = {".txt", ".md", ".markdown", ".text", ""}
JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
JSON_EXT = {".json"}
CSV_EXT = {".csv", ".tsv"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
FIELDS = ("id", "text", "title", "date", "outlet", "url")

# an article longer than this is cut (status truncated): spaCy's parse of one text is the peak of a worker's memory
# (500,000 characters took 1.8 GB in one process); at 150,000 a worker stays under about 1 GB (docs/OPERATIONS.md)
DEFAULT_MAX_CHARS = 150_000
_CSV_FIELD_LIMIT = 256 * 1024 * 1024
MAX_JSONL_LINE = 64 * 1024 * 1024  # longer JSON lines are skipped (malformed); shorter ones are parsed, then cut


@dataclass
class RawRecord:
    source: str
    fmt: str
    article_id: str | None = None
    text: str | None = None
    title: str | None = None
    date: object = None
    outlet: str | None = None
    url: str | None = None
    names: list = field(default_factory=list)  # where a timestamp may hide (file name, id)
    status: str | None = None  # set when the record is already known bad
    reason: str | None = None
    encoding: str | None = None
    flags: list = field(default_factory=list)
    truncated: bool = False
    title_in_text: bool = False  # text is known to begin with the title
    meta: dict = field(default_factory=dict)  # export fields: byline, word_count, section, language, outlet_source


# ---------------------------------------------------------------------------------------------------- column mapping
@lru_cache(maxsize=2)
def aliases(path: str | None = None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {f: [] for f in FIELDS}
    for row in config.reference_rows(path or config.reference("column_aliases.csv")):
        f, a = row["field"].strip(), row["alias"].strip().lower()
        if f in out and a:
            out[f].append(a)
    return out


def normalize_mapping(mapping) -> dict[str, str]:
    """mapping: {field: column} (or {column: field}); "field=column,field=column"; a YAML/JSON file of the same."""
    if mapping is None:
        return {}
    if isinstance(mapping, str) and "=" in mapping and not Path(mapping).is_file():
        mapping = dict(part.split("=", 1) for part in mapping.split(",") if "=" in part)  # "text=articles,title=x"
        mapping = {k.strip(): v.strip() for k, v in mapping.items()}
    elif isinstance(mapping, (str, Path)):
        import yaml

        mapping = yaml.safe_load(Path(mapping).read_text(encoding="utf-8")) or {}
    out = {}
    for k, v in dict(mapping).items():
        if k in FIELDS:
            out[k] = str(v)
        elif v in FIELDS:
            out[str(v)] = str(k)
    return out


def resolve_columns(columns, mapping: dict[str, str]) -> dict[str, str]:
    """{field: actual column name} for the fields present: explicit mapping first, then aliases (case-insensitive)."""
    cols = [str(c) for c in columns]
    lower = {}
    for c in cols:
        lower.setdefault(c.strip().lower().lstrip("\ufeff"), c)
    out = {}
    for f in FIELDS:
        if f in mapping:
            want = mapping[f]
            if want in cols:
                out[f] = want
            elif want.lower() in lower:
                out[f] = lower[want.lower()]
            continue
        for a in aliases()[f]:
            if a in lower and lower[a] not in out.values():
                out[f] = lower[a]
                break
    return out


# ------------------------------------------------------------------------------------------------------ file access
def _inner_suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return Path(name).suffix


def _open(path: Path):
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _read_capped(path: Path, max_bytes: int) -> tuple[bytes, bool]:
    with _open(path) as fh:
        data = fh.read(max_bytes + 1)
    return data[:max_bytes], len(data) > max_bytes


def _cut(text: str, max_chars: int) -> str:
    """Cut at the last paragraph (or sentence) end before max_chars."""
    head = text[:max_chars]
    for sep in ("\n\n", "\n", ". "):
        i = head.rfind(sep)
        if i > max_chars * 0.8:
            return head[: i + (1 if sep == ". " else 0)]
    return head
