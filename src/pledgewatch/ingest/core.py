"""iter_records / ingest: readers -> checks -> cleaning -> dedupe -> dates -> (article, manifest row)."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from . import clean as _clean
from .dates import parse_metadata_date, resolve_date
from .dedupe import Deduper, fingerprint
from .language import check_english
from .manifest import manifest_row, removed_json, to_frame
from .outlets import resolve as resolve_outlet
from .readers import DEFAULT_MAX_CHARS, RawRecord, discover, normalize_mapping, read_file

SHORT_WORDS = 50  # processed texts under this many words get a 'short' flag (status stays ok)
ONE_LINE_TITLE = 300  # a "title" longer than this with no body is an article saved on one line: split, not dropped
# a sentence end: . ! or ? (and a closing quote or bracket), space, then what may begin a sentence
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]?\s+(?=[\"'“‘(\[]?[A-Z0-9])")
ARTICLE_COLUMNS = ["article_id", "source", "title", "text", "title_chars", "published", "date_source", "outlet", "url",
                   "n_chars", "date_reason", "n_removed", "removed", "outlet_source", "outlet_country", "byline",
                   "word_count", "language", "section", "duplicate_of"]
EXPORT_FIELDS = ("byline", "word_count", "language", "section")  # RawRecord.meta fields an export reader may give
_WHERE = re.compile(r"^(?P<file>.*?)(?::(?:line|row|item|doc) \d+)?$")


_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(s):
    """`s` without lone surrogates, which no table format can store: a file name that is not UTF-8 (Python keeps its
    bytes as surrogates) becomes escaped text ('latin1_\\xe9t\\xe9.txt'); any other lone surrogate (a JSON
    '\\ud800') becomes U+FFFD. Other values unchanged."""
    if not isinstance(s, str) or not _SURROGATE.search(s):
        return s
    try:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", s)


def _printable_record(rec: RawRecord) -> RawRecord:
    for f in dataclasses.fields(rec):
        v = getattr(rec, f.name)
        if isinstance(v, str):
            setattr(rec, f.name, printable(v))
        elif isinstance(v, list):
            setattr(rec, f.name, [printable(x) for x in v])
    return rec


def _problem_row(where, why) -> dict:
    return manifest_row(printable(str(where)), None, "error", printable(why))


def split_one_line(line: str) -> tuple[str, str]:
    """An article saved on one line (no line break between title and body, or none at all) -> (title, body): the first
    sentence is the title when it is at most ONE_LINE_TITLE characters, else there is no title; the body is the rest,
    unchanged (one paragraph). A sentence end in the first 15 characters is an abbreviation ('Mr. ', 'Gen. ')."""
    m = _SENTENCE_END.search(line, 15, ONE_LINE_TITLE + 3)
    if m is None or m.start() + 1 > ONE_LINE_TITLE:
        return "", line
    return line[:m.end()].rstrip(), line[m.end():]


def _compose(title: str, body: str) -> tuple[str, int]:
    """text = title, a blank line, the body (the body's own copy of the title is not repeated: as it stands, or as
    its first paragraph broken over lines or closed with a full stop, "Headline;\nDeck." for "Headline; Deck",
    also inside a closing quotation mark, "Mayor: 'We will rebuild.'" for "Mayor: 'We will rebuild'")."""
    if not title:
        return body, 0
    if body.startswith(title) and (len(body) == len(title) or body[len(title)] == "\n"):
        body = body[len(title):].lstrip("\n")
    else:
        first, _, rest = body.partition("\n\n")
        if _same_words(first, title):
            body = rest.lstrip("\n")
    return (f"{title}\n\n{body}" if body else title), len(title)


_CLOSING_STOP = re.compile(r"[. ]+(?=[\"'\u2019\u201d]*$)")


def _same_words(a: str, b: str) -> bool:
    """a and b are one text but for their white space and a closing full stop (before or inside a closing
    quotation mark)."""
    return _CLOSING_STOP.sub("", " ".join(a.split())) == _CLOSING_STOP.sub("", " ".join(b.split()))


def _outlet_and_meta(rec: RawRecord) -> dict:
    """outlet, outlet_source, outlet_country (outlets.resolve) and the export fields of a record; the manifest of a
    record set aside still shows its title, outlet and metadata date."""
    m = _WHERE.match(rec.source or "")
    file_name = Path(m["file"] if m else rec.source or "").name
    out = resolve_outlet(rec.outlet, rec.url, [file_name], rec.article_id, (rec.meta or {}).get("outlet_source"),
                         text=rec.text)
    meta = {"outlet": out.outlet, "outlet_source": out.outlet_source, "outlet_country": out.outlet_country}
    meta.update({k: (rec.meta or {}).get(k) for k in EXPORT_FIELDS})
    return meta


def _title_and_text(rec: RawRecord, base: dict):
    """(title, normalised text) of a record, or the manifest row of an empty one. A whole article on one line is
    split into its first sentence (the title) and the rest."""
    title = _clean.clean_title(rec.title or "")
    norm = _clean.normalize(rec.text or "")
    if title and rec.title_in_text and norm.startswith(title):
        norm = norm[len(title):].lstrip("\n")
    if not norm and not title:
        return manifest_row(rec.source, rec.article_id, "empty", "no text (empty or only whitespace)", **base)
    if not norm.strip() and len(title) > ONE_LINE_TITLE:  # not a title alone: a whole article on one line
        title, norm = split_one_line(title)
        norm = _clean.normalize(norm)
        rec.flags.append("one line: the first sentence taken as the title" if title else
                         "one line with no short first sentence: no title")
    return title, norm


def _exact_copy(rec: RawRecord, aid: str, title: str, norm: str, dd: Deduper, base: dict) -> dict | None:
    """The manifest row of an exact copy of an earlier record, before furniture removal (records that are only
    furniture, seen many times, are duplicates too); else None, the record remembered."""
    fp_raw = fingerprint(f"{title}\n{norm}")
    first = dd.seen_exact(fp_raw)
    if first is not None:
        return manifest_row(rec.source, aid, "duplicate", "exact copy of an earlier record", first, similarity=1.0,
                            **base)
    dd.add_exact(fp_raw, aid)
    return None


def _not_english(rec: RawRecord, aid: str, title: str, body: str, meta: dict, extra: dict) -> dict | None:
    """The manifest row of a record not in English (by its text, or by the language an export gives), else None;
    the English score goes to `extra`."""
    ok, why, score = check_english(f"{title}\n{body}")
    extra["english_score"] = round(score, 3)
    lang = meta.get("language")
    if ok and lang and lang != "en":  # a database export that labels the article as another language
        ok, why = False, f"the export gives its language as {lang!r}; not run through English NLP"
    return None if ok else manifest_row(rec.source, aid, "not_english", why, **extra)


def _body_duplicate(rec: RawRecord, aid: str, title: str, body: str, dd: Deduper, extra: dict):
    """(manifest row of a duplicate or None, similarity, MinHash sketch, fingerprint) of a cleaned text: the same
    text as an earlier record once furniture is removed, or a near-duplicate; an overlap below the threshold is
    kept with a flag."""
    fp_body = fingerprint(f"{title}\n{body}")
    first = dd.seen_exact(fp_body)
    if first is not None and first != aid:
        return manifest_row(rec.source, aid, "duplicate", "same text as an earlier record once page "
                            "furniture is removed", first, similarity=1.0, **extra), None, None, fp_body
    best, j, sketch = dd.check_near(body)
    if best is not None and j >= dd.near_threshold:
        return manifest_row(rec.source, aid, "duplicate", f"near-duplicate (estimated Jaccard {j:.2f} of "
                            "word 5-shingles)", best, similarity=round(j, 3), **extra), None, sketch, fp_body
    similarity = None
    if best is not None:
        rec.flags.append(f"overlaps {best} (Jaccard {j:.2f}): kept, may repeat statements")
        similarity = round(j, 3)
    return None, similarity, sketch, fp_body


def _unique_id(rec: RawRecord, aid: str, used_ids: dict) -> str:
    """Ids are unique: a repeated id with different text gets a suffix."""
    if aid in used_ids:
        used_ids[aid] += 1
        new = f"{aid}~{used_ids[aid]}"
        rec.flags.append(f"id {aid!r} already used by an earlier record: renamed {new!r}")
        aid = new
    used_ids.setdefault(aid, 1)
    return aid


def _status(rec: RawRecord, text: str, body: str) -> tuple[str, str | None, str | None]:
    """(status, reason, flags) of a kept article: ok, decode_fallback or truncated; short texts flagged."""
    status, reason = "ok", None
    if "decode_fallback" in rec.flags:
        status, reason = "decode_fallback", rec.reason or "not valid UTF-8; decoded as cp1252"
        rec.flags.remove("decode_fallback")
    if rec.truncated:
        status = "truncated"
        reason = f"article over the size limit: cut to {len(text)} characters" + (f"; {reason}" if reason else "")
    n_words = len(body.split())
    if n_words < SHORT_WORDS:
        rec.flags.append(f"short: {n_words} words (a headline or teaser?)")
    flags = "; ".join(rec.flags) or None
    if flags and status == "ok":
        reason = flags
    return status, reason, flags


def _kept_copy(rec: RawRecord, aid: str, row: dict | None, keep: bool) -> tuple[dict | None, dict | None]:
    """(row to return at once, the duplicate row of a copy that is processed): with `keep` (dedupe mode 'keep') a
    copy under its own article id goes on through extraction, flagged with what it duplicates; a record with the same
    id as the one it copies (the same record read twice) is set aside as before."""
    if row is None:
        return None, None
    if not keep or row.get("duplicate_of") == aid:
        return row, None
    rec.flags.append(f"copy of {row['duplicate_of']} ({row['reason']}): processed, its statements that repeat "
                     "that record's are marked is_repeat")
    return None, row


def _dedupe_body(rec, aid, title, body, dd, extra, dup, keep):
    """(row to return at once, duplicate row of a kept copy, similarity, sketch, fingerprint) after cleaning."""
    if dup is not None:  # an exact copy already found: its body fingerprint is the first copy's
        return None, dup, dup["similarity"], None, None
    row, similarity, sketch, fp_body = _body_duplicate(rec, aid, title, body, dd, extra)
    stop, dup = _kept_copy(rec, aid, row, keep)
    if dup is not None:
        similarity, sketch = dup["similarity"], None  # a copy is not indexed: later copies name the first one
    return stop, dup, similarity, sketch, fp_body


def _process(rec: RawRecord, dd: Deduper, used_ids: dict, do_dedupe: bool, keep: bool = False
             ) -> tuple[dict | None, dict]:
    base = dict(format=rec.fmt, encoding=rec.encoding, flags="; ".join(rec.flags) or None)
    meta = _outlet_and_meta(rec)
    base.update(outlet=meta["outlet"], outlet_source=meta["outlet_source"])
    if rec.title and rec.meta:  # an export's metadata, shown also where its text is set aside
        d, _ = parse_metadata_date(rec.date)
        base.update(title=_clean.clean_title(rec.title), published=d, date_source="metadata" if d else None)
    if rec.status:
        return None, manifest_row(rec.source, rec.article_id, rec.status, rec.reason, **base)
    got = _title_and_text(rec, base)
    if isinstance(got, dict):
        return None, got
    title, norm = got
    aid = rec.article_id or Path(rec.source).stem
    dup = None  # the duplicate row of a copy that is processed (mode 'keep')
    if do_dedupe:
        stop, dup = _kept_copy(rec, aid, _exact_copy(rec, aid, title, norm, dd, base), keep)
        if stop is not None:
            return None, stop

    body, removed = _clean.clean_body(norm, normalized=True)
    n_removed = int(sum(removed.values()))
    extra = dict(base, n_removed=n_removed, removed=removed_json(removed), title=title or None)
    if not body:  # a kept copy set aside for another reason keeps its duplicate row, as in mode 'near'
        why = "no article text" if not norm else f"only page furniture ({n_removed} piece(s) removed)"
        if title:
            why += "; a title alone is not processed"
        return None, dup or manifest_row(rec.source, aid, "empty", why, **extra)
    if (row := _not_english(rec, aid, title, body, meta, extra)) is not None:
        return None, dup or row
    similarity = sketch = fp_body = None
    if do_dedupe:
        stop, dup, similarity, sketch, fp_body = _dedupe_body(rec, aid, title, body, dd, extra, dup, keep)
        if stop is not None:
            return None, stop

    aid = _unique_id(rec, aid, used_ids)
    if do_dedupe and fp_body is not None:
        dd.add_exact(fp_body, aid)
        dd.add_near(aid, sketch)
    return _article(rec, aid, title, body, removed, n_removed, meta, extra, similarity, dup)


def _article(rec, aid, title, body, removed, n_removed, meta, extra, similarity, dup) -> tuple[dict, dict]:
    """(article, manifest row) of a processed record; a kept copy names the record it duplicates in both."""
    text, title_chars = _compose(title, body)
    published, date_source, date_reason = resolve_date(rec.date, [*rec.names, aid], body, title)
    status, reason, flags = _status(rec, text, body)
    duplicate_of = dup["duplicate_of"] if dup is not None else None
    article = {
        "article_id": aid, "source": rec.source, "title": title, "text": text, "title_chars": title_chars,
        "published": published, "date_source": date_source, "outlet": rec.outlet, "url": rec.url,
        "n_chars": len(text), "date_reason": date_reason, "n_removed": n_removed, "removed": removed_json(removed),
        **meta, "duplicate_of": duplicate_of,
    }
    extra.update(flags=flags, published=published, date_source=date_source, date_reason=date_reason,
                 n_chars=len(text), similarity=similarity)
    return article, manifest_row(rec.source, aid, status, reason, duplicate_of, **extra)


DEDUPE_MODES = ("keep", "near", "exact", "off")


def dedupe_mode(dedupe=None) -> str:
    """'keep' (the default), 'near', 'exact' or 'off'; None reads PLEDGEWATCH_DEDUPE.

    keep   exact copies and MinHash near-duplicates of an earlier record are found; a copy under its own article
           id is processed like any article (its article row and manifest row name the record it duplicates in
           `duplicate_of`; pledgewatch.repeats marks its statements that repeat the first copy's); a copy with the
           same id as the first (the same record read twice) is set aside as a duplicate
    near   the same detection, every copy set aside (status 'duplicate', no article): the behaviour before round 13
    exact  only exact copies are found and set aside: for synthetic scale tests that replicate a corpus with a
           marker line per copy (near-duplicate detection would rightly fold those copies)
    off    no de-duplication"""
    if dedupe is None:
        dedupe = os.environ.get("PLEDGEWATCH_DEDUPE", "keep")
    if dedupe is True:
        return "keep"
    if dedupe is False:
        return "off"
    mode = str(dedupe).strip().lower()
    if mode not in DEDUPE_MODES:
        raise ValueError(f"dedupe must be one of {', '.join(map(repr, DEDUPE_MODES))}, not {dedupe!r}")
    return mode


def iter_records(raw, mapping=None, *, max_chars: int = DEFAULT_MAX_CHARS, dedupe=None
                 ) -> Iterator[tuple[dict | None, dict]]:
    """Stream (article | None, manifest_row) for every record under raw (a file or a folder, recursively).
    dedupe: 'keep' | 'near' | 'exact' | 'off' (default: $PLEDGEWATCH_DEDUPE, else 'keep'; see `dedupe_mode`)."""
    raw = Path(raw)
    mp = normalize_mapping(mapping)
    mode = dedupe_mode(dedupe)
    dd = Deduper(near=mode in ("keep", "near")) if mode != "off" else None
    dedupe, keep = mode != "off", mode == "keep"
    used: dict[str, int] = {}
    if not raw.exists():
        yield None, manifest_row(str(raw), None, "error", "input path does not exist")
        return
    problems: list = []
    for path in discover(raw, problems):
        while problems:
            yield None, _problem_row(*problems.pop(0))
        for rec in read_file(path, mp, max_chars):
            try:
                rec = _printable_record(rec)
                yield _process(rec, dd, used, dedupe, keep)
            except Exception as e:  # noqa: BLE001 - one bad record never stops a run
                yield None, manifest_row(rec.source, rec.article_id, "error",
                                         f"ingest failed on this record: {type(e).__name__}: {e}", format=rec.fmt)
    for where, why in problems:
        yield None, _problem_row(where, why)


def ingest(raw, mapping=None, *, max_chars: int = DEFAULT_MAX_CHARS, dedupe=None
           ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, manifest) DataFrames (schema.ARTICLES / schema.MANIFEST, plus a few documented extra columns)."""
    arts, rows = [], []
    for a, m in iter_records(raw, mapping, max_chars=max_chars, dedupe=dedupe):
        rows.append(m)
        if a is not None:
            arts.append(a)
    articles = pd.DataFrame(arts, columns=ARTICLE_COLUMNS)
    articles["published"] = pd.to_datetime(articles["published"], errors="coerce").astype("datetime64[ns]")
    for c in ("title_chars", "n_chars", "n_removed"):
        articles[c] = articles[c].astype("int64")
    articles["word_count"] = pd.array(articles["word_count"], dtype="Int64")
    return articles, to_frame(rows)
