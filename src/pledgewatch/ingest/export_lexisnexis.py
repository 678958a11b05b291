"""LexisNexis text and RTF exports ('1 of N DOCUMENTS' between articles) and Nexis Uni DOCX exports (paragraphs
of a Word file; 'End of Document' after each article), and the text of a DOCX or RTF file."""

from __future__ import annotations

import io

from .export_fields import (
    _COPYRIGHT,
    _FIELD,
    _LN_DOC,
    HEADER_FIELDS,
    _collect_fields,
    _is_label,
    _paragraphs,
    field_of,
    parse_date_line,
)


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


def _outlet_and_date(lines: list[str], top: list[int], i: int, limit: int) -> tuple[str | None, str | None, int]:
    """(outlet, date line, the line after them) of a LexisNexis document: the outlet line(s), then the date line
    (centred in most exports, not in all); without a date line, the first centred line is the outlet."""
    date_k = next((k for k in top if parse_date_line(lines[k].strip())), None)
    if date_k is not None:
        return " ".join(lines[k].strip() for k in top if k < date_k) or None, lines[date_k].strip(), date_k + 1
    k = i
    centred = []
    while k < limit and (not lines[k].strip() or _indent(lines[k]) >= 5):
        if lines[k].strip():
            centred.append(lines[k].strip())
        k += 1
    return (centred[0] if centred else None), None, k


def _header_fields(lines: list[str], i: int) -> tuple[list[str], int]:
    """(lines of the header fields, first body line): the fields (BYLINE, SECTION, LENGTH, DATELINE, HIGHLIGHT ...)
    from line i up to the first paragraph that is not a field."""
    n = len(lines)
    head_fields, body_start = [], i
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
    return head_fields, body_start


def _lexisnexis_doc(lines: list[str]) -> dict:
    i, n = 0, len(lines)
    while i < n and not lines[i].strip():
        i += 1
    first_field = next((k for k in range(i, min(n, i + 80))
                        if (f := field_of(lines[k])) and f[0] in HEADER_FIELDS), None)
    limit = first_field if first_field is not None else min(n, i + 80)
    top = [k for k in range(i, limit) if lines[k].strip()][:8]
    outlet, date_line, k = _outlet_and_date(lines, top, i, limit)
    while k < limit and (not lines[k].strip() or _indent(lines[k]) >= 5):  # edition lines ('Edition 1;', 'Scotland')
        k += 1
    if first_field is not None:  # the headline: the lines up to the first field (BYLINE, LENGTH ...)
        title_lines, i = lines[k:first_field], first_field
    else:  # no field at all: the headline is the first paragraph
        j = k
        while j < n and lines[j].strip():
            j += 1
        title_lines, i = lines[k:j], j
    head_fields, body_start = _header_fields(lines, i)
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
