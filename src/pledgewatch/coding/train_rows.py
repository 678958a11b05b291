"""The training rows of `make train` (coding.train, coding.train_residual, coding.train_select): each hand-coded set's
labels matched to the statements the pipeline finds in its articles, with their feature dicts.

- coding_dev's items (score_coding.py's matching; items that are not statements are `other`, not aid-related);
- the team's hand-coded statements of coding_dev's articles (data/training/coding_team.csv, coding.team_labels);
- ukraine_team's blind gold statements (data/gold/ukraine_team.csv, pledgewatch.evaluation.team_gold), matched in
  coding_dev's run as gold statements are, weighing UKRAINE_TEAM_WEIGHT (0: scored out of fold only);
- ukraine_dev's and the seeds' gold statements (score.py's matching, coverage >= 0.3).
Every label has its article (`article`, the fold's group), its set (`set`) and, where it is not 1, its training
weight (`weight`)."""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path

import pandas as pd

from .. import config, io
from . import feature_rows

UKRAINE_TEAM_WEIGHT = 0.0  # the training weight of a ukraine_team gold statement: 0, scored out of fold only (train.py)
SHARED_ITEMS = "item"  # a statement both a coding_dev item and a team statement label trains on the item's label


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
    arts = io.article_records(out / "articles.parquet")
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


@functools.lru_cache(maxsize=2)
def _coding_dev_run(shared: Path):
    """(statements, their feature dicts, items, {item_id: matched statement}) of the pipeline's run on coding_dev's
    articles (cached under data/interim/train/coding_dev)."""
    from .. import pipeline

    set_dir = shared / "eval" / "coding_dev"
    out = config.INTERIM / "train" / "coding_dev"
    pipeline.run(raw=set_dir / "articles.jsonl", out=out, progress=False)
    stmts = pd.read_parquet(out / "statements.parquet")
    sc = _score_coding(shared)
    items = [json.loads(line) for line in open(set_dir / "items.jsonl", encoding="utf-8") if line.strip()]
    pairs = sc.match(items, stmts.to_dict("records"))
    return stmts, feature_rows(with_frames(stmts, out)), items, pairs


def coding_dev_rows(shared: Path) -> tuple[list[dict], list[dict]]:
    """(feature dicts, labels) for coding_dev's items, matched to the pipeline's statements."""
    stmts, feats, items, pairs = _coding_dev_run(shared)
    idx = {sid: i for i, sid in enumerate(stmts["statement_id"])}
    X, labels = [], []
    for it in items:
        p = pairs.get(it["item_id"])
        if p is None:
            continue
        X.append(feats[idx[p["statement_id"]]])
        labels.append({"act": it["speech_act"] if it["is_statement"] else "other",
                       "aid": bool(it["aid_related"]) if it["is_statement"] else False,
                       "is_statement": bool(it["is_statement"]), "group": str(it["article_id"]), "set": "coding_dev",
                       "article": str(it["article_id"]), "statement_id": p["statement_id"]})
    return X, labels


def team_rows(shared: Path) -> tuple[list[dict], list[dict]]:
    """(feature dicts, labels) of the team's hand-coded statements of coding_dev's articles (coding.team_labels),
    found in the same run; statements that a coding_dev item labels are left to the item."""
    from . import team_labels

    stmts, feats, _, pairs = _coding_dev_run(shared)
    taken = {p["statement_id"] for p in pairs.values()}
    return team_labels.rows(stmts.to_dict("records"), feats, exclude=taken)


def ukraine_team_rows(shared: Path, shared_items: str = SHARED_ITEMS, weight: float = UKRAINE_TEAM_WEIGHT,
                      half: str | None = None) -> tuple[list[dict], list[dict]]:
    """(feature dicts, labels) of the team's blind gold statements (data/gold/ukraine_team.csv,
    pledgewatch.evaluation.team_gold: 60 of coding_dev's articles annotated whole to the guide), each matched to the
    statement the pipeline found in the same run as coding_dev's items (score.py's matching, coverage >= 0.3, one to
    one, best first, as gold_rows). Grouped by article id, as coding_dev's items: an article's items and team
    statements share its fold. Where a coding_dev item and a team statement match the same predicted statement,
    `shared_items` says which label trains: "item" (coding_dev's; the team row is scored but weighs 0 in training),
    "team", or "both" (each at half weight); every other team statement weighs `weight` (0: scored only). With
    `half` ("A" or "B"), only that article half's team statements weigh so; the other half's are scored only."""
    from ..evaluation import gold as evaluate
    from ..evaluation import team_gold

    set_dir = team_gold.build(config.INTERIM / "train" / "sets")
    if set_dir is None:
        return [], []
    stmts, feats, _, pairs = _coding_dev_run(shared)
    taken = {p["statement_id"] for p in pairs.values()}
    scorer = evaluate.load_scorer()
    _, gold = evaluate.load_gold(set_dir, scorer)
    pred = stmts.to_dict("records")
    shared_weight = {"item": 0.0, "team": 1.0, "both": 0.5}[shared_items] * weight
    X, labels = [], []
    for i, j, _ in sorted(evaluate.match(gold, pred, scorer), key=lambda t: (t[1], t[0])):
        g = gold[i]
        X.append(feats[j])
        labels.append({"act": g["speech_act"], "aid": bool(g.get("aid_related")), "is_statement": True,
                       "group": str(g["article_id"]), "set": team_gold.SET, "article": str(g["article_id"]),
                       "weight": team_row_weight(g["article_id"], pred[j]["statement_id"] in taken, weight,
                                                 shared_weight, half),
                       "statement_id": pred[j]["statement_id"]})
    return X, labels


def team_row_weight(article, shared: bool, weight: float, shared_weight: float, half: str | None = None) -> float:
    """A team gold row's training weight: `shared_weight` where a coding_dev item labels the same statement, else
    `weight`; 0 (scored only) where `half` is given and the article is of the other half (coding.folds.half_of)."""
    from .folds import half_of

    if half is not None and half_of(article) != half:
        return 0.0
    return shared_weight if shared else weight


def shared_weights(Ld: list[dict], Lu: list[dict], shared_items: str = SHARED_ITEMS) -> None:
    """Weigh coding_dev's items that share their predicted statement with a team statement (`shared_items`: "item"
    leaves them at 1, "team" sets 0, "both" 0.5), in place."""
    if shared_items == "item":
        return
    shared_ids = {lab["statement_id"] for lab in Lu}
    for lab in Ld:
        if lab.get("statement_id") in shared_ids:
            lab["weight"] = {"team": 0.0, "both": 0.5}[shared_items]


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
                           "group": f"{name}:{g['article_id']}", "set": name,
                           "article": str(g["article_id"])})
    return X, labels


def training_rows(a) -> tuple[list[dict], list[dict], dict]:
    """(feature dicts, labels, counts) of every training row: coding_dev's items, the team's coded statements (with
    --team), ukraine_team's gold statements (with --ukraine-team), ukraine_dev's and the seeds' gold statements."""
    Xd, Ld = coding_dev_rows(a.shared)
    Xt, Lt = team_rows(a.shared) if a.team else ([], [])
    half = getattr(a, "ukraine_team_half", None)
    Xu, Lu = ukraine_team_rows(a.shared, a.shared_items, a.ukraine_team, half)
    if a.ukraine_team:
        shared_weights(Ld, [lab for lab in Lu if lab["weight"] > 0] if half else Lu, a.shared_items)
    Xg, Lg = gold_rows(a.shared)
    X, L = Xd + Xt + Xu + Xg, Ld + Lt + Lu + Lg
    counts = {"coding_dev_items": len(Xd), "team_statements": len(Xt), "ukraine_team_statements": len(Xu),
              "ukraine_team_shared_with_items": len({lab["statement_id"] for lab in Ld} & {lab["statement_id"] for lab in Lu}),
              "ukraine_team_weight": a.ukraine_team, "gold_statements": len(Xg)} | trained_and_scored(L)
    return X, L, counts


def trained_and_scored(labels: list[dict]) -> dict:
    """{"trained": {set: rows of weight > 0}, "scored_only": {set: rows of weight 0, scored out of fold only}}."""
    out: dict = {"trained": {}, "scored_only": {}}
    for lab in labels:
        key = "trained" if float(lab.get("weight", 1.0)) > 0 else "scored_only"
        out[key][lab["set"]] = out[key].get(lab["set"], 0) + 1
    return out
