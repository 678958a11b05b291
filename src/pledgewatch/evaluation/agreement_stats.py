"""Agreement statistics: precision, recall and F1 per class with bootstrap intervals (single and multi-label),
Krippendorff's alpha, the machine against the coders and the coders against each other."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..sampling import ACTS, YES_NO, capability_categories
from .agreement_sheets import SINGLE_FIELDS


# ---------------------------------------------------------------------------------------------------------- metrics
def prf(tp: int, n_pred: int, n_true: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else float("nan")
    r = tp / n_true if n_true else float("nan")
    f = 2 * tp / (n_pred + n_true) if n_pred + n_true else float("nan")
    return p, r, f


def _boot_prf(t: np.ndarray, p: np.ndarray, idx: np.ndarray) -> dict:
    """Percentile 95% intervals of precision, recall, F1 over bootstrap resamples idx (B x n)."""
    tb, pb = t[idx], p[idx]
    tp = (tb & pb).sum(1)
    npred, ntrue = pb.sum(1), tb.sum(1)
    with np.errstate(invalid="ignore", divide="ignore"):
        vals = {"precision": tp / npred, "recall": tp / ntrue, "f1": 2 * tp / (npred + ntrue)}
    out = {}
    for k, v in vals.items():
        v = v[~np.isnan(v)]
        out[k] = [float(np.quantile(v, 0.025)), float(np.quantile(v, 0.975))] if len(v) else [None, None]
    return out


def _r(x):
    return None if x is None or (isinstance(x, float) and np.isnan(x)) else round(float(x), 4)


def compare(truth: list, pred: list, labels: list[str], weights=None, *, n_boot: int = 1000, seed: int = 1) -> dict:
    """Single-label agreement of pred with truth: n, accuracy (and weighted), per class P/R/F1 with bootstrap
    intervals, confusion matrix {truth: {pred: count}}."""
    truth, pred = np.asarray(truth, dtype=object), np.asarray(pred, dtype=object)
    n = len(truth)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    res = {"n": int(n), "accuracy": None, "accuracy_weighted": None, "classes": {}, "confusion": {}}
    if not n:
        return res
    ok = truth == pred
    res["accuracy"] = _r(ok.mean())
    res["accuracy_weighted"] = _r((ok * w).sum() / w.sum())
    idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    acc_b = ok[idx].mean(1)
    res["accuracy_ci"] = [_r(np.quantile(acc_b, 0.025)), _r(np.quantile(acc_b, 0.975))]
    for c in labels:
        t, p = truth == c, pred == c
        if not t.any() and not p.any():
            continue
        res["classes"][c] = _class_scores(t, p, idx)
    present = [c for c in labels if (truth == c).any() or (pred == c).any()]
    res["confusion"] = {a: {b: int(((truth == a) & (pred == b)).sum()) for b in present} for a in present}
    return res


def _class_scores(t, p, idx) -> dict:
    """One class (or category): support, predictions, P/R/F1 and their bootstrap intervals over the rows `idx`."""
    pr, rc, f1 = prf(int((t & p).sum()), int(p.sum()), int(t.sum()))
    ci = _boot_prf(t, p, idx)
    return {"support": int(t.sum()), "predicted": int(p.sum()), "precision": _r(pr), "recall": _r(rc), "f1": _r(f1),
            **{f"{k}_ci": [_r(a) for a in v] for k, v in ci.items()}}


def compare_sets(truth: list[list[str]], pred: list[list[str]], labels: list[str], *, n_boot: int = 1000,
                 seed: int = 1) -> dict:
    """Multi-label agreement (capabilities): exact-set accuracy, micro P/R/F1 and per category P/R/F1 with
    bootstrap intervals."""
    n = len(truth)
    res = {"n": n, "exact_match": None, "micro": {}, "classes": {}}
    if not n:
        return res
    T = np.array([[c in set(t) for c in labels] for t in truth], dtype=bool).reshape(n, len(labels))
    P = np.array([[c in set(p) for c in labels] for p in pred], dtype=bool).reshape(n, len(labels))
    res["exact_match"] = _r((T == P).all(1).mean())
    pr, rc, f1 = prf(int((T & P).sum()), int(P.sum()), int(T.sum()))
    res["micro"] = {"precision": _r(pr), "recall": _r(rc), "f1": _r(f1)}
    idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    for j, c in enumerate(labels):
        t, p = T[:, j], P[:, j]
        if not t.any() and not p.any():
            continue
        res["classes"][c] = _class_scores(t, p, idx)
    return res


def krippendorff_alpha(units: list[list]) -> float | None:
    """Krippendorff's alpha for nominal data. units: per unit, the values the coders gave (None = not coded);
    units with fewer than two values are left out (Krippendorff 2011, 'Computing Krippendorff's alpha')."""
    values = sorted({v for u in units for v in u if v is not None}, key=str)
    if not values:
        return None
    pos = {v: i for i, v in enumerate(values)}
    o = np.zeros((len(values), len(values)))
    for u in units:
        vs = [pos[v] for v in u if v is not None]
        m = len(vs)
        if m < 2:
            continue
        for i in range(m):
            for j in range(m):
                if i != j:
                    o[vs[i], vs[j]] += 1 / (m - 1)
    nc = o.sum(1)
    n = nc.sum()
    if n <= 1:
        return None
    d_o = o.sum() - np.trace(o)
    d_e = (nc.sum() ** 2 - (nc ** 2).sum())
    if d_e == 0:
        return 1.0 if d_o == 0 else None
    return float(1 - (n - 1) * d_o / d_e)


def machine_vs(design: pd.DataFrame, coded: pd.DataFrame, *, n_boot: int = 1000, seed: int = 1) -> dict:
    """Every field: the machine (design's machine_* columns) against one coder."""
    d = design.set_index("sample_id")
    c = coded.set_index("sample_id").loc[d.index]
    w = 1 / d["inclusion_prob"].astype(float)
    is_st = c["is_statement"] == "yes"
    out = {"n_rows": int(len(c)), "is_statement": {
        "share_yes": _r(is_st.mean()), "share_yes_weighted": _r((is_st * w).sum() / w.sum()),
        "not_statements": int((~is_st).sum())}}
    for f in SINGLE_FIELDS:
        labels = list(ACTS) if f == "speech_act" else list(YES_NO)
        m = is_st & c[f].notna() & (d[f"machine_{f}"].fillna("") != "")
        out[f] = compare(c.loc[m, f].tolist(), d.loc[m, f"machine_{f}"].tolist(), labels, w[m], n_boot=n_boot,
                         seed=seed)
    m = is_st
    out["capabilities"] = compare_sets(c.loc[m, "capabilities"].tolist(),
                                       [[x for x in str(v).split(";") if x] for v in d.loc[m, "machine_capabilities"]],
                                       capability_categories(), n_boot=n_boot, seed=seed)
    return out


def between_coders(a: pd.DataFrame, b: pd.DataFrame) -> dict:
    """Krippendorff's alpha between two coders per field (capabilities: per category, and their mean)."""
    a, b = a.set_index("sample_id"), b.set_index("sample_id").loc[a.set_index("sample_id").index]
    res = {"n": int(len(a))}
    for f in ("is_statement",) + SINGLE_FIELDS:
        res[f] = _r(krippendorff_alpha([[x, y] for x, y in zip(a[f], b[f], strict=False)]))
    both = (a["is_statement"] == "yes") & (b["is_statement"] == "yes")
    per = {}
    for cat in capability_categories():
        units = [[cat in x, cat in y] for x, y in zip(a.loc[both, "capabilities"], b.loc[both, "capabilities"], strict=False)]
        if any(u[0] or u[1] for u in units):
            per[cat] = _r(krippendorff_alpha(units))
    res["capabilities"] = per
    vals = [v for v in per.values() if v is not None]
    res["capabilities_mean"] = _r(np.mean(vals)) if vals else None
    agree = {f: _r((a[f] == b[f]).mean()) for f in ("is_statement",) + SINGLE_FIELDS}
    res["percent_agreement"] = agree
    return res


def _ci(v):
    return "" if not v or v[0] is None else f" [{v[0]:.2f}, {v[1]:.2f}]"
