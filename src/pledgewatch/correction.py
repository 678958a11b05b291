"""Corrected estimates: the share of pledges (or appeals, or any label) among the corpus's statements, corrected
for the machine's coding errors with a hand-coded random sample, by prediction-powered inference (PPI;
Angelopoulos, Bates, Fannjiang, Jordan & Zrnic, Science 2023) with the sample's inclusion probabilities.

The machine labels every statement (f); coders label a random sample (y). The corrected share is

    theta = mean over all statements of f  +  weighted mean over the coded sample of (y - f)

The first term is the machine's count; the second, the *rectifier*, is the machine's average error measured on
the sample, each coded statement weighted by 1 / inclusion_prob (Hajek) so that a stratified draw that over-samples
rare labels still describes the corpus. Its 95% interval is theta +- 1.96 * sqrt(var(f) / N + var(rectifier)), the
rectifier's variance by linearisation within the sample's strata (with replacement, no finite-population
correction: slightly conservative), floored in each stratum at the variance of the error rate with one pseudo-error added
((k + 1) / (n + 2)), so that a small domain whose coded items happen to show no error still gets an honest interval. A domain (a period, officials only) is estimated the same way with both terms
restricted to the domain; a domain with fewer than two coded statements gets no corrected estimate.

`ppi-python` (MIT) implements the unweighted case but needs numba, scikit-learn, statsmodels and gdown; the weighted
mean estimator is these few lines. `tests/evaluation/test_correction.py` checks on simulated data with a known truth and known
error rates that the interval covers the truth in about 95% of draws.

Validation samples: a `pledgewatch sample` folder with its coded sheet, or a coding set in the format of
`../shared/eval/coding_dev` (items.jsonl with `inclusion_prob` and `stratum`), whose items are matched to the
pipeline's statements as its scorer `score_coding.py` matches them (same article, the item's words covered >= 50%,
one-to-one, best first). Coded rows that are not statements count as y = 0 for every label.
"""

from __future__ import annotations

import collections
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .evaluation.gold import one_to_one
from .uncertainty import Z95


@dataclass
class Estimate:
    label: str
    domain: str
    machine: float  # the machine's share in the domain (uncorrected)
    corrected: float | None
    lo: float | None
    hi: float | None
    se: float | None
    n_statements: int  # statements of the domain (the machine labels them all)
    n_coded: int  # coded sample statements in the domain
    rectifier: float | None  # corrected - machine

    def as_dict(self) -> dict:
        return asdict(self)


def ppi_mean(f_all, y, f, weights=None, strata=None, *, in_domain_all=None, in_domain=None,
             label: str = "", domain: str = "all") -> Estimate:
    """Prediction-powered estimate of the population mean of y.

    f_all: the machine's 0/1 label for every statement of the population; y, f: the coded and machine labels of the
    coded sample; weights: 1 / inclusion_prob of each coded item (None: equal); strata: each coded item's stratum
    (None: one). in_domain_all / in_domain: masks restricting the estimate to a domain (e.g. a month)."""
    f_all = np.asarray(f_all, dtype=float)
    y, f = np.asarray(y, dtype=float), np.asarray(f, dtype=float)
    n = len(y)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    s = np.zeros(n, dtype=int) if strata is None else pd.factorize(np.asarray(strata, dtype=object))[0]
    d_all = np.ones(len(f_all), bool) if in_domain_all is None else np.asarray(in_domain_all, bool)
    d = np.ones(n, bool) if in_domain is None else np.asarray(in_domain, bool)
    fa = f_all[d_all]
    N = len(fa)
    machine = float(fa.mean()) if N else float("nan")
    n_d = int(d.sum())
    if N == 0 or n_d < 2:
        return Estimate(label, domain, machine, None, None, None, None, N, n_d, None)
    r = y - f
    wd = w * d
    rect = float((wd * r).sum() / wd.sum())
    # linearised Hajek ratio: z_i = w_i d_i (r_i - rect) / sum(w d); stratified, with replacement
    z = wd * (r - rect) / wd.sum()
    var_rect = 0.0
    for h in np.unique(s):
        zh = z[s == h]
        nh = len(zh)
        v = nh / (nh - 1) * ((zh - zh.mean()) ** 2).sum() if nh > 1 else 0.0
        # rare errors: a stratum's domain items with no (or hardly any) error would give a variance near zero and an
        # interval that misses the truth whenever the sample happens to contain no error; floor the error variance
        # at that of a proportion with one pseudo-error added among n + 2 items ((k + 1) / (n + 2), as the
        # Agresti-Coull and Wilson intervals do for a proportion)
        ndh = int(d[s == h].sum())
        if ndh:
            p = (int((d & (r != 0))[s == h].sum()) + 1) / (ndh + 2)
            share = wd[s == h].sum() / wd.sum()
            v = max(v, share ** 2 * p * (1 - p) / ndh)
        var_rect += v
    var_f = fa.var(ddof=1) / N if N > 1 else 0.0
    se = float(np.sqrt(var_f + var_rect))
    est = machine + rect
    # a share lies in [0, 1]: the interval is clipped there
    return Estimate(label, domain, machine, float(est), float(max(0.0, est - Z95 * se)),
                    float(min(1.0, est + Z95 * se)), se, N, n_d, rect)


# ------------------------------------------------------------------------------------------------ validation data
def _words(s) -> list[str]:
    return re.findall(r"\w+", (s or "").lower())


def _coverage(g: list[str], p: list[str]) -> float:
    cg, cp = collections.Counter(g), collections.Counter(p)
    return sum((cg & cp).values()) / max(1, sum(cg.values()))


def match_items(items: pd.DataFrame, statements: pd.DataFrame, threshold: float = 0.5) -> dict[str, str]:
    """item_id -> statement_id: items matched to statements of the same article by the share of the item's words
    the statement covers (>= threshold), one-to-one, best first (the rule of ../shared/eval/score_coding.py)."""
    by_article = {a: g for a, g in statements.groupby("article_id")}
    pairs = {}
    for aid, its in items.groupby("article_id"):
        ps = by_article.get(aid)
        if ps is None:
            continue
        pw = [_words(t) for t in ps["text"]]
        cand = ((_coverage(_words(it), p), i, j) for i, it in enumerate(its["statement"]) for j, p in enumerate(pw))
        for i, j, _ in one_to_one(cand, threshold):
            pairs[its["item_id"].iloc[i]] = ps["statement_id"].iloc[j]
    return pairs


@dataclass
class Validation:
    """A coded sample joined to the pipeline's statements: one row per coded item matched to a statement, with the
    coded labels (`y_*`), `statement_id`, `weight` (1 / inclusion_prob), `stratum`; plus what could not be used."""
    coded: pd.DataFrame
    source: str
    n_items: int
    n_unmatched: int

    def describe(self) -> str:
        return (f"{len(self.coded)} of {self.n_items} coded items from {self.source} matched to statements "
                f"({self.n_unmatched} unmatched: left out)")


def load_validation(path: Path | str, statements: pd.DataFrame) -> Validation:
    """A coded sample, from a coding_dev-style folder (items.jsonl) or a `pledgewatch sample` folder holding its
    coded sheet (coded.csv, coded.xlsx or coded.json; or `path` is the coded sheet itself, design.csv beside it)."""
    path = Path(path)
    if (path / "items.jsonl").is_file():
        items = pd.DataFrame([json.loads(ln) for ln in (path / "items.jsonl").read_text(encoding="utf-8").splitlines()
                              if ln.strip()])
        pairs = match_items(items, statements)
        items["statement_id"] = items["item_id"].map(pairs)
        ok = items[items["statement_id"].notna()].copy()
        coded = pd.DataFrame({
            "item_id": ok["item_id"], "statement_id": ok["statement_id"], "stratum": ok["stratum"],
            "weight": 1 / ok["inclusion_prob"].astype(float),
            "is_statement": ok["is_statement"].astype(bool),
            "speech_act": ok["speech_act"].where(ok["is_statement"].astype(bool), None),
            "aid_related": ok["aid_related"].fillna(False).astype(bool) & ok["is_statement"].astype(bool),
        })
        return Validation(coded.reset_index(drop=True), path.name, len(items), int(len(items) - len(ok)))
    from .evaluation.agreement import load_design, read_coded

    folder, sheet = (path, None) if path.is_dir() else (path.parent, path)
    if sheet is None:
        sheet = next((folder / f"coded{ext}" for ext in (".csv", ".xlsx", ".json") if (folder / f"coded{ext}").is_file()),
                     None)
        if sheet is None:
            raise FileNotFoundError(f"{folder}: no items.jsonl and no coded sheet (coded.csv / .xlsx / .json)")
    design = load_design(folder)
    c = read_coded(sheet, design).merge(design[["sample_id", "statement_id", "stratum", "inclusion_prob"]],
                                        on="sample_id")
    keep = c["statement_id"].isin(set(statements["statement_id"]))
    c = c[keep]
    is_st = c["is_statement"] == "yes"
    coded = pd.DataFrame({"item_id": c["sample_id"], "statement_id": c["statement_id"], "stratum": c["stratum"],
                          "weight": 1 / c["inclusion_prob"].astype(float), "is_statement": is_st,
                          "speech_act": c["speech_act"].where(is_st, None),
                          "aid_related": (c["aid_related"] == "yes") & is_st})
    return Validation(coded.reset_index(drop=True), folder.name, int(len(keep)), int((~keep).sum()))


def default_validation():
    """../shared/eval/coding_dev when present, else None."""
    from . import config

    p = config.SHARED / "eval" / "coding_dev"
    return p if (p / "items.jsonl").is_file() else None


def corrected_shares(statements: pd.DataFrame, validation: Validation, labels=("pledge", "appeal"), *,
                     by: str | None = None, field: str = "speech_act") -> pd.DataFrame:
    """Machine and corrected share of each label among `statements` (the population: filter it first, e.g. to
    officials), overall (domain 'all') and, with `by` (a column such as 'period' or 'year'), per value of it.
    One row per (label, domain): machine, corrected, lo, hi, se, n_statements, n_coded, rectifier."""
    st = statements.reset_index(drop=True)
    v = validation.coded
    v = v[v["statement_id"].isin(set(st["statement_id"]))].reset_index(drop=True)
    pred = st.set_index("statement_id")[field]
    f_lab_src = v["statement_id"].map(pred)
    rows = []
    domains = [("all", None)]
    if by is not None:
        dom_lab = v["statement_id"].map(st.set_index("statement_id")[by])
        domains += [(str(x), x) for x in sorted(st[by].dropna().unique())]
    for label in labels:
        f_all = (st[field] == label).to_numpy()
        y = (v[field] == label).to_numpy() if field in v.columns else np.zeros(len(v), bool)
        f = (f_lab_src == label).to_numpy()
        for name, value in domains:
            if value is None:
                e = ppi_mean(f_all, y, f, v["weight"], v["stratum"], label=label, domain=name)
            else:
                e = ppi_mean(f_all, y, f, v["weight"], v["stratum"], in_domain_all=(st[by] == value).to_numpy(),
                             in_domain=(dom_lab == value).to_numpy(), label=label, domain=name)
            rows.append(e.as_dict())
    return pd.DataFrame(rows)


def describe(row) -> str:
    """One sentence: what the correction did to one estimate."""
    if row["corrected"] is None or pd.isna(row["corrected"]):
        return (f"{row['label']} ({row['domain']}): the machine counts {row['machine']:.1%}; too few coded "
                f"statements ({row['n_coded']}) to correct it.")
    diff = row["corrected"] - row["machine"]
    how = ("raised" if diff > 0 else "lowered") if abs(diff) >= 0.0005 else "left"
    inside = row["lo"] <= row["machine"] <= row["hi"]
    return (f"{row['label']} ({row['domain']}): the machine counts {row['machine']:.1%} of {row['n_statements']:,} "
            f"statements; corrected with {row['n_coded']} coded ones, {row['corrected']:.1%} (95% interval "
            f"{row['lo']:.1%} to {row['hi']:.1%}). The correction {how} the share"
            + (f" by {abs(diff) * 100:.1f} points" if how != "left" else " unchanged")
            + ("; the machine's share lies inside the interval, so the sample cannot tell them apart."
               if inside else "; the machine's share lies outside the interval: its errors do not cancel out."))


def chart(table: pd.DataFrame, *, name: str, title: str, caption: str) -> dict:
    """Machine (hollow) and corrected (filled, with its 95% interval) share of each label, overall and per
    period: one panel per label. `table` is corrected_shares()'s output."""
    import matplotlib.pyplot as plt

    from . import charts

    labels = list(dict.fromkeys(table["label"]))
    fig, axes = plt.subplots(1, len(labels), figsize=(5 * len(labels) + 1, 4.2), squeeze=False, sharey=True)
    for ax, label, colour in zip(axes[0], labels, (charts.BLUE, charts.VERMILLION, charts.GREEN), strict=False):
        t = table[table["label"] == label].reset_index(drop=True)
        x = np.arange(len(t))
        ax.scatter(x - 0.12, t["machine"] * 100, facecolors="none", edgecolors=charts.BLACK, s=42, zorder=3,
                   label="machine count")
        ok = t["corrected"].notna()
        c = t[ok]
        ax.errorbar(x[ok.to_numpy()] + 0.12, c["corrected"].astype(float) * 100,
                    yerr=[(c["corrected"] - c["lo"]).astype(float) * 100, (c["hi"] - c["corrected"]).astype(float) * 100],
                    fmt="o", color=colour, capsize=4, zorder=3, label="corrected, 95% interval")
        ax.set_xticks(x, [f"{d}\n(coded {n})" for d, n in zip(t["domain"], t["n_coded"], strict=True)], fontsize=8.5)
        ax.set_title(f"{label}s", fontsize=11, loc="left")
        ax.set_ylabel("share of statements (%)")
        ax.set_ylim(bottom=0)
        if len(t) > 1:
            ax.axvline(0.5, color="#999999", lw=0.8)  # overall | per period
    axes[0][0].legend(fontsize=8, loc="upper left", framealpha=0.9)
    return charts.finish(fig, name, title=title, caption=caption)


def headline(table: pd.DataFrame, label: str = "pledge") -> str:
    """A chart title that states only what the table shows: the corrected and machine share of one label overall,
    and whether the machine's share lies outside the corrected interval."""
    r = table[(table["label"] == label) & (table["domain"] == "all")]
    if r.empty or r["corrected"].isna().all():
        return f"Too few coded statements to correct the {label} share"
    r = r.iloc[0]
    verdict = ("the machine undercounts them" if r["machine"] < r["lo"] else "the machine overcounts them"
               if r["machine"] > r["hi"] else "the machine's count is within the interval")
    return (f"Corrected with a hand-coded sample, {r['corrected']:.1%} of statements are {label}s "
            f"(95% interval {r['lo']:.1%}-{r['hi']:.1%}) against the machine's {r['machine']:.1%}: {verdict}")


__all__ = ["chart", "headline", "ppi_mean", "Estimate", "match_items", "load_validation", "Validation", "corrected_shares", "describe",
           "default_validation"]
