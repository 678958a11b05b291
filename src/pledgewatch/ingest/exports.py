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

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from .. import config
from .dates import parse_metadata_date
from .decode import decode_bytes

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


# ------------------------------------------------------------------------------------------------ LexisNexis text
def split_lexisnexis(text: str) -> list[dict]:
    """Documents of a LexisNexis text export: dicts with title, outlet, date_line, fields, body, number."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    marks = list(_LN_DOC.finditer(text))
    docs = []
    for i, m in enumerate(marks):
        chunk = text[m.end(): marks[i + 1].start() if i + 1 < len(marks) else len(text)]
        docs.append(dict(_lexisnexis_doc(chunk.split("\n")), number=int(m.group(1))))
    return docs


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _lexisnexis_doc(lines: list[str]) -> dict:
    i, n = 0, len(lines)
    while i < n and not lines[i].strip():
        i += 1
    first_field = next((k for k in range(i, min(n, i + 80))
                        if (f := field_of(lines[k])) and f[0] in HEADER_FIELDS), None)
    limit = first_field if first_field is not None else min(n, i + 80)
    top = [k for k in range(i, limit) if lines[k].strip()][:8]
    date_k = next((k for k in top if parse_date_line(lines[k].strip())), None)
    if date_k is not None:  # the outlet line(s), then the date line (centred in most exports, not in all)
        outlet = " ".join(lines[k].strip() for k in top if k < date_k) or None
        date_line = lines[date_k].strip()
        k = date_k + 1
    else:
        date_line, k = None, i
        centred = []
        while k < limit and (not lines[k].strip() or _indent(lines[k]) >= 5):
            if lines[k].strip():
                centred.append(lines[k].strip())
            k += 1
        outlet = centred[0] if centred else None
    while k < limit and (not lines[k].strip() or _indent(lines[k]) >= 5):  # edition lines ('Edition 1;', 'Scotland')
        k += 1
    if first_field is not None:  # the headline: the lines up to the first field (BYLINE, LENGTH ...)
        title_lines, i = lines[k:first_field], first_field
    else:  # no field at all: the headline is the first paragraph
        j = k
        while j < n and lines[j].strip():
            j += 1
        title_lines, i = lines[k:j], j
    head_fields, body_start = [], i
    # header fields (BYLINE, SECTION, LENGTH, DATELINE, HIGHLIGHT ...) up to the first paragraph that is not a field
    j = i
    while j < n:
        if not lines[j].strip():
            j += 1
            continue
        if field_of(lines[j]):
            k = j + 1
            while k < n and lines[k].strip():
                k += 1
            head_fields += lines[j:k]
            j = k
            body_start = j
            continue
        break
    # the body ends at the first footer field (LOAD-DATE, LANGUAGE, GRAPHIC ...: upper-case labels)
    end = n
    for k in range(body_start, n):
        f = _FIELD.match(lines[k])
        if f and f.group(1).isupper() and field_of(lines[k]):
            end = k
            break
    fields, _ = _collect_fields(head_fields + lines[end:])
    body_lines = lines[body_start:end]  # what follows `end` (footer fields, copyright lines) is never body
    while body_lines and (not body_lines[-1].strip() or _COPYRIGHT.match(body_lines[-1])):
        body_lines.pop()  # a document without footer fields ends with its copyright lines
    if not title_lines or not "".join(title_lines).strip():
        title = None
    else:
        title = _paragraphs(title_lines).replace("\n\n", " ")
    return dict(title=title, outlet=outlet, date_line=date_line, fields=fields, body=_paragraphs(body_lines))


# --------------------------------------------------------------------------------------------------- Nexis Uni
def split_nexis_uni(paras: list[str]) -> list[dict]:
    """Documents of a Nexis Uni export given as paragraphs (DOCX paragraphs, or lines of its RTF/text form)."""
    docs, cur = [], []
    for p in paras:
        if _is_label(p, "end"):
            docs.append(cur)
            cur = []
        else:
            cur.append(p)
    if any(p.strip() for p in cur):
        docs.append(cur)
    out = []
    for n, seg in enumerate(docs, 1):
        d = _nexis_uni_doc([p.strip() for p in seg if p.strip()])
        if d is not None:
            out.append(dict(d, number=n))
    return out


def _nexis_uni_doc(ps: list[str]) -> dict | None:
    if not ps:
        return None
    body_at = next((k for k, p in enumerate(ps) if _is_label(p, "body")), None)
    head = ps[:body_at] if body_at is not None else ps[:8]
    fields, rest = _collect_fields(head, wrapped=False)
    rest = [p for p in rest if not _COPYRIGHT.match(p)]
    date_at = max((k for k, p in enumerate(rest) if parse_date_line(p)), default=None)
    if date_at is not None:
        date_line = rest[date_at]
        outlet = rest[date_at - 1] if date_at >= 1 else None
        title = rest[date_at - 2] if date_at >= 2 else None
        if body_at is None:
            body_paras = ps[ps.index(date_line) + 1:]
        else:
            body_paras = ps[body_at + 1:]
    else:
        date_line, outlet = None, None
        title = rest[0] if rest else None
        body_paras = ps[body_at + 1:] if body_at is not None else ps[1:]
    body, tail = [], []
    for k, p in enumerate(body_paras):
        if _is_label(p, "body"):
            continue
        if p.strip().lower() == "classification" or (field_of(p) and field_of(p)[0] in ("load_date", "language")):
            tail = body_paras[k:]
            break
        if field_of(p) and not body:  # fields between the header and the body (older exports)
            tail.append(p)
            continue
        body.append(p)
    more, _ = _collect_fields(tail, wrapped=False)
    for k, v in more.items():
        fields.setdefault(k, v)
    return dict(title=title, outlet=outlet, date_line=date_line, fields=fields, body="\n\n".join(body))


# ------------------------------------------------------------------------------------------------------ Factiva
def _factiva_header(lines: list[str], headline: str | None = None) -> dict:
    """Factiva's header lines in its order (HD, BY, WC, PD, ET, SN, SC, ED, PG, LA, CY): title, byline, word count,
    date, outlet, language."""
    lines = [" ".join(x.split()) for x in lines if x and x.strip()]
    title = headline
    if title is None and lines:
        title, lines = lines[0], lines[1:]
    elif lines and headline is not None and lines[0] == headline:
        lines = lines[1:]
    fields: dict[str, str] = {}
    date_line = outlet = None
    byline_parts = []
    seen_wc = seen_date = False
    for ln in lines:
        if _COPYRIGHT.match(ln):
            continue
        if not seen_wc and word_count(ln) is not None and re.search(r"[^\W\d_]", ln):
            fields["word_count"] = ln
            seen_wc = True
            continue
        if not seen_date and parse_date_line(ln):
            date_line, seen_date = ln, True
            continue
        if language_code(ln) and len(ln) > 2 and seen_date:
            fields.setdefault("language", ln)
            continue
        if not seen_wc and not seen_date:
            byline_parts.append(ln)
            continue
        if seen_date and outlet is None and not _TIME.match(ln) and not _NUM.match(ln):
            outlet = ln
    if byline_parts:
        fields["byline"] = " ".join(byline_parts)
    return dict(title=title, outlet=outlet, date_line=date_line, fields=fields)


def split_factiva_html(html: str) -> list[dict]:
    import lxml.html

    root = lxml.html.fromstring(html)
    arts = root.xpath("//div[starts-with(@id, 'article-')]")
    if not arts:  # no ids: the blocks that hold the article paragraphs
        arts = list(dict.fromkeys(root.xpath("//p[contains(@class, 'articleParagraph')]/parent::div")))
    out = []
    for n, art in enumerate(arts, 1):
        docid = (art.get("id") or "")[len("article-"):] or None
        hl = art.xpath(".//*[contains(@class, 'Headline')]") or art.xpath(".//*[@id='hd']")
        headline = " ".join(hl[0].text_content().split()) if hl else None
        header, paras = [], []
        for el in art.iter("div", "p"):
            cls = el.get("class") or ""
            if el.tag == "p" and "articleParagraph" in cls:
                paras.append(" ".join(el.text_content().split()))
            elif el.tag == "div" and not paras and not el.xpath(".//div") and el.get("id") != "hd":
                t = " ".join(el.text_content().split())
                if t:
                    header.append(t)
            elif el.tag == "p" and not cls:
                t = " ".join(el.text_content().split())
                m = re.match(r"^(\w+)\s+(\S+)$", t)
                if m and _is_label(m.group(1), "docid"):
                    docid = m.group(2)
        d = _factiva_header(header, headline)
        d.update(body="\n\n".join(p for p in paras if p), number=n, docid=docid)
        out.append(d)
    return out


def split_factiva_text(text: str) -> list[dict]:
    """Factiva's RTF/text form: blocks ending with 'Document <id>'; the header runs up to the copyright line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    docs, cur = [], []
    for ln in lines:
        m = re.match(r"^\s*(\w+)\s+(\S+)\s*$", ln)
        if m and _is_label(m.group(1), "docid") and _FACTIVA_ID.match(m.group(2)):
            docs.append((cur, m.group(2)))
            cur = []
        else:
            cur.append(ln)
    out = []
    for n, (block, docid) in enumerate(docs, 1):
        nonempty = [x for x in block if x.strip()]
        cut = next((k for k, x in enumerate(nonempty[:20]) if _COPYRIGHT.match(x)), None)
        if cut is None:
            cut = next((k for k, x in enumerate(nonempty[:20]) if language_code(x.strip()) and len(x.strip()) > 2),
                       min(len(nonempty), 8) - 1)
        d = _factiva_header(nonempty[:cut + 1])
        d.update(body="\n\n".join(" ".join(x.split()) for x in nonempty[cut + 1:]), number=n, docid=docid)
        out.append(d)
    return out


# ----------------------------------------------------------------------------------------------- file contents
def _para_text(p) -> str:
    """A w:p element's text: runs and hyperlinks, w:br / w:cr as a line break, w:tab as a tab (as python-docx)."""
    out = []
    for el in p.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(el.text or "")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "tab":
            out.append("\t")
    return "".join(out)


def docx_paragraphs(data: bytes) -> list[str]:
    """Paragraph texts of a DOCX in document order, table cells included (python-docx opens the package)."""
    import docx

    doc = docx.Document(io.BytesIO(data))
    out = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(_para_text(child))
        elif tag == "tbl":
            for cell in child.iter():
                if cell.tag.endswith("}tc"):
                    out.append(" ".join(_para_text(p) for p in cell.iter() if p.tag.endswith("}p")))
    return out


def rtf_text(data: bytes) -> str:
    from striprtf.striprtf import rtf_to_text

    raw = data.decode("latin-1")  # RTF is 7-bit with escapes; striprtf decodes \'xx and \uN itself
    return rtf_to_text(raw, errors="replace")


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


__all__ = ["sniff", "read_export", "split_lexisnexis", "split_nexis_uni", "split_factiva_html", "split_factiva_text",
           "parse_date_line", "word_count", "language_code", "labels", "docx_paragraphs", "rtf_text"]
