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
import datetime as dt
import hashlib
import json
import os
import sys
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

from .io import atomic_write

DEFAULT_DELAY = 2.0  # seconds between two requests to the same host
DEFAULT_TIMEOUT = 20.0
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 2.0  # first retry after this many seconds, then doubling
MAX_RETRY_AFTER = 60.0
MAX_BYTES = 10 * 1024 * 1024  # a page larger than this is cut
RETRY_STATUS = {429, 500, 502, 503, 504}
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_REDIRECTS = 10
RECORDS = "articles.jsonl"
MANIFEST = ".fetch/manifest.csv"  # in a hidden folder: `pledgewatch run --raw DIR` reads the records only
STATE = ".fetch/state.jsonl"
OUTLET_COLUMNS = ("media_name", "outlet", "source", "sitename", "domain", "source_name")
MANIFEST_FIELDS = ["url", "article_id", "status", "http_status", "reason", "final_url", "attempts"]


def user_agent(contact: str | None = None) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("pledgewatch")
    except PackageNotFoundError:
        v = "dev"
    contact = contact or os.environ.get("PLEDGEWATCH_CONTACT")
    return f"pledgewatch/{v} (news research fetcher; honours robots.txt" + (f"; contact: {contact})" if contact else ")")


class RateLimiter:
    """At least `delay` seconds between two requests to the same host (clock and sleep injectable for tests)."""

    def __init__(self, delay: float, clock: Callable[[], float] = time.monotonic, sleep: Callable = time.sleep):
        self.delay, self.clock, self.sleep = delay, clock, sleep
        self.last: dict[str, float] = {}
        self.host_delay: dict[str, float] = {}

    def wait(self, host: str) -> float:
        gap = max(self.delay, self.host_delay.get(host, 0.0))
        waited = 0.0
        if host in self.last:
            waited = self.last[host] + gap - self.clock()
            if waited > 0:
                self.sleep(waited)
        self.last[host] = self.clock()
        return max(waited, 0.0)


@dataclass
class Outcome:
    url: str
    article_id: str
    status: str
    reason: str | None = None
    http_status: int | None = None
    final_url: str | None = None
    attempts: int = 0
    record: dict | None = None

    def row(self) -> dict:
        return {k: getattr(self, k) for k in MANIFEST_FIELDS}


@dataclass
class Fetcher:
    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    backoff: float = DEFAULT_BACKOFF
    contact: str | None = None
    sleep: Callable = time.sleep
    session: object = None
    limiter: RateLimiter = None
    robots: dict = field(default_factory=dict)

    def __post_init__(self):
        import requests

        if self.session is None:
            self.session = requests.Session()
        self.ua = user_agent(self.contact)
        self.session.headers.update({"User-Agent": self.ua, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
        if self.limiter is None:
            self.limiter = RateLimiter(self.delay, sleep=self.sleep)

    # ------------------------------------------------------------------------------------------------- HTTP
    def _get(self, url: str, redirects: bool = False):
        """(response | None, error | None, attempts): retries with backoff on timeouts, connection errors, 429, 5xx.
        `redirects`: let the client follow them (robots.txt only: a page's hops go through _follow)."""
        import requests

        host = urlsplit(url).netloc.lower()
        attempts = 0
        while True:
            attempts += 1
            self.limiter.wait(host)
            err, resp, wait = None, None, None
            try:
                resp = self.session.get(url, timeout=self.timeout, stream=True, allow_redirects=redirects)
                resp._content = _read_capped(resp)
            except requests.exceptions.Timeout:
                err = f"timed out after {self.timeout:g} s"
            except requests.exceptions.RequestException as e:
                err = f"{type(e).__name__}: {_short(e)}"
            if resp is not None and resp.status_code not in RETRY_STATUS:
                return resp, None, attempts
            if resp is not None:
                wait = _retry_after(resp.headers.get("Retry-After"))
            if attempts > self.retries:
                return resp, err, attempts
            self.sleep(wait if wait is not None else self.backoff * 2 ** (attempts - 1))

    def allowed(self, url: str) -> tuple[bool, str | None]:
        parts = urlsplit(url)
        base = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if base not in self.robots:
            rp = urllib.robotparser.RobotFileParser()
            resp, err, _ = self._get(base + "/robots.txt", redirects=True)  # RFC 9309: follow its redirects
            if resp is None or resp.status_code >= 500:
                why = err or f"HTTP {resp.status_code}"
                self.robots[base] = (None, f"robots.txt could not be fetched ({why}): host not fetched")
            elif resp.status_code >= 400:
                rp.allow_all = True
                self.robots[base] = (rp, None)
            else:
                rp.parse(resp.text.splitlines())
                self.robots[base] = (rp, None)
                cd = rp.crawl_delay(self.ua) or rp.crawl_delay("*")
                if cd:
                    self.limiter.host_delay[parts.netloc.lower()] = float(cd)
        rp, why = self.robots[base]
        if rp is None:
            return False, why
        if not rp.can_fetch(self.ua, url):
            return False, "disallowed by robots.txt"
        return True, None

    # ------------------------------------------------------------------------------------------------- one URL
    def _follow(self, url: str):
        """(response | None, error | None, attempts, final url): redirects followed one hop at a time, each hop
        through robots.txt and its host's rate limit."""
        attempts, current = 0, url
        for _hop in range(MAX_REDIRECTS + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                return None, f"not an http(s) URL: {current[:80]!r}", attempts, current
            ok, why = self.allowed(current)
            if not ok:
                return None, why + (f" (redirected to {current})" if current != url else ""), attempts, current
            resp, err, n = self._get(current)
            attempts += n
            if resp is None or not resp.is_redirect:
                return resp, err, attempts, current
            current = urljoin(current, resp.headers.get("Location", ""))
        return None, f"more than {MAX_REDIRECTS} redirects", attempts, current

    def fetch(self, url: str, article_id: str, meta: dict) -> Outcome:
        resp, err, attempts, final = self._follow(url)
        if resp is None:
            return Outcome(url, article_id, "error", err, attempts=attempts, final_url=final if final != url else None)
        out = Outcome(url, article_id, "ok", http_status=resp.status_code, final_url=final, attempts=attempts)
        if resp.status_code >= 400:
            out.status, out.reason = "error", f"HTTP {resp.status_code} {resp.reason or ''}".strip()
            if err:
                out.reason += f" ({err})"
            return out
        ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype and ctype not in HTML_TYPES:
            out.status, out.reason = "not_text", f"content type {ctype}: not an HTML page"
            return out
        rec, why = extract(resp.content, final, url, article_id, meta)
        if rec is None:
            out.status, out.reason = "empty", why
            return out
        out.record = rec
        return out


def _read_capped(resp) -> bytes:
    chunks, n = [], 0
    for chunk in resp.iter_content(64 * 1024):
        chunks.append(chunk)
        n += len(chunk)
        if n >= MAX_BYTES:
            break
    resp.close()
    return b"".join(chunks)


def _retry_after(value) -> float | None:
    if not value:
        return None
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        when = parsedate_to_datetime(value)
        return min(max((when - dt.datetime.now(dt.UTC)).total_seconds(), 0.0), MAX_RETRY_AFTER)
    except (TypeError, ValueError):
        return None


def _short(e: Exception) -> str:
    s = str(e)
    return s if len(s) <= 160 else s[:157] + "..."


def extract(html: bytes, final_url: str, url: str, article_id: str, meta: dict) -> tuple[dict | None, str | None]:
    """(record, None) for a page with article text; (None, reason) for an error or furniture-only page."""
    import trafilatura

    from .ingest.clean import clean_body

    doc = trafilatura.bare_extraction(html, url=final_url, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False, include_links=False)
    get = (doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))) if doc is not None else None
    text = (get("text") if get else None) or ""
    if not text.strip():
        return None, "no article text found on the page (trafilatura)"
    body, removed = clean_body(text)
    if not body:
        return None, f"only page furniture or an error message ({int(sum(removed.values()))} piece(s) removed)"
    outlet = get("sitename") or next((str(meta[c]) for c in meta if c.lower() in OUTLET_COLUMNS and meta[c]), None)
    rec = {"id": article_id, "url": url, "final_url": final_url, "title": get("title"), "date": get("date"),
           "outlet": outlet, "text": text, "fetched_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
           "meta": meta}
    if not rec["date"]:
        rec["date"] = next((meta[c] for c in meta if c.lower() in ("publish_date", "date", "seendate") and meta[c]), None)
    return rec, None


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
    fetcher = fetcher or Fetcher()
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
    # outputs, in the input's order, from everything finished so far
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
