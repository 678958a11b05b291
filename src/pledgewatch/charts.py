"""The one chart style of the project and one function per chart the notebooks show.

Style: Okabe-Ito colour-blind-safe palette (cividis for sequential scales, PuOr for diverging), a title that
states the finding (the notebook passes it; `analysis`-side helpers suggest one), axis labels with units, and a
caption with the source and n under every figure. `finish()` saves each figure to the figures folder as PNG and
SVG and shows it inline; `save_table()` writes the tidy table behind a chart as CSV.

Article text never reaches the HTML unescaped: `table()` and `note()` escape everything they show.
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from . import config
from .io import atomic_write, write_csv
from .uncertainty import Z95

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


def _month_axis(ax) -> None:
    loc = mdates.AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))


def _bar_width(months: pd.Series) -> float:
    return 24.0 if len(months) > 1 else 20.0


def mid_month(months) -> pd.Series | pd.DatetimeIndex:
    """The middle of each month (day 15, 12:00): monthly bars and points are drawn there, so an event on
    25 January sits inside January's bar, not after it."""
    m = pd.to_datetime(months)
    return m + pd.Timedelta(days=14, hours=12)


def _events_in(events: pd.DataFrame | None, xmin, xmax) -> pd.DataFrame | None:
    if events is None or events.empty or xmin is None or pd.isna(xmin):
        return None
    if "number" not in events.columns:  # the events' numbers in the whole table (as the notebooks list them)
        events = events.sort_values("date").assign(number=range(1, len(events) + 1))
    ev = events[(events["date"] >= pd.Timestamp(xmin))
                & (events["date"] < pd.Timestamp(xmax) + pd.offsets.MonthBegin(1))]
    return ev.sort_values("date").reset_index(drop=True) if len(ev) else None


LEGEND_ROW_INCHES = 0.19


def _legend_rows(n_events: int) -> int:
    return int(np.ceil(n_events / 2))


def timeline_figure(heights: list[float], *, width: float = 10, height: float = 6, events=None, xmin=None,
                    xmax=None):
    """A figure of stacked panels sharing a monthly x axis; when key events fall in [xmin, xmax] an axis for the
    numbered event legend (a two-column table: number, date, full label) is added below the panels.
    Returns (fig, legend axis or None, [panels])."""
    ev = _events_in(events, xmin, xmax)
    if ev is None:
        fig, axes = plt.subplots(len(heights), 1, figsize=(width, height), sharex=True, height_ratios=heights,
                                 squeeze=False)
        return fig, None, list(axes[:, 0])
    legend_in = 0.35 + LEGEND_ROW_INCHES * _legend_rows(len(ev))
    r = legend_in * sum(heights) / height
    fig = plt.figure(figsize=(width, height + legend_in))
    gs = fig.add_gridspec(len(heights) + 1, 1, height_ratios=[*heights, r])
    panels = []
    for i in range(len(heights)):
        panels.append(fig.add_subplot(gs[i, 0], sharex=panels[0] if panels else None))
    for ax in panels[:-1]:
        ax.tick_params(labelbottom=False)
    legend = fig.add_subplot(gs[-1, 0])
    legend.axis("off")
    legend._pw_events = ev
    return fig, legend, panels


def event_numbers(ax, ev: pd.DataFrame, *, fontsize: float = 7.5) -> None:
    """Numbered markers at the events' dates along the top edge of `ax` (its x limits final), with a dashed line
    each; markers of events close in time are nudged sideways so that none overlaps, with a leader to its line."""
    lo, hi = (mdates.num2date(x).replace(tzinfo=None) for x in ax.get_xlim())
    span = (pd.Timestamp(hi) - pd.Timestamp(lo)).total_seconds()
    fx = np.array([(pd.Timestamp(d) - pd.Timestamp(lo)).total_seconds() / span for d in ev["date"]])
    inside = (fx >= 0) & (fx <= 1)  # events outside the axis' range are not drawn
    ev, fx = ev[inside], fx[inside]
    width_pt = ax.get_position().width * ax.figure.get_figwidth() * 72
    gap = fontsize * 2.1 / width_pt
    pos = fx.copy()
    for i in range(1, len(pos)):
        pos[i] = max(pos[i], pos[i - 1] + gap)
    if len(pos) and pos[-1] > 1.0:
        pos[-1] = 1.0
        for i in range(len(pos) - 2, -1, -1):
            pos[i] = min(pos[i], pos[i + 1] - gap)
    for (_, e), x_ev, x_lab in zip(ev.iterrows(), fx, pos, strict=False):
        colour = EVENT_COLOURS.get(str(e.get("kind", "")), GREY)
        ax.axvline(e["date"], color=colour, lw=0.9, ls="--", alpha=0.75, zorder=0)
        ax.plot([x_ev, x_lab], [1.0, 1.045], transform=ax.transAxes, color=colour, lw=0.7, clip_on=False)
        ax.text(x_lab, 1.05, str(e["number"]), transform=ax.transAxes, ha="center", va="bottom",
                fontsize=fontsize, color="white", fontweight="bold", clip_on=False,
                bbox=dict(boxstyle="circle,pad=0.18", fc=colour, ec="none"))


def event_table(legend_ax, ev: pd.DataFrame, *, fontsize: float = 8) -> None:
    """The legend of numbered events in `legend_ax`: two columns of 'n  date  label', labels in full."""
    rows = _legend_rows(len(ev))
    for i, e in ev.iterrows():
        col, row = divmod(i, rows)
        colour = EVENT_COLOURS.get(str(e.get("kind", "")), GREY)
        y = 1 - (row + 0.5) / max(rows, 1)
        x = 0.0 + 0.5 * col
        legend_ax.text(x, y, f"{e['number']:>2}", transform=legend_ax.transAxes, fontsize=fontsize, color=colour,
                       fontweight="bold", va="center", ha="left")
        legend_ax.text(x + 0.03, y, _safe(f"{e['date']:%d %b %Y}  {e['label']}"), transform=legend_ax.transAxes,
                       fontsize=fontsize, color="#333333", va="center", ha="left")


def draw_events(strip, panels, xmin, xmax, *, fontsize: float = 7.5) -> None:
    """Dashed lines at the key events in every panel, numbered markers above the top panel, and the numbered
    legend table (full labels) in the axis below the panels. Call after the panels' x limits are final."""
    ev = getattr(strip, "_pw_events", None) if strip is not None else None
    if ev is None:
        return
    for ax in panels[1:]:
        for _, e in ev.iterrows():
            ax.axvline(e["date"], color=EVENT_COLOURS.get(str(e.get("kind", "")), GREY), lw=0.9, ls="--",
                       alpha=0.75, zorder=0)
    event_numbers(panels[0], ev, fontsize=fontsize)
    event_table(strip, ev)


def shade_empty_months(axes, t: pd.DataFrame, n_col: str = "n") -> None:
    """Light grey bands over months with nothing counted (no statement of the speakers counted); where the table
    has `corpus_articles`, months without any article in the corpus are hatched: a gap in coverage, not a zero."""
    no_articles = t["corpus_articles"] == 0 if "corpus_articles" in t.columns else pd.Series(False, index=t.index)
    for m, gap in zip(t.loc[t[n_col] == 0, "month"], no_articles[t[n_col] == 0], strict=False):
        for ax in axes:
            if gap:
                ax.axvspan(m, m + pd.offsets.MonthBegin(1), facecolor="#f4f4f4", edgecolor="#c8c8c8", hatch="////",
                           lw=0.0, zorder=0)
            else:
                ax.axvspan(m, m + pd.offsets.MonthBegin(1), color="#eeeeee", lw=0, zorder=0)


def _set_month_xlim(panels, months: pd.Series) -> None:
    pad = pd.Timedelta(days=10)
    panels[-1].set_xlim(months.min() - pad, months.max() + pd.offsets.MonthBegin(1) + pad)


def _safe(text) -> str:
    """Text from data shown literally by matplotlib ('$40bn' is not mathtext)."""
    return str(text).replace("$", r"\$")


def _whiskers(ax, x, value, lo, hi, colour: str) -> None:
    """A thin vertical interval at every point: a month between two gaps has no band to show its interval."""
    v, lo, hi = (pd.Series(np.asarray(a, dtype=float)) for a in (value, lo, hi))
    ok = (v.notna() & lo.notna() & hi.notna()).to_numpy()
    if ok.any():
        xs = pd.Series(pd.to_datetime(x)).to_numpy()[ok]
        ax.errorbar(xs, v[ok], yerr=[(v - lo)[ok].clip(lower=0), (hi - v)[ok].clip(lower=0)], fmt="none",
                    ecolor=colour, elinewidth=0.9, alpha=0.8, capsize=2)


def monthly_share_chart(t: pd.DataFrame, *, name: str, title: str, caption: str, events=None,
                        count_label: str = "pledge statements (count)",
                        share_label: str = "share of statements (%)", colour: str = BLUE,
                        interval_label: str = "95% interval (article-cluster bootstrap)") -> dict:
    """Two panels over months: counts (bars at mid-month) and share with its 95% band; months with nothing counted
    shaded, months without articles in the corpus hatched; events numbered with a legend table below."""
    fig, strip, (ax1, ax2) = timeline_figure([1.1, 1], height=6, events=events, xmin=t["month"].min(),
                                              xmax=t["month"].max())
    x = mid_month(t["month"])
    ax1.bar(x, t["k"], width=_bar_width(t["month"]), color=colour, alpha=0.9)
    ax1.set_ylabel(count_label)
    ax1.yaxis.set_major_locator(MaxNLocator(integer=True))
    shade_empty_months([ax1, ax2], t)
    ok = t["share"].notna()
    ax2.fill_between(x, 100 * t["lo"], 100 * t["hi"], color=colour, alpha=0.2, lw=0, label=interval_label)
    ax2.plot(x, 100 * t["share"], marker="o", ms=3.5, color=colour, lw=1.6, label="share")
    _whiskers(ax2, x, 100 * t["share"], 100 * t["lo"], 100 * t["hi"], colour)
    ax2.set_ylabel(share_label)
    ax2.set_ylim(0, min(100, max(5.0, float(np.nanmax(100 * t["hi"])) * 1.05 if ok.any() else 100)))
    ax2.legend(loc="lower right", bbox_to_anchor=(1.0, 0.98), ncols=2)
    _month_axis(ax2)
    ax2.set_xlabel("month of publication")
    _set_month_xlim([ax1, ax2], t["month"])
    draw_events(strip, [ax1, ax2], t["month"].min(), t["month"].max())
    return finish(fig, name, title=title, caption=caption)


def share_by_chart(t: pd.DataFrame, col: str, *, name: str, title: str, caption: str, xlabel: str,
                   colour: str = BLUE) -> dict:
    """Dot-and-whisker: share with its 95% interval per group, groups sorted by share; 'k/n' written beside each."""
    d = t.sort_values("share").reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(d) + 1.6))
    y = np.arange(len(d))
    ok = d["lo"].notna() & d["hi"].notna()
    xerr = [(100 * (d["share"] - d["lo"])[ok]).clip(lower=0), (100 * (d["hi"] - d["share"])[ok]).clip(lower=0)]
    ax.errorbar(100 * d.loc[ok, "share"], y[ok.to_numpy()], xerr=xerr, fmt="o",
                color=colour, ecolor=colour, elinewidth=1.4, capsize=3)
    # no interval (all statements from one article: one draw): a hollow point, said so beside it
    ax.plot(100 * d.loc[~ok, "share"], y[~ok.to_numpy()], "o", mfc="white", mec=colour, mew=1.4)
    ax.set_yticks(y, [_safe(textwrap.shorten(str(v), 32, placeholder="…")) for v in d[col]])
    for yi, (_, r) in zip(y, d.iterrows(), strict=False):
        right = r["hi"] if r["hi"] == r["hi"] else r["share"]
        ax.text(100 * right + 1, yi, f"{int(r['k'])}/{int(r['n'])}" + ("" if r["hi"] == r["hi"] else
                                                                        ", one article: no interval"),
                va="center", fontsize=8, color="#444")
    ax.set_xlim(0, min(110, 100 * float(d["hi"].fillna(d["share"]).max()) + 16))
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    return finish(fig, name, title=title, caption=caption)


def specificity_chart(t: pd.DataFrame, *, name: str, title: str, caption: str, events=None) -> dict:
    fig, strip, (ax1, ax2) = timeline_figure([1.1, 1], height=6, events=events, xmin=t["month"].min(),
                                              xmax=t["month"].max())
    bottom = np.zeros(len(t))
    w = _bar_width(t["month"])
    x = mid_month(t["month"])
    for col, colour in (("specific", BLUE), ("vague", ORANGE), ("uncoded", GREY)):
        ax1.bar(x, t[col], bottom=bottom, width=w, color=colour, label=col)
        bottom += t[col].to_numpy()
    ax1.set_ylabel("pledge statements (count)")
    ax1.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax1.legend(loc="upper left", bbox_to_anchor=(0.0, -0.02), ncols=3)  # between the panels: numbers sit on top
    ax2.fill_between(x, 100 * t["lo"], 100 * t["hi"], color=BLUE, alpha=0.2, lw=0,
                     label="95% interval (article-cluster bootstrap)")
    ax2.plot(x, 100 * t["share_specific"], marker="o", ms=3.5, color=BLUE, label="specific")
    _whiskers(ax2, x, 100 * t["share_specific"], 100 * t["lo"], 100 * t["hi"], BLUE)
    ax2.set_ylim(0, 100)
    ax2.set_ylabel("specific pledges (% of coded)")
    ax2.set_xlabel("month of publication")
    ax2.legend(loc="lower right", bbox_to_anchor=(1.0, 0.98), ncols=2)
    _month_axis(ax2)
    _set_month_xlim([ax1, ax2], t["month"])
    draw_events(strip, [ax1, ax2], t["month"].min(), t["month"].max())
    return finish(fig, name, title=title, caption=caption)


def heatmap_chart(t: pd.DataFrame, *, index: str, columns: str, values: str, name: str, title: str, caption: str,
                  cbar_label: str, xlabel: str, ylabel: str, month_columns: bool = False, annotate: bool = False,
                  column_order: list | None = None, uncertain: str | None = None, events=None) -> dict:
    """Rows x columns coloured by `values` (NaN grey: no estimate, not zero). `uncertain`: a boolean column whose
    true cells are hatched (an estimate on few statements: shown, marked). `events` (month columns): numbered
    markers above the months of key events, numbered as in the events table."""
    p = t.pivot(index=index, columns=columns, values=values)  # NaN stays NaN (grey): no estimate, not zero
    if column_order is not None:
        p = p[[c for c in column_order if c in p.columns]]
    p = p.loc[p.sum(axis=1).sort_values(ascending=False).index]
    ncol = p.shape[1]
    per_col = 0.32 if month_columns else 1.05  # category labels sit horizontally, two lines at most
    fig, ax = plt.subplots(figsize=(min(max(6, per_col * ncol + 3.5), 14), 0.42 * len(p) + 2.2))
    cmap = plt.get_cmap(SEQ_CMAP).with_extremes(bad="#e6e6e6")
    im = ax.imshow(np.ma.masked_invalid(p.to_numpy(dtype=float)), aspect="auto", cmap=cmap,
                   interpolation="nearest")
    labels = [c.strftime("%Y-%m") if month_columns else _safe(c) for c in p.columns]
    step = max(1, int(np.ceil(ncol / 24)))
    ax.set_xticks(range(0, ncol, step), [lab if month_columns or "\n" in lab else textwrap.fill(lab, 14) for lab in labels[::step]],
                  rotation=90 if month_columns else 0, ha="center", fontsize=9 if month_columns else 8.5)
    ax.set_yticks(range(len(p)), [_safe(textwrap.shorten(str(i), 30, placeholder="…")) for i in p.index])
    ax.grid(False)
    if annotate:
        vmax = np.nanmax(p.to_numpy(dtype=float)) if p.size else 0
        for (i, j), v in np.ndenumerate(p.to_numpy(dtype=float)):
            if not np.isnan(v):
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=7.5,
                        color="white" if v < 0.6 * vmax else "black")
    if uncertain is not None and uncertain in t.columns:
        u = t.pivot(index=index, columns=columns, values=uncertain).reindex(index=p.index, columns=p.columns)
        for (i, j), flag in np.ndenumerate(u.fillna(False).to_numpy(dtype=bool)):
            if flag:
                ax.add_patch(plt.Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="///", ec="#ffffff",
                                           lw=0, alpha=0.8))
    if events is not None and month_columns and len(events):
        ev = events.sort_values("date").assign(number=range(1, len(events) + 1))
        cols_m = [pd.Timestamp(c) for c in p.columns]
        marks: dict[int, list[str]] = {}
        for _, e in ev.iterrows():
            m = pd.Timestamp(e["date"]).to_period("M").to_timestamp()
            if m in cols_m:
                marks.setdefault(cols_m.index(m), []).append(str(e["number"]))
        for j, nums in marks.items():
            ax.annotate(",".join(nums), xy=(j, -0.5), xytext=(0, 3), textcoords="offset points", ha="center",
                        va="bottom", fontsize=7, color=VERMILLION, annotation_clip=False, rotation=90)
    cb = fig.colorbar(im, ax=ax, fraction=0.035, pad=0.02)
    cb.set_label(cbar_label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return finish(fig, name, title=title, caption=caption)


def paired_bars_chart(t: pd.DataFrame, *, name: str, title: str, caption: str) -> dict:
    """Capabilities side by side: per 100 donor pledges vs per 100 Ukrainian appeals, with Wilson intervals."""
    groups = list(dict.fromkeys(t["group"]))
    order = t.groupby("capability")["per_100"].max().sort_values().index
    fig, ax = plt.subplots(figsize=(9.5, 0.45 * len(order) + 1.8))
    y = np.arange(len(order))
    h = 0.38
    for i, (g, colour) in enumerate(zip(groups, (BLUE, ORANGE), strict=False)):
        d = t[t["group"] == g].set_index("capability").reindex(order)
        n = int(d["n"].dropna().iloc[0]) if d["n"].notna().any() else 0
        yy = y + (0.5 - i) * h
        ax.barh(yy, d["per_100"].fillna(0), height=h, color=colour, label=f"{g} (n = {n})")
        ax.errorbar(d["per_100"].fillna(0), yy,
                    xerr=[(d["per_100"] - d["lo"]).fillna(0).clip(lower=0),
                          (d["hi"] - d["per_100"]).fillna(0).clip(lower=0)],
                    fmt="none", ecolor="#333", elinewidth=0.8, capsize=2)
    ax.set_yticks(y, [_safe(o) for o in order])
    ax.set_xlabel("statements naming the capability, per 100 statements of the group")
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=2)
    ax.grid(axis="y", visible=False)
    return finish(fig, name, title=title, caption=caption)


def frame_chart(t: pd.DataFrame, *, name: str, title: str, caption: str, events=None,
                ylabel: str = "statements with frame (%)", event_kinds=("rhetoric", "decision"),
                interval_label: str = "95% interval (article-cluster bootstrap)") -> dict:
    """One small panel per frame (or phrase): share by period with its 95% band; key events of `event_kinds`
    drawn as dashed lines in every panel, numbered above the top panels (numbers as in the events table) and
    listed with their full labels in a table below the panels."""
    frames = list(dict.fromkeys(t["frame"]))
    ncols = 2
    nrows = int(np.ceil(len(frames) / ncols))
    ev = None
    if events is not None and not events.empty:
        numbered = events.sort_values("date").assign(number=range(1, len(events) + 1))
        numbered = numbered[numbered["kind"].isin(list(event_kinds))]
        ev = _events_in(numbered, t["period"].min(), t["period"].max() + pd.offsets.QuarterBegin(1))
    legend_in = (0.35 + LEGEND_ROW_INCHES * _legend_rows(len(ev))) if ev is not None else 0
    panel_in = 2.6
    fig = plt.figure(figsize=(10, panel_in * nrows + 1 + legend_in))
    gs = fig.add_gridspec(nrows + (1 if ev is not None else 0), ncols,
                          height_ratios=[panel_in] * nrows + ([legend_in] if ev is not None else []))
    axes = np.empty((nrows, ncols), dtype=object)
    for i in range(nrows):
        for j in range(ncols):
            axes[i, j] = fig.add_subplot(gs[i, j], sharex=axes[0, 0] if i or j else None,
                                         sharey=axes[0, 0] if i or j else None)
    for ax, f, colour in zip(axes.flat, frames, OKABE_ITO, strict=False):
        d = t[t["frame"] == f]
        x = d["period"] + pd.Timedelta(days=45)  # mid-quarter: an event in a quarter sits inside its point's span
        ax.fill_between(x, 100 * d["lo"], 100 * d["hi"], color=colour, alpha=0.2, lw=0, label=interval_label)
        ax.plot(x, 100 * d["share"], marker="o", ms=3.5, color=colour)
        ax.text(0.01, 0.97, _safe(f), transform=ax.transAxes, ha="left", va="top", fontsize=10,
                bbox=dict(fc="white", ec="none", alpha=0.85, pad=1.5))
        _month_axis(ax)
    for ax in axes.flat[len(frames):]:
        ax.set_visible(False)
    axes[0, 0].set_xlim(t["period"].min() - pd.Timedelta(days=15),
                        t["period"].max() + pd.offsets.QuarterBegin(1) + pd.Timedelta(days=15))
    for ax in axes[:, 0]:
        ax.set_ylabel(ylabel)
    for ax in axes[-1, :]:
        ax.set_xlabel("quarter of publication")
    for ax in axes[:-1, :].flat:
        ax.tick_params(labelbottom=False)
    if ev is not None:
        for i, ax in enumerate(axes.flat[:len(frames)]):
            if i < ncols:  # numbers above the top row; dashed lines in every panel
                event_numbers(ax, ev, fontsize=6.5)
            else:
                for _, e in ev.iterrows():
                    ax.axvline(e["date"], color=EVENT_COLOURS.get(str(e.get("kind", "")), GREY), lw=0.9, ls="--",
                               alpha=0.75, zorder=0)
        legend = fig.add_subplot(gs[-1, :])
        legend.axis("off")
        event_table(legend, ev)
    return finish(fig, name, title=title, caption=caption)


def index_chart(t: pd.DataFrame, *, name: str, title: str, caption: str, events=None) -> dict:
    fig, strip, (ax1, ax2) = timeline_figure([2.2, 1], height=6, events=events, xmin=t["month"].min(),
                                              xmax=t["month"].max())
    ok = t["mean"].notna()
    ax1.axhline(0, color="#666", lw=0.8)
    x = mid_month(t["month"])
    ax1.fill_between(x, t["lo"], t["hi"], color=BLUE, alpha=0.2, lw=0, label="bootstrap 95% interval")
    ax1.plot(x, t["mean"], marker="o", ms=3.5, color=BLUE, label="monthly mean")
    _whiskers(ax1, x, t["mean"], t["lo"], t["hi"], BLUE)
    lo = float(np.nanmin(t["lo"])) if ok.any() else -1
    hi = float(np.nanmax(t["hi"])) if ok.any() else 1
    rng = max(hi - lo, 0.1)
    ax1.set_ylim(max(-1.05, min(lo, 0) - 0.1 * rng), min(1.05, max(hi, 0) + 0.1 * rng))
    ax1.set_ylabel("commitment strength (-1 to +1)")
    ax1.legend(loc="upper left", bbox_to_anchor=(0.0, -0.02), ncols=2)  # between the panels: numbers sit on top
    ax2.bar(x, t["n"], width=_bar_width(t["month"]), color=GREY)
    ax2.set_ylabel("scored statements")
    ax2.set_xlabel("month of publication")
    _month_axis(ax2)
    _set_month_xlim([ax1, ax2], t["month"])
    draw_events(strip, [ax1, ax2], t["month"].min(), t["month"].max())
    return finish(fig, name, title=title, caption=caption)


def _spread_labels(ys: np.ndarray, min_gap: float) -> np.ndarray:
    """Nudge label positions apart (sorted) so neighbours are at least min_gap apart."""
    order = np.argsort(ys)
    out = ys.astype(float).copy()
    for i in range(1, len(order)):
        prev, cur = order[i - 1], order[i]
        if out[cur] - out[prev] < min_gap:
            out[cur] = out[prev] + min_gap
    return out


def fightin_words_chart(fw: pd.DataFrame, *, label_a: str, label_b: str, name: str, title: str, caption: str,
                        top: int = 12) -> dict:
    """z-score of the log-odds ratio against word frequency (log scale); the `top` most distinctive words of each
    side labelled in a column right of the cloud, spread so labels never overlap, with leader lines."""
    fig, ax = plt.subplots(figsize=(10.5, 6.6))
    x = fw["total"].astype(float)
    sig_a, sig_b = fw["z"] > Z95, fw["z"] < -Z95
    rest = ~(sig_a | sig_b)
    ax.scatter(x[rest], fw.loc[rest, "z"], s=9, color="#bbbbbb", lw=0, label="|z| < 1.96 (not distinctive)")
    ax.scatter(x[sig_a], fw.loc[sig_a, "z"], s=16, color=BLUE, lw=0, label=f"more typical of {_safe(label_a)}")
    ax.scatter(x[sig_b], fw.loc[sig_b, "z"], s=16, color=ORANGE, lw=0, label=f"more typical of {_safe(label_b)}")
    ax.axhline(Z95, color="#999", lw=0.7, ls=":")
    ax.axhline(-Z95, color="#999", lw=0.7, ls=":")
    ax.axhline(0, color="#666", lw=0.6)
    ax.set_xscale("log")
    xmax = float(x.max()) if len(x) else 10
    xlab = xmax * 2.2
    lab = pd.concat([fw.nlargest(top, "z").query("z > 0"), fw.nsmallest(top, "z").query("z < 0")])
    lab = lab.drop_duplicates("term").sort_values("z")
    zr = max(float(fw["z"].abs().max()) if len(fw) else 1, 2.5)
    gap = 2 * zr / 30
    pos = lab["z"].to_numpy(float).copy()
    for i in range(1, len(pos)):
        pos[i] = max(pos[i], pos[i - 1] + gap)
    shift = (pos.mean() - lab["z"].mean()) if len(pos) else 0  # re-centre the column on the points
    pos -= shift
    for i in range(1, len(pos)):
        pos[i] = max(pos[i], pos[i - 1] + gap)
    for (_, r), yl in zip(lab.iterrows(), pos, strict=False):
        colour = BLUE if r["z"] > Z95 else ORANGE if r["z"] < -Z95 else "#777777"
        ax.annotate(_safe(r["term"]), xy=(r["total"], r["z"]), xytext=(xlab, yl), fontsize=8.5, color=colour,
                    va="center", arrowprops=dict(arrowstyle="-", color=colour, lw=0.5, alpha=0.5))
    lim_lo = min(-zr, float(pos.min()) if len(pos) else -zr) - gap
    lim_hi = max(zr, float(pos.max()) if len(pos) else zr) + gap
    ax.set_ylim(lim_lo, lim_hi)
    ax.set_xlim(float(x.min()) / 1.3 if len(x) else 1, xlab * 4)
    ax.set_xlabel("word frequency in both groups (count, log scale)")
    ax.set_ylabel(f"z-score of log-odds ratio\n(+ {_safe(label_a)} | − {_safe(label_b)})")
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=3, fontsize=8)
    return finish(fig, name, title=title, caption=caption)


def kiel_chart(pledges: pd.DataFrame, kiel: pd.DataFrame, *, name: str, title: str, caption: str,
               count_col: str = "k", count_label: str = "pledge statements (count)") -> dict:
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 6), sharex=True)
    ax1.bar(mid_month(pledges["month"]), pledges[count_col], width=24, color=BLUE)
    ax1.set_ylabel(count_label)
    k = kiel[(kiel["month"] >= pledges["month"].min()) & (kiel["month"] <= pledges["month"].max())]
    ax2.bar(mid_month(k["month"]), k["military"], width=24, color=ORANGE, label="military")
    ax2.bar(mid_month(k["month"]), k["total"] - k["military"], bottom=k["military"], width=24, color=SKY,
            label="financial + humanitarian")
    ax2.set_ylabel("Kiel commitments (EUR bn)")
    ax2.set_xlabel("month")
    ax2.legend(loc="lower right", bbox_to_anchor=(1.0, 0.98), ncols=2)
    if "n" in pledges.columns:
        shade_empty_months([ax1], pledges)
    _month_axis(ax2)
    return finish(fig, name, title=title, caption=caption)


def lag_chart(t: pd.DataFrame, *, name: str, title: str, caption: str, primary_lag: int | None = None) -> dict:
    """Pearson r and Spearman rho per lag; the primary lag (named in advance) outlined; '*' above a bar whose
    Holm-adjusted p (columns pearson_p_holm / spearman_p_holm, when present) is below 0.05."""
    fig, ax = plt.subplots(figsize=(8, 4.2))
    w = 0.38
    for off, col, colour, label in ((-w / 2, "pearson_r", BLUE, "Pearson r"), (w / 2, "spearman_rho", ORANGE,
                                                                                 "Spearman ρ")):
        v = t[col].fillna(0)
        bars = ax.bar(t["lag"] + off, v, width=w, color=colour, label=label)
        p_col = "pearson_p_holm" if col == "pearson_r" else "spearman_p_holm"
        if p_col in t.columns:
            for bar, p, val in zip(bars, t[p_col], v, strict=False):
                if p == p and p < 0.05:
                    ax.text(bar.get_x() + bar.get_width() / 2, val + (0.03 if val >= 0 else -0.09), "*",
                            ha="center", fontsize=11)
    if primary_lag is not None and (t["lag"] == primary_lag).any():
        ax.axvspan(primary_lag - 0.48, primary_lag + 0.48, color="#f0f0f0", zorder=0, label="primary comparison")
    for _, r in t.iterrows():
        ax.text(r["lag"], -0.98, f"n={int(r['n_months'])}", ha="center", fontsize=7.5, color="#555")
    ax.axhline(0, color="#666", lw=0.8)
    ax.set_ylim(-1, 1)
    ax.set_xticks(t["lag"])
    ax.set_xlabel("lag L in months (pledge talk in month t vs commitments in month t + L)")
    ax.set_ylabel("correlation coefficient")
    ax.legend(loc="upper left", ncols=3)
    return finish(fig, name, title=title, caption=caption)


def place_labels(ax, xs, ys, labels, *, fontsize: float = 8, colour: str = "#333333") -> None:
    """Label points without overlaps: each label tries a few offsets around its point and takes the first whose
    box overlaps no label placed before it (points with the largest y first); if none fits, it is left out."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    from matplotlib.transforms import Bbox

    pts = ax.transData.transform(np.column_stack([np.asarray(xs, float), np.asarray(ys, float)]))
    placed = [Bbox.from_extents(px - 4, py - 4, px + 4, py + 4) for px, py in pts]  # points are obstacles too
    offsets = [(5, 3, "left"), (5, -11, "left"), (-5, 3, "right"), (-5, -11, "right"), (5, 13, "left"),
               (-5, 13, "right"), (5, -21, "left"), (-5, -21, "right")]
    order = np.argsort(-np.asarray(ys, dtype=float), kind="stable")
    for i in order:
        for dx, dy, ha in offsets:
            t = ax.annotate(_safe(textwrap.shorten(str(labels[i]), 22, placeholder="…")), (xs[i], ys[i]),
                            xytext=(dx, dy), textcoords="offset points", fontsize=fontsize, ha=ha, color=colour,
                            arrowprops=None if abs(dy) < 10 else dict(arrowstyle="-", color="#aaaaaa", lw=0.5))
            bb = t.get_window_extent(renderer).expanded(1.05, 1.1)
            if not any(bb.overlaps(o) for o in placed):
                placed.append(bb)
                break
            t.remove()


def scatter_chart(t: pd.DataFrame, *, x: str, y: str, label: str, name: str, title: str, caption: str,
                  xlabel: str, ylabel: str, logx: bool = False) -> dict:
    fig, ax = plt.subplots(figsize=(9, 5.6))
    ax.scatter(t[x], t[y], color=BLUE, s=30, zorder=3)
    if logx:
        ax.set_xscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.margins(x=0.08, y=0.1)
    place_labels(ax, t[x].to_numpy(), t[y].to_numpy(), t[label].tolist())
    return finish(fig, name, title=title, caption=caption)


def metric_bars_chart(t: pd.DataFrame, *, metrics: list[str], name: str, title: str, caption: str,
                      set_col: str = "set") -> dict:
    d = t.melt(id_vars=[set_col], value_vars=[m for m in metrics if m in t.columns], var_name="metric",
               value_name="value").dropna()
    sets = list(dict.fromkeys(d[set_col]))
    ms = list(dict.fromkeys(d["metric"]))
    fig, ax = plt.subplots(figsize=(10, 4.6))
    w = 0.8 / max(len(sets), 1)
    for i, (s, colour) in enumerate(zip(sets, OKABE_ITO, strict=False)):
        v = d[d[set_col] == s].set_index("metric").reindex(ms)["value"]
        ax.bar(np.arange(len(ms)) + (i - (len(sets) - 1) / 2) * w, v, width=w, color=colour, label=s)
    ax.set_xticks(range(len(ms)), ms, rotation=20, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score (0-1)")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncols=min(len(sets), 5))
    return finish(fig, name, title=title, caption=caption)


def bar_chart(s: pd.Series, *, name: str, title: str, caption: str, xlabel: str, ylabel: str = "",
              colour: str = BLUE, horizontal: bool = True) -> dict:
    """A simple sorted bar chart of a Series (index = labels)."""
    s = s.sort_values(ascending=horizontal)
    if horizontal:
        fig, ax = plt.subplots(figsize=(9, 0.34 * len(s) + 1.6))
        ax.barh([_safe(textwrap.shorten(str(i), 34, placeholder="…")) for i in s.index], s.to_numpy(), color=colour)
        ax.grid(axis="y", visible=False)
        for i, v in enumerate(s.to_numpy()):
            ax.text(v, i, f" {v:,.0f}", va="center", fontsize=8)
    else:
        fig, ax = plt.subplots(figsize=(9, 4.4))
        ax.bar([str(i) for i in s.index], s.to_numpy(), color=colour)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return finish(fig, name, title=title, caption=caption)


def monthly_bars_chart(t: pd.DataFrame, *, value: str, name: str, title: str, caption: str, ylabel: str,
                       colour: str = BLUE, events=None) -> dict:
    fig, strip, (ax,) = timeline_figure([1], height=4.2, events=events, xmin=t["month"].min(),
                                        xmax=t["month"].max())
    ax.bar(mid_month(t["month"]), t[value], width=_bar_width(t["month"]), color=colour)
    ax.set_ylabel(ylabel)
    ax.set_xlabel("month of publication")
    _month_axis(ax)
    _set_month_xlim([ax], t["month"])
    draw_events(strip, [ax], t["month"].min(), t["month"].max())
    return finish(fig, name, title=title, caption=caption)


def coverage_chart(t: pd.DataFrame, *, name: str, title: str, caption: str, events=None) -> dict:
    """Articles per month stacked by source group (bars at mid-month); months without any article hatched."""
    p = t.pivot_table(index="month", columns="source_group", values="articles", aggfunc="sum", fill_value=0)
    p = p[p.sum().sort_values(ascending=False).index]
    fig, strip, (ax,) = timeline_figure([1], height=4.4, events=events, xmin=p.index.min(), xmax=p.index.max())
    x = mid_month(p.index)
    bottom = np.zeros(len(p))
    for col, colour in zip(p.columns, OKABE_ITO * 3, strict=False):
        ax.bar(x, p[col].to_numpy(), bottom=bottom, width=_bar_width(p.index), color=colour, label=_safe(col))
        bottom += p[col].to_numpy()
    tot = pd.DataFrame({"month": p.index, "n": p.sum(axis=1).to_numpy(), "corpus_articles": p.sum(axis=1).to_numpy()})
    shade_empty_months([ax], tot)
    ax.set_ylabel("articles (count)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("month of publication")
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0 if strip is None else 1.1), ncols=min(len(p.columns), 4))
    _month_axis(ax)
    _set_month_xlim([ax], pd.Series(p.index))
    draw_events(strip, [ax], p.index.min(), p.index.max())
    return finish(fig, name, title=title, caption=caption)


def hist_chart(values: pd.Series, *, name: str, title: str, caption: str, xlabel: str, bins: int = 40,
               logx: bool = False, colour: str = BLUE) -> dict:
    fig, ax = plt.subplots(figsize=(9, 4))
    v = values.dropna().astype(float)
    if logx:
        v = v[v > 0]
        bins = np.logspace(np.log10(max(v.min(), 1)), np.log10(max(v.max(), 10)), bins)
        ax.set_xscale("log")
    ax.hist(v, bins=bins, color=colour)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("count")
    return finish(fig, name, title=title, caption=caption)


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
