"""The time axis shared by the monthly charts: month ticks, bar widths, the events strip (numbered markers and their
legend table), months without articles shaded, and the whiskers of an interval."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .output import EVENT_COLOURS, GREY, _safe


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


def _whiskers(ax, x, value, lo, hi, colour: str) -> None:
    """A thin vertical interval at every point: a month between two gaps has no band to show its interval."""
    v, lo, hi = (pd.Series(np.asarray(a, dtype=float)) for a in (value, lo, hi))
    ok = (v.notna() & lo.notna() & hi.notna()).to_numpy()
    if ok.any():
        xs = pd.Series(pd.to_datetime(x)).to_numpy()[ok]
        ax.errorbar(xs, v[ok], yerr=[(v - lo)[ok].clip(lower=0), (hi - v)[ok].clip(lower=0)], fmt="none",
                    ecolor=colour, elinewidth=0.9, alpha=0.8, capsize=2)
