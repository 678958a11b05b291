"""Readers of many articles per file: JSON lines (a malformed or overlong line skipped and reported), JSON (a list or
an object holding one) and CSV/TSV (decoded line by line, strict quoting), each row mapped to a record."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

from .decode import bom_encoding, decode_bytes, decode_line, sniff_binary
from .raw import (
    _CSV_FIELD_LIMIT,
    MAX_JSONL_LINE,
    RawRecord,
    _cut,
    _inner_suffix,
    _open,
    _read_capped,
    _stem,
    resolve_columns,
)


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


def _delimiter(path: Path, first_line: str) -> str:
    """Tab for .tsv, else the most frequent of , ; tab | in the header line (a comma when none is there)."""
    if _inner_suffix(path) == ".tsv":
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=counts.get) if max(counts.values()) else ","


def _quoting_error(path: Path, n: int, start: int, line_num: int, msg: str) -> RawRecord:
    """The malformed record of a row whose quoting the csv module refused (an unclosed quote runs to the end)."""
    if "unexpected end of data" in msg or "EOF" in msg:
        reason = (f"unclosed quote: the record starting at line {start} runs to the end of the file "
                  f"(line {line_num}); those lines could not be split into rows")
    else:
        reason = f"broken CSV quoting in the record starting at line {start} ({msg}); record skipped"
    return RawRecord(f"{path}:row {n}", "csv", status="malformed", reason=reason)


def _csv_record(path: Path, n: int, row: list, header: list, cols: dict, idx: dict, stem: str, max_chars: int,
                lines: tuple[int, int], problems: dict) -> RawRecord:
    """The record of data row n (file lines `lines`): malformed with too many fields, flagged with too few or with
    a line decoded as cp1252."""
    start, last_line = lines
    src = f"{path}:row {n}"
    if len(row) > len(header):
        return RawRecord(src, "csv", status="malformed",
                         reason=f"row at line {start} has {len(row)} fields, the header {len(header)} (stray delimiter or quote)",
                         article_id=row[idx["id"]] if "id" in idx else None)
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
    return rec


def _csv_records(reader, path: Path, header: list, cols: dict, stem: str, max_chars: int, problems: dict):
    """The records of the data rows (blank rows skipped); returns how many rows were read."""
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
            yield _quoting_error(path, n, start, reader.line_num, str(e))
            last_line = reader.line_num
            continue
        last_line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        n += 1
        yield _csv_record(path, n, row, header, cols, idx, stem, max_chars, (start, last_line), problems)
    return n


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
        delim = _delimiter(path, first_line)

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
        n = yield from _csv_records(reader, path, header, cols, stem, max_chars, problems)
        if n == 0:
            yield RawRecord(str(path), "csv", article_id=stem, status="empty",
                            reason=f"CSV file has a header ({', '.join(header[:6])}) but no data rows")
