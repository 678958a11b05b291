"""Check the coding rules on GOLD content: feed each gold statement (content as `text`, the gold cue and speaker
fields) through `code_statements` and compare speech acts and capabilities with the gold annotation.

    python -m pledgewatch.evaluation.coding_rules [--sets seeds ukraine_dev] [--errors] [--shared ../shared]

This isolates coding from extraction (end-to-end figures come from `pledgewatch run` + shared/eval/score.py).
Prints, per set: speech-act accuracy, pledge / appeal P/R/F1, capability P/R/F1 and the confusion matrix.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from .. import config
from ..coding import code_statements
from ..coding.speech_acts import ACTS


def load_gold(path: Path) -> pd.DataFrame:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    df = pd.DataFrame(rows)
    return df.assign(text=df["content"], cue_lemma=df["cue"].fillna("").str.lower(), speaker_name=df["speaker"],
                     speaker_is_official=True)


def prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def evaluate(gold: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    pred = code_statements(gold.drop(columns=["speech_act", "capabilities", "aid_related"]))
    g_act, p_act = list(gold["speech_act"]), list(pred["speech_act"])
    res = {"n": len(gold), "speech_act_acc": round(sum(a == b for a, b in zip(g_act, p_act, strict=True)) / max(1, len(gold)), 3)}
    for act in ("pledge", "appeal", "delivery", "refusal", "warning"):
        tp = sum(a == b == act for a, b in zip(g_act, p_act, strict=True))
        res[act] = prf(tp, p_act.count(act), g_act.count(act))
    tp = npred = ngold = 0
    for g, p in zip(gold["capabilities"], pred["capabilities"], strict=True):
        g, p = set(g), set(p)
        tp, npred, ngold = tp + len(g & p), npred + len(p), ngold + len(g)
    res["capabilities"] = prf(tp, npred, ngold)
    res["aid_related_acc"] = round(float((gold["aid_related"].astype(bool) == pred["aid_related"]).mean()), 3)
    conf = pd.crosstab(pd.Categorical(g_act, ACTS), pd.Categorical(p_act, ACTS), rownames=["gold"],
                       colnames=["pred"], dropna=False)
    res["confusion"] = conf
    errors = pd.DataFrame({"gold": g_act, "pred": p_act, "cue": gold["cue"], "country": gold["speaker_country"],
                           "gold_caps": gold["capabilities"], "pred_caps": pred["capabilities"],
                           "text": gold["content"]})
    return res, errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=["seeds", "ukraine_dev"])
    ap.add_argument("--shared", default=str(config.SHARED))
    ap.add_argument("--errors", action="store_true", help="list statements whose act or capabilities differ")
    a = ap.parse_args(argv)
    frames = []
    for name in a.sets:
        path = Path(a.shared) / "eval" / name / "gold.jsonl"
        if not path.is_file():
            print(f"{path} absent: skipped")
            continue
        frames.append((name, load_gold(path)))
    if len(frames) > 1:
        frames.append(("all", pd.concat([f for _, f in frames], ignore_index=True)))
    for name, gold in frames:
        res, errors = evaluate(gold)
        conf = res.pop("confusion")
        print(f"== {name}: " + json.dumps(res))
        print(conf.to_string())
        if a.errors and name != "all":
            bad = errors[(errors.gold != errors.pred) | (errors.gold_caps.map(set) != errors.pred_caps.map(set))]
            for r in bad.itertuples():
                mark = "ACT " if r.gold != r.pred else "    "
                caps = "" if set(r.gold_caps) == set(r.pred_caps) else f" caps gold={sorted(r.gold_caps)} pred={sorted(r.pred_caps)}"
                print(f"{mark}{r.gold:>10} -> {r.pred:<10} cue={r.cue!r} {r.country!r}{caps} :: {r.text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
