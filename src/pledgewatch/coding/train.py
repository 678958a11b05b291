"""`make train`: fit the speech-act and aid-relation models (coding.model) on the hand-coded sets in ../shared/eval.

    python -m pledgewatch.coding.train [--shared ../shared] [--out data/models/coding_model.json] [--no-write]

Training data:
- coding_dev (../shared/eval/coding_dev): the pipeline runs on its articles (`pledgewatch run`, cached under
  data/interim/train/), and each hand-coded item is matched to the statement the pipeline found, with
  score_coding.py's own matching; items that are not statements are trained as `other`, not aid-related;
- ukraine_dev and seeds (gold.jsonl): the pipeline runs on their articles too, and each gold statement is matched to
  the statement the pipeline found (score.py's matching, coverage >= 0.3).
Features are coding.features of each statement; word features (`w=`, `cue=`) are kept only when they occur in at
least MIN_ARTICLES training articles. L2 logistic regression (scikit-learn, lbfgs, class_weight balanced), one
multinomial model for the act and one binary model for aid_related.

Before writing, it reports article-grouped 5-fold cross-validation on coding_dev (GroupKFold by article_id: no
article is in both a training and a test fold; the gold sets always train) beside the rules alone and the in-sample
fit, with the scorer's figures (pledge/appeal/delivery/refusal/warning F1, macro-F1, accuracy, aid_related F1). The
output is reproducible: same data, same weights (lbfgs is deterministic; features are sorted).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from . import feature_rows
from .model import MODEL_PATH, LinearModel, decide

ACTS5 = ("pledge", "appeal", "delivery", "refusal", "warning")
MIN_ARTICLES = 3
C_ACT = 1.0
C_AID = 0.3


def _score_coding(shared: Path):
    path = shared / "eval" / "score_coding.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("pledgewatch_score_coding", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def with_frames(stmts: pd.DataFrame, out: Path) -> pd.DataFrame:
    """The statements of a run with their clause frames (statements/clause_frame.py), which statements.parquet does
    not keep and the speech-act rules read: the run's articles (articles.parquet) are parsed again and extracted the
    way the pipeline does (its prefilter, model and extractor settings), and each frame joined by statement_id; so
    the trained models see the features the pipeline gives them."""
    from .. import pipeline, statements

    ctx = pipeline.make_context()
    pre = pipeline.Prefilter(ctx.skip, set(ctx.forms))
    arts = pd.read_parquet(out / "articles.parquet").to_dict("records")
    parse = [(a, t) for a in arts if (t := pre.prepare(a["text"])) is not None]
    frames = {}
    docs = pipeline._load(ctx).pipe((t for _, t in parse), batch_size=ctx.batch_size)
    for (art, _), doc in zip(parse, docs, strict=True):
        found = statements.extract(doc, art, quote_parts=ctx.quote_parts, nesting=ctx.nesting)
        for r in pipeline.article_rows(art, found):
            frames[r["statement_id"]] = r.get(statements.FRAME_KEY)
    stmts = stmts.copy()
    stmts[statements.FRAME_KEY] = pd.Series([frames.get(s) for s in stmts["statement_id"]], index=stmts.index,
                                            dtype=object)
    return stmts


def coding_dev_rows(shared: Path) -> tuple[list[dict], list[dict]]:
    """(feature dicts, labels) for coding_dev's items, matched to the pipeline's statements."""
    from .. import pipeline

    set_dir = shared / "eval" / "coding_dev"
    out = config.INTERIM / "train" / "coding_dev"
    pipeline.run(raw=set_dir / "articles.jsonl", out=out, progress=False)
    stmts = pd.read_parquet(out / "statements.parquet")
    sc = _score_coding(shared)
    items = [json.loads(line) for line in open(set_dir / "items.jsonl", encoding="utf-8") if line.strip()]
    pairs = sc.match(items, stmts.to_dict("records"))
    feats = feature_rows(with_frames(stmts, out))
    idx = {sid: i for i, sid in enumerate(stmts["statement_id"])}
    X, labels = [], []
    for it in items:
        p = pairs.get(it["item_id"])
        if p is None:
            continue
        X.append(feats[idx[p["statement_id"]]])
        labels.append({"act": it["speech_act"] if it["is_statement"] else "other",
                       "aid": bool(it["aid_related"]) if it["is_statement"] else False,
                       "is_statement": bool(it["is_statement"]), "group": str(it["article_id"]), "set": "coding_dev"})
    return X, labels


def gold_rows(shared: Path, sets=("seeds", "ukraine_dev")) -> tuple[list[dict], list[dict]]:
    """(feature dicts, labels) of the gold sets' statements as the pipeline extracts them: the pipeline runs on each
    set's articles (cached under data/interim/train/) and each gold statement is matched to a predicted one with
    score.py's matching (coverage >= 0.3, one-to-one, best first; pledgewatch.evaluation.gold.match)."""
    from .. import pipeline
    from ..evaluation import gold as evaluate

    X, labels = [], []
    scorer = evaluate.load_scorer()
    for name in sets:
        set_dir = shared / "eval" / name
        if not (set_dir / "gold.jsonl").is_file():
            continue
        out = config.INTERIM / "train" / name
        pipeline.run(raw=set_dir / "articles.jsonl", out=out, progress=False)
        stmts = pd.read_parquet(out / "statements.parquet")
        _, gold = evaluate.load_gold(set_dir, scorer)
        pred = stmts.to_dict("records")
        feats = feature_rows(with_frames(stmts, out))
        for i, j, _ in evaluate.match(gold, pred, scorer):
            g = gold[i]
            X.append(feats[j])
            labels.append({"act": g["speech_act"], "aid": bool(g.get("aid_related")), "is_statement": True,
                           "group": f"{name}:{g['article_id']}", "set": name})
    return X, labels


def _vocab(X: list[dict], groups: list[str]) -> list[str]:
    seen: dict[str, set] = {}
    for x, g in zip(X, groups, strict=True):
        for k in x:
            seen.setdefault(k, set()).add(g)
    return sorted(k for k, gs in seen.items() if not k.startswith(("w=", "cue=")) or len(gs) >= MIN_ARTICLES)


def design_matrix(X: list[dict], feats: list[str]):
    """The sparse matrix of feature dicts X over the columns `feats` (features not in `feats` are left out)."""
    from scipy.sparse import csr_matrix

    index = {f: i for i, f in enumerate(feats)}
    rows, cols, vals = [], [], []
    for r, x in enumerate(X):
        for k, v in x.items():
            if k in index:
                rows.append(r)
                cols.append(index[k])
                vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(X), len(feats)))


def fit(X: list[dict], labels: list[dict]) -> dict:
    """{"speech_act": spec, "aid_related": spec} (specs as coding.model.LinearModel reads them)."""
    from sklearn.linear_model import LogisticRegression

    feats = _vocab(X, [lab["group"] for lab in labels])
    M = design_matrix(X, feats)
    out = {}
    for name, y, C in (("speech_act", [lab["act"] for lab in labels], C_ACT),
                       ("aid_related", ["true" if lab["aid"] else "false" for lab in labels], C_AID)):
        m = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        m.fit(M, y)
        out[name] = {"classes": [str(c) for c in m.classes_], "features": feats,
                     "coef": [[round(float(v), 5) for v in row] for row in m.coef_],
                     "intercept": [round(float(v), 5) for v in m.intercept_]}
    return out


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


def _models(spec: dict) -> dict:
    return {"speech_act": LinearModel(spec["speech_act"]), "aid_related": LinearModel(spec["aid_related"])}


def _rules(x: dict) -> tuple[str, bool]:
    act = next((k[5:] for k in x if k.startswith("rule=")), "other")
    return act, bool(x.get("rule_aid"))


def cross_validate(Xd, Ld, Xg, Lg, folds: int = 5) -> dict:
    """Article-grouped k-fold CV on coding_dev (the gold sets always in training): the figures of the out-of-fold
    predictions."""
    from sklearn.model_selection import GroupKFold

    groups = np.array([lab["group"] for lab in Ld])
    pred: list = [None] * len(Xd)
    for tr, te in GroupKFold(folds).split(np.zeros(len(Xd)), groups=groups):
        spec = fit([Xd[i] for i in tr] + Xg, [Ld[i] for i in tr] + Lg)
        models = _models(spec)
        for i in te:
            rule_act, rule_aid = _rules(Xd[i])
            pred[i] = decide(Xd[i], rule_act, rule_aid, models)
    lookup = {id(x): p for x, p in zip(Xd, pred, strict=True)}
    return figures(Xd, Ld, lambda x: lookup[id(x)])


def trainer_args(argv, description: str, out: Path):
    """The arguments of a `make train` trainer (--shared, --out, --no-write), or None where ../shared has no
    hand-coded sets (a message says so; the committed weights stay)."""
    ap = argparse.ArgumentParser(description=description.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=config.SHARED)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--no-write", action="store_true", help="report the figures only")
    a = ap.parse_args(argv)
    if not (a.shared / "eval" / "coding_dev" / "items.jsonl").is_file():
        print(f"no hand-coded sets under {a.shared / 'eval'}: nothing to train (the committed weights stay)")
        return None
    return a


def main(argv=None) -> int:
    a = trainer_args(argv, __doc__, MODEL_PATH)
    if a is None:
        return 0
    import os

    os.environ["PLEDGEWATCH_CODING_MODEL"] = "off"  # features and rule decisions without any earlier model
    from . import model as _model

    _model.load.cache_clear()
    Xd, Ld = coding_dev_rows(a.shared)
    Xg, Lg = gold_rows(a.shared)
    rules = figures(Xd, Ld, _rules)
    cv = cross_validate(Xd, Ld, Xg, Lg)
    spec = fit(Xd + Xg, Ld + Lg)
    models = _models(spec)
    insample = figures(Xd, Ld, lambda x: decide(x, *_rules(x), models))
    meta = {"trained_on": {"coding_dev_items": len(Xd), "gold_statements": len(Xg)},
            "C": {"speech_act": C_ACT, "aid_related": C_AID}, "min_articles": MIN_ARTICLES,
            "coding_dev": {"rules": rules, "cv_grouped_5fold": cv, "in_sample": insample}}
    print(json.dumps(meta["coding_dev"], indent=1))
    if not a.no_write:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        tmp = a.out.with_suffix(".tmp")
        tmp.write_text(json.dumps({"meta": meta, **spec}, separators=(",", ":"), sort_keys=True), encoding="utf-8")
        tmp.replace(a.out)
        print(f"wrote {a.out} ({a.out.stat().st_size // 1024} KB, {len(spec['speech_act']['features'])} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
