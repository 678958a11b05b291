"""What news-database exports share: the labels they print (export_labels.csv: field names, month names, 'End of
Document'), a 'Label: value' line read as a field, their date lines, word counts and languages, and one
article's record built from its header fields and paragraphs."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .. import config
from .dates import parse_metadata_date

SNIFF_BYTES = 1 << 20  # bytes of an HTML file read to recognise a Factiva export (its markup follows long scripts)
SNIFF_TEXT_BYTES = 64 * 1024  # bytes of any other file (a LexisNexis export says '1 of N DOCUMENTS' near the top)

_LN_DOC = re.compile(r"^\s*(\d+)\s+of\s+(\d+)\s+DOCUMENTS?\s*$", re.I | re.M)
_LN_DOC_BYTES = re.compile(rb"^[ \t]*\d+[ \t]+of[ \t]+\d+[ \t]+DOCUMENTS?[ \t]*\r?$", re.I | re.M)
_FIELD = re.compile(r"^\s*([A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß/ -]{0,30}?)\s*:[\s\u00a0]*(.*)$")
_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|\(c\)|©|all rights reserved)", re.I)
_FACTIVA_ID = re.compile(r"^[A-Za-z0-9]{16,40}$")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[AP]M|Uhr|GMT|UTC|ET|CET|CEST))*$", re.I)
_NUM = re.compile(r"^\d[\d,.\u00a0 ]*$")
HEADER_FIELDS = {"byline", "word_count", "section", "dateline", "highlight"}  # between a headline and its body


# ------------------------------------------------------------------------------------------------------ labels
@lru_cache(maxsize=2)
def labels(path: str | None = None) -> dict[str, dict[str, str]]:
    """{kind: {label (lower case): value}} from export_labels.csv."""
    out: dict[str, dict[str, str]] = {}
    for row in config.reference_rows(path or config.reference("export_labels.csv")):
        out.setdefault(row["kind"].strip(), {})[row["label"].strip().lower()] = row["value"].strip()
    return out


def field_of(line: str) -> tuple[str, str] | None:
    """('byline', 'Andrew Sparrow') for a known 'Label: value' line, else None."""
    m = _FIELD.match(line)
    if not m:
        return None
    name = labels().get("field", {}).get(" ".join(m.group(1).lower().split()))
    return (name, m.group(2).strip()) if name else None


def parse_date_line(s: str) -> dt.date | None:
    """A date line of an export ('January 11, 2010 Monday', 'July 1, 2019 Monday 9:20 AM GMT', '9 Mai 1998')."""
    s = " ".join(str(s).replace("\u00a0", " ").split())
    if not s or not re.search(r"\d", s) or len(s) > 80:
        return None
    months = labels().get("month", {})

    def en(m: re.Match) -> str:
        n = months.get(m.group(0).lower().rstrip("."))
        return dt.date(2000, int(n), 1).strftime("%B") if n else m.group(0)

    s2 = re.sub(r"[^\W\d_]+\.?", en, s)
    d, _problem = parse_metadata_date(s2)
    if d is None or not re.search(r"(?:19|20)\d{2}", s2):
        return None
    return d


def word_count(s: str) -> int | None:
    """355 from '355 words', '2,968 words', '664 Wörter'."""
    m = re.match(r"^\s*(\d[\d,.\u00a0]*)\s*([^\W\d_]+)?\s*$", s or "")
    if not m:
        return None
    unit = (m.group(2) or "").lower()
    if unit and unit not in labels().get("words", {}):
        return None
    return int(re.sub(r"\D", "", m.group(1)))


def language_code(s: str) -> str | None:
    """'en' from 'ENGLISH', 'English; ENGLISH', 'en'; None for what export_labels.csv does not know."""
    s = re.split(r"[;,/]", (s or "").strip().lower())[0].strip()
    if not s:
        return None
    return labels().get("language", {}).get(s) or (s if re.fullmatch(r"[a-z]{2}", s) else None)


def _is_label(line: str, kind: str) -> bool:
    return " ".join(line.split()).lower() in labels().get(kind, {})


# ------------------------------------------------------------------------------------------------------ records
def _record(source: str, fmt: str, aid: str, *, title=None, outlet=None, date_line=None, body="", fields=None,
            flags=None):
    from .readers import RawRecord

    rec = RawRecord(source, fmt, article_id=aid, title=(title or None), outlet=(outlet or None), names=[])
    rec.text = body
    rec.flags = list(flags or [])
    fields = fields or {}
    if date_line:
        d = parse_date_line(date_line)
        rec.date = d
        if d is None:
            rec.flags.append(f"export date line {date_line[:40]!r} not read")
    meta = {"outlet_source": "export"}
    if fields.get("byline"):  # 'BY STEPHEN POLLARD', 'By Jane Smith', 'Von Amos Oz' -> the names
        meta["byline"] = re.sub(r"^(?:by|von|par|por)\s+", "", fields["byline"].strip(), flags=re.I) or None
    if fields.get("word_count"):
        meta["word_count"] = word_count(fields["word_count"])
    if fields.get("section"):
        meta["section"] = re.sub(r";\s*Version:\s*\d+\s*$", "", fields["section"]).strip()
    if fields.get("language"):
        meta["language"] = language_code(fields["language"])  # None when unknown: never a guess
    if fields.get("url") and not rec.url:
        rec.url = fields["url"]
    rec.meta.update(meta)
    return rec


def _collect_fields(lines: list[str], wrapped: bool = True) -> tuple[dict, list[str]]:
    """Known 'Label: value' lines -> ({field: value}, other lines). `wrapped` (a text export's hard-wrapped lines):
    a value continues on the following lines up to a blank line; else every line stands alone (DOCX paragraphs)."""
    fields: dict[str, str] = {}
    rest: list[str] = []
    current = None
    for ln in lines:
        f = field_of(ln)
        if f:
            current = f[0]
            if current != "ignore" and current not in fields:
                fields[current] = f[1]
            continue
        if wrapped and current and ln.strip() and not _COPYRIGHT.match(ln):
            if current != "ignore" and current in fields:
                fields[current] = (fields[current] + " " + ln.strip()).strip()
            continue
        current = None if not ln.strip() else current
        rest.append(ln)
    return fields, rest


def _paragraphs(lines: list[str]) -> str:
    """Hard-wrapped lines -> paragraphs separated by a blank line."""
    paras, cur = [], []
    for ln in lines:
        if ln.strip():
            cur.append(ln.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)
