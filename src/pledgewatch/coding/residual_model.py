"""The trained residual decision: assessment or other, for the statements the rules leave to those two acts.

Why a model here: the line between an evaluation (of needs, forces, the war) and everything else (events,
diplomacy, narration) is topical, and the rules' evidence (coding/residual.py) draws it with many small weights. A
logistic regression over coding.features (the rules' evidence per act, the speaker's side and type, the cue, the
quote type, modality and object classes, the clause frame and the content words) weighs that evidence from
hand-coded statements: coding_dev's items, the team's coded statements of the same articles (data/training) and
ukraine_dev's gold statements. Out of fold by article it beats the rules on the statements it decides, on the fresh
sets too (figures in the weights' `meta`, written by `python -m pledgewatch.coding.train_residual`, part of `make
train`; docs/EVALUATION.md).

Cross-fitting, so that coding_dev stays an honest correction sample (pledgewatch.correction: prediction-powered
inference needs machine labels that did not see the sample's labels): the weights file holds the full model and
the five fold models of the cross-validation, with each training article's fold. A statement of an article the
model was trained on is decided by the fold model that did not see that article (its out-of-fold prediction);
every other statement by the full model. The labels a corpus run gives coding_dev's items are therefore
out-of-sample, and the correction's rectifier measures the model's real error.

Confidence: the model replaces the rules' choice only at probability >= CONFIDENCE (0.6). Out of fold (round 11,
the statements it decides) 0.5 and 0.6 do alike on the fresh sets (coding_dev half B 0.801 / 0.811, the team's rows
0.705 / 0.697 for half A), and 0.6 changes fewer of ukraine_dev's gold statements, whose one-word evaluations of the
war ("a sheer catastrophe") the rules were written for (0.799 / 0.813; the rules alone 0.831).

Training data: coding_dev's statement items, the team's coded statements of coding_dev's articles and ukraine_dev's
gold statements (as the pipeline extracts them), all cross-fitted by article.

Scope: only the choice between `assessment` and `other`; pledge, delivery, appeal, refusal and warning stay the
rules' and coding.model's (which leaves this choice to the residual model: its `keep_residual`, chosen by CV).
Switched off with PLEDGEWATCH_RESIDUAL_MODEL=off, and absent without the file (`data/models/residual_model.json`).
"""

from __future__ import annotations

import functools
import json
import os

from .. import config
from .model import LinearModel

RESIDUAL_PATH = config.DATA / "models" / "residual_model.json"
RESIDUAL_ACTS = ("assessment", "other")
CONFIDENCE = 0.6  # the model overrides the rules' choice only when this sure of its own


def enabled() -> bool:
    """On by default where the weights exist; PLEDGEWATCH_RESIDUAL_MODEL=off (or 0, no, rules) switches it off."""
    return os.environ.get("PLEDGEWATCH_RESIDUAL_MODEL", "").strip().lower() not in ("off", "0", "no", "rules")


@functools.lru_cache(maxsize=1)
def load() -> dict | None:
    """{"full": LinearModel, "folds": [LinearModel ...], "article_fold": {article_id: fold}} or None."""
    if not enabled():
        return None
    try:
        spec = json.loads(RESIDUAL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {"full": LinearModel(spec["full"]), "folds": [LinearModel(s) for s in spec["folds"]],
            "article_fold": spec.get("article_fold", {})}


def decide(feats: dict, rule_act: str, article_id: str = "", models: dict | None = None) -> str:
    """Assessment or other for a statement the rules coded as one of the two (any other act passes through): the
    fold model that did not see `article_id` where the model was trained on it, else the full model; the rules'
    choice stands where the model is less sure than CONFIDENCE."""
    if rule_act not in RESIDUAL_ACTS:
        return rule_act
    models = models if models is not None else load()
    if not models:
        return rule_act
    fold = models["article_fold"].get(str(article_id or ""))
    model = models["folds"][fold] if fold is not None else models["full"]
    proba = model.proba(feats)
    act = max(proba, key=proba.get)
    return act if act in RESIDUAL_ACTS and proba[act] >= CONFIDENCE else rule_act


def version_bytes() -> bytes:
    """What of the model changes the coding output (for CODING_VERSION): the weights, or 'off'."""
    if not enabled():
        return b"residual off"
    try:
        return RESIDUAL_PATH.read_bytes()
    except OSError:
        return b"no residual model"
