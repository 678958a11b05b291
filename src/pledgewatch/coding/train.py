"""`make train`: fit the speech-act and aid-relation models (coding.model) on the hand-coded sets in ../shared/eval.

    python -m pledgewatch.coding.train [--shared ../shared] [--out data/models/coding_model.json] [--no-write]

Training data (coding.train_rows builds the rows; coding.train_report the figures):
- coding_dev (../shared/eval/coding_dev): the pipeline runs on its articles (`pledgewatch run`, cached under
  data/interim/train/), and each hand-coded item is matched to the statement the pipeline found, with
  score_coding.py's own matching; items that are not statements are trained as `other`, not aid-related;
- ukraine_dev and seeds (gold.jsonl): the pipeline runs on their articles too, and each gold statement is matched to
  the statement the pipeline found (score.py's matching, coverage >= 0.3).
- with `--team`, the team's hand-coded statements of coding_dev's articles (data/training/coding_team.csv,
  coding.team_labels), TEAM_ACT's C and features. Off by default: trained on them, the model gained pledges on
  coding_dev (0.644 -> 0.714, half B 0.500 -> 0.581) but lost on appeals and warnings, gained nothing on the team's
  own rows out of fold, and lowered ukraine_dev's pledge and appeal F1 (0.938 -> 0.909, 0.897 -> 0.839), which the
  issue holds fixed (docs/EVALUATION.md, round 10).
- ukraine_team (data/gold/ukraine_team.csv, pledgewatch.evaluation.team_gold: coding_dev's articles annotated whole
  to the guide, blind; act agreement with coding_dev's coders 0.887): each gold statement matched to the pipeline's
  statement in coding_dev's run as ukraine_dev's gold is (score.py's matching, coverage >= 0.3; 757 of 909 in 60
  articles at round 28's training: the weights file's meta `rows` gives the count, trained and scored-only
  apart), grouped by article with coding_dev's items of the same articles (one fold per article).
  Where an item and a team statement are the same predicted statement (140; their acts agree on 124), the item's
  label trains (SHARED_ITEMS; `--shared-items team|both`). `--ukraine-team WEIGHT` is the team rows' training
  weight; UKRAINE_TEAM_WEIGHT is 0: they are scored out of fold, by article half, and not trained on, because
  trained on they gained nothing out of fold (round 28, docs/EVALUATION.md). Out of fold (pledge / appeal / macro-F1
  / accuracy), before (not trained on) -> after (trained on, weight 1, with train_select's choice on those rows,
  C 1.0, all features): coding_dev whole .725/.619/.660/.676 -> .745/.592/.657/.671, half A .806/.833/.812/.710 ->
  .806/.778/.798/.702, half B .552/.492/.371/.635 -> .625/.484/.384/.635; ukraine_team A .591/.667/.575/.667 ->
  .591/.625/.566/.664, B .545/.182/.282/.648 -> .545/.182/.276/.645; ukraine_dev 1.0/1.0/.950/.841 -> 1.0/.966/
  .943/.838 (end to end, make eval: ukraine_dev appeal .966 -> .933, ukraine_team appeal .353 -> .343). At C 0.1
  the team rows change no out-of-fold decision but one (ukraine_team B macro .282 -> .279). Nested CV, selection
  included (train_select): with the team rows, coding_dev B pledge .552 -> .645 but ukraine_team macro .516 -> .500
  and ukraine_dev .950 -> .937 against the rules; without them ukraine_team .516 -> .503. Round 37 measured it again
  with 204 team articles (2,709 rows matched, 2,222 trained at weight 1; pledge / appeal / macro / accuracy): out of
  fold at ACT, not trained on -> trained on: coding_dev A .806/.833/.812/.707 -> .825/.789/.807/.704, B
  .552/.492/.371/.634 -> .552/.476/.368/.627; ukraine_team A .695/.641/.563/.641 -> .700/.625/.561/.640, B
  .423/.330/.372/.588 -> .486/.344/.389/.591; ukraine_dev unchanged. `--ukraine-team-half A` (half A's team rows
  trained, half B's scored only: the test on an unread half) moves team B by at most .001 (end to end too: B pledge
  .390, appeal .270, accuracy .588 unchanged). Nested (train_select --ukraine-team 1; rules -> nested): coding_dev B
  .552/.500/.373/.637 -> .533/.508/.373/.634, team B .423/.333/.372/.589 -> .444/.408/.390/.586, ukraine_dev
  1.0/1.0/.950/.841 -> .970/.966/.937/.812; selected on all rows C 1.0 without the frame features, as round 33. The
  weight stays 0 (docs/EVALUATION.md, round 37). The aid model (SETTINGS
  aid_model; meta `cv_aid_model_on`) loses to the rules' aid out of fold: aid F1 coding_dev B .710 -> .715 (.686
  with the team rows), ukraine_team .729 -> .700, ukraine_dev .873 -> .870: it stays off.
Features are coding.features of each statement (with coding.frame_features); word-like features (RARE: `w=`,
`cue=`, `ev=`, `pred=`) are kept only when they occur in at least MIN_ARTICLES training articles. L2 logistic
regression (scikit-learn, lbfgs, class_weight balanced), one multinomial model for the act and one binary model for
aid_related, with the C and feature groups of ACT and AID (chosen by coding.train_select's nested CV).

Cross-fitting: article-grouped 5-fold CV (coding.folds: an article's fold is a hash of its id) over all training
rows, coding_dev's and the gold sets' articles alike: no article is in both a training and a test fold. The five fold
models are written beside the full model with each article's fold, and the coding stage codes a training article's statements with the fold model
that did not see it (coding.model.for_article; an article with scored-only rows alone is left to the full model).
Before writing, it reports the out-of-fold figures on coding_dev (whole and by article half), ukraine_team (whole and
by half) and ukraine_dev beside the rules alone (with the residual model), with the aid model switched the other
way, and the in-sample fit, with the scorer's figures (pledge/appeal/delivery/refusal/... F1, macro-F1, accuracy,
aid_related F1), and a summary line per set and half. The output is reproducible: same
data, same weights (lbfgs is deterministic; features are sorted).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .. import config
from ..io import write_text
from .folds import article_folds
from .model import MODEL_PATH, SETTINGS, LinearModel, decide, guards
from .train_report import by_set, summary
from .train_rows import SHARED_ITEMS, UKRAINE_TEAM_WEIGHT, training_rows

MIN_ARTICLES = 3
RARE = ("w=", "cue=", "ev=", "pred=")  # word-like features: kept where seen in MIN_ARTICLES training articles
FOLDS = 5
SETS = ("coding_dev", "team", "ukraine_team", "ukraine_dev")  # the sets whose out-of-fold figures are reported, where they have rows
# (C, dropped feature prefixes) of the two models: chosen by coding.train_select's grouped CV (see its docstring)
# round 33: the declared procedure, run with the grid's new rules-only setting, selected C 1.0 without the clause-frame
# and rule-evidence features on all rows; not adopted: it lowered ukraine_dev appeal .966 -> .933 and act accuracy
# .841 -> .838 (the floor), and its nested estimate (selection included) is at or below the rules on every half
# B (coding_dev B pledge .552 -> .533, appeal .500 -> .492; docs/EVALUATION.md, round 33)
ACT = (0.1, ())
TEAM_ACT = (0.3, ("w=",))  # with --team (the team's rows trained too): train_select --team's choice, round 10
AID = (0.1, ("fr:", "pred=", "ev="))  # trained and scored; SETTINGS["aid_model"] False: the rules' aid decides
AID_ADD_GRID = (0.7, 0.75, 0.8, 0.9)  # the thresholds --aid-add-grid reports (coding.model.AID_ADD: round 28's choice)


def _vocab(X: list[dict], groups: list[str], drop: tuple = ()) -> list[str]:
    """The columns: every feature but those starting with `drop`; word-like ones (content words, cue lemmas, the
    rules' evidence keys, predicate lemmas) only where seen in at least MIN_ARTICLES training articles."""
    seen: dict[str, set] = {}
    for x, g in zip(X, groups, strict=True):
        for k in x:
            seen.setdefault(k, set()).add(g)
    return sorted(k for k, gs in seen.items()
                  if not (drop and k.startswith(tuple(drop))) and (not k.startswith(RARE) or len(gs) >= MIN_ARTICLES))


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


def fit_one(X: list[dict], y: list[str], groups: list[str], C: float, drop: tuple = (),
            weights: list[float] | None = None) -> dict:
    """A LinearModel spec: L2 logistic regression (lbfgs, class_weight balanced) over the columns `_vocab` keeps;
    rows of weight 0 (`weights`, default 1 each) are left out, others weigh as given."""
    from sklearn.linear_model import LogisticRegression

    X, y, groups, weights = trained_part(X, y, groups, weights)
    feats = _vocab(X, groups, drop)
    m = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(design_matrix(X, feats), y,
                                                                          sample_weight=weights)
    return {"classes": [str(c) for c in m.classes_], "features": feats,
            "coef": [[round(float(v), 5) for v in row] for row in m.coef_],
            "intercept": [round(float(v), 5) for v in m.intercept_]}


def fit(X: list[dict], labels: list[dict], act=None, aid=None) -> dict:
    """{"speech_act": spec, "aid_related": spec} (specs as coding.model.LinearModel reads them); `act` and `aid` are
    (C, dropped feature prefixes), by default ACT and AID."""
    groups = [lab["group"] for lab in labels]
    w = weights_of(labels)
    return {"speech_act": fit_one(X, [lab["act"] for lab in labels], groups, *(act or ACT), weights=w),
            "aid_related": fit_one(X, ["true" if lab["aid"] else "false" for lab in labels], groups, *(aid or AID),
                                   weights=w)}


def trained_part(X: list, y: list, groups: list, weights: list[float] | None):
    """(X, y, groups, weights) of the rows that train: rows of weight 0 (scored only) left out; weights None where
    every kept row weighs 1 (as sklearn's default)."""
    if weights is None:
        return X, y, groups, None
    keep = [i for i, w in enumerate(weights) if w > 0]
    kept = [weights[i] for i in keep]
    return ([X[i] for i in keep], [y[i] for i in keep], [groups[i] for i in keep],
            None if all(w == 1 for w in kept) else kept)


def weights_of(labels: list[dict]) -> list[float]:
    """Each row's training weight (`weight`, 1 where unset; 0: scored only)."""
    return [float(lab.get("weight", 1.0)) for lab in labels]


def _models(spec: dict) -> dict:
    return {"speech_act": LinearModel(spec["speech_act"]), "aid_related": LinearModel(spec["aid_related"])}


def _rules(x: dict) -> tuple[str, bool]:
    act = next((k[5:] for k in x if k.startswith("rule=")), "other")
    return act, bool(x.get("rule_aid"))


def base_acts(X: list[dict], labels: list[dict]) -> list[str]:
    """The act the model combines with: the rules' (`rule=`), then the cross-fitted residual model's choice between
    assessment and other, as the coding stage gives it (coding.residual_model, where its weights exist)."""
    from . import residual_model

    models = residual_model.load()
    return [residual_model.decide(x, _rules(x)[0], lab["article"], models) for x, lab in zip(X, labels, strict=True)]


def folds_of(labels: list[dict], folds: int = FOLDS) -> list[tuple]:
    """Article-grouped folds over all training rows (coding_dev's and the gold sets' articles alike), each article's
    fold fixed by its id (coding.folds)."""
    return article_folds([lab["article"] for lab in labels], folds)


def cross_fit(X, labels, base, folds: int = FOLDS, settings=None, act=None, aid=None):
    """(fold specs, {article: fold}, out-of-fold (act, aid) of every row): the model of fold k is fitted on the
    articles outside fold k and decides the rows of fold k, combined with the rules as coding.model.decide does."""
    specs, article_fold, oof = [], {}, [None] * len(X)
    for k, (tr, te) in enumerate(folds_of(labels, folds)):
        spec = fit([X[i] for i in tr], [labels[i] for i in tr], act, aid)
        specs.append(spec)
        models = _models(spec)
        for i in te:
            article_fold[labels[i]["article"]] = k
            oof[i] = decide(X[i], base[i], bool(X[i].get("rule_aid")), models, settings=settings or SETTINGS)
    return specs, article_fold, oof


def write_weights(out: Path, body: dict, n_features: int) -> None:
    """The weights file, compact sorted JSON (so `make train` reproduces it byte for byte), written atomically."""
    write_text(json.dumps(body, separators=(",", ":"), sort_keys=True), out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KB, {n_features} features)")


def trainer_args(argv, description: str, out: Path, team: bool = False, ukraine_team: float = UKRAINE_TEAM_WEIGHT,
                 aid_grid: bool = False):
    """The arguments of a `make train` trainer (--shared, --out, --no-write, --team / --no-team: train on the team's
    hand-coded statements too, each trainer's own default `team`; with `aid_grid`, --aid-add-grid), or None where
    ../shared has no hand-coded sets (a message says so; the committed weights stay)."""
    ap = argparse.ArgumentParser(description=description.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=config.SHARED)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--no-write", action="store_true", help="report the figures only")
    ap.add_argument("--team", action=argparse.BooleanOptionalAction, default=team,
                    help="train on the team's hand-coded statements too (data/training; docs/EVALUATION.md)")
    ap.add_argument("--ukraine-team", type=float, default=ukraine_team, metavar="WEIGHT",
                    help="the training weight of the team's blind gold statements (data/gold/ukraine_team.csv); "
                         "0: scored out of fold, not trained on")
    ap.add_argument("--ukraine-team-half", choices=("A", "B"), default=None,
                    help="with --ukraine-team: train the team rows of this article half only; the other half's are "
                         "scored only")
    ap.add_argument("--shared-items", choices=("item", "team", "both"), default=SHARED_ITEMS,
                    help="which label trains where a coding_dev item and a team gold statement are one statement")
    if aid_grid:
        ap.add_argument("--aid-add-grid", action="store_true",
                        help="print the out-of-fold aid figures at each threshold of AID_ADD_GRID (coding.model.AID_ADD)")
    a = ap.parse_args(argv)
    if not (a.shared / "eval" / "coding_dev" / "items.jsonl").is_file():
        print(f"no hand-coded sets under {a.shared / 'eval'}: nothing to train (the committed weights stay)")
        return None
    return a


def oof_decisions(X, labels, base, specs, article_fold, settings, aid_add: float | None = None) -> list:
    """Out-of-fold (act, aid) of every row by the fold models `specs` under other combination `settings` (and
    `aid_add` for coding.model.AID_ADD)."""
    models = [_models(s) for s in specs]
    return [decide(x, b, bool(x.get("rule_aid")), models[article_fold[lab["article"]]], settings=settings,
                   aid_add=aid_add) for x, b, lab in zip(X, base, labels, strict=True)]


def aid_add_grid(X, labels, base, specs, article_fold, sets, grid=AID_ADD_GRID) -> list[str]:
    """The summary lines (set, half, KEY_FIGURES) of the out-of-fold decisions at each AID_ADD threshold of `grid`
    (SETTINGS as in force, aid_model False): how coding.model.AID_ADD was chosen, on the halves A."""
    return summary(X, labels, {f"aid_add={t}": oof_decisions(X, labels, base, specs, article_fold,
                                                             SETTINGS | {"aid_model": False}, aid_add=t)
                               for t in grid}, sets)


def main(argv=None) -> int:
    a = trainer_args(argv, __doc__, MODEL_PATH, aid_grid=True)
    if a is None:
        return 0
    import os

    os.environ["PLEDGEWATCH_CODING_MODEL"] = "off"  # features and rule decisions without any earlier model
    from . import model as _model

    _model.load.cache_clear()
    X, L, counts = training_rows(a)
    act = TEAM_ACT if a.team else ACT
    base = base_acts(X, L)
    rules = [guards(x, b, b, bool(x.get("rule_aid"))) for x, b in zip(X, base, strict=True)]  # the model off
    specs, article_fold, oof = cross_fit(X, L, base, act=act)
    oof_aid = oof_decisions(X, L, base, specs, article_fold, SETTINGS | {"aid_model": not SETTINGS["aid_model"]})
    full = fit(X, L, act=act)
    insample = [decide(x, b, bool(x.get("rule_aid")), _models(full), settings=SETTINGS)
                for x, b in zip(X, base, strict=True)]
    meta = {"rows": counts | {"articles": len(article_fold), "shared_items": a.shared_items},
            "C": {"speech_act": act[0], "aid_related": AID[0]},
            "dropped": {"speech_act": list(act[1]), "aid_related": list(AID[1])},
            "min_articles": MIN_ARTICLES, "settings": SETTINGS}
    sets = [name for name in SETS if any(lab["set"] == name for lab in L)]
    other_aid = "cv_aid_model_" + ("off" if SETTINGS["aid_model"] else "on")
    for name in sets:
        meta[name] = {"rules": by_set(X, L, rules, name), "cv_grouped_5fold": by_set(X, L, oof, name),
                      other_aid: by_set(X, L, oof_aid, name), "in_sample": by_set(X, L, insample, name)}
        for h in ("A", "B"):
            if name != "ukraine_dev" and any(lab["set"] == name for lab in L):
                meta[name][f"half_{h}"] = {"rules": by_set(X, L, rules, name, h),
                                           "cv_grouped_5fold": by_set(X, L, oof, name, h),
                                           other_aid: by_set(X, L, oof_aid, name, h)}
    print(json.dumps({k: meta[k] for k in sets}, indent=1))
    print("\n".join(summary(X, L, {"rules": rules, "cv": oof, other_aid: oof_aid}, sets)))
    if a.aid_add_grid:
        print("\n".join(aid_add_grid(X, L, base, specs, article_fold, sets)))
    if not a.no_write:
        trained = {lab["article"] for lab in L if lab.get("weight", 1.0) > 0}  # scored-only articles: the full model
        article_fold = {art: k for art, k in article_fold.items() if art in trained}
        write_weights(a.out, {"meta": meta, "full": full, "folds": specs, "article_fold": article_fold,
                              "settings": SETTINGS}, len(full["speech_act"]["features"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
