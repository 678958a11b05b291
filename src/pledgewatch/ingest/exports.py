"""Readers of news-database exports, chosen by content as well as by extension, each splitting a file into its
articles (one RawRecord per article, `source` = file + ':doc N').

    lexisnexis   LexisNexis text export ('1 of 10 DOCUMENTS' before each document; outlet and date lines centred,
                 then the headline, BYLINE/SECTION/LENGTH fields, the body, LOAD-DATE/LANGUAGE fields): .txt, or
                 the same text inside an .rtf
    nexis_uni    Nexis Uni DOCX (python-docx): headline, outlet, date line, 'Key: value' fields, 'Body', the body,
                 optional 'Classification' fields, 'End of Document'; also its RTF and text forms
    factiva      Factiva HTML (div#article-<id>: headline, word count, date, source name, source code, language,
                 copyright, p.articleParagraph, 'Document <id>') and the RTF/text form of the same blocks; the
                 Factiva document id becomes `article_id`
    docx / rtf   a Word or RTF file that is not an export: one article, its first paragraph the title

Each record carries title, outlet (with outlet_source 'export'), date (the export's date line; date_source
'metadata'), and in `meta` byline, word_count, section, language (ISO code) where the export gives them. The labels
these exports print (field names, month names, 'Wörter', 'Dokument', 'End of Document') are data in
data/reference/export_labels.csv.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .decode import decode_bytes
from .export_factiva import (
    _factiva_header,
    split_factiva_html,
    split_factiva_text,
)
from .export_fields import (
    _COPYRIGHT,
    _FACTIVA_ID,
    _FIELD,
    _LN_DOC,
    _LN_DOC_BYTES,
    _NUM,
    _TIME,
    HEADER_FIELDS,
    SNIFF_BYTES,
    SNIFF_TEXT_BYTES,
    _collect_fields,
    _is_label,
    _paragraphs,
    _record,
    field_of,
    labels,
    language_code,
    parse_date_line,
    word_count,
)
from .export_lexisnexis import (
    _indent,
    _lexisnexis_doc,
    _nexis_uni_doc,
    _para_text,
    docx_paragraphs,
    rtf_text,
    split_lexisnexis,
    split_nexis_uni,
)

# the parts' names, importable from here as before the split
__all__ = [
    "SNIFF_BYTES",
    "SNIFF_TEXT_BYTES",
    "_LN_DOC",
    "_LN_DOC_BYTES",
    "_FIELD",
    "_COPYRIGHT",
    "_FACTIVA_ID",
    "_TIME",
    "_NUM",
    "HEADER_FIELDS",
    "labels",
    "field_of",
    "parse_date_line",
    "word_count",
    "language_code",
    "_is_label",
    "_record",
    "_collect_fields",
    "_paragraphs",
    "split_lexisnexis",
    "_indent",
    "_lexisnexis_doc",
    "split_nexis_uni",
    "_nexis_uni_doc",
    "_para_text",
    "docx_paragraphs",
    "rtf_text",
    "_factiva_header",
    "split_factiva_html",
    "split_factiva_text",
    "sniff",
    "read_export",
]


# ------------------------------------------------------------------------------------------------- detection
def _kind_of_text(text: str) -> str | None:
    if _LN_DOC.search(text[:200_000]):
        return "lexisnexis"
    lines = {" ".join(x.split()).lower() for x in text[:2_000_000].splitlines()}
    if lines & set(labels().get("end", {})):
        return "nexis_uni"
    for x in text.splitlines():
        m = re.match(r"^\s*(\w+)\s+(\S+)\s*$", x)
        if m and _is_label(m.group(1), "docid") and _FACTIVA_ID.match(m.group(2)) and re.search(r"\d", m.group(2)):
            return "factiva"
    return None


def sniff(path: Path, head: bytes, suffix: str) -> str | None:
    """The export kind of a file from its first bytes (and its extension): 'docx', 'rtf', 'lexisnexis',
    'factiva_html', or None for a file the ordinary readers take."""
    if head.startswith(b"PK\x03\x04"):
        if suffix == ".docx" or b"word/" in head[:4096]:
            return "docx"
        return None
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{\\rtf"):
        return "rtf"
    if suffix in (".docx", ".rtf", ".doc"):
        return None
    if b"\x00" in head[:4096]:
        return None
    # the markers are ASCII: look for them in the bytes, decode only a candidate (most files are neither)
    if b"articleParagraph" in head:
        text = decode_bytes(head, cut=True).text or ""
        if 'id="article-' in text or re.search(r'class="[a-z]{2}Headline"', text):
            return "factiva_html"
        return None
    if _LN_DOC_BYTES.search(head):
        return "lexisnexis"
    return None


def _records(path: Path, fmt: str, docs: list[dict], stem: str) -> Iterator:
    for d in docs:
        n = d.get("number") or 1
        aid = d.get("docid") or f"{stem}-doc{n:03d}"
        rec = _record(f"{path}:doc {n}", fmt, aid, title=d.get("title"), outlet=d.get("outlet"),
                      date_line=d.get("date_line"), body=d.get("body") or "", fields=d.get("fields"))
        rec.names = [aid] if d.get("docid") else []
        yield rec


def read_export(path: Path, kind: str, read_bytes: Callable[[], bytes], stem: str, max_chars: int) -> Iterator:
    """Records of one export file (kind from sniff())."""
    from .readers import RawRecord, _cut

    data = read_bytes()
    if kind == "docx":
        try:
            paras = docx_paragraphs(data)
        except (zipfile.BadZipFile, KeyError, ValueError) as e:
            yield RawRecord(str(path), "docx", article_id=stem, status="malformed",
                            reason=f"not a readable DOCX ({type(e).__name__}: {e})")
            return
        text = "\n".join(paras)
        if _kind_of_text(text) == "nexis_uni":
            fmt, docs = "nexis_uni_docx", split_nexis_uni(paras)
        elif _kind_of_text(text) == "lexisnexis":
            fmt, docs = "lexisnexis_docx", split_lexisnexis(text)
        else:
            fmt, docs = "docx", [_plain(paras)]
    elif kind == "rtf":
        text = rtf_text(data)
        sub = _kind_of_text(text)
        if sub == "lexisnexis":
            fmt, docs = "lexisnexis_rtf", split_lexisnexis(text)
        elif sub == "nexis_uni":
            fmt, docs = "nexis_uni_rtf", split_nexis_uni(text.split("\n"))
        elif sub == "factiva":
            fmt, docs = "factiva_rtf", split_factiva_text(text)
        else:
            fmt, docs = "rtf", [_plain(text.split("\n"))]
    elif kind == "factiva_html":
        dec = decode_bytes(data)
        fmt, docs = "factiva_html", split_factiva_html(dec.text or "")
    elif kind == "lexisnexis":
        dec = decode_bytes(data)
        fmt, docs = "lexisnexis_txt", split_lexisnexis(dec.text or "")
    else:
        raise ValueError(f"unknown export kind {kind!r}")
    if not docs:
        yield RawRecord(str(path), fmt, article_id=stem, status="empty",
                        reason=f"{fmt} file with no document in it")
        return
    for rec in _records(path, fmt, docs, stem):
        if fmt in ("docx", "rtf"):  # one article: the file's own name, as the text reader does
            rec.source, rec.article_id, rec.names = str(path), stem, [path.name]
            rec.meta.pop("outlet_source", None)
        else:
            rec.names.append(path.name)
        if rec.text and len(rec.text) > max_chars:
            rec.truncated = True
            rec.text = _cut(rec.text, max_chars)
        yield rec


def _plain(paras: list[str]) -> dict:
    ps = [" ".join(p.split()) for p in paras]
    ps = [p for p in ps if p]
    return dict(title=ps[0] if ps else None, outlet=None, date_line=None, fields={}, body="\n\n".join(ps[1:]),
                number=1)
