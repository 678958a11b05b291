"""Ingest: raw files of any supported format -> clean articles + a manifest row for every input record.

CONTRACT (used by pipeline.py; keep these signatures):
    iter_records(raw, mapping=None) -> Iterator[tuple[dict | None, dict]]
        Streams (article, manifest_row) pairs, one per input record; article is None when the record is not
        processed (duplicate, empty, not_text, not_english, malformed ...).
    ingest(raw, mapping=None) -> tuple[pd.DataFrame, pd.DataFrame]
        (articles, manifest) as DataFrames (schema.ARTICLES / schema.MANIFEST).

article dict keys: article_id, source, title, text (clean text: the title, a blank line, then the body; offsets of
statements index into this), title_chars (len of the title prefix in text, 0 if none), published (datetime.date or
None), date_source, outlet, url, n_chars.
manifest row keys: source (path, with ':line N' / ':row N' where a file holds several records), article_id,
status, reason, duplicate_of.

This is a minimal stub; the ingest module proper replaces it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd


def _article(article_id, source, text, title="", date=None, outlet=None, url=None):
    text = text.replace("\r\n", "\n").strip()
    title = (title or "").strip()
    if not title and "\n" in text:
        pass
    full = text if (not title or text.startswith(title)) else f"{title}\n\n{text}"
    published = pd.to_datetime(date, errors="coerce") if date else None
    return {
        "article_id": str(article_id), "source": source, "title": title, "text": full,
        "title_chars": len(title) if title and full.startswith(title) else 0,
        "published": None if published is None or pd.isna(published) else published.date(),
        "date_source": "metadata" if date else None, "outlet": outlet, "url": url, "n_chars": len(full),
    }


def iter_records(raw, mapping=None):
    raw = Path(raw)
    files = sorted(p for p in raw.rglob("*") if p.is_file()) if raw.is_dir() else [raw]
    for f in files:
        if f.suffix in (".txt", ".md"):
            text = f.read_text(encoding="utf-8", errors="replace")
            title = text.strip().split("\n", 1)[0]
            art = _article(f.stem, str(f), text, title=title)
            yield art, {"source": str(f), "article_id": art["article_id"], "status": "ok", "reason": None, "duplicate_of": None}
        elif f.suffix == ".jsonl":
            for n, line in enumerate(f.open(encoding="utf-8"), 1):
                if not line.strip():
                    continue
                r = json.loads(line)
                art = _article(r["id"], f"{f}:line {n}", r.get("text", ""), r.get("title", ""), r.get("date"))
                yield art, {"source": f"{f}:line {n}", "article_id": art["article_id"], "status": "ok", "reason": None, "duplicate_of": None}
        elif f.suffix == ".csv":
            for n, r in enumerate(csv.DictReader(f.open(encoding="utf-8")), 2):
                aid = r.get("id") or f"{f.stem}-{n}"
                art = _article(aid, f"{f}:row {n}", r.get("text") or r.get("articles") or "", r.get("title") or r.get("headlines") or "", r.get("date") or r.get("published"))
                yield art, {"source": f"{f}:row {n}", "article_id": art["article_id"], "status": "ok", "reason": None, "duplicate_of": None}


def ingest(raw, mapping=None):
    arts, man = [], []
    for a, m in iter_records(raw, mapping):
        man.append(m)
        if a is not None:
            arts.append(a)
    return pd.DataFrame(arts), pd.DataFrame(man)
