"""The figures `make train` reports (coding.train, coding.train_select): the scorer's figures of (act, aid) decisions
over a set's training rows, whole and by article half, and a summary line per set, half and list of decisions."""

from __future__ import annotations

ACTS5 = ("pledge", "appeal", "delivery", "refusal", "warning")
KEY_FIGURES = ("pledge", "appeal", "macro_f1_acts", "speech_act_acc", "aid_related_f1")


def figures(X: list[dict], labels: list[dict], predict) -> dict:
    """The scorer's figures for (act, aid) predictions over coding_dev rows."""
    preds = [predict(x) for x in X]
    st = [lab["is_statement"] for lab in labels]
    res = {}
    for a in ACTS5:
        tp = sum(p[0] == a and lab["act"] == a and s for p, lab, s in zip(preds, labels, st, strict=True))
        npred = sum(p[0] == a for p in preds)
        ngold = sum(lab["act"] == a and s for lab, s in zip(labels, st, strict=True))
        pr, rc = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
        res[a] = round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0
    res["macro_f1_acts"] = round(sum(res[a] for a in ACTS5) / len(ACTS5), 3)
    n = sum(st)
    res["speech_act_acc"] = round(sum(p[0] == lab["act"] for p, lab, s in zip(preds, labels, st, strict=True) if s) / n, 3)
    tp = sum(p[1] and lab["aid"] for p, lab, s in zip(preds, labels, st, strict=True) if s)
    npred = sum(bool(p[1]) for p, s in zip(preds, st, strict=True) if s)
    ngold = sum(lab["aid"] for lab, s in zip(labels, st, strict=True) if s)
    pr, rc = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    res["aid_related_f1"] = round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0
    return res


def by_set(X, labels, preds, name: str, half: str | None = None) -> dict:
    """The figures of predictions `preds` (one per row) on the rows of one set (of one article half, coding.folds's
    half_of, where `half` is "A" or "B")."""
    from .folds import half_of

    rows = [i for i, lab in enumerate(labels) if lab["set"] == name and (half is None or half_of(lab["article"]) == half)]
    lookup = {id(X[i]): preds[i] for i in rows}
    return figures([X[i] for i in rows], [labels[i] for i in rows], lambda x: lookup[id(x)])


def summary(X, labels, decisions: dict, sets) -> list[str]:
    """One line per set (and article half of the sets with halves) and list of decisions: KEY_FIGURES."""
    from .folds import half_of

    lines = ["set half decisions: " + " ".join(KEY_FIGURES)]
    for name in sets:
        arts = {lab["article"] for lab in labels if lab["set"] == name}
        halves = [None] + (["A", "B"] if len({half_of(x) for x in arts}) == 2 and name != "ukraine_dev" else [])
        for h in halves:
            for dn, preds in decisions.items():
                f = by_set(X, labels, preds, name, h)
                lines.append(f"{name} {h or 'whole'} {dn}: " + " ".join(f"{f[k]:.3f}" for k in KEY_FIGURES))
    return lines
