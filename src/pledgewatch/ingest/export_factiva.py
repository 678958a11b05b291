"""Factiva exports, HTML and text: each article's header block (headline, word count, date, source, language) and
body, up to the document id line."""

from __future__ import annotations

import re

from .export_fields import _COPYRIGHT, _FACTIVA_ID, _NUM, _TIME, _is_label, language_code, parse_date_line, word_count


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
