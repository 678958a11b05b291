"""`pledgewatch fetch` against a local HTTP server on 127.0.0.1 (never the internet): fixture pages, a redirect, a 404,
a 500 then a 200, a slow response, a non-HTML file, an error page, robots.txt, and resuming."""

from __future__ import annotations

import csv
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pledgewatch import fetch
from pledgewatch.ingest import ingest

PARAS = [
    "Defence ministers met at Ramstein on Tuesday to discuss new air defence for Ukraine. The minister said that the "
    "government would send two more systems before the winter, and that the training of crews had begun.",
    "Officials in Kyiv welcomed the decision. They said they had asked for the systems for months and that the need "
    "was urgent because of the attacks on the power grid over the past weeks.",
    "The meeting was the twentieth of the contact group, which brings together some fifty countries that support "
    "Ukraine with weapons, ammunition and training.",
]


def page(title: str, extra: str = "") -> bytes:
    body = "".join(f"<p>{p} {extra}</p>" for p in PARAS)
    return (f"<!DOCTYPE html><html><head><title>{title}</title>"
            f"<meta property='og:site_name' content='Local News'>"
            f"<meta property='article:published_time' content='2024-03-19T10:00:00Z'></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright Local News</footer></body></html>").encode()


OOPS = (b"<!DOCTYPE html><html><head><title>Error</title></head><body><article>"
        b"<p>Oops! Something went wrong. Please try again later.</p></article></body></html>")


class Handler(BaseHTTPRequestHandler):
    hits: Counter = Counter()
    user_agents: list = []
    robots_moved = False  # robots.txt answers with a redirect to /robots-real.txt

    def log_message(self, *a):  # quiet
        pass

    def _send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (the slow page)
            pass

    def do_GET(self):  # noqa: N802 - the http.server API
        path = self.path
        Handler.hits[path] += 1
        Handler.user_agents.append(self.headers.get("User-Agent"))
        if path == "/robots.txt" and Handler.robots_moved:
            return self._send(301, b"", headers={"Location": "/robots-real.txt"})
        if path in ("/robots.txt", "/robots-real.txt"):
            return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path.startswith("/article/"):
            name = path.rsplit("/", 1)[-1]
            return self._send(200, page(f"Allies pledge air defence {name}", extra=name))
        if path == "/old-address":
            return self._send(301, b"", headers={"Location": "/article/moved"})
        if path == "/to-private":
            return self._send(302, b"", headers={"Location": "/private/moved"})
        if path == "/missing":
            return self._send(404, b"<html><body>Not found</body></html>")
        if path == "/flaky":
            if Handler.hits[path] == 1:
                return self._send(500, b"<html><body>Server error</body></html>")
            return self._send(200, page("Second try works"))
        if path == "/slow":
            time.sleep(1.5)
            return self._send(200, page("Too slow"))
        if path == "/report.pdf":
            return self._send(200, b"%PDF-1.4\n" + bytes(100), "application/pdf")
        if path == "/oops":
            return self._send(200, OOPS)
        if path.startswith("/private/"):
            return self._send(200, page("Secret"))
        return self._send(404, b"")


@pytest.fixture()
def server():
    Handler.hits = Counter()
    Handler.user_agents = []
    Handler.robots_moved = False
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _fetcher():
    return fetch.Fetcher(delay=0.0, timeout=0.5, retries=1, backoff=0.01, contact="test@example.org")


def _csv(path, base, paths):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["URL", "title", "media_name", "publish_date"])  # Media Cloud-like columns, 'URL' in capitals
        for i, p in enumerate(paths):
            w.writerow([base + p, f"Listed title {i}", "Local Listed News", "2024-03-18"])
    return path


PATHS = ["/article/a", "/article/b", "/old-address", "/missing", "/flaky", "/slow", "/report.pdf", "/oops",
         "/private/secret", "/to-private", "/article/a"]


def test_fetch_statuses_records_and_politeness(tmp_path, server):
    urls = _csv(tmp_path / "urls.csv", server, PATHS)
    counts = fetch.run(urls, tmp_path / "out", fetcher=_fetcher(), progress=False)
    man = list(csv.DictReader(open(tmp_path / "out" / fetch.MANIFEST, encoding="utf-8")))
    assert len(man) == len(PATHS)
    got = {m["url"].replace(server, ""): (m["status"], m["http_status"], m["reason"]) for m in man[:-1]}
    assert got["/article/a"][:2] == ("ok", "200")
    assert got["/old-address"][:2] == ("ok", "200")
    assert got["/missing"] == ("error", "404", "HTTP 404 Not Found")
    assert got["/flaky"][:2] == ("ok", "200")  # a 500, then a 200 on the retry
    assert got["/slow"][0] == "error" and "timed out" in got["/slow"][2]
    assert got["/report.pdf"] == ("not_text", "200", "content type application/pdf: not an HTML page")
    assert got["/oops"][0] == "empty" and "furniture" in got["/oops"][2]
    assert got["/private/secret"] == ("error", "", "disallowed by robots.txt")
    assert got["/to-private"][0] == "error"  # a redirect into a disallowed folder is not followed
    assert got["/to-private"][2] == f"disallowed by robots.txt (redirected to {server}/private/moved)"
    assert man[-1]["status"] == "duplicate"
    assert counts == {"ok": 4, "error": 4, "not_text": 1, "empty": 1, "duplicate": 1}
    moved = next(m for m in man if m["url"].endswith("/old-address"))
    assert moved["final_url"] == server + "/article/moved"

    recs = [json.loads(x) for x in open(tmp_path / "out" / "articles.jsonl", encoding="utf-8")]
    assert [r["url"].replace(server, "") for r in recs] == ["/article/a", "/article/b", "/old-address", "/flaky"]
    a = recs[0]
    assert a["title"] == "Allies pledge air defence a" and a["outlet"] == "Local News" and a["date"] == "2024-03-19"
    assert PARAS[0].split(".")[0] in a["text"] and "Home" not in a["text"] and "Copyright" not in a["text"]
    assert a["meta"] == {"title": "Listed title 0", "media_name": "Local Listed News", "publish_date": "2024-03-18"}
    assert a["id"].startswith("url-")

    # politeness: robots.txt read once for the host, never the disallowed page, the project's user agent
    assert Handler.hits["/robots.txt"] == 1 and Handler.hits["/private/secret"] == 0
    assert Handler.hits["/private/moved"] == 0 and Handler.hits["/to-private"] == 1
    assert Handler.hits["/article/a"] == 1  # the duplicate URL is not fetched twice
    assert Handler.hits["/flaky"] == 2 and Handler.hits["/slow"] == 2  # one retry each
    assert all(ua.startswith("pledgewatch/") and "test@example.org" in ua for ua in Handler.user_agents)

    # the records go through `run`'s ingest: outlet from the page's site name (metadata)
    # the output folder as `run --raw` input: the records only, never the bookkeeping (the pages share paragraphs)
    arts, imani = ingest(tmp_path / "out", dedupe="off")
    assert len(imani) == 4 and len(arts) == 4 and (arts["outlet"] == "Local News").all() and (arts["outlet_source"] == "metadata").all()


def test_an_interrupted_fetch_resumes_where_it_stopped(tmp_path, server):
    urls = _csv(tmp_path / "urls.csv", server, ["/article/a", "/article/b", "/missing", "/article/c"])
    out = tmp_path / "out"
    counts = fetch.run(urls, out, fetcher=_fetcher(), limit=2, progress=False)
    assert counts == {"ok": 2, "pending": 2}
    counts = fetch.run(urls, out, fetcher=_fetcher(), progress=False)
    assert counts == {"ok": 3, "error": 1}
    assert Handler.hits["/article/a"] == 1 and Handler.hits["/article/b"] == 1 and Handler.hits["/article/c"] == 1
    # a line cut by a crash is ignored and that URL fetched again; --retry-failed tries the errors again
    with open(out / fetch.STATE, "a", encoding="utf-8") as fh:
        fh.write('{"url": "' + server + '/article/')
    counts = fetch.run(urls, out, fetcher=_fetcher(), retry_failed=True, progress=False)
    assert counts == {"ok": 3, "error": 1} and Handler.hits["/missing"] == 2
    assert len(open(out / "articles.jsonl", encoding="utf-8").readlines()) == 3


def test_robots_txt_behind_a_redirect_and_a_failing_page(tmp_path, server):
    class Broken(fetch.Fetcher):
        def fetch(self, url, article_id, meta):
            if url.endswith("/boom"):
                raise UnicodeError("bad label")
            return super().fetch(url, article_id, meta)

    Handler.robots_moved = True
    f = Broken(delay=0.0, timeout=0.5, retries=0, backoff=0.01)
    assert f.allowed(server + "/private/x") == (False, "disallowed by robots.txt")  # the rules behind the redirect
    assert Handler.hits["/robots-real.txt"] == 1
    counts = fetch.run(_csv(tmp_path / "u.csv", server, ["/boom", "/article/a"]), tmp_path / "out", fetcher=f,
                       progress=False)
    assert counts == {"error": 1, "ok": 1}
    man = list(csv.DictReader(open(tmp_path / "out" / fetch.MANIFEST, encoding="utf-8")))
    assert man[0]["reason"] == "fetch failed: UnicodeError: bad label"


def test_rate_limit_per_host_with_a_fake_clock():
    now = [100.0]
    slept = []

    def sleep(s):
        slept.append(round(s, 3))
        now[0] += s

    rl = fetch.RateLimiter(2.0, clock=lambda: now[0], sleep=sleep)
    rl.wait("a.example")
    rl.wait("b.example")  # another host: no wait
    now[0] += 0.5
    rl.wait("a.example")  # 0.5 s after the last request to a.example: waits 1.5 s
    rl.host_delay["b.example"] = 5.0  # a robots.txt Crawl-delay
    rl.wait("b.example")
    assert slept == [1.5, 3.0]


def test_urls_csv_without_a_url_column_is_refused(tmp_path):
    (tmp_path / "x.csv").write_text("link,title\nhttp://127.0.0.1/a,A\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no 'url' column"):
        fetch.read_urls(tmp_path / "x.csv")


def test_the_fetch_command(tmp_path, server, capsys):
    from pledgewatch import cli

    urls = _csv(tmp_path / "urls.csv", server, ["/article/a", "/missing"])
    rc = cli.main(["fetch", "--urls", str(urls), "--out", str(tmp_path / "out"), "--delay", "0", "--retries", "0",
                   "--quiet"])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "fetch: 2 URLs: " in printed and "ok 1" in printed and "error 1" in printed
    assert (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").count("\n") == 1
