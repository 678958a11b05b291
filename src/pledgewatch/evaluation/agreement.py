"""`pledgewatch agree`: how well the machine's labels agree with a hand-coded sample (and two coders with each other).

    pledgewatch agree --sample DIR --coded FILE [--coded FILE2] [--out DIR] [--bootstrap 1000] [--seed 1]

`--sample` is the folder `pledgewatch sample` wrote (its `design.csv` holds the machine's labels and the inclusion
probabilities); `--coded` is the filled-in sheet: `sample.csv`, `sample.xlsx` (first tab, capabilities in
`capability_1..3` and/or `capabilities`) or a Label Studio JSON export (full export with `annotations`, or JSON-MIN).
A second `--coded` is a second coder's sheet of the same sample.

Writes `agreement.md` and `agreement.json` (in `--out`, default the sample folder): per field, the machine against
the coder: accuracy (of the draw, and weighted back to the corpus with 1 / inclusion_prob), per-class precision,
recall and F1 with percentile bootstrap 95% intervals (items resampled), and the confusion matrix; with two coders,
Krippendorff's alpha (nominal) between them and the machine against the second coder too.

The fields are compared on the statements the coder says are statements (`is_statement` not `no`); `is_statement`
itself is reported as the share of sampled rows that are real statements (the machine says every row is one).

A sheet with a missing row, an unknown label, a duplicated or unknown sample_id, or a statement_id that differs
from the sample's gets a `CodedSheetError` naming the row (the spreadsheet's row number, the header being row 1).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from ..io import write_text
from ..sampling import ACTS, FIELDS, YES_NO, capability_categories

SINGLE_FIELDS = ("speech_act", "aid_related", "speaker_is_official")
_TRUE = {"yes", "y", "true", "1", "t"}
_FALSE = {"no", "n", "false", "0", "f"}


class CodedSheetError(ValueError):
    """A coded sheet that cannot be compared with its sample; the message names the row."""


def load_design(sample_dir: Path | str) -> pd.DataFrame:
    path = Path(sample_dir) / "design.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: --sample must be a folder written by `pledgewatch sample`")
    return pd.read_csv(path, dtype=str, keep_default_na=False).assign(
        inclusion_prob=lambda d: d["inclusion_prob"].astype(float))


# ---------------------------------------------------------------------------------------------------------- reading
def _read_rows(path: Path) -> tuple[list[dict], str]:
    """The coded rows as dicts of text, and how a row is named in messages ('row' or 'task')."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        return df.to_dict("records"), "row"
    if suffix in (".xlsx", ".xlsm"):
        df = pd.read_excel(path, sheet_name=0, dtype=str, engine="openpyxl").fillna("")
        return df.to_dict("records"), "row"
    if suffix == ".json":
        return _label_studio_rows(json.loads(path.read_text(encoding="utf-8"))), "task"
    raise CodedSheetError(f"{path}: unknown format {suffix!r} (expected .csv, .xlsx or a Label Studio .json export)")


def _label_studio_rows(tasks) -> list[dict]:
    """Rows from a Label Studio export: the full JSON (data + annotations[].result[]) or JSON-MIN (flat)."""
    if not isinstance(tasks, list):
        raise CodedSheetError("Label Studio export: expected a JSON list of tasks")
    rows = []
    for t in tasks:
        if "data" in t:
            row = {k: v for k, v in t["data"].items()}
            anns = [a for a in t.get("annotations", []) if not a.get("was_cancelled")]
            for r in (anns[-1]["result"] if anns else []):
                name, val = r.get("from_name"), r.get("value", {})
                if "choices" in val:
                    row[name] = ";".join(val["choices"])
                elif "text" in val:
                    row[name] = " ".join(val["text"]) if isinstance(val["text"], list) else str(val["text"])
        else:  # JSON-MIN: fields at the top; a multiple choice is {"choices": [...]} or a list
            row = {}
            for k, v in t.items():
                if isinstance(v, dict) and "choices" in v:
                    v = v["choices"]
                row[k] = ";".join(map(str, v)) if isinstance(v, list) else v
        rows.append({k: "" if v is None else str(v) for k, v in row.items()})
    return rows


def _yes_no(value: str, where: str, field: str):
    v = value.strip().lower()
    if not v:
        return None
    if v in _TRUE:
        return "yes"
    if v in _FALSE:
        return "no"
    raise CodedSheetError(f"{where}: {field} {value!r} is not one of yes, no")


def read_coded(path: Path | str, design: pd.DataFrame) -> pd.DataFrame:
    """The coded labels of every sampled statement, one row per sample_id in the design's order, checked.
    Columns: sample_id, is_statement (yes/no), speech_act, aid_related, speaker_is_official (yes/no or None),
    capabilities (sorted list, None when the row is not a statement), note."""
    path = Path(path)
    rows, unit = _read_rows(path)
    caps_known = set(capability_categories())
    expected = dict(zip(design["sample_id"], design["statement_id"], strict=False))
    out, seen = [], {}
    for i, r in enumerate(rows):
        where = f"{path.name}: {unit} {i + 2 if unit == 'row' else i + 1}"
        sid = str(r.get("sample_id", "")).strip()
        if not sid:
            raise CodedSheetError(f"{where}: no sample_id")
        where += f" (sample_id {sid})"
        if sid not in expected:
            raise CodedSheetError(f"{where}: sample_id {sid!r} is not in the sample (a changed or added id?)")
        if sid in seen:
            raise CodedSheetError(f"{where}: sample_id {sid!r} appears twice (also {seen[sid]})")
        seen[sid] = where
        stid = str(r.get("statement_id", "")).strip()
        if stid and stid != expected[sid]:
            raise CodedSheetError(f"{where}: statement_id {stid!r} differs from the sample's {expected[sid]!r} "
                                  "(a changed id: rows must keep the ids they were given)")
        is_st = _yes_no(str(r.get("is_statement", "")), where, "is_statement") or "yes"
        rec = {"sample_id": sid, "is_statement": is_st, "note": str(r.get("note", "")).strip()}
        act = str(r.get("speech_act", "")).strip().lower()
        if act and act not in ACTS:
            raise CodedSheetError(f"{where}: speech_act {act!r} is not one of {', '.join(ACTS)}")
        if not act and is_st == "yes":
            raise CodedSheetError(f"{where}: speech_act is empty (code it, or set is_statement to no)")
        rec["speech_act"] = act or None
        for f in ("aid_related", "speaker_is_official"):
            rec[f] = _yes_no(str(r.get(f, "")), where, f)
        caps = [c for c in re.split(r"[;,|]", str(r.get("capabilities", ""))) if c.strip()]
        caps += [str(v) for k, v in r.items() if k.startswith("capability_") and str(v).strip()]
        caps = sorted({c.strip().lower() for c in caps})
        bad = [c for c in caps if c not in caps_known]
        if bad:
            raise CodedSheetError(f"{where}: capability {bad[0]!r} is not in the codebook's list "
                                  f"({', '.join(sorted(caps_known))})")
        rec["capabilities"] = caps if is_st == "yes" else None
        out.append(rec)
    missing = [s for s in design["sample_id"] if s not in seen]
    if missing:
        raise CodedSheetError(f"{path.name}: {len(missing)} sampled row(s) missing, first: sample_id "
                              f"{', '.join(missing[:5])} (every row of the sample must stay in the sheet)")
    return pd.DataFrame(out).set_index("sample_id").loc[design["sample_id"]].reset_index()


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


# ---------------------------------------------------------------------------------------------------------- report
def _class_rows(classes: dict) -> list[str]:
    """Markdown table rows: class, coder's count, machine's count, precision, recall and F1 with their intervals."""
    return [f"| {c} | {v['support']} | {v['predicted']} | {_fmt(v['precision'])}{_ci(v['precision_ci'])} | "
            f"{_fmt(v['recall'])}{_ci(v['recall_ci'])} | {_fmt(v['f1'])}{_ci(v['f1_ci'])} |" for c, v in classes.items()]


def _fmt(x, pct=False):
    if x is None:
        return "–"
    return f"{x:.0%}" if pct else f"{x:.2f}"


def _ci(v):
    return "" if not v or v[0] is None else f" [{v[0]:.2f}, {v[1]:.2f}]"


def to_markdown(res: dict) -> str:
    lines = [f"# Agreement of the machine's coding with the hand-coded sample ({res['sample']})", "",
             f"Coded sheet(s): {', '.join(res['coded'])}. Intervals: percentile bootstrap, 95%, "
             f"{res['n_boot']} resamples of the items. *Weighted* = weighted back to the corpus with "
             "1 / inclusion_prob (unweighted figures describe the draw).", ""]
    for who, m in res["machine"].items():
        lines += [f"## Machine against {who}", ""]
        s = m["is_statement"]
        lines.append(f"- Rows that are statements: {_fmt(s['share_yes'], True)} of {m['n_rows']} "
                     f"(weighted {_fmt(s['share_yes_weighted'], True)}); {s['not_statements']} are not statements "
                     "and are left out below.")
        for f in SINGLE_FIELDS:
            r = m[f]
            lines += ["", f"### {f} (n = {r['n']})", "",
                      f"Accuracy {_fmt(r['accuracy'])}{_ci(r.get('accuracy_ci'))}, weighted "
                      f"{_fmt(r['accuracy_weighted'])}.", "",
                      "| class | coder | machine | precision | recall | F1 |", "|---|---|---|---|---|---|"]
            lines += _class_rows(r["classes"])
            if r["confusion"]:
                cols = list(r["confusion"])
                lines += ["", "Confusion matrix (rows: coder, columns: machine):", "",
                          "| coder \\ machine | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
                lines += [f"| {a} | " + " | ".join(str(r["confusion"][a][b]) for b in cols) + " |" for a in cols]
        r = m["capabilities"]
        lines += ["", f"### capabilities (n = {r['n']})", "",
                  f"Exact set match {_fmt(r['exact_match'])}; micro precision {_fmt(r['micro'].get('precision'))}, "
                  f"recall {_fmt(r['micro'].get('recall'))}, F1 {_fmt(r['micro'].get('f1'))}.", "",
                  "| category | coder | machine | precision | recall | F1 |", "|---|---|---|---|---|---|"]
        lines += _class_rows(r["classes"])
        lines.append("")
    if res.get("coders"):
        c = res["coders"]
        lines += ["## Between the two coders", "", f"Krippendorff's alpha (nominal), n = {c['n']}:", "",
                  "| field | alpha | % agreement |", "|---|---|---|"]
        for f in ("is_statement",) + SINGLE_FIELDS:
            lines.append(f"| {f} | {_fmt(c[f])} | {_fmt(c['percent_agreement'][f], True)} |")
        lines.append(f"| capabilities (mean over categories) | {_fmt(c['capabilities_mean'])} | |")
        lines.append("")
    return "\n".join(lines)


def agree(sample_dir: Path | str, coded: list[Path | str], out: Path | str | None = None, *, n_boot: int = 1000,
          seed: int = 1) -> dict:
    """Read the design and the coded sheet(s), compute every figure, write agreement.md / .json; return the dict."""
    sample_dir = Path(sample_dir)
    design = load_design(sample_dir)
    sheets = [read_coded(p, design) for p in coded]
    names = ["coder 1", "coder 2"][:len(sheets)] if len(sheets) > 1 else ["the coder"]
    res = {"sample": str(sample_dir), "coded": [str(p) for p in coded], "n_boot": n_boot,
           "machine": {name: machine_vs(design, s, n_boot=n_boot, seed=seed) for name, s in zip(names, sheets, strict=False)}}
    if len(sheets) > 1:
        res["coders"] = between_coders(sheets[0], sheets[1])
    out = Path(out) if out else sample_dir
    write_text(json.dumps(res, indent=1), out / "agreement.json")
    write_text(to_markdown(res), out / "agreement.md")
    return res


def add_arguments(p) -> None:
    p.add_argument("--sample", type=Path, required=True, help="folder written by `pledgewatch sample`")
    p.add_argument("--coded", type=Path, action="append", required=True,
                   help="the coded sheet (.csv, .xlsx or Label Studio .json export); twice for two coders")
    p.add_argument("--out", type=Path, default=None, help="folder for agreement.md/.json (default: --sample)")
    p.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the intervals")
    p.add_argument("--seed", type=int, default=1)


def main(args) -> int:
    if len(args.coded) > 2:
        print("[agree] at most two --coded sheets", file=sys.stderr)
        return 2
    try:
        res = agree(args.sample, args.coded, args.out, n_boot=args.bootstrap, seed=args.seed)
    except (CodedSheetError, FileNotFoundError) as exc:
        print(f"[agree] error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out or args.sample)
    for who, m in res["machine"].items():
        acts = m["speech_act"]
        f1 = {c: v["f1"] for c, v in acts["classes"].items() if c in ("pledge", "appeal")}
        print(f"[agree] machine vs {who}: speech act accuracy {_fmt(acts['accuracy'])} (n={acts['n']}), "
              + ", ".join(f"{c} F1 {_fmt(v)}" for c, v in f1.items())
              + f", aid_related accuracy {_fmt(m['aid_related']['accuracy'])}, capabilities micro F1 "
              f"{_fmt(m['capabilities']['micro'].get('f1'))}")
    if res.get("coders"):
        c = res["coders"]
        print(f"[agree] between coders (Krippendorff's alpha): speech act {_fmt(c['speech_act'])}, aid_related "
              f"{_fmt(c['aid_related'])}, capabilities (mean) {_fmt(c['capabilities_mean'])}")
    print(f"[agree] wrote {out / 'agreement.md'} and {out / 'agreement.json'}")
    return 0


__all__ = ["agree", "read_coded", "load_design", "compare", "compare_sets", "krippendorff_alpha", "CodedSheetError",
           "FIELDS"]
