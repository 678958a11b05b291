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

import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from .. import config
from .decode import bom_encoding, decode_bytes, decode_line, sniff_binary

TEXT_EXT = {".txt", ".md", ".markdown", ".text", ""}
JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
JSON_EXT = {".json"}
CSV_EXT = {".csv", ".tsv"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
META_EXT = (".json", ".yml", ".yaml")
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


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


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


def is_sidecar(path: Path, siblings: set[str]) -> bool:
    """A .json/.yml/.yaml next to a text or HTML file of the same stem is that file's metadata, not a record."""
    name = path.name
    low = name.lower()
    if not low.endswith(META_EXT):
        return False
    base = name.rsplit(".", 1)[0]
    if base.lower().endswith(".meta"):
        base = base[:-5]
    for s in siblings:
        if s == name:
            continue
        sl = s.lower()
        inner = sl[:-3] if sl.endswith(".gz") else sl
        if Path(inner).suffix in (TEXT_EXT | HTML_EXT) - {""} and (Path(inner).stem == base.lower() or inner == base.lower()):
            return True
    return False


def discover(raw: Path, problems: list | None = None) -> Iterator[Path]:
    """Every file under raw (recursively, sorted, hidden files and folders skipped), sidecars excluded. Symbolic links
    are followed (each real folder is read once). What cannot be read is appended to `problems` as (path, reason)
    instead of being skipped silently: folders that cannot be listed, links back to a folder already read (loops),
    broken links, link loops, FIFOs, sockets and devices (never opened: a FIFO would block the run)."""
    if raw.is_file():
        yield raw
        return
    for d, _dirs, files in _walk(raw, problems):
        sib = set(files)
        for f in sorted(files):
            if f.startswith(".") or f.startswith("~$"):
                continue
            p = d / f
            if not p.is_file():
                if problems is not None:
                    problems.append((str(p), _not_a_file(p)))
                continue
            if is_sidecar(p, sib):
                continue
            yield p


def _not_a_file(p: Path) -> str:
    import errno
    import os

    if p.is_symlink():
        try:
            target = os.readlink(p)
        except OSError:
            target = "?"
        try:
            os.stat(p)
        except OSError as e:
            if e.errno == errno.ELOOP:
                return f"symbolic link loop ({target!r}): not read"
            if e.errno == errno.ENOENT:
                return f"broken symbolic link: its target {target!r} does not exist"
            return f"symbolic link to {target!r} could not be followed ({e.strerror or e})"
    return "not a regular file (a FIFO, socket or device): not read"


def tree_files(raw: Path) -> Iterator[Path]:
    """Every regular file the walk of `discover` reaches under raw (hidden files and sidecars included), sorted:
    what a fingerprint of the raw input must cover."""
    if raw.is_file():
        yield raw
        return
    for d, _dirs, files in _walk(raw):
        for f in sorted(files):
            if (d / f).is_file():
                yield d / f


def _walk(root: Path, problems: list | None = None):
    """os.walk following symbolic links to folders, each real folder once (a link back to a folder already read is a
    loop, or a second way to the same files: reported, not read again), hidden folders and __pycache__ skipped."""
    import os

    def onerror(e: OSError):
        if problems is not None:
            problems.append((e.filename or str(root), f"folder could not be listed ({e.strerror or e})"))

    seen: set[tuple[int, int]] = set()
    for d, dirs, files in os.walk(root, onerror=onerror, followlinks=True):
        try:
            st = os.stat(d)
            key = (st.st_dev, st.st_ino)
        except OSError:
            key = None
        if key is not None and key in seen:
            dirs[:] = []
            if problems is not None:
                problems.append((d, "symbolic link to a folder already read (a loop, or a second link to the same "
                                    "folder): not read again"))
            continue
        if key is not None:
            seen.add(key)
        dirs[:] = sorted(x for x in dirs if not x.startswith(".") and x != "__pycache__")
        yield Path(d), dirs, files


def sidecar_meta(path: Path) -> tuple[dict, list[str]]:
    """Metadata from a sidecar next to path (a.json, a.yml, a.yaml, a.txt.json, a.meta.json): (meta, problems)."""
    stem = _stem(path)
    inner = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    cands = [path.parent / f"{stem}{e}" for e in META_EXT] + [path.parent / f"{inner}{e}" for e in META_EXT]
    cands += [path.parent / f"{stem}.meta{e}" for e in META_EXT]
    for c in cands:
        if c.is_file() and c != path:
            try:
                raw = c.read_bytes()[:1_000_000]
                txt = decode_bytes(raw).text or ""
                if c.suffix == ".json":
                    meta = json.loads(txt)
                else:
                    import yaml

                    meta = yaml.safe_load(txt)
                if not isinstance(meta, dict):
                    return {}, [f"sidecar {c.name} is not a mapping; ignored"]
                return meta, []
            except Exception as e:  # noqa: BLE001 - a bad sidecar must not stop the article
                return {}, [f"sidecar {c.name} unreadable ({type(e).__name__}); ignored"]
    return {}, []


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    m = _FRONT.match(text)
    if not m:
        return {}, text, []
    import yaml

    try:
        meta = yaml.safe_load(m.group(1))
    except Exception as e:  # noqa: BLE001
        return {}, text[m.end():], [f"YAML front matter unreadable ({type(e).__name__}); ignored"]
    if not isinstance(meta, dict):
        return {}, text[m.end():], ["YAML front matter is not a mapping; ignored"]
    return meta, text[m.end():], []


def _from_meta(rec: RawRecord, meta: dict, mapping: dict) -> None:
    cols = resolve_columns(meta.keys(), mapping)
    for f in ("title", "date", "outlet", "url"):
        if f in cols and meta.get(cols[f]) not in (None, ""):
            v = meta[cols[f]]
            setattr(rec, f, v if f == "date" else str(v))
    if "id" in cols and meta.get(cols["id"]) not in (None, ""):
        rec.article_id = str(meta[cols["id"]])


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


# -------------------------------------------------------------------------------------------- records (jsonl, json)
def record_from_mapping(obj: dict, source: str, fmt: str, default_id: str, mapping: dict, max_chars: int,
                        cols: dict | None = None) -> RawRecord:
    cols = cols if cols is not None else resolve_columns(obj.keys(), mapping)
    rec = RawRecord(source, fmt)
    rid = obj.get(cols["id"]) if "id" in cols else None
    rec.article_id = str(rid).strip() if rid not in (None, "") else default_id
    if "id" in cols and rid not in (None, ""):
        rec.names.append(rec.article_id)
    for f in ("title", "outlet", "url"):
        v = obj.get(cols[f]) if f in cols else None
        if v not in (None, "") and not (isinstance(v, float) and v != v):
            setattr(rec, f, str(v))
    rec.date = obj.get(cols["date"]) if "date" in cols else None
    if "text" not in cols:
        rec.status = "empty"
        keys = ", ".join(map(str, list(obj.keys())[:8]))
        rec.reason = f"record has no text field (fields: {keys}); set a mapping if the text is under another name"
        return rec
    text = obj.get(cols["text"])
    if text is None or (isinstance(text, float) and text != text):
        rec.status, rec.reason = "empty", f"text field {cols['text']!r} is empty"
        return rec
    if not isinstance(text, str):
        if isinstance(text, list) and all(isinstance(x, str) for x in text):
            text = "\n\n".join(text)
        else:
            rec.status = "malformed"
            rec.reason = f"text field {cols['text']!r} holds a {type(text).__name__}, not text"
            return rec
    if len(text) > max_chars:
        rec.truncated = True
        text = _cut(text, max_chars)
    rec.text = text
    if rec.title and text.lstrip().startswith(rec.title.strip()):
        rec.title_in_text = True
    return rec


def _iter_lines(fh, limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, bytes, overlong) per physical line; an overlong line is skipped past in chunks."""
    n = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of this line
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, line[:200], True
            continue
        yield n, line, False


def read_jsonl(path: Path, mapping: dict, max_chars: int) -> Iterator[RawRecord]:
    stem = _stem(path)
    line_limit = max(max_chars * 4, MAX_JSONL_LINE)
    with _open(path) as fh:
        head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
        enc = bom_encoding(head)
        if enc and enc.startswith("utf-16") or enc and enc.startswith("utf-32"):
            lines = ((i, ln.encode("utf-8"), False) for i, ln in
                     enumerate(io.TextIOWrapper(fh, encoding=enc, errors="replace"), 1))
        else:
            lines = _iter_lines(fh, line_limit)
        cols_cache: dict = {}
        yielded = 0
        for n, raw, overlong in lines:
            yielded += 1
            src = f"{path}:line {n}"
            if overlong:
                yield RawRecord(src, "jsonl", status="malformed",
                                reason=f"line {n} is longer than {line_limit} bytes; skipped (cannot parse a cut JSON line)")
                continue
            if n == 1:
                raw = raw.lstrip(b"\xef\xbb\xbf")
            if not raw.strip():
                yielded -= 1
                continue
            if b"\x00" in raw:
                yield RawRecord(src, "jsonl", status="not_text", reason=f"line {n} holds binary data (NUL bytes)")
                continue
            line, problem = decode_line(raw)
            try:
                obj = json.loads(line)
            except ValueError as e:
                yield RawRecord(src, "jsonl", status="malformed", reason=f"invalid JSON ({e})",
                                article_id=_guess_id(line))
                continue
            if not isinstance(obj, dict):
                yield RawRecord(src, "jsonl", status="malformed",
                                reason=f"a JSON {type(obj).__name__} on this line, not an object")
                continue
            key = tuple(obj.keys())
            if key not in cols_cache:
                cols_cache[key] = resolve_columns(key, mapping)
            rec = record_from_mapping(obj, src, "jsonl", f"{stem}-line{n}", mapping, max_chars, cols_cache[key])
            if problem:
                rec.flags.append("decode_fallback")
                rec.reason = problem
                rec.encoding = "cp1252"
            yield rec
        if not yielded:
            yield RawRecord(str(path), "jsonl", article_id=stem, status="empty", reason="JSON lines file with no records")


_ID_GUESS = re.compile(r'"(?:id|article_id|doc_id)"\s*:\s*"([^"\\]{1,200})"')


def _guess_id(line: str) -> str | None:
    m = _ID_GUESS.search(line[:2000])
    return m.group(1) if m else None


def read_json(path: Path, mapping: dict, max_chars: int) -> Iterator[RawRecord]:
    data, more = _read_capped(path, 512 * 1024 * 1024)
    if more:
        yield RawRecord(str(path), "json", status="malformed", reason="JSON file over 512 MB; use JSON lines instead")
        return
    dec = decode_bytes(data)
    if dec.status == "not_text":
        yield RawRecord(str(path), "json", status="not_text", reason=dec.reason)
        return
    try:
        obj = json.loads(dec.text or "")
    except ValueError as e:
        # maybe JSON lines saved as .json
        if (dec.text or "").lstrip().startswith("{") and "\n{" in (dec.text or ""):
            yield from read_jsonl(path, mapping, max_chars)
            return
        yield RawRecord(str(path), "json", status="malformed", reason=f"invalid JSON ({e})")
        return
    if isinstance(obj, dict):
        for k in ("articles", "records", "data", "items", "documents", "docs"):
            if isinstance(obj.get(k), list):
                obj = obj[k]
                break
    items = obj if isinstance(obj, list) else [obj]
    stem = _stem(path)
    if not items:
        yield RawRecord(str(path), "json", article_id=stem, status="empty", reason="JSON file holds an empty list")
    for i, it in enumerate(items, 1):
        src = f"{path}:item {i}"
        if not isinstance(it, dict):
            yield RawRecord(src, "json", status="malformed", reason=f"item {i} is a JSON {type(it).__name__}, not an object")
            continue
        rec = record_from_mapping(it, src, "json", f"{stem}-item{i}", mapping, max_chars)
        if dec.status == "decode_fallback":
            rec.flags.append("decode_fallback")
            rec.reason = dec.reason
        yield rec


# -------------------------------------------------------------------------------------------------------------- CSV
def _decoded_lines(fh, enc: str | None, problems: dict) -> Iterator[str]:
    if enc and (enc.startswith("utf-16") or enc.startswith("utf-32")):
        yield from io.TextIOWrapper(fh, encoding=enc, errors="replace", newline="")
        return
    first = True
    n = 0
    for raw in fh:
        n += 1
        if first:
            raw = raw.lstrip(b"\xef\xbb\xbf")
            first = False
        line, problem = decode_line(raw)
        if problem:
            problems[n] = problem
        yield line


def read_csv(path: Path, mapping: dict, max_chars: int) -> Iterator[RawRecord]:
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    stem = _stem(path)
    with _open(path) as fh:
        head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
        why = sniff_binary(head)
        if why:
            yield RawRecord(str(path), "csv", status="not_text", reason=why)
            return
        enc = bom_encoding(head)
        problems: dict[int, str] = {}
        lines = _decoded_lines(fh, enc, problems)
        first_line = next(lines, None)
        if first_line is None or not first_line.strip():
            yield RawRecord(str(path), "csv", status="empty", reason="CSV file is empty (no header)")
            return
        if _inner_suffix(path) == ".tsv":
            delim = "\t"
        else:
            counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
            delim = max(counts, key=counts.get) if max(counts.values()) else ","

        def chain():
            yield first_line
            yield from lines

        reader = csv.reader(chain(), delimiter=delim, strict=True)
        try:
            header = next(reader)
        except csv.Error as e:
            yield RawRecord(str(path), "csv", status="malformed", reason=f"CSV header unreadable ({e})")
            return
        header = [h.strip() for h in header]
        cols = resolve_columns(header, mapping)
        idx = {f: header.index(c) for f, c in cols.items()}
        n = 0
        last_line = reader.line_num
        while True:
            start = last_line + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                n += 1
                msg = str(e)
                if "unexpected end of data" in msg or "EOF" in msg:
                    reason = (f"unclosed quote: the record starting at line {start} runs to the end of the file "
                              f"(line {reader.line_num}); those lines could not be split into rows")
                else:
                    reason = f"broken CSV quoting in the record starting at line {start} ({msg}); record skipped"
                yield RawRecord(f"{path}:row {n}", "csv", status="malformed", reason=reason)
                last_line = reader.line_num
                continue
            last_line = reader.line_num
            if not row or all(not c.strip() for c in row):
                continue
            n += 1
            src = f"{path}:row {n}"
            if len(row) > len(header):
                yield RawRecord(src, "csv", status="malformed",
                                reason=f"row at line {start} has {len(row)} fields, the header {len(header)} (stray delimiter or quote)",
                                article_id=row[idx["id"]] if "id" in idx else None)
                continue
            obj = {f: (row[i] if i < len(row) else None) for f, i in idx.items()}
            rec = record_from_mapping(obj, src, "csv", f"{stem}-{n:04d}", {}, max_chars, {f: f for f in obj})
            if "text" not in cols and rec.status == "empty":
                rec.reason = (f"no text column among the header ({', '.join(header[:10])}); pass mapping={{'text': ...}}")
            if len(row) < len(header):
                rec.flags.append(f"row has {len(row)} of {len(header)} fields")
            bad = [problems[k] for k in range(start, last_line + 1) if k in problems]
            if bad:
                rec.flags.append("decode_fallback")
                rec.reason = bad[0]
                rec.encoding = "cp1252"
            yield rec
        if n == 0:
            yield RawRecord(str(path), "csv", article_id=stem, status="empty",
                            reason=f"CSV file has a header ({', '.join(header[:6])}) but no data rows")


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
