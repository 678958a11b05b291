"""Charts that are not over time: shares by a column, heatmaps, paired and metric bars, Fightin' Words, lag
correlations, scatter plots with placed labels, bars and histograms."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..uncertainty import Z95
from .output import BLUE, OKABE_ITO, ORANGE, SEQ_CMAP, VERMILLION, _safe, finish


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
