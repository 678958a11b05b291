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

import hashlib
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from .execute import (
    _clear_outputs,
    _declared_parameters,
    _declared_parameters_py,
    _execute,
    _figure_titles,
    _logged_kernel_manager,
    notebook_sources,
)
from .page import (
    CSP,
    CSS,
    HEADLINES,
    PAGE,
    NotebookResult,
    ReportResult,
    _body,
    _corpus_label,
    _exporter,
    _img_tag,
    _index_html,
    _nav,
    _page,
    _pygments_css,
    _title,
    _utc,
)

# the parts' names, importable from here as before the split
__all__ = [
    "CSP",
    "PAGE",
    "CSS",
    "_pygments_css",
    "HEADLINES",
    "NotebookResult",
    "ReportResult",
    "_exporter",
    "_title",
    "_corpus_label",
    "_nav",
    "_body",
    "_page",
    "_img_tag",
    "_index_html",
    "_utc",
    "notebook_sources",
    "_declared_parameters",
    "_declared_parameters_py",
    "_execute",
    "_logged_kernel_manager",
    "_clear_outputs",
    "_figure_titles",
    "build_reports",
    "add_arguments",
    "main",
]


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
    from .. import report_cache as rc

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
    nb_dir = Path(notebooks_dir or config.NOTEBOOKS)
    result = ReportResult(out=out, index=out / "index.html")
    sources = notebook_sources(names, nb_dir)
    all_prefixes = [p.stem[:2] for p in notebook_sources(None, nb_dir)]
    b = _Build(processed, out, figures, tables, executed_dir, nb_dir, raw, kernel, timeout, params,
               # the automatic corpus label is a function of raw, processed and articles.parquet, all in the key:
               # it is only computed (pandas) when a notebook is executed, else taken from the cache entry
               {**params, "corpus_label": corpus_label if corpus_label is not None else "<auto>"},
               rc.ReportCache(cache_dir) if cache_dir else rc.ReportCache(),
               rc.Inputs.collect(processed, nb_dir, all_prefixes, kernel=kernel, kiel=kiel, figures=figures),
               all_prefixes, log, force)
    nav_names = [(p.stem, p.stem.replace("_", " ")) for p in sources]
    stamps: list[float] = []
    for i, src in enumerate(sources):
        r, stamp = _notebook(b, src, nav_names, i)
        result.notebooks.append(r)
        stamps.append(stamp)
    label = params["corpus_label"] or _corpus_label(raw, processed)
    built = max(stamps) if stamps else time.time()
    rc.write_if_changed(result.index, _index_html(result.notebooks, figures, out, label, b.titles, built).encode())
    from ..explorer import write_explorer  # reports/statements.html: every statement, filters and search

    write_explorer(processed, out, label=label)
    n_reused = sum(r.cached for r in result.notebooks)
    log(f"[report] {n_reused} of {len(result.notebooks)} notebooks reused from the report cache ({b.cache.root}), "
        f"{len(result.notebooks) - n_reused} executed" + ("" if force else "; --force executes all"))
    return result


@dataclass
class _Build:
    """What every notebook of one build_reports shares: folders, options, the report cache and its inputs, and the
    figure titles collected so far."""
    processed: Path
    out: Path
    figures: Path
    tables: Path
    executed_dir: Path
    nb_dir: Path
    raw: object
    kernel: str
    timeout: int
    params: dict
    key_params: dict
    cache: object
    inputs: object
    all_prefixes: list
    log: object
    force: bool
    titles: dict = field(default_factory=dict)


def _notebook(b: _Build, src: Path, nav_names: list, i: int) -> tuple[NotebookResult, float]:
    """One notebook: reused from the report cache when its key (source, parameters, inputs, upstream outputs) is
    there, else executed and stored; its full and reader pages written."""
    from .. import report_cache as rc

    t0 = time.time()
    prefix = src.stem[:2]
    source = src.read_text(encoding="utf-8")
    earlier = [p for p in b.all_prefixes if p < prefix]
    upstream = {p: rc.outputs_digest(p, b.figures, b.tables) for p in rc.upstream_prefixes(source, prefix, earlier)}
    key = rc.notebook_key(src, source, b.key_params, b.inputs, upstream, kernel=b.kernel)
    entry = None if b.force else b.cache.lookup(src.stem, key)
    executed = b.executed_dir / f"{src.stem}.ipynb"
    if entry is not None:
        title, bodies, error, stamp = _reuse(b, entry, prefix, executed)
    else:
        title, bodies, error, stamp = _execute_and_store(b, src, key, executed, t0)
    html_path, reader_path = b.out / f"{src.stem}.html", b.out / "reader" / f"{src.stem}.html"
    rc.write_if_changed(html_path, _page(bodies["full"], False, title, _nav(nav_names, i, reader=False)))
    rc.write_if_changed(reader_path, _page(bodies["reader"], True, title, _nav(nav_names, i, reader=True)))
    r = NotebookResult(src.stem, title, html_path, reader_path, executed, time.time() - t0, error,
                       cached=entry is not None, key=key)
    if r.cached:
        b.log(f"[report] {src.stem}: reused (cache {key[:10]}, executed {_utc(stamp)})")
    else:
        b.log(f"[report] {src.stem}: {'FAILED ' + error if error else 'executed'} ({r.seconds:.0f} s)")
    return r, stamp


def _reuse(b: _Build, entry, prefix: str, executed: Path) -> tuple:
    """(title, bodies, error, stamp) of a notebook from its cache entry, its figures and tables restored."""
    from .. import report_cache as rc

    rc.restore(entry, prefix, b.figures, b.tables)
    rc.write_if_changed(executed, entry.executed)
    bodies = {"full": entry.body("full"), "reader": entry.body("reader")}
    title, error, stamp = entry.meta["title"], None, float(entry.meta["executed_at"])
    b.titles.update(entry.meta.get("figure_titles", {}))
    if b.params["corpus_label"] is None:
        b.params["corpus_label"] = entry.meta["params"].get("corpus_label")
    return title, bodies, error, stamp


def _execute_and_store(b: _Build, src: Path, key: str, executed: Path, t0: float) -> tuple:
    """(title, bodies, error, stamp) of a notebook executed now; stored in the report cache when it ran through."""
    from .. import report_cache as rc

    prefix = src.stem[:2]
    if b.params["corpus_label"] is None:
        b.params["corpus_label"] = _corpus_label(b.raw, b.processed)
    b.log(f"[report] {src.stem}: executing ...")
    title, bodies, error = _execute(src, b.params, executed, b.nb_dir, b.kernel, b.timeout, prefix, b.figures,
                                    b.tables)
    stamp = time.time()
    fig_titles = _figure_titles(b.figures, f"{prefix}_")
    b.titles.update(fig_titles)
    if error is None:
        b.cache.store(src.stem, key, executed=executed, bodies=bodies,
                      outputs=rc.outputs_of(prefix, b.figures, b.tables),
                      meta={"group": str(b.out), "title": title, "executed_at": stamp,
                            "seconds": round(time.time() - t0, 1), "params": b.params,
                            "figure_titles": fig_titles})
    return title, bodies, error, stamp


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
