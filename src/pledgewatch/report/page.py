"""The report's pages: the HTML page around an executed notebook (content security policy, CSS, navigation), the
index page with each notebook's headline figures, and the corpus label they show."""

from __future__ import annotations

import base64
import html
import time
from dataclasses import dataclass, field
from pathlib import Path

from .. import config

CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
       "script-src 'none'; base-uri 'none'; form-action 'none'")

# Each page: nbconvert's 'basic' body (cells only, no 250 KB of JupyterLab CSS), in a small shell of our own with
# navigation, a compact stylesheet, pygments colours for code, and the CSP.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style></head>
<body class="{kind}">
<nav>{nav}</nav>
<main>
{body}
</main>
<nav class="bottom">{nav}</nav>
</body></html>
"""

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; line-height: 1.45;
  margin: 0; background: #fff; }
main { max-width: 1080px; margin: 0 auto; padding: 0 1.2em 2em; }
nav { max-width: 1080px; margin: 0 auto; padding: 0.6em 1.2em; font-size: 0.9em; color: #555;
  border-bottom: 1px solid #e5e5e5; }
nav.bottom { border-top: 1px solid #e5e5e5; border-bottom: none; }
nav a { color: #0072B2; margin-right: 0.9em; }
h1 { font-size: 1.7em; margin: 0.8em 0 0.3em; } h2 { font-size: 1.3em; margin-top: 1.6em; }
a.anchor-link { display: none; }
.prompt { display: none; }
.input_area { background: #f7f7f7; border: 1px solid #e3e3e3; border-radius: 3px; margin: 0.6em 0;
  overflow-x: auto; }
.input_area pre { margin: 0; padding: 0.5em 0.7em; font-size: 12.5px; line-height: 1.35; }
.output_subarea { margin: 0.4em 0; overflow-x: auto; }
.output_png img, .output_subarea img { max-width: 100%; height: auto; display: block; }
.output_text pre, .output_stream pre { font-size: 12px; white-space: pre-wrap; margin: 0.3em 0; }
.output_stderr pre { background: #fff4f0; padding: 0.3em 0.5em; }
.output_error pre { background: #fdecea; padding: 0.5em; white-space: pre-wrap; }
.reader .output_stream.output_stderr { display: none; }
table.pw-table, table.dataframe { border-collapse: collapse; font-size: 12.5px; margin: 0.5em 0; }
table.pw-table th, table.pw-table td, table.dataframe th, table.dataframe td { border-bottom: 1px solid #e2e2e2;
  padding: 3px 7px; text-align: left; vertical-align: top; max-width: 560px; }
table.pw-table td, table.dataframe td { overflow-wrap: break-word; }
table.pw-table th, table.dataframe th { background: #f3f3f3; white-space: nowrap; }
code { background: #f3f3f3; padding: 0 3px; border-radius: 2px; font-size: 0.92em; }
"""


def _pygments_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".highlight")


HEADLINES = {  # notebook prefix -> figures shown on the index page, first existing ones
    "01": ["01_articles_monthly"],
    "02": ["02_top_speakers"],
    "03": ["03_pledges_monthly", "03_pledges_by_country"],
    "04": ["04_capability_month", "04_pledges_vs_appeals"],
    "05": ["05_commitment_index_monthly", "05_frame_shares", "05_commitment_phrases", "05_fightin_words_periods"],
    "06": ["06_lag_correlations", "06_pledges_vs_kiel", "06_eval_scores"],
}


@dataclass
class NotebookResult:
    name: str
    title: str
    html: Path
    reader: Path
    executed: Path
    seconds: float
    error: str | None = None
    cached: bool = False  # reused from the report cache (not executed)
    key: str | None = None  # the report cache key


@dataclass
class ReportResult:
    out: Path
    index: Path
    notebooks: list[NotebookResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(n.error is None for n in self.notebooks)

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.out.rglob("*") if p.is_file())


def _exporter(exclude_input: bool):
    from nbconvert import HTMLExporter

    exp = HTMLExporter(template_name="basic")
    exp.embed_images = True
    exp.exclude_input = exclude_input
    exp.exclude_input_prompt = True
    exp.exclude_output_prompt = True
    return exp


def _title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def _article_count(processed: Path) -> str | None:
    """'N articles' of a run, copies of an earlier record (`duplicate_of`) counted once and named:
    'N articles + k copies of an earlier one'; None when the table cannot be read."""
    try:
        import pandas as pd
        import pyarrow.parquet as pq

        path = processed / "articles.parquet"
        a = pd.read_parquet(path, columns=[c for c in ("article_id", "duplicate_of") if c in pq.read_schema(path).names])
    except Exception:
        return None
    k = int(a["duplicate_of"].notna().sum()) if "duplicate_of" in a.columns else 0
    return f"{len(a) - k:,} articles" + (f" + {k:,} cop{'y' if k == 1 else 'ies'} of an earlier one" if k else "")


def _corpus_label(raw, processed: Path) -> str:
    n = _article_count(processed)
    name = Path(raw).name if raw else processed.name
    if raw and Path(raw).resolve() == config.RAW.resolve():
        name = "the data/raw sample"
    return f"{name} ({n})" if n is not None else name


def _nav(results_names: list[tuple[str, str]], i: int, reader: bool) -> str:
    """Links: index, previous, next, and the same report with/without code."""
    up = "../" if reader else ""
    links = [f'<a href="{up}index.html">Index</a>']
    if i > 0:
        links.append(f'<a href="{results_names[i - 1][0]}.html">&larr; {html.escape(results_names[i - 1][1])}</a>')
    if i + 1 < len(results_names):
        links.append(f'<a href="{results_names[i + 1][0]}.html">{html.escape(results_names[i + 1][1])} &rarr;</a>')
    other = f"../{results_names[i][0]}.html" if reader else f"reader/{results_names[i][0]}.html"
    links.append(f'<a href="{other}">{"with code" if reader else "reader version (no code)"}</a>')
    return " ".join(links)


def _body(nb, exclude_input: bool) -> str:
    """nbconvert's 'basic' HTML of the cells (with code, or without for the reader version)."""
    body, _ = _exporter(exclude_input).from_notebook_node(nb)
    return body


def _page(body: str, exclude_input: bool, title: str, nav: str = "") -> bytes:
    """A report page: the body in our shell (navigation, stylesheet, CSP)."""
    page = PAGE.format(csp=CSP, title=html.escape(title), css=CSS + _pygments_css(), nav=nav, body=body,
                       kind="reader" if exclude_input else "full")
    # drill-down tables (pledgewatch.drilldown): in the reader version their one script (DataTables, 0.6 MB) is added,
    # allowed by its hash in the page's CSP, and makes them searchable and sortable; the version with code keeps them
    # as plain collapsed tables, so the bundle is not written twice per notebook
    if not exclude_input:
        return page.encode("utf-8")
    from ..drilldown import enable_page

    return enable_page(page, CSP).encode("utf-8")


def _img_tag(png: Path, alt: str) -> str:
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}">'


def _index_html(results: list[NotebookResult], figures: Path, out: Path, label: str, saved: dict,
                built: float | None = None) -> str:
    """The index page. `built` is when the newest notebook was executed (a rebuild from the cache is the same
    page, byte for byte)."""
    rows, heads = [], []
    for r in results:
        status = "" if r.error is None else ' <span class="err">(failed: see the report)</span>'
        rows.append(f'<li><a href="{html.escape(r.html.relative_to(out).as_posix())}">{html.escape(r.title or r.name)}'
                    f'</a> · <a href="{html.escape(r.reader.relative_to(out).as_posix())}">reader version</a>'
                    f'{status}</li>')
        prefix = r.name[:2]
        for fig in HEADLINES.get(prefix, []):
            png = figures / f"{fig}.png"
            if png.is_file():
                title = saved.get(fig, fig)
                svg = figures / f"{fig}.svg"
                svg_link = (f' · <a href="{html.escape(svg.relative_to(out).as_posix())}">SVG</a>'
                            if figures.is_relative_to(out) and svg.is_file() else "")
                heads.append(f'<figure><a href="{html.escape(r.reader.relative_to(out).as_posix())}">'
                             f'{_img_tag(png, title)}</a><figcaption>From '
                             f'<a href="{html.escape(r.reader.relative_to(out).as_posix())}">'
                             f'{html.escape(r.title or r.name)}</a>{svg_link}</figcaption></figure>')
                break
    stamp = _utc(time.time() if built is None else built)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pledgewatch reports</title>
<style>
body {{ font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 1100px; margin: 2em auto;
  padding: 0 1em; color: #222; line-height: 1.45; }}
h1 {{ margin-bottom: 0.2em; }} .meta {{ color: #555; }} ol li {{ margin: 0.3em 0; }}
figure {{ margin: 1.5em 0; }} figure img {{ max-width: 100%; height: auto; border: 1px solid #eee; }}
figcaption {{ color: #444; font-size: 0.9em; }} .err {{ color: #b00; }}
</style></head>
<body>
<h1>pledgewatch: what officials say about supporting Ukraine</h1>
<p class="meta">Corpus: {html.escape(label)} · built {html.escape(stamp)}</p>
<h2>Reports, in order</h2>
<ol>
{chr(10).join(rows)}
</ol>
<p class="meta">Each report with its code, or the reader version without code. Figures as PNG and SVG are in
<code>figures/</code>; the tables behind them are CSV files beside the processed tables.</p>
<p><a href="statements.html">Every statement</a>: filter by month, speaker, country, side, speech act and
capability, and search the text.</p>
<h2>Headline charts</h2>
{chr(10).join(heads) if heads else '<p>No headline chart: too little data on this corpus.</p>'}
</body></html>
"""


def _utc(t: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(t))
