"""The chart style's palette and where a chart goes: the figures and tables folders of a session, notes shown above a
chart (escaped), tables shown inline (escaped) and saved as CSV, captions, and `finish()` (PNG + SVG, inline)."""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .. import config
from ..io import atomic_write, write_csv

# Okabe & Ito (2008): distinguishable under the common colour-vision deficiencies.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, BLACK = OKABE_ITO
GREY = "#8c8c8c"
SEQ_CMAP = "cividis"
DIV_CMAP = "PuOr"
EVENT_COLOURS = {"meeting": GREY, "package": GREEN, "decision": VERMILLION, "rhetoric": PURPLE, "context": BLACK}



class _Output:
    """Where charts go, set once per notebook by setup(): figures (PNG + SVG) and chart tables (CSV), and the
    charts saved so far (for the index page)."""

    def __init__(self) -> None:
        self.figures: Path = config.FIGURES
        self.tables: Path = config.PROCESSED
        self.saved: list[dict] = []


OUTPUT = _Output()


def setup(figures_dir: str | Path | None = None, tables_dir: str | Path | None = None) -> None:
    """Apply the house style; set where figures (PNG + SVG) and chart tables (CSV) go."""
    import seaborn as sns

    if figures_dir:
        OUTPUT.figures = Path(figures_dir)
    if tables_dir:
        OUTPUT.tables = Path(tables_dir)
    sns.set_theme(style="whitegrid", context="notebook", palette=OKABE_ITO)
    plt.rcParams.update({
        "figure.figsize": (9, 4.8), "figure.dpi": 96, "savefig.dpi": 150, "savefig.bbox": "tight",
        "axes.titlesize": 12.5, "axes.titleweight": "bold", "axes.titlelocation": "left", "axes.labelsize": 10.5,
        "xtick.labelsize": 9, "ytick.labelsize": 9, "legend.fontsize": 9, "legend.frameon": False,
        "axes.spines.top": False, "axes.spines.right": False, "svg.fonttype": "none",
        "font.family": "DejaVu Sans",
        # the same chart gives the same SVG bytes on every run (ids are salted at random otherwise), so the report
        # cache and a reviewer's diff see only real changes
        "svg.hashsalt": "pledgewatch",
    })


def _ipython():
    try:
        from IPython import get_ipython

        return get_ipython()
    except ImportError:
        return None


def _display_html(markup: str) -> None:
    if _ipython() is not None:
        from IPython.display import HTML, display

        display(HTML(markup))
    else:
        import re

        print(html.unescape(re.sub(r"<[^>]+>", "", markup)))


# ---------------------------------------------------------------------------------------------------------- text out
def note(msg: str, kind: str = "note") -> None:
    """A visible note in the report (escaped): kind 'note' (grey), 'warning' (orange) or 'finding' (blue)."""
    colour = {"note": "#f3f3f3", "warning": "#fff2db", "finding": "#e6f0fa"}.get(kind, "#f3f3f3")
    _display_html(f'<div class="pw-note pw-{kind}" style="background:{colour};padding:6px 10px;margin:6px 0;'
                  f'border-left:4px solid #999;font-size:0.95em">{html.escape(str(msg))}</div>')


_SHOWN: set[str] = set()


def show_notes(*frames_or_msgs) -> None:
    """Show the notes attached to analysis results (df.attrs['notes']) and any extra messages, each once per
    notebook (notes travel with derived tables, so the same note would otherwise repeat)."""
    seen = []
    for x in frames_or_msgs:
        msgs = x.attrs.get("notes", []) if isinstance(x, pd.DataFrame) else ([x] if x else [])
        for m in msgs:
            if m not in seen and m not in _SHOWN:
                seen.append(m)
                _SHOWN.add(m)
    for m in seen:
        note(m, "warning" if m.lower().startswith(("too little", "column", "no ")) else "note")


def too_little(what: str) -> None:
    note(f"Too little data for {what}: nothing to chart on this corpus.", "warning")


def table(df: pd.DataFrame, max_rows: int = 15, *, caption: str | None = None, max_chars: int = 300,
          floatfmt: str = "{:.3g}") -> None:
    """Show a table with every cell HTML-escaped (article text may contain markup) and long text shortened."""
    d = df.head(max_rows).copy()
    for c in d.columns:
        if d[c].dtype == object or str(d[c].dtype) in ("str", "string") or pd.api.types.is_float_dtype(d[c]):
            d[c] = d[c].map(lambda v: (v if len(v) <= max_chars else v[:max_chars] + "…") if isinstance(v, str)
                            else _fmt_cell(v, floatfmt)).astype(object)
        elif pd.api.types.is_datetime64_any_dtype(d[c]):  # non-breaking hyphens: a date never wraps
            d[c] = d[c].dt.strftime("%Y\u2011%m\u2011%d").fillna("")
    body = d.to_html(index=False, escape=True, border=0, classes="pw-table", na_rep="")
    cap = f"<p style='color:#555;font-size:0.9em'>{html.escape(caption)}</p>" if caption else ""
    more = (f"<p style='color:#555;font-size:0.85em'>Showing {len(d)} of {len(df)} rows.</p>"
            if len(df) > len(d) else "")
    _display_html(cap + body + more)


def _fmt_cell(v, floatfmt: str):
    """Numbers for reading: whole numbers without decimals, others to 3 significant digits; text unchanged."""
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return "" if v is None else v
    if isinstance(v, (float, np.floating)):
        if np.isnan(v):
            return ""
        return f"{v:,.0f}" if float(v).is_integer() and abs(v) >= 1 else floatfmt.format(v)
    return v


def save_table(df: pd.DataFrame, name: str, tables_dir: str | Path | None = None) -> Path:
    """Write the tidy table behind a chart as CSV (atomic) to data/processed/ (or the run's processed dir)."""
    path = Path(tables_dir or OUTPUT.tables) / f"{name}.csv"
    if df.empty:  # header only (io.write_csv's list check trips over empty datetime columns)
        return atomic_write(path, lambda tmp: df.to_csv(tmp, index=False))
    return write_csv(df, path)


# ---------------------------------------------------------------------------------------------------------- figures
def caption(source: str, n: int | str, unit: str = "statements", extra: str = "") -> str:
    n_txt = f"{n:,}" if isinstance(n, (int, np.integer)) else str(n)
    return " ".join(x for x in (f"Source: {source}.", f"n = {n_txt} {unit}.", extra) if x)


def finish(fig, name: str, *, title: str, caption: str, figures_dir: str | Path | None = None,
           show: bool = True) -> dict:
    """Title (the finding), caption (source, n), save as PNG + SVG, show inline, close. Returns the paths."""
    fig.suptitle(_safe(textwrap.fill(title, 95)), x=0.01, ha="left", fontsize=13, fontweight="bold")
    fig.text(0.01, 0.0, _safe(textwrap.fill(caption, 140)), ha="left", va="top", fontsize=8.5, color="#555555")
    fig.tight_layout()
    out = Path(figures_dir or OUTPUT.figures)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"png": out / f"{name}.png", "svg": out / f"{name}.svg"}
    meta = {"Title": title, "Source": caption}
    paths["png"].write_bytes(_png_bytes(fig, 150, meta))
    fig.savefig(paths["svg"], bbox_inches="tight", pad_inches=0.15, metadata={"Date": None})
    OUTPUT.saved.append({"name": name, "title": title, **{k: str(v) for k, v in paths.items()}})
    if show and _ipython() is not None:
        import base64

        from IPython.display import HTML, display

        # the inline copy (embedded in the HTML reports) at screen resolution keeps the reports small; the finding
        # is its (escaped) alt text, for screen readers and when images are off
        data = base64.b64encode(_png_bytes(fig, INLINE_DPI, meta)).decode("ascii")
        display(HTML(f'<img src="data:image/png;base64,{data}" alt="{html.escape(title)}" '
                     f'style="max-width:100%;height:auto">'))
    plt.close(fig)
    return paths


INLINE_DPI = 100


def _png_bytes(fig, dpi: int, meta: dict | None = None) -> bytes:
    """The figure as PNG reduced to a 256-colour palette (charts have few colours: about a third of the size,
    no visible change), with title and source kept as PNG text chunks."""
    import io

    from PIL import Image, PngImagePlugin

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.15)
    im = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    q = im.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    info = PngImagePlugin.PngInfo()
    for k, v in (meta or {}).items():
        info.add_itxt(k, str(v))
    out = io.BytesIO()
    q.save(out, format="PNG", optimize=True, pnginfo=info)
    return out.getvalue()


def _safe(text) -> str:
    """Text from data shown literally by matplotlib ('$40bn' is not mathtext)."""
    return str(text).replace("$", r"\$")


def saved() -> list[dict]:
    """Figures saved in this session (name, title, png, svg)."""
    return list(OUTPUT.saved)


def notebook_setup(processed=None, figures_dir=None, tables_dir=None) -> dict:
    """Resolve a notebook's folders (defaults from config), apply the style, and return them as a dict:
    processed (input tables), figures (PNG + SVG), tables (chart CSVs; by default beside the input tables)."""
    processed = Path(processed) if processed else config.PROCESSED
    figures = Path(figures_dir) if figures_dir else config.FIGURES
    tables = Path(tables_dir) if tables_dir else processed
    figures.mkdir(parents=True, exist_ok=True)
    tables.mkdir(parents=True, exist_ok=True)
    setup(figures, tables)
    _SHOWN.clear()
    pd.set_option("display.max_colwidth", 120)
    return {"processed": processed, "figures": figures, "tables": tables}
