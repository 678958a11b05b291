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
import sys
from pathlib import Path

from ..io import write_text
from ..sampling import ACTS, FIELDS
from .agreement_sheets import (
    _FALSE,
    _TRUE,
    SINGLE_FIELDS,
    CodedSheetError,
    _label_studio_rows,
    _read_rows,
    _yes_no,
    load_design,
    read_coded,
)
from .agreement_stats import (
    _boot_prf,
    _ci,
    _class_scores,
    _r,
    between_coders,
    compare,
    compare_sets,
    krippendorff_alpha,
    machine_vs,
    prf,
)

# the parts' names, importable from here as before the split
__all__ = [
    "ACTS",  # the speech acts (sampling.ACTS), read as agreement.ACTS by helpers.coding_quality
    "SINGLE_FIELDS",
    "_TRUE",
    "_FALSE",
    "CodedSheetError",
    "load_design",
    "_read_rows",
    "_label_studio_rows",
    "_yes_no",
    "read_coded",
    "prf",
    "_boot_prf",
    "_r",
    "compare",
    "_class_scores",
    "compare_sets",
    "krippendorff_alpha",
    "machine_vs",
    "between_coders",
    "_ci",
    "agree",
    "FIELDS",
]


# ---------------------------------------------------------------------------------------------------------- report
def _class_rows(classes: dict) -> list[str]:
    """Markdown table rows: class, coder's count, machine's count, precision, recall and F1 with their intervals."""
    return [f"| {c} | {v['support']} | {v['predicted']} | {_fmt(v['precision'])}{_ci(v['precision_ci'])} | "
            f"{_fmt(v['recall'])}{_ci(v['recall_ci'])} | {_fmt(v['f1'])}{_ci(v['f1_ci'])} |" for c, v in classes.items()]


def _fmt(x, pct=False):
    if x is None:
        return "–"
    return f"{x:.0%}" if pct else f"{x:.2f}"


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
