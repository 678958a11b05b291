"""Fit the residual model (coding.residual_model: assessment or other) on coding_dev, with cross-fitting.

    python -m pledgewatch.coding.train_residual [--shared ../shared] [--out data/models/residual_model.json] [--no-write]

Training rows: coding_dev's statement items (../shared/eval/coding_dev), the team's hand-coded statements of the same
articles (data/training/coding_team.csv, coding.train_rows.team_rows; `--no-team` leaves them out) and ukraine_dev's gold
statements that are hand-coded `assessment` or `other` and that the rules code as one of the two, matched to the
pipeline's statements as the scorers match them (coding.train_rows.coding_dev_rows, team_rows and gold_rows; the
pipeline's output is cached under data/interim/train/). Features: all of coding.features (the rules' evidence, the
content words `w=`, the clause-frame features), each kept when seen in at least MIN_ARTICLES training articles. L2
logistic regression (scikit-learn, lbfgs, C), deterministic.

ukraine_team's gold statements (coding.train_rows.ukraine_team_rows) are scored out of fold by article half (meta
`by_set_and_half`) and weigh UKRAINE_TEAM_WEIGHT = 0 in training (`--ukraine-team WEIGHT`; where one is a statement
the team's coding_team.csv also codes, the gold label displaces that row). Round 28, out of fold at 0.7 (coding_dev
A / B, ukraine_team A / B, ukraine_dev A / B): not trained on .735 / .796, .735 / .695, .845 / .841; weight 1 .731 /
.791, .735 / .702, .834 / .841; weight 2 .750 / .796, .735 / .702, .829 / .841; weight 1 with the team's rows at 0.5
.742 / .782, .742 / .684, .840 / .841; weight 1 without the team's rows .738 / .748, .725 / .681, .823 / .818. The
gains on the development halves do not carry to half B and ukraine_dev falls below the rules' .840: not adopted.

Why the content words and the team's rows (round 11, docs/EVALUATION.md): the line between an evaluation and an
event is topical. Without them (the round-5 model) the model moved the line little on statements it had not seen;
with both, out of fold by article, it is right more often on every fresh set: coding_dev's half B, the team's rows
of both halves.

Article-grouped 5-fold cross-validation (coding.folds: an article's fold is a hash of its id, so it stays put when
a rule change adds or drops a row): the five fold models are written beside the full model with each article's
fold, so that the coding stage decides a training article's statements with the
model that did not see it (cross-fitting: see residual_model). Reports the rules' and the out-of-fold accuracy on
the training rows, in all and per set and article half, and per set and half at each threshold of the flip to
assessment (THRESHOLDS, `by_threshold_assessment`: whether CONFIDENCE_ASSESSMENT still suits the retrained model)
(the weights' `meta`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .residual_model import CONFIDENCE, CONFIDENCE_ASSESSMENT, RESIDUAL_ACTS, RESIDUAL_PATH, choose
from .train_rows import UKRAINE_TEAM_WEIGHT  # ukraine_team's gold statements weigh as in coding.train (0: scored only)

C = 0.1
MIN_ARTICLES = 3
FOLDS = 5
GOLD_SETS = ("ukraine_dev",)  # gold statements trained beside coding_dev, cross-fitted by article too


def residual_rows(shared: Path, gold_sets=GOLD_SETS, team: bool = True,
                  ukraine_team: float = UKRAINE_TEAM_WEIGHT) -> tuple[list, list, list, list, list, list]:
    """(features, gold act, rules' act, article id, set name, training weight) of the training rows. ukraine_team's
    gold statements (coding.train_rows.ukraine_team_rows) weigh `ukraine_team` (0: scored only); where one is the
    statement of a coding_dev item the item's label trains, and where one is the statement of a team-coded row
    (coding_team.csv, which agrees less with the guide), the gold statement's label does."""
    from .train_rows import coding_dev_rows, gold_rows, team_rows, ukraine_team_rows

    X, labels = coding_dev_rows(shared)
    Xu, Lu = ukraine_team_rows(shared, weight=ukraine_team)
    if team:
        Xt, Lt = team_rows(shared)
        gold_ids = {lab["statement_id"] for lab in Lu} if ukraine_team > 0 else set()
        Lt = [lab | {"weight": 0.0} if lab.get("statement_id") in gold_ids else lab for lab in Lt]
        X, labels = X + Xt, labels + Lt
    X, labels = X + Xu, labels + Lu
    if gold_sets:
        Xg, Lg = gold_rows(shared, sets=gold_sets)
        X, labels = X + Xg, labels + [lab | {"group": lab["group"].split(":", 1)[1]} for lab in Lg]
    out = ([], [], [], [], [], [])
    for x, lab in zip(X, labels, strict=True):
        rule = next((k[5:] for k in x if k.startswith("rule=")), "")
        if lab["is_statement"] and lab["act"] in RESIDUAL_ACTS and rule in RESIDUAL_ACTS:
            for col, v in zip(out, (x, lab["act"], rule, lab["group"], lab["set"], float(lab.get("weight", 1.0))),
                              strict=True):
                col.append(v)
    return out


def by_set_and_half(y, preds: dict, sets, groups) -> dict:
    """{set: {half: {name: accuracy}}} of each list of decisions in `preds` ({name: decisions}); half A = the
    articles whose md5 is even, B the rest (the split the project develops on A and checks on B)."""
    from .folds import half_of

    half = [half_of(g) for g in groups]
    out: dict = {}
    for s in sorted(set(sets)):
        for h in ("A", "B"):
            idx = [i for i in range(len(y)) if sets[i] == s and half[i] == h]
            if idx:
                out.setdefault(s, {})[h] = {name: round(sum(p[i] == y[i] for i in idx) / len(idx), 3)
                                            for name, p in preds.items()} | {"rows": len(idx)}
    return out


def fit(X: list[dict], y: list[str], groups: list[str], weights: list[float] | None = None) -> dict:
    """A LinearModel spec (binary: classes [assessment, other], one coefficient row) fitted on the rows (rows of
    weight 0 left out, others weighing as given)."""
    from sklearn.linear_model import LogisticRegression

    from .train import design_matrix, trained_part

    X, y, groups, weights = trained_part(X, y, groups, weights)
    seen: dict[str, set] = {}
    for x, g in zip(X, groups, strict=True):
        for k in x:
            seen.setdefault(k, set()).add(g)
    feats = sorted(k for k, gs in seen.items() if len(gs) >= MIN_ARTICLES)
    M = design_matrix(X, feats)
    m = LogisticRegression(C=C, max_iter=5000).fit(M, y, sample_weight=weights)
    coef = [round(float(v), 5) for v in m.coef_[0]]
    keep = [i for i, v in enumerate(coef) if v]
    return {"classes": [str(c) for c in m.classes_], "features": [feats[i] for i in keep],
            "coef": [[coef[i] for i in keep]], "intercept": [round(float(m.intercept_[0]), 5)]}


def cross_fit(X, y, rule, groups, folds: int = FOLDS, weights=None) -> tuple[list[dict], dict[str, int], list[str]]:
    """(fold specs, {article: fold}, out-of-fold decisions: the fold model's where it is confident, else the
    rules') over article-grouped folds (coding.folds)."""
    from .folds import article_folds
    from .model import LinearModel
    from .residual_model import decide

    specs, article_fold, oof = [], {}, [""] * len(X)
    for k, (tr, te) in enumerate(article_folds(groups, folds)):
        spec = fit([X[i] for i in tr], [y[i] for i in tr], [groups[i] for i in tr],
                   None if weights is None else [weights[i] for i in tr])
        specs.append(spec)
        model = LinearModel(spec)
        for i in te:
            article_fold[groups[i]] = k
            oof[i] = decide(X[i], rule[i], groups[i], {"full": model, "folds": [], "article_fold": {}})
    return specs, article_fold, oof


THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8)  # flip-to-assessment thresholds the weights' meta reports (threshold_table)


def threshold_table(X, y, rule, groups, sets, specs, article_fold, thresholds=THRESHOLDS) -> dict:
    """{threshold: by_set_and_half of the out-of-fold decisions} with the flip of the rules' `other` to `assessment`
    at each threshold (the flip to `other` at CONFIDENCE): after a retrain, the table shows whether
    CONFIDENCE_ASSESSMENT still keeps ukraine_dev at the rules' figure (residual_model's docstring)."""
    from .model import LinearModel

    models = [LinearModel(s) for s in specs]
    probas = [models[article_fold[g]].proba(x) for x, g in zip(X, groups, strict=True)]
    out = {}
    for t in thresholds:
        dec = [choose(p, r, t) for p, r in zip(probas, rule, strict=True)]
        out[str(t)] = {s: {h: v["cv"] for h, v in halves.items()}
                       for s, halves in by_set_and_half(y, {"cv": dec}, sets, groups).items()}
    return out


def main(argv=None) -> int:
    from .train import trainer_args, write_weights

    a = trainer_args(argv, __doc__, RESIDUAL_PATH, team=True, ukraine_team=UKRAINE_TEAM_WEIGHT)
    if a is None:
        return 0
    os.environ["PLEDGEWATCH_CODING_MODEL"] = "off"
    os.environ["PLEDGEWATCH_RESIDUAL_MODEL"] = "off"  # the rules' own acts for the training rows
    X, y, rule, groups, sets, weights = residual_rows(a.shared, team=a.team, ukraine_team=a.ukraine_team)
    specs, article_fold, oof = cross_fit(X, y, rule, groups, weights=weights)
    full = fit(X, y, groups, weights)
    parts = {"trained": [i for i, w in enumerate(weights) if w > 0], "scored_only": [i for i, w in enumerate(weights)
                                                                                  if w <= 0]}
    acc = lambda p, idx: round(sum(p[i] == y[i] for i in idx) / len(idx), 3) if idx else None  # noqa: E731
    meta = {"rows": {k: len(idx) for k, idx in parts.items()}, "articles": len(set(groups)), "C": C, "min_articles": MIN_ARTICLES,
            "gold_sets": list(GOLD_SETS), "team_rows": a.team,
            "ukraine_team_weight": a.ukraine_team, "confidence": CONFIDENCE,
            "confidence_assessment": CONFIDENCE_ASSESSMENT,
            "accuracy_on_rows": {k: {"rules": acc(rule, idx), "cv_grouped_5fold": acc(oof, idx)}
                                 for k, idx in parts.items()},
            "by_set_and_half": by_set_and_half(y, {"rules": rule, "cv_grouped_5fold": oof}, sets, groups),
            "by_threshold_assessment": threshold_table(X, y, rule, groups, sets, specs, article_fold)}
    print(json.dumps(meta, indent=1))
    if not a.no_write:
        trained = {g for g, w in zip(groups, weights, strict=True) if w > 0}  # scored-only articles: the full model
        write_weights(a.out, {"meta": meta, "full": full, "folds": specs,
                              "article_fold": {g: k for g, k in article_fold.items() if g in trained}},
                      len(full["features"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
