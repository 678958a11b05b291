"""`reports/statements.html`: an explorer of every statement of the corpus, with filters by month, speaker, country,
side, act and capability and a free-text search (DataTables from itables' offline bundle; see drilldown).

The page is self-contained and offline. The rows travel as JSON in a `<script type="application/json">` data
block (never executed; `<`, `>` and `&` written as \\u escapes so no text can close it), and the table script renders
only the visible page, escaping every value before it becomes HTML: thousands of rows open fast and markup quoted
in an article shows as text. The page's Content-Security-Policy allows only the table script, by its hash.

    from pledgewatch.explorer import write_explorer
    write_explorer(processed_dir, reports_dir)   # -> reports/statements.html
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd

from . import drilldown
from .io import write_text

HEADERS = [  # (header, filter kind, renderer)
    ("date", "month", "text"), ("speaker", "exact", "text"), ("country", "exact", "text"), ("side", "exact", "text"),
    ("act", "exact", "text"), ("capabilities", "list", "text"), ("statement", None, "statement"),
    ("title", None, "text"), ("link", None, "link")]

INTRO = """<h1>Every statement</h1>
<p class="pw-meta">{n:,} statements from {n_articles:,} articles of {label}. Filter by month, speaker, country, side
(of the speaker's country: donor, recipient, adversary, other), speech act or capability, search any text (all
words, any column), sort by a column's header. The act and capabilities are the machine's coding: see
<a href="06_validation.html">06 validation</a> for how often it agrees with human coders.</p>
"""


def explorer_rows(statements: pd.DataFrame, articles: pd.DataFrame | None = None) -> list[list]:
    """One list per statement, in HEADERS order (the statement as [cue, text]), newest first."""
    from .analysis import prepare

    st = prepare(statements, articles, official_only=False) if len(statements) else statements
    rows = drilldown.rows_frame(st, articles).sort_values("date", ascending=False, kind="stable")
    out = []
    for r in rows.itertuples(index=False):
        url = drilldown._safe_url(r.url) or ""
        out.append([r.date, r.speaker, r.country, r.side, r.act, r.capabilities, [r.cue, r.text], r.title, url])
    return out


def json_block(data, element_id: str) -> str:
    """A JSON data block that no text inside can end or turn into markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/json" id="{html.escape(element_id)}">{text}</script>'


def explorer_html(statements: pd.DataFrame, articles: pd.DataFrame | None = None, *, label: str = "the corpus") -> str:
    from .report import CSP, PAGE, _pygments_css
    from .report import CSS as REPORT_CSS

    rows = explorer_rows(statements, articles)
    head = "".join(f'<th data-pw-render="{r}"' + (f' data-pw-filter="{k}"' if k else "") + f">{h}</th>"
                   for h, k, r in HEADERS)
    table = (f'<table class="pw-dt display compact pw-filters" id="pw-explorer" data-source="pw-data" '
             f'data-page-length="25"><thead><tr>{head}</tr></thead></table>')
    n_articles = int(statements["article_id"].nunique()) if "article_id" in statements.columns else 0
    body = (INTRO.format(n=len(rows), n_articles=n_articles, label=html.escape(label)) + table
            + json_block(rows, "pw-data"))
    nav = '<a href="index.html">Index</a>'
    page = PAGE.format(csp=CSP, title="pledgewatch: every statement", css=REPORT_CSS + _pygments_css(), nav=nav,
                       body=body, kind="reader")
    return drilldown.enable_page(page, CSP)


def write_explorer(processed: Path | str, out: Path | str, *, label: str | None = None) -> Path | None:
    """Write OUT/statements.html from the processed tables; None (nothing written) without a statements table."""
    processed, out = Path(processed), Path(out)
    if not (processed / "statements.parquet").is_file():
        return None
    statements = pd.read_parquet(processed / "statements.parquet")
    arts = processed / "articles.parquet"
    articles = pd.read_parquet(arts) if arts.is_file() else None
    return write_text(explorer_html(statements, articles, label=label or processed.name), out / "statements.html")


__all__ = ["write_explorer", "explorer_html", "explorer_rows", "json_block"]
