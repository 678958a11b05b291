"""The hand-coded sets (coding_dev: items.jsonl) scored by ../shared/eval/score_coding.py: per-act F1 and the
other codes, their error rows, and the coding model's cross-validated figures beside them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from .. import config
from .gold_match import CODING_COLUMNS, CODING_ERROR_COLUMNS, CODING_SETS, _read_jsonl, eval_dir, import_shared


def load_coding_scorer():
    """Import ../shared/eval/score_coding.py (it imports score.py from its own folder)."""
    path = eval_dir() / "score_coding.py"
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    return import_shared(path, "pledgewatch_shared_score_coding")


def _coding_flat(name: str, figures: str, res: dict) -> dict:
    def f1(key):
        v = res.get(key)
        return v.get("f1") if isinstance(v, dict) else v

    return {"set": name, "figures": figures, "items": res.get("items"), "matched": res.get("matched"),
            **{f"{a}_f1": f1(a) for a in ("pledge", "appeal", "delivery", "refusal", "warning")},
            "macro_f1_acts": res.get("macro_f1_acts"), "speech_act_acc": res.get("speech_act_acc_matched"),
            "aid_related_f1": f1("aid_related"), "capabilities_f1": f1("capabilities_matched"),
            "speaker_acc": res.get("speaker_acc"), "official_acc": res.get("official_acc"),
            "country_acc": res.get("country_acc")}


def coding_errors(name: str, items: list[dict], pairs: dict, sc) -> list[dict]:
    """Every disagreement between the hand-coded items and the pipeline's matched statements (one row per field)."""
    rows = []

    def add(it, what, gold, pred, p):
        rows.append({"set": name, "item_id": it["item_id"], "article_id": it["article_id"], "what": what,
                     "gold": gold, "pred": pred, "statement": it["statement"], "pred_text": (p or {}).get("text")})

    for it in items:
        p = pairs.get(it["item_id"])
        if p is None:
            if it["is_statement"]:
                add(it, "missed", it["speech_act"], "", None)
            continue
        if not it["is_statement"]:
            add(it, "not_a_statement", "", p.get("speech_act"), p)
            continue
        if it["speech_act"] != p.get("speech_act"):
            add(it, "speech_act", it["speech_act"], p.get("speech_act"), p)
        if bool(it["aid_related"]) != bool(p.get("aid_related")):
            add(it, "aid_related", bool(it["aid_related"]), bool(p.get("aid_related")), p)
        caps = p.get("capabilities")
        caps = set(caps) if caps is not None and not isinstance(caps, float) else set()
        if set(it["capabilities"]) != caps:
            add(it, "capabilities", "|".join(sorted(it["capabilities"])), "|".join(sorted(caps)), p)
        if it.get("speaker") and it["speaker"] != "UNKNOWN" and not sc.same_speaker(it["speaker"],
                                                                                   p.get("speaker_name") or ""):
            add(it, "speaker", it["speaker"], p.get("speaker_name"), p)
        if it.get("speaker_is_official") is not None and bool(it["speaker_is_official"]) != bool(
                p.get("speaker_is_official")):
            add(it, "official", bool(it["speaker_is_official"]), bool(p.get("speaker_is_official")), p)
        if it.get("speaker_country") and sc.country_key(it["speaker_country"]) != sc.country_key(
                p.get("speaker_country")):
            add(it, "country", it["speaker_country"], p.get("speaker_country") or "", p)
    return rows


def readable(rows: list[dict]) -> list[dict]:
    """The disagreements of the articles in half A only (coding.folds.half_of: md5 of the article id even): the
    hand-coded sets' articles are coding_dev's, whose half B stands in for a held-out twin, as ukraine_team's errors
    are listed for half A only (the figures still cover both halves)."""
    from ..coding.folds import half_of

    return [r for r in rows if half_of(r["article_id"]) == "A"]


def score_coding_sets(sets=None, work_dir=None, *, progress: bool = False, raw_json: dict | None = None):
    """Run the pipeline on each hand-coded set (CODING_SETS) and score its coding with score_coding.py; returns
    (coding_scores_df, coding_errors_df: half A's articles only, `readable`). Beside each set's figures, a row with the article-grouped 5-fold
    cross-validated figures of the committed coding model (its metadata, written by `make train`)."""
    if not (eval_dir() / "score_coding.py").is_file():
        return pd.DataFrame(columns=CODING_COLUMNS), pd.DataFrame(columns=CODING_ERROR_COLUMNS)
    from ..pipeline import run

    sc = load_coding_scorer()
    work_dir = Path(work_dir) if work_dir else config.INTERIM / "eval"
    names = [s for s in (sets or CODING_SETS) if (eval_dir() / s / "items.jsonl").is_file()]
    scores, errors = [], []
    for name in names:
        set_dir = eval_dir() / name
        result = run(raw=set_dir / "articles.jsonl", out=work_dir / name, progress=progress)
        pred = sc.load_pred(str(result.paths["statements"]))
        items = _read_jsonl(set_dir / "items.jsonl")
        res, pairs = sc.score(items, pred)
        if raw_json is not None:
            raw_json[name] = res
        from ..coding import model, residual_model

        cv = _model_cv(name)
        # both trained models are cross-fitted by article: a statement of an article they were trained on is coded by
        # the fold model that did not see it, so the pipeline's figures on a training set are out-of-fold
        trained = [n for n, on in (("act/aid model", model.load()), ("residual model", residual_model.load())) if on]
        label = "pipeline (rules" + "".join(f" + cross-fitted {n}" for n in trained) + ")"
        scores.append(_coding_flat(name, label, res))
        errors.extend(readable(coding_errors(name, items, pairs, sc)))
        if cv:
            scores.append({"set": name, "figures": "act/aid model, article-grouped 5-fold CV (make train)", **cv})
        if name == "coding_dev" and (team := team_figures(pred)):
            scores.append({"set": name, "figures": "the team's hand-coded statements of its articles (data/training)",
                           **team})
    return pd.DataFrame(scores, columns=CODING_COLUMNS), pd.DataFrame(errors, columns=CODING_ERROR_COLUMNS)


def team_figures(pred: list[dict]) -> dict:
    """The coding figures of a run on coding_dev's articles against the team's hand-coded statements of those
    articles (coding.team_labels: 2,063 statements no coding_dev item covers; round 11's rules were written reading
    half A's, never half B's; the residual model trains on them, cross-fitted by article): per-act F1, macro-F1,
    accuracy and aid-related F1 over the matched statements, speaker accuracy (score_coding's own rule, where the
    coders named a speaker) and official accuracy where the extracted speaker is the coded one. {} where the file is
    absent."""
    from ..coding import team_labels
    from ..coding.train_report import ACTS5, figures

    coded = team_labels.load()
    pairs = team_labels.match(coded, pred) if coded else {}
    if not pairs:
        return {}
    rows = [(coded[i], pred[j]) for i, j in pairs.items()]
    keys = [{"row": k} for k in range(len(rows))]  # figures() reads each prediction through predict(x)
    f = figures(keys, [team_labels.label(c) for c, _ in rows],
                lambda x: (rows[x["row"]][1].get("speech_act"), bool(rows[x["row"]][1].get("aid_related"))))
    out = {"items": len(coded), "matched": round(len(rows) / len(coded), 3),
           **{f"{a}_f1": f[a] for a in ACTS5}, "macro_f1_acts": f["macro_f1_acts"],
           "speech_act_acc": f["speech_act_acc"], "aid_related_f1": f["aid_related_f1"]}
    st = [(c, p) for c, p in rows if c["is_statement"]]
    named = [(c, p) for c, p in st if c.get("speaker") and c["speaker"] != "UNKNOWN"]
    if named and (eval_dir() / "score_coding.py").is_file():
        sc = load_coding_scorer()
        out["speaker_acc"] = round(sum(bool(sc.same_speaker(c["speaker"], p.get("speaker_name") or ""))
                                       for c, p in named) / len(named), 3)
    off = [(c, p) for c, p in st if c["speaker_correct"] and c["speaker_is_official"] is not None]
    if off:
        out["official_acc"] = round(sum(c["speaker_is_official"] == bool(p.get("speaker_is_official"))
                                        for c, p in off) / len(off), 3)
    return out


def _model_cv(name: str) -> dict:
    from ..coding import model

    try:
        meta = json.loads(model.MODEL_PATH.read_text(encoding="utf-8")).get("meta", {})
    except (OSError, ValueError):
        return {}
    cv = meta.get(name, {}).get("cv_grouped_5fold")
    if not cv:
        return {}
    return {**{f"{a}_f1": cv.get(a) for a in ("pledge", "appeal", "delivery", "refusal", "warning")},
            "macro_f1_acts": cv.get("macro_f1_acts"), "speech_act_acc": cv.get("speech_act_acc"),
            "aid_related_f1": cv.get("aid_related_f1")}
