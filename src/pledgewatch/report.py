"""`pledgewatch report`: execute the notebooks in order with papermill and export HTML reports with nbconvert.

For each `notebooks/NN_name.py` (jupytext py:percent, the reviewed source; the paired .ipynb is built from it):
  - reuse its stored execution if nothing it depends on changed (report_cache: keyed by the notebook's source,
    parameters, input tables, reference CSVs, ../shared inputs, code and package versions; `--force` skips it),
    else execute it headless (kernel `python3`, working directory `notebooks/`) with the run's parameters;
  - export `OUT/NN_name.html` (with code) and `OUT/reader/NN_name.html` (no code, no prompts);
then write `OUT/index.html` linking them in order with the headline charts embedded, and print where they are.

The HTML is self-contained and offline: figures are embedded as PNG data, the CDN scripts of the lab template
(require.js, MathJax, mermaid) are left out, and a Content-Security-Policy forbids every script, so markup quoted
in an article (already escaped by the notebooks' tables) could not run even if it slipped through.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import config

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


def notebook_sources(names=None, notebooks_dir: Path | None = None) -> list[Path]:
    """The numbered py:percent notebooks in order (optionally only those whose name starts with one of names)."""
    nb_dir = Path(notebooks_dir or config.NOTEBOOKS)
    paths = sorted(nb_dir.glob("[0-9][0-9]_*.py"))
    if names:
        paths = [p for p in paths if any(p.stem.startswith(str(n)) or p.stem == str(n) for n in names)]
    return paths


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


def _declared_parameters(ipynb: Path) -> set[str]:
    import papermill

    return set(papermill.inspect_notebook(str(ipynb)).keys())


def _declared_parameters_py(src: Path) -> set[str]:
    """Names assigned in the `parameters` cell of a jupytext py:percent notebook."""
    import jupytext

    nb = jupytext.read(src)
    for cell in nb.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return set(re.findall(r"^([A-Za-z_]\w*)\s*=", cell.source, flags=re.M))
    return set()


def _corpus_label(raw, processed: Path) -> str:
    n = None
    try:
        import pandas as pd

        n = len(pd.read_parquet(processed / "articles.parquet", columns=["article_id"]))
    except Exception:
        pass
    name = Path(raw).name if raw else processed.name
    if raw and Path(raw).resolve() == config.RAW.resolve():
        name = "the data/raw sample"
    return f"{name} ({n:,} articles)" if n is not None else name


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
    from .drilldown import enable_page

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


def build_reports(processed: Path | str = config.PROCESSED, out: Path | str = config.REPORTS, *, raw=None,
                  figures: Path | str | None = None, tables: Path | str | None = None, names=None,
                  official_only: bool = True, kiel: Path | str | None = None, run_eval: bool = True,
                  corpus_label: str | None = None, kernel: str = "python3", timeout: int = 1200,
                  notebooks_dir: Path | None = None, executed_dir: Path | str | None = None,
                  cache_dir: Path | str | None = None, force: bool = False, log=print,
                  extra_params: dict | None = None) -> ReportResult:
    """Execute (or reuse from the report cache, see report_cache) each notebook, export its pages, write the index.
    force=True executes every notebook again and refreshes the cache. extra_params (`pledgewatch report -p
    NAME=VALUE`) go to every notebook that declares NAME in its parameters cell, after the options above."""
    from . import report_cache as rc

    processed, out = Path(processed).resolve(), Path(out).resolve()
    figures = Path(figures).resolve() if figures else out / "figures"
    tables = Path(tables).resolve() if tables else processed
    # executed notebooks (with outputs) are a by-product: kept out of the reports folder, in the git-ignored cache
    # (one folder per reports folder, so two builds at once do not share files)
    folder_key = hashlib.sha1(str(out).encode()).hexdigest()[:10]
    executed_dir = Path(executed_dir) if executed_dir else config.INTERIM / "executed_notebooks" / folder_key
    for d in (out, figures, executed_dir, out / "reader"):
        d.mkdir(parents=True, exist_ok=True)
    params = {"processed": str(processed), "figures_dir": str(figures), "tables_dir": str(tables),
              "official_only": bool(official_only), "corpus_label": corpus_label, "raw": str(raw) if raw else None,
              "kiel_path": str(kiel) if kiel else None, "run_eval": bool(run_eval), **(extra_params or {})}
    # the automatic corpus label is a function of raw, processed and articles.parquet, all in the key: it is
    # only computed (pandas) when a notebook is executed, else taken from the cache entry
    key_params = {**params, "corpus_label": corpus_label if corpus_label is not None else "<auto>"}
    nb_dir = Path(notebooks_dir or config.NOTEBOOKS)
    result = ReportResult(out=out, index=out / "index.html")
    sources = notebook_sources(names, nb_dir)
    all_prefixes = [p.stem[:2] for p in notebook_sources(None, nb_dir)]
    cache = rc.ReportCache(cache_dir) if cache_dir else rc.ReportCache()
    inputs = rc.Inputs.collect(processed, nb_dir, all_prefixes, kernel=kernel, kiel=kiel, figures=figures)
    nav_names = [(p.stem, p.stem.replace("_", " ")) for p in sources]
    titles: dict[str, str] = {}
    stamps: list[float] = []
    for i, src in enumerate(sources):
        t0 = time.time()
        prefix = src.stem[:2]
        source = src.read_text(encoding="utf-8")
        earlier = [p for p in all_prefixes if p < prefix]
        upstream = {p: rc.outputs_digest(p, figures, tables) for p in rc.upstream_prefixes(source, prefix, earlier)}
        key = rc.notebook_key(src, source, key_params, inputs, upstream, kernel=kernel)
        entry = None if force else cache.lookup(src.stem, key)
        executed = executed_dir / f"{src.stem}.ipynb"
        if entry is not None:
            rc.restore(entry, prefix, figures, tables)
            rc.write_if_changed(executed, entry.executed)
            bodies = {"full": entry.body("full"), "reader": entry.body("reader")}
            title, error, stamp = entry.meta["title"], None, float(entry.meta["executed_at"])
            titles.update(entry.meta.get("figure_titles", {}))
            if params["corpus_label"] is None:
                params["corpus_label"] = entry.meta["params"].get("corpus_label")
        else:
            if params["corpus_label"] is None:
                params["corpus_label"] = _corpus_label(raw, processed)
            log(f"[report] {src.stem}: executing ...")
            title, bodies, error = _execute(src, params, executed, nb_dir, kernel, timeout, prefix, figures, tables)
            stamp = time.time()
            fig_titles = _figure_titles(figures, f"{prefix}_")
            titles.update(fig_titles)
            if error is None:
                cache.store(src.stem, key, executed=executed, bodies=bodies,
                            outputs=rc.outputs_of(prefix, figures, tables),
                            meta={"group": str(out), "title": title, "executed_at": stamp,
                                  "seconds": round(time.time() - t0, 1), "params": params,
                                  "figure_titles": fig_titles})
        stamps.append(stamp)
        html_path, reader_path = out / f"{src.stem}.html", out / "reader" / f"{src.stem}.html"
        rc.write_if_changed(html_path, _page(bodies["full"], False, title, _nav(nav_names, i, reader=False)))
        rc.write_if_changed(reader_path, _page(bodies["reader"], True, title, _nav(nav_names, i, reader=True)))
        r = NotebookResult(src.stem, title, html_path, reader_path, executed, time.time() - t0, error,
                           cached=entry is not None, key=key)
        result.notebooks.append(r)
        if r.cached:
            log(f"[report] {src.stem}: reused (cache {key[:10]}, executed {_utc(stamp)})")
        else:
            log(f"[report] {src.stem}: {'FAILED ' + error if error else 'executed'} ({r.seconds:.0f} s)")
    label = params["corpus_label"] or _corpus_label(raw, processed)
    built = max(stamps) if stamps else time.time()
    rc.write_if_changed(result.index, _index_html(result.notebooks, figures, out, label, titles, built).encode())
    from .explorer import write_explorer  # reports/statements.html: every statement, filters and search

    write_explorer(processed, out, label=label)
    n_reused = sum(r.cached for r in result.notebooks)
    log(f"[report] {n_reused} of {len(result.notebooks)} notebooks reused from the report cache ({cache.root}), "
        f"{len(result.notebooks) - n_reused} executed" + ("" if force else "; --force executes all"))
    return result


def _utc(t: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(t))


def _execute(src: Path, params: dict, executed: Path, nb_dir: Path, kernel: str, timeout: int, prefix: str,
             figures: Path, tables: Path) -> tuple[str, dict[str, str], str | None]:
    """Execute one notebook with papermill; return its title, the two exported HTML bodies and the error if any."""
    import jupytext
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    _clear_outputs(prefix, figures, tables)
    nb = jupytext.read(src)
    nb.metadata["kernelspec"] = {"name": kernel, "display_name": "Python 3 (ipykernel)", "language": "python"}
    src_ipynb = executed.parent / f"{src.stem}.source.ipynb"
    nbformat.write(nb, src_ipynb)
    declared = _declared_parameters(src_ipynb)
    error = None
    executed.unlink(missing_ok=True)
    kernel_log = executed.parent / f"{src.stem}.kernel.log"
    try:
        with open(kernel_log, "wb") as log:
            papermill.execute_notebook(str(src_ipynb), str(executed),
                                       parameters={k: v for k, v in params.items() if k in declared},
                                       kernel_name=kernel, cwd=str(nb_dir), progress_bar=False,
                                       request_save_on_cell_execute=False, execution_timeout=timeout,
                                       kernel_manager_class=_logged_kernel_manager(log))
    except PapermillExecutionError as exc:
        error = f"{exc.ename}: {exc.evalue}"
    except Exception as exc:  # kernel died, timeout ...: keep going, report at the end
        error = f"{type(exc).__name__}: {exc}"
    if error is not None and kernel_log.is_file() and kernel_log.stat().st_size:
        error += f" (kernel log: {kernel_log})"
    src_ipynb.unlink(missing_ok=True)
    done = nbformat.read(executed, as_version=4) if executed.is_file() else nb
    if error is not None and not executed.is_file():
        nbformat.write(nb, executed)
    bodies = {"full": _body(done, exclude_input=False), "reader": _body(done, exclude_input=True)}
    return _title(done) or src.stem, bodies, error


def _logged_kernel_manager(log):
    """A jupyter_client kernel manager whose kernel process writes its own stdout and stderr (IPKernelApp's log lines,
    such as its note that a local kernel talks over TCP without encryption) to `log` instead of the terminal: they
    are nothing a user can act on. The notebook's own output and errors still go into the notebook; the log is named
    in the error when a notebook fails."""
    from jupyter_client.manager import AsyncKernelManager

    class LoggedKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            kw["stdout"] = kw["stderr"] = log
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return LoggedKernelManager


def _clear_outputs(prefix: str, figures: Path, tables: Path) -> None:
    """Remove a notebook's figures (NN_*.png/svg) and chart tables (NN_*.csv) of an earlier run, so a chart that
    is not drawn this time (too little data) cannot be shown stale on the index page."""
    for folder, exts in ((figures, (".png", ".svg")), (tables, (".csv",))):
        for f in folder.glob(f"{prefix}_*"):
            if f.suffix in exts and f.is_file():
                f.unlink()


def _figure_titles(figures: Path, prefix: str = "") -> dict:
    """Figure name -> title (charts.finish stores the title in the PNG's 'Title' text chunk)."""
    from PIL import Image

    titles = {}
    for png in sorted(figures.glob(f"{prefix}*.png")):
        try:
            with Image.open(png) as im:
                titles[png.stem] = im.text.get("Title", png.stem)
        except Exception:
            titles[png.stem] = png.stem
    return titles


def screenshots(res: ReportResult, shots: Path | str, *, width: int = 1280) -> list[Path]:
    """Full-page screenshots of every report page in headless Chromium (Debian's chromium, driven by the
    playwright package; nothing is downloaded). Returns the PNG paths; [] with a message if either is missing."""
    exe = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
               None)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        exe = None
    if not exe:
        print("[report] screenshots skipped: needs Debian's chromium and the playwright package", file=sys.stderr)
        return []
    import tempfile

    shots = Path(shots)
    shots.mkdir(parents=True, exist_ok=True)
    pages = [res.index] + [p for n in res.notebooks for p in (n.html, n.reader)]
    out = []
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=exe, headless=True, viewport={"width": width, "height": 900},
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        try:
            for path in pages:
                page = ctx.new_page()
                page.goto(path.as_uri(), wait_until="load")
                target = shots / (path.relative_to(res.out).as_posix().replace("/", "__")[:-5] + ".png")
                page.screenshot(path=str(target), full_page=True)
                page.close()
                out.append(target)
        finally:
            ctx.close()
    return out


def parse_param(text: str) -> tuple[str, object]:
    """'NAME=VALUE' -> (NAME, value): VALUE read as a Python literal (5, 0.1, True, None, 'x', [1, 2]) where it is
    one, else kept as text (`-p corpus_label=the Guardian file` gives a string)."""
    import ast

    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name.isidentifier():
        raise ValueError(f"-p expects NAME=VALUE with NAME a parameter of a notebook, not {text!r}")
    try:
        return name, ast.literal_eval(value.strip())
    except (ValueError, SyntaxError):
        return name, value


def add_arguments(p) -> None:
    p.add_argument("--processed", type=Path, default=config.PROCESSED,
                   help="folder with the pipeline's tables (default data/processed/)")
    p.add_argument("--out", type=Path, default=config.REPORTS, help="folder for the HTML reports (default reports/)")
    p.add_argument("--raw", type=Path, default=None, help="the raw input the tables came from (names the corpus)")
    p.add_argument("--figures", type=Path, default=None, help="figures folder (default OUT/figures)")
    p.add_argument("--tables", type=Path, default=None,
                   help="folder for the CSV tables behind the charts (default: the --processed folder)")
    p.add_argument("--notebooks", nargs="*", default=None, help="only these notebooks (e.g. 03 05)")
    p.add_argument("--all-speakers", action="store_true", help="analyse all statements, not only officials'")
    p.add_argument("--kiel", type=Path, default=None,
                   help="Kiel tracker folder (default ../shared/reference/kiel_ukraine_support_tracker/)")
    p.add_argument("--no-eval", action="store_true", help="skip gold-set scoring in 06_validation")
    p.add_argument("--corpus-label", default=None, help="how captions name the corpus")
    p.add_argument("-p", "--parameter", action="append", default=[], metavar="NAME=VALUE", dest="parameters",
                   help="a papermill parameter for the notebooks that declare NAME (repeatable), e.g. -p min_n=10 "
                        "-p events_path=my_events.csv")
    p.add_argument("--kernel", default="python3")
    p.add_argument("--timeout", type=int, default=1200, help="seconds per cell")
    p.add_argument("--force", action="store_true",
                   help="execute every notebook even if the report cache holds a result for unchanged inputs")
    p.add_argument("--cache", type=Path, default=None, metavar="DIR",
                   help="report cache folder (default data/interim/report_cache/)")
    p.add_argument("--screenshots", nargs="?", type=Path, const=config.INTERIM / "screenshots", default=None,
                   metavar="DIR", help="also save full-page screenshots for review (needs chromium + playwright) to "
                   "DIR (default data/interim/screenshots/: outside the reports, which stay small)")


def main(args) -> int:
    try:
        extra = dict(parse_param(x) for x in getattr(args, "parameters", None) or [])
    except ValueError as exc:
        print(f"[report] {exc}", file=sys.stderr)
        return 2
    if extra:
        nb_dir = config.NOTEBOOKS
        declared = set().union(*(_declared_parameters_py(s) for s in notebook_sources(args.notebooks, nb_dir)))
        unknown = sorted(set(extra) - declared)
        if unknown:
            print(f"[report] -p {', '.join(unknown)}: no notebook run here declares "
                  f"{'it' if len(unknown) == 1 else 'them'} (parameters: {', '.join(sorted(declared))})",
                  file=sys.stderr)
            return 2
    if not (Path(args.processed) / "statements.parquet").is_file():
        print(f"[report] warning: {args.processed}/statements.parquet not found: run `pledgewatch run --out "
              f"{args.processed}` first; the reports will say so.", file=sys.stderr)
    res = build_reports(args.processed, args.out, raw=args.raw, figures=args.figures, tables=args.tables,
                        names=args.notebooks, official_only=not args.all_speakers, kiel=args.kiel,
                        run_eval=not args.no_eval, corpus_label=args.corpus_label, kernel=args.kernel,
                        timeout=args.timeout, cache_dir=args.cache, force=args.force, extra_params=extra)
    size = res.size_bytes()
    print(f"\nReports in {res.out} ({size / 1e6:.1f} MB):")
    print(f"  index:   {res.index}")
    for r in res.notebooks:
        how = "FAILED: " + r.error if r.error else ("reused (cache)" if r.cached else "executed")
        print(f"  {r.name}: {r.html}  (reader: {r.reader})  {how}")
    print(f"  figures: {res.out / 'figures' if not args.figures else args.figures}")
    if args.screenshots:
        shots = screenshots(res, args.screenshots)
        if shots:
            print(f"  screenshots: {len(shots)} in {args.screenshots}")
    if not res.ok:
        print("Some notebooks failed; their reports show the error.", file=sys.stderr)
        return 1
    return 0


__all__ = ["build_reports", "add_arguments", "main", "notebook_sources", "CSP", "ReportResult", "NotebookResult"]
