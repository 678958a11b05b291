"""The polite HTTP client of `pledgewatch fetch`: robots.txt read once per host and honoured, a per-host rate limit
(Crawl-delay raises it), redirects followed hop by hop through both, retries with exponential backoff
(Retry-After honoured up to MAX_RETRY_AFTER), pages cut at MAX_BYTES, a user agent that names the project.
A page fetched is extracted here (`extract`: trafilatura, then ingest's furniture rules)."""

from __future__ import annotations

import datetime as dt
import os
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

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
