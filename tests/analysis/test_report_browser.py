"""Build the HTML reports on a small corpus (the data/raw sample plus an article carrying injected markup), open
every page in headless Chromium and check: every <img> loaded (naturalWidth > 0), no console errors, and the
injected markup shows as text but never ran (window.__pwned stays undefined). The drill-down tables and the
statements explorer (statements.html) render, their search and filters work, with the same checks. Screenshots go
to reports/screenshots/ for review.

Needs Debian's chromium (`make chromium`, or apt-get install chromium) and the `playwright` Python package
(it drives the system chromium; no browser is downloaded). Skips with a clear message where either is absent.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pledgewatch import config

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
INJECTED = f"""Allies pledge more air defence {IMG} as ministers meet {SCRIPT}

BRUSSELS, 14 February 2023 - Defence ministers met again on Tuesday.

"We will send more weapons and support Ukraine {SCRIPT} as long as it takes," Smith said.

"The weapons {IMG} will arrive within weeks," Jones told reporters.

Ukraine's defence minister said that {IMG} more air defence systems were urgently needed.
"""


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


@pytest.fixture(scope="module")
def built_reports(tmp_path_factory):
    exe = chromium_path()
    if not exe:
        pytest.skip("no chromium found (install Debian's chromium: `make chromium` or `apt-get install chromium`): "
                    "browser test of the HTML reports skipped")
    pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed "
                        "(pip install playwright; it drives the system chromium): browser test skipped")
    from pledgewatch.pipeline import run
    from pledgewatch.report import build_reports

    tmp = tmp_path_factory.mktemp("browser")
    raw = tmp / "raw"
    raw.mkdir()
    for f in sorted(config.RAW.glob("*.txt")):
        shutil.copy(f, raw / f.name)
    (raw / "999_injected_markup.txt").write_text(INJECTED, encoding="utf-8")
    processed = tmp / "processed"
    res = run(raw, processed, progress=False)
    assert res.statements["text"].str.contains("<script>", regex=False).any(), \
        "the injected article must yield a statement carrying the markup"
    out = tmp / "reports"
    rep = build_reports(processed, out, raw=raw, run_eval=False, executed_dir=tmp / "executed",
                        log=lambda *a, **k: None)
    assert rep.ok, [n.error for n in rep.notebooks if n.error]
    return exe, rep


def check_page(ctx, path: Path, screenshot: Path | None = None) -> tuple[list[str], str, int]:
    """Open one page; return (problems, visible text, number of images)."""
    page = ctx.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri(), wait_until="load")
    # every image decoded (or failed) before it is judged, wherever it sits on the page
    page.evaluate("() => Promise.all(Array.from(document.images).map(i => i.decode().catch(() => null)))")
    page.wait_for_timeout(200)
    imgs = page.evaluate("""() => Array.from(document.images).map(i => ({
        src: (i.getAttribute('src') || '').slice(0, 40), ok: i.complete && i.naturalWidth > 0}))""")
    pwned = page.evaluate("() => typeof window.__pwned")
    text = page.evaluate("() => document.body.innerText")
    if screenshot is not None:
        page.screenshot(path=str(screenshot), full_page=True)
    page.close()
    problems = []
    bad = [i["src"] for i in imgs if not i["ok"]]
    if bad:
        problems.append(f"{path.name}: images not loaded: {bad}")
    if errors:
        problems.append(f"{path.name}: console errors: {errors}")
    if pwned != "undefined":
        problems.append(f"{path.name}: injected markup ran (window.__pwned is {pwned})")
    return problems, text, len(imgs)


def _browser(pw, exe, profile):
    return pw.chromium.launch_persistent_context(str(profile), executable_path=exe, headless=True,
                                                 args=CHROMIUM_FLAGS, viewport={"width": 1280, "height": 900})


def test_reports_render_safely_in_chromium(built_reports, tmp_path):
    from playwright.sync_api import sync_playwright

    exe, rep = built_reports
    pages = [rep.index] + [p for n in rep.notebooks for p in (n.html, n.reader)]
    shots = config.REPORTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    problems, shown_script, shown_img = [], False, False
    with sync_playwright() as pw:
        ctx = _browser(pw, exe, tmp_path / "profile")
        try:
            for path in pages:
                rel = path.relative_to(rep.out).as_posix().replace("/", "__")
                found, text, n_img = check_page(ctx, path, shots / rel.replace(".html", ".png"))
                problems += found
                shown_script |= SCRIPT in text
                shown_img |= "onerror=" in text
                if path != rep.index and not n_img and "too little data" not in text.lower():
                    problems.append(f"{rel}: no figure and no 'too little data' note")
        finally:
            ctx.close()
    assert not problems, "\n".join(problems)
    assert shown_script, "the injected <script> should be visible as text in a statements table"
    assert shown_img, "the injected onerror= markup should be visible as text (articles or statements table)"


def test_the_check_catches_markup_that_runs(built_reports, tmp_path):
    """Negative control: a page with the markup unescaped is flagged, with or without the reports' CSP."""
    from playwright.sync_api import sync_playwright

    from pledgewatch.report import CSP

    exe, _ = built_reports
    bad_plain = tmp_path / "bad_plain.html"
    bad_plain.write_text(f"<!DOCTYPE html><html><body><p>x</p>{SCRIPT}{IMG}</body></html>", encoding="utf-8")
    bad_csp = tmp_path / "bad_csp.html"
    bad_csp.write_text(f'<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="{CSP}">'
                       f"</head><body>{SCRIPT}{IMG}</body></html>", encoding="utf-8")
    with sync_playwright() as pw:
        ctx = _browser(pw, exe, tmp_path / "profile")
        try:
            plain, _, _ = check_page(ctx, bad_plain)
            with_csp, _, _ = check_page(ctx, bad_csp)
        finally:
            ctx.close()
    assert any("injected markup ran" in p for p in plain)
    assert any("console errors" in p for p in with_csp), "CSP violations must surface as console errors"


def test_reports_are_offline_and_small(built_reports):
    _, rep = built_reports
    for n in rep.notebooks:
        for p in (n.html, n.reader):
            body = p.read_text(encoding="utf-8")
            assert "Content-Security-Policy" in body
            assert "cdnjs" not in body and "require.min.js" not in body, f"{p.name} loads scripts from the network"
            assert SCRIPT not in body, f"{p.name} contains the injected script unescaped"
            assert IMG not in body, f"{p.name} contains the injected img unescaped"
        assert 'class="input_area"' not in n.reader.read_text(encoding="utf-8"), "reader version shows code"
    size = sum(f.stat().st_size for f in rep.out.rglob("*") if f.is_file())
    assert size < 10e6


def _open(ctx, path: Path):
    page = ctx.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri(), wait_until="load")
    return page, errors


def _info(page, i=0) -> str:
    return page.evaluate(f"() => document.querySelectorAll('.dt-info')[{i}].textContent")


def test_drilldown_tables_render_and_search(built_reports, tmp_path):
    from playwright.sync_api import sync_playwright

    exe, rep = built_reports
    nb = next(n for n in rep.notebooks if n.name.startswith("02"))
    shots = config.REPORTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        ctx = _browser(pw, exe, tmp_path / "profile")
        try:
            # the version with code keeps the tables plain (no second copy of the DataTables bundle)
            full, _ = _open(ctx, nb.html)
            assert full.evaluate("() => document.querySelectorAll('details.pw-drill table tbody tr').length") >= 2
            assert full.evaluate("() => document.querySelectorAll('details.pw-drill .dt-container').length") == 0
            for path in (nb.reader,):
                page, errors = _open(ctx, path)
                page.wait_for_selector("details.pw-drill .dt-container", state="attached")
                n_tables = page.evaluate("() => document.querySelectorAll('details.pw-drill').length")
                n_dt = page.evaluate("() => document.querySelectorAll('details.pw-drill .dt-container').length")
                assert n_tables >= 2 and n_dt == n_tables, (n_tables, n_dt)
                page.click("details.pw-drill >> nth=1 >> summary")
                box = page.locator("details.pw-drill >> nth=1")
                total = box.locator("tbody tr").count()
                assert total >= 2
                box.locator("input[type=search]").fill("Smith")
                page.wait_for_timeout(300)
                rows = box.locator("tbody tr")
                assert 1 <= rows.count() < total
                assert all("Smith" in rows.nth(i).inner_text() for i in range(rows.count()))
                # sortable: clicking the date header orders the rows
                box.locator("input[type=search]").fill("")
                box.locator("th", has_text="date").first.click()
                page.wait_for_timeout(200)
                dates = [d for d in box.locator("tbody tr td:first-child").all_inner_texts() if d]
                assert dates == sorted(dates) or dates == sorted(dates, reverse=True)
                box.locator("input[type=search]").fill("pwned")
                page.wait_for_timeout(300)
                assert SCRIPT in box.inner_text(), "the injected <script> shows as text in a drill-down table"
                assert page.evaluate("() => typeof window.__pwned") == "undefined"
                if path == nb.html:
                    box.screenshot(path=str(shots / "drilldown_02_statements.png"))
                page.close()
                assert not errors, f"{path.name}: console errors {errors}"
        finally:
            ctx.close()


def test_statements_explorer_filters_and_search(built_reports, tmp_path):
    from playwright.sync_api import sync_playwright

    exe, rep = built_reports
    path = rep.out / "statements.html"
    assert path.is_file(), "pledgewatch report writes the explorer"
    import pandas as pd

    n_statements = len(pd.read_parquet(path.parents[1] / "processed" / "statements.parquet"))
    with sync_playwright() as pw:
        ctx = _browser(pw, exe, tmp_path / "profile")
        try:
            page, errors = _open(ctx, path)
            page.wait_for_selector("#pw-explorer tbody tr")
            assert f"of {n_statements} entries" in _info(page)
            filters = page.evaluate("() => Array.from(document.querySelectorAll('.pw-filterbar select'))"
                                    ".map(s => s.dataset.filter)")
            assert filters == ["date", "speaker", "country", "side", "act", "capabilities"]
            page.fill("input[type=search]", "Smith")
            page.wait_for_timeout(300)
            shown = page.locator("#pw-explorer tbody tr")
            assert 1 <= shown.count() < n_statements and "filtered from" in _info(page)
            assert all("Smith" in shown.nth(i).inner_text() for i in range(shown.count()))
            page.fill("input[type=search]", "")
            page.select_option("select[data-filter=act]", index=1)
            act = page.evaluate("() => document.querySelector('select[data-filter=act]').value")
            page.wait_for_timeout(200)
            acts = set(page.locator("#pw-explorer tbody tr td:nth-child(5)").all_inner_texts())
            assert acts == {act}
            page.select_option("select[data-filter=act]", "")
            page.fill("input[type=search]", "pwned")
            page.wait_for_timeout(300)
            assert SCRIPT in page.evaluate("() => document.body.innerText"), "markup shows as text"
            assert page.evaluate("() => typeof window.__pwned") == "undefined"
            page.fill("input[type=search]", "")
            page.screenshot(path=str(config.REPORTS / "screenshots" / "statements_explorer.png"))
            page.close()
            assert not errors, f"statements.html: console errors {errors}"
        finally:
            ctx.close()
