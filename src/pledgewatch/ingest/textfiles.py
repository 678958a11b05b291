"""Readers of one article per file: plain text and Markdown (decoded, front matter read) and HTML (the article's
text extracted; a fallback that drops scripts, navigation and forms when the extractor finds nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .decode import decode_bytes
from .files import _from_meta, sidecar_meta, split_front_matter
from .raw import RawRecord, _cut, _inner_suffix, _read_capped, _stem


# ------------------------------------------------------------------------------------------------------- text files
def _decoded(rec: RawRecord, data: bytes, more: bool) -> str | None:
    """Decode a file's bytes onto `rec` (encoding, fallback flag and reason); None when they are not text
    (rec then carries status not_text and the reason)."""
    dec = decode_bytes(data, cut=more)
    rec.encoding = dec.encoding
    if dec.status == "not_text":
        rec.status, rec.reason = "not_text", dec.reason
        return None
    if dec.status == "decode_fallback":
        rec.flags.append("decode_fallback")
        rec.reason = dec.reason
    return dec.text or ""


def read_text_file(path: Path, mapping: dict, max_chars: int) -> Iterator[RawRecord]:
    src = str(path)
    rec = RawRecord(src, "text", article_id=_stem(path), names=[path.name])
    data, more = _read_capped(path, max_chars * 4)
    text = _decoded(rec, data, more)
    if text is None:
        yield rec
        return
    if more or len(text) > max_chars:
        rec.truncated = True
        text = _cut(text, max_chars)
    meta, text, problems = split_front_matter(text.lstrip("\ufeff"))
    side, p2 = sidecar_meta(path)
    rec.flags += problems + p2
    merged = {**side, **meta}
    _from_meta(rec, merged, mapping)
    if rec.article_id != _stem(path):
        rec.names.insert(0, rec.article_id)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if rec.title:
        first = lines[i].strip().lstrip("#").strip() if i < len(lines) else ""
        body = "\n".join(lines[i + 1:]) if first == str(rec.title).strip() else "\n".join(lines[i:])
    elif i < len(lines):
        rec.title = lines[i].strip().lstrip("#").strip() if _inner_suffix(path) in (".md", ".markdown") else lines[i].strip()
        body = "\n".join(lines[i + 1:])
    else:
        body = ""
    rec.text = body
    yield rec


# ------------------------------------------------------------------------------------------------------------- HTML
_DROP_TAGS = ("script", "style", "noscript", "template", "head", "nav", "footer", "header", "aside", "form", "iframe",
              "svg", "button", "select", "figure", "figcaption")


def _html_fallback(html: str) -> tuple[str, str | None]:
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001
        return "", None
    title = None
    t = root.find(".//title")
    if t is not None and t.text_content():
        title = t.text_content().strip()
    h1 = root.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        title = h1.text_content().strip()
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        bad.drop_tree()
    parts = [el.text_content().strip() for el in root.xpath("//p|//h2|//h3|//li|//blockquote")]
    return "\n\n".join(p for p in parts if p), title


def read_html(path: Path, mapping: dict, max_chars: int) -> Iterator[RawRecord]:
    rec = RawRecord(str(path), "html", article_id=_stem(path), names=[path.name])
    data, more = _read_capped(path, max_chars * 8)
    html = _decoded(rec, data, more)
    if html is None:
        yield rec
        return
    if more:
        rec.flags.append(f"HTML read only up to {len(data)} bytes")
    text, title, date, url, outlet = "", None, None, None, None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                          include_images=False, include_formatting=False, include_links=False)
        if doc is not None:
            get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
            text = get("text") or ""
            title, date, url, outlet = get("title"), get("date"), get("url"), get("sitename")
    except Exception as e:  # noqa: BLE001 - fall back below
        rec.flags.append(f"trafilatura failed ({type(e).__name__})")
    if not text.strip():
        text, t2 = _html_fallback(html)
        title = title or t2
        if text:
            rec.flags.append("html_fallback_extraction")
    side, problems = sidecar_meta(path)
    rec.flags += problems
    rec.title, rec.date, rec.url, rec.outlet = title, date, url, outlet
    _from_meta(rec, side, mapping)
    if len(text) > max_chars:
        rec.truncated = True
        text = _cut(text, max_chars)
    rec.text = text
    if rec.title and text.lstrip().startswith(str(rec.title).strip()):
        rec.title_in_text = True
    yield rec
