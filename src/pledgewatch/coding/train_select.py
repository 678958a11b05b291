"""Choose the act/aid model's settings (coding.train ACT, AID; coding.model SETTINGS) by nested grouped CV.

    python -m pledgewatch.coding.train_select [--shared ../shared]

The grid is fixed and declared here, before any figure is seen:
- act model: C in GRID_C x features in DROPS (all; without the clause-frame and rule-evidence features of
  coding.frame_features; without content words `w=`) x combination with the rules in COMBOS ((override, add): how
  sure the model must be to replace a strong act of the rules / to add one; keep_residual: whether the rules' and
  residual model's choice between assessment and other stands); round 33 added, declared before its run, one
  rules-only setting (override = add = 1.01, keep_residual: the model never replaces nor adds an act of the rules);
- aid model: C in GRID_C x features in DROPS, or the rules' aid decision alone.
Criterion, declared with the grid: for the act, the mean of macro-F1 (pledge, appeal, delivery, refusal, ...)
and accuracy on coding_dev's rows and on ukraine_dev's (the corpus-like sample and the set the rules must keep), and,
with `--team`, on the team's hand-coded statements of coding_dev's articles too (coding.team_labels; trained on as
well); for aid, the mean of aid-related F1 on the same sets. Round 10's `--team` run (figures in docs/EVALUATION.md)
chose coding.train's TEAM_ACT; a run without ukraine_dev in the criterion gained pledges on coding_dev and lost
accuracy and aid there, and was not adopted. A set whose rows are scored only (weight 0: ukraine_team's gold
statements by default, coding.train UKRAINE_TEAM_WEIGHT) is reported, by article half, and is no criterion; trained
on (`--ukraine-team 1`) it is one. Round 28's run with them trained on chose C 1.0, all features, override 0.9 / add
0.75 (coding.train's docstring has the figures; not adopted: ukraine_team gained nothing and ukraine_dev lost).

Nested: the outer loop is the article-grouped 5-fold split of coding.train (folds_of); inside each outer training
part, an article-grouped 4-fold CV over the grid picks the setting, which is then fitted on the outer training part
and scored on the outer test fold. The outer figures are the estimate of the whole procedure (selection included);
the last line is the selection on all rows, which coding.train's constants repeat. The pipeline's coding_dev score
is never a criterion (it is only the out-of-fold figure).
"""

from __future__ import annotations

import itertools
import json
import os

import numpy as np

from .train import SETS  # coding_dev, the team's coded statements (with --team), ukraine_dev: weighed where present

GRID_C = (0.1, 0.3, 1.0)
DROPS = {"all": (), "-frame": ("fr:", "pred=", "ev="), "-words": ("w=",)}
COMBOS = [{"override": ov, "add": ad, "keep_residual": kr, "aid_model": False}
          for ov, ad in ((0.5, 0.5), (0.75, 0.6), (0.9, 0.75)) for kr in (False, True)]
# rules only (round 33, declared before its run): no probability reaches 1.01, so the model neither replaces nor adds
# an act of the rules, and keep_residual leaves assessment / other to the rules and the residual model
COMBOS.append({"override": 1.01, "add": 1.01, "keep_residual": True, "aid_model": False})


def _criteria(rows, X, L, acts, aids) -> dict:
    """{"act": the act criterion, "aid": the aid criterion} of predictions {row: act}, {row: aid} over `rows`."""
    from .train_report import figures

    out = {"act": 0.0, "aid": 0.0}
    present = [name for name in SETS if any(L[i]["set"] == name and L[i].get("weight", 1.0) > 0 for i in rows)]
    for name in present:
        sub = [i for i in rows if L[i]["set"] == name]
        pred = {id(X[i]): (acts[i], aids[i]) for i in sub}
        f = figures([X[i] for i in sub], [L[i] for i in sub], lambda x, pred=pred: pred[id(x)])
        out["act"] += (f["macro_f1_acts"] + f["speech_act_acc"]) / (2 * len(present))
        out["aid"] += f["aid_related_f1"] / len(present)
    return out


def _predict(X, base, i, act_model, aid_model, combo):
    from .model import LinearModel, decide

    dummy = LinearModel({"classes": ["false", "true"], "features": [], "coef": [[]], "intercept": [0.0]})
    act, _ = decide(X[i], base[i], False, {"speech_act": act_model, "aid_related": dummy}, settings=combo)
    aid = bool(X[i].get("rule_aid")) if aid_model is None else aid_model.predict(X[i]) == "true"
    return act, aid


def select(rows: list[int], X, L, base) -> tuple[tuple, tuple, dict]:
    """(best act setting (C, drop name, combo index), best aid setting ((C, drop name) or "rules"), all criteria) by
    article-grouped 4-fold CV over the grid on `rows`."""
    from sklearn.model_selection import GroupKFold

    from .model import LinearModel
    from .train import fit_one, weights_of

    arts = np.array([L[i]["article"] for i in rows])
    inner = list(GroupKFold(4).split(np.zeros(len(rows)), groups=arts))
    scores_act, scores_aid = {}, {}
    for C, dn in itertools.product(GRID_C, DROPS):
        am, dm = {}, {}
        for itr, ite in inner:
            tr = [rows[j] for j in itr]
            groups = [L[i]["group"] for i in tr]
            w = weights_of([L[i] for i in tr])
            a = LinearModel(fit_one([X[i] for i in tr], [L[i]["act"] for i in tr], groups, C, DROPS[dn], w))
            d = LinearModel(fit_one([X[i] for i in tr], ["true" if L[i]["aid"] else "false" for i in tr], groups, C,
                                    DROPS[dn], w))
            for j in ite:
                am[rows[j]], dm[rows[j]] = a, d
        for c, combo in enumerate(COMBOS):
            pred = {i: _predict(X, base, i, am[i], dm[i], combo) for i in rows}
            acts, aids = {i: p[0] for i, p in pred.items()}, {i: p[1] for i, p in pred.items()}
            scores_act[(C, dn, c)] = _criteria(rows, X, L, acts, aids)["act"]
        aids = {i: _predict(X, base, i, am[i], dm[i], COMBOS[0])[1] for i in rows}
        scores_aid[(C, dn)] = _criteria(rows, X, L, base, aids)["aid"]
    scores_aid["rules"] = _criteria(rows, X, L, base, {i: bool(X[i].get("rule_aid")) for i in rows})["aid"]
    return max(scores_act, key=scores_act.get), max(scores_aid, key=scores_aid.get), {"act": scores_act, "aid": scores_aid}


def nested(X, L, base) -> list:
    """Out-of-fold (act, aid) of every row, each outer fold's setting chosen inside its training part."""
    from .model import LinearModel
    from .train import fit_one, folds_of, weights_of

    pred: list = [None] * len(X)
    for k, (tr, te) in enumerate(folds_of(L)):
        tr = list(tr)
        (C, dn, c), aid_set, _ = select(tr, X, L, base)
        print(f"outer fold {k}: act C={C} features={dn} {COMBOS[c]}; aid {aid_set}", flush=True)
        groups = [L[i]["group"] for i in tr]
        w = weights_of([L[i] for i in tr])
        a = LinearModel(fit_one([X[i] for i in tr], [L[i]["act"] for i in tr], groups, C, DROPS[dn], w))
        d = None if aid_set == "rules" else LinearModel(fit_one(
            [X[i] for i in tr], ["true" if L[i]["aid"] else "false" for i in tr], groups, aid_set[0], DROPS[aid_set[1]],
            w))
        for i in te:
            pred[i] = _predict(X, base, i, a, d, COMBOS[c])
    return pred


def main(argv=None) -> int:
    from .train import base_acts, trainer_args
    from .train_report import by_set
    from .train_rows import training_rows

    a = trainer_args(argv, __doc__, None)
    if a is None:
        return 0
    os.environ["PLEDGEWATCH_CODING_MODEL"] = "off"
    X, L, _ = training_rows(a)
    base = base_acts(X, L)
    pred = nested(X, L, base)
    rules = [(b, bool(x.get("rule_aid"))) for x, b in zip(X, base, strict=True)]
    table = {}
    for name in SETS:
        for h in (None, "A", "B") if name != "ukraine_dev" else (None,):
            if any(lab["set"] == name for lab in L):
                table[name + (f" {h}" if h else "")] = {"rules": by_set(X, L, rules, name, h),
                                                        "nested_cv": by_set(X, L, pred, name, h)}
    print(json.dumps(table, indent=1))
    (C, dn, c), aid_set, scores = select(list(range(len(X))), X, L, base)
    print(f"selected on all rows: act C={C} features={dn} {COMBOS[c]}; aid {aid_set}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
