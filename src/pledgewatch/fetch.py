"""`pledgewatch fetch --urls FILE.csv --out DIR`: the pages of a list of URLs -> article records, politely.

Input: a CSV with a `url` column (any case; Media Cloud and GDELT DOC exports as they come); every other column is
kept as metadata on the URL's record (an `id` column becomes the record's id, else `url-<sha1 of the URL>`).

For each URL, in the file's order:
- robots.txt of its host is read once (through the same client) and honoured for our user agent; its Crawl-delay
  raises the host's delay; a robots.txt that answers 4xx allows everything, one that cannot be fetched (5xx,
  network error) disallows the host (RFC 9309);
- requests to one host are at least `delay` seconds apart (per-host rate limit); redirects are followed one hop
  at a time, each hop through robots.txt and the rate limit of its own host (at most MAX_REDIRECTS);
- a timeout, a connection error, 429 or 5xx is retried `retries` times with exponential backoff (Retry-After is
  honoured, up to MAX_RETRY_AFTER seconds);
- the user agent names the project (and `--contact`, or $PLEDGEWATCH_CONTACT, when given);
- an HTML page is extracted with trafilatura (title, date, site name, main text); the text then goes through
  ingest's furniture rules (data/reference/boilerplate.csv): an error page or a page of furniture only ('Oops!
  Something went wrong. Please try again later.') is status `empty` with the reason, never an article.

Output in DIR (written atomically at the end of the run):
    articles.jsonl  one record per page fetched with text: id, url, final_url, title, date, outlet, text, fetched_at,
                    and the CSV's other columns under `meta`; `pledgewatch run --raw DIR` reads it (and only it:
                    the bookkeeping below is in the hidden folder .fetch/, which ingest skips)
    .fetch/manifest.csv  one row per URL of the input: url, article_id, status (ok | empty | not_text | duplicate |
                    error | pending = not fetched yet), http_status, reason (the HTTP status or the error), final_url, attempts
    .fetch/state.jsonl  the resume file: one line per URL finished. A fetch that is interrupted (Ctrl-C, a crash,
                    `--limit`) continues where it stopped when run again with the same --out; `--retry-failed` tries
                    the URLs that ended in `error` again.
The outlet of a record is the site name trafilatura finds, else a media-name column of the CSV (Media Cloud's
`media_name`, GDELT's `domain`); ingest then names it (ingest.outlets) with outlet_source `metadata`, or from the
URL's domain when neither is there.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

from .fetcher import (
    DEFAULT_BACKOFF,
    DEFAULT_DELAY,
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT,
    HTML_TYPES,
    MANIFEST,
    MANIFEST_FIELDS,
    MAX_BYTES,
    MAX_REDIRECTS,
    MAX_RETRY_AFTER,
    OUTLET_COLUMNS,
    RECORDS,
    RETRY_STATUS,
    STATE,
    Fetcher,
    Outcome,
    RateLimiter,
    _read_capped,
    _retry_after,
    _short,
    extract,
    user_agent,
)
from .io import atomic_write

# the parts' names, importable from here as before the split
__all__ = [
    "DEFAULT_DELAY",
    "DEFAULT_TIMEOUT",
    "DEFAULT_RETRIES",
    "DEFAULT_BACKOFF",
    "MAX_RETRY_AFTER",
    "MAX_BYTES",
    "RETRY_STATUS",
    "HTML_TYPES",
    "MAX_REDIRECTS",
    "RECORDS",
    "MANIFEST",
    "STATE",
    "OUTLET_COLUMNS",
    "MANIFEST_FIELDS",
    "user_agent",
    "RateLimiter",
    "Outcome",
    "Fetcher",
    "_read_capped",
    "_retry_after",
    "_short",
    "extract",
]


# ----------------------------------------------------------------------------------------------------- the run
def read_urls(path: Path) -> list[tuple[str, str, dict]]:
    """(url, id, other columns) per row of a CSV with a `url` column; rows without a URL are kept (url '')."""
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        cols = {c.strip().lower(): c for c in (reader.fieldnames or [])}
        if "url" not in cols:
            raise ValueError(f"{path}: no 'url' column (columns: {', '.join(reader.fieldnames or [])})")
        idc = cols.get("id") or cols.get("stories_id")
        out = []
        for row in reader:
            url = (row.get(cols["url"]) or "").strip()
            rid = (row.get(idc) or "").strip() if idc else ""
            rid = rid or "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
            meta = {k: v for k, v in row.items() if k not in (cols["url"], idc) and k is not None}
            out.append((url, rid, meta))
    return out


def _load_state(path: Path) -> dict[str, dict]:
    done: dict[str, dict] = {}
    if not path.exists():
        return done
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                obj = json.loads(line)
            except ValueError:
                continue  # a line cut by an interruption: that URL is fetched again
            done[obj["url"]] = obj
    return done


def _fetch_new(rows: list, done: dict, state_path: Path, fetcher: Fetcher, limit: int | None, progress: bool) -> None:
    """Fetch each URL not finished yet (at most `limit`), in the input's order; each outcome is appended to the
    resume file at once and added to `done`."""
    seen: set[str] = set()
    new = 0
    with open(state_path, "a", encoding="utf-8") as state:
        for url, rid, meta in rows:
            if not url or url in seen or url in done:
                seen.add(url)
                continue
            seen.add(url)
            if limit is not None and new >= limit:
                break
            try:
                o = fetcher.fetch(url, rid, meta)
            except Exception as e:  # noqa: BLE001 - one bad URL never stops a fetch
                o = Outcome(url, rid, "error", f"fetch failed: {type(e).__name__}: {_short(e)}")
            new += 1
            entry = {**o.row(), "record": o.record}
            state.write(json.dumps(entry, ensure_ascii=False) + "\n")
            state.flush()
            done[url] = entry
            if progress:
                print(f"[{new}] {o.status:<9} {o.http_status or '-':>4}  {url[:100]}"
                      + (f"  ({o.reason})" if o.reason else ""), file=sys.stderr)


def _outputs(rows: list, done: dict) -> tuple[list[dict], list[dict]]:
    """(manifest rows, records), in the input's order, from everything finished so far: a row without a URL, a
    repeated URL and a URL not fetched yet have their manifest row too."""
    manifest, records, firsts = [], [], {}
    for url, rid, _meta in rows:
        if not url:
            manifest.append({"url": "", "article_id": rid, "status": "error", "reason": "row has no URL",
                             "http_status": None, "final_url": None, "attempts": 0})
            continue
        if url in firsts:
            manifest.append({"url": url, "article_id": rid, "status": "duplicate", "http_status": None,
                             "reason": f"same URL as {firsts[url]}", "final_url": None, "attempts": 0})
            continue
        firsts[url] = rid
        o = done.get(url)
        if o is None:
            manifest.append({"url": url, "article_id": rid, "status": "pending", "http_status": None,
                             "reason": "not fetched yet (run again to continue)", "final_url": None, "attempts": 0})
            continue
        manifest.append({k: o.get(k) for k in MANIFEST_FIELDS})
        if o.get("record"):
            records.append(o["record"])
    return manifest, records


def _write_outputs(out: Path, manifest: list[dict], records: list[dict]) -> None:
    """articles.jsonl and the manifest, each written atomically."""
    def _jsonl(tmp):
        with open(tmp, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    def _csv(tmp):
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=MANIFEST_FIELDS)
            w.writeheader()
            w.writerows(manifest)

    atomic_write(out / RECORDS, _jsonl)
    atomic_write(out / MANIFEST, _csv)


def run(urls_csv, out_dir, *, fetcher: Fetcher | None = None, limit: int | None = None, retry_failed: bool = False,
        progress: bool = True) -> dict:
    """Fetch every URL of `urls_csv` not already finished in out_dir's resume file; write articles.jsonl and
    manifest.csv. Returns counts per status."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = read_urls(Path(urls_csv))
    state_path = out / STATE
    state_path.parent.mkdir(parents=True, exist_ok=True)
    done = _load_state(state_path)
    if retry_failed:
        done = {u: o for u, o in done.items() if o["status"] != "error"}
    _fetch_new(rows, done, state_path, fetcher or Fetcher(), limit, progress)
    manifest, records = _outputs(rows, done)
    _write_outputs(out, manifest, records)
    counts: dict[str, int] = {}
    for m in manifest:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
    return counts


# ---------------------------------------------------------------------------------------------------------- CLI
def add_arguments(p) -> None:
    p.add_argument("--urls", type=Path, required=True, help="CSV with a 'url' column (Media Cloud, GDELT DOC exports)")
    p.add_argument("--out", type=Path, required=True, help="output folder: articles.jsonl, .fetch/manifest.csv, .fetch/state.jsonl")
    p.add_argument("--delay", type=float, default=DEFAULT_DELAY,
                   help=f"seconds between two requests to one host (default {DEFAULT_DELAY:g}; robots.txt Crawl-delay "
                        "raises it)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds to wait for a response")
    p.add_argument("--retries", type=int, default=DEFAULT_RETRIES,
                   help="retries after a timeout, connection error, 429 or 5xx (exponential backoff)")
    p.add_argument("--backoff", type=float, default=DEFAULT_BACKOFF, help="seconds before the first retry (doubling)")
    p.add_argument("--contact", default=None, help="an e-mail or URL added to the user agent ($PLEDGEWATCH_CONTACT)")
    p.add_argument("--limit", type=int, default=None, help="fetch at most this many new URLs in this run")
    p.add_argument("--retry-failed", action="store_true", help="fetch again the URLs that ended in 'error'")
    p.add_argument("--quiet", action="store_true", help="no line per URL")


def main(args) -> int:
    f = Fetcher(delay=args.delay, timeout=args.timeout, retries=args.retries, backoff=args.backoff,
                contact=args.contact)
    counts = run(args.urls, args.out, fetcher=f, limit=args.limit, retry_failed=args.retry_failed,
                 progress=not args.quiet)
    total = sum(counts.values())
    print(f"fetch: {total} URLs: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    print(f"records: {Path(args.out) / RECORDS}  manifest: {Path(args.out) / MANIFEST}")
    print(f"next: pledgewatch run --raw {Path(args.out)} --out DIR")
    return 0
