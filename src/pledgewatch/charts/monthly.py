"""Charts over months: the share of an act, pledge specificity, frames, the commitment index, coverage, monthly
bars and the Kiel tracker beside the pledges."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from .output import BLUE, EVENT_COLOURS, GREY, OKABE_ITO, ORANGE, SKY, _safe, finish
from .timeline import (
    LEGEND_ROW_INCHES,
    _bar_width,
    _events_in,
    _legend_rows,
    _month_axis,
    _set_month_xlim,
    _whiskers,
    draw_events,
    event_numbers,
    event_table,
    mid_month,
    shade_empty_months,
    timeline_figure,
)


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
