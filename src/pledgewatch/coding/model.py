"""Trained logistic-regression models over coding.features: the speech act and the aid relation.

The weights are data (`data/models/coding_model.json`, written by `make train` = `python -m pledgewatch.coding.train`
from the hand-coded sets in ../shared/eval; JSON coefficients, a few hundred KB). Inference is a sparse dot product
in plain Python: no scikit-learn at run time. The model is opt-in: `PLEDGEWATCH_CODING_MODEL=on` switches it on;
by default (and without the file) the coding stage uses the rules alone. Why opt-in: in article-grouped
cross-validation it improves on the rules only a little (pledge F1 0.559 against 0.539, aid-related 0.675 against
0.576), and a hand-coded sample it was fitted to (coding_dev) can no longer correct the estimates of a corpus coded
by it (prediction-powered inference needs labels the predictor has not seen): with the rules, coding_dev stays a
valid validation sample for the shared corpus.

How the two decisions combine with the rules (`decide`):
- speech act: the model's act, except that the rules' `delivery` and `refusal` stand (the hand-coded sets hold too
  few of them for the model to learn: 13 and 6 in coding_dev), and the model's `delivery`/`refusal` need the rules'
  agreement; a pledge, appeal or warning of the rules is replaced only by an act the model gives a probability of
  at least OVERRIDE; and a hypothetical is no pledge (litotes aside) whatever the model says;
- aid_related: the model's decision, except that support given to the adversary (a transfer to Russia, or a pledge
  or delivery naming the adversary and neither Ukraine nor its backers) is not aid-related, nor is a pledge whose
  support verb names a beneficiary other than Ukraine ("would support Israel's defense", "will defend Poland"),
  Ukraine itself unnamed.
"""

from __future__ import annotations

import functools
import json
import math
import os

from .. import config

MODEL_PATH = config.DATA / "models" / "coding_model.json"
RULE_ONLY_ACTS = ("delivery", "refusal")
STRONG = ("pledge", "appeal", "warning")


class LinearModel:
    def __init__(self, spec: dict):
        import numpy as np

        self.classes: list[str] = spec["classes"]
        self.index = {f: i for i, f in enumerate(spec["features"])}
        self.coef: list[list[float]] = spec["coef"]  # one row per class (binary: one row, the positive class)
        self.intercept: list[float] = spec["intercept"]
        self._w = np.asarray(self.coef, dtype=float).T.copy()  # features x classes
        self._b = np.asarray(self.intercept, dtype=float)

    def scores(self, feats: dict) -> list[float]:
        import numpy as np

        idx = [self.index[k] for k in feats if k in self.index]
        if not idx:
            return self._b.tolist()
        vals = np.fromiter((feats[k] for k in feats if k in self.index), dtype=float, count=len(idx))
        return (self._b + vals @ self._w[idx]).tolist()

    def predict(self, feats: dict):
        s = self.scores(feats)
        if len(self.classes) == 2 and len(s) == 1:  # binary: P(positive) = sigmoid
            return self.classes[1] if s[0] > 0 else self.classes[0]
        return self.classes[max(range(len(s)), key=s.__getitem__)]

    def proba(self, feats: dict) -> dict:
        s = self.scores(feats)
        if len(self.classes) == 2 and len(s) == 1:
            p = 1 / (1 + math.exp(-s[0]))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        m = max(s)
        e = [math.exp(x - m) for x in s]
        z = sum(e)
        return {c: v / z for c, v in zip(self.classes, e, strict=True)}


def enabled() -> bool:
    """PLEDGEWATCH_CODING_MODEL=on (or 1, yes, model) switches the trained model on; the default is the rules."""
    return os.environ.get("PLEDGEWATCH_CODING_MODEL", "").strip().lower() in ("on", "1", "yes", "model")


@functools.lru_cache(maxsize=1)
def load() -> dict | None:
    """{"speech_act": LinearModel, "aid_related": LinearModel, "meta": {...}} or None (no file, or switched off)."""
    if not enabled():
        return None
    try:
        spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {"speech_act": LinearModel(spec["speech_act"]), "aid_related": LinearModel(spec["aid_related"]),
            "meta": spec.get("meta", {})}


OVERRIDE = 0.75  # the model replaces a strong act of the rules only when it is this sure of its own act
ADD = 0.6  # ... and finds a pledge, appeal or warning the rules did not see only when it is this sure


def decide(feats: dict, rule_act: str, rule_aid: bool, models: dict | None = None,
           override: float = OVERRIDE, add: float = ADD) -> tuple[str, bool]:
    """(speech act, aid_related) of one statement: the model's decisions within the rules' limits where the model is
    switched on, else the rules' own; the guide's guards (below) in both cases."""
    models = models if models is not None else load()
    if not models:
        return guards(feats, rule_act, rule_act, rule_aid)
    proba = models["speech_act"].proba(feats)
    act = max(proba, key=proba.get)
    if rule_act in RULE_ONLY_ACTS or act in RULE_ONLY_ACTS:
        act = rule_act
    elif rule_act in STRONG and act != rule_act and proba[act] < override:
        act = rule_act
    elif rule_act not in STRONG and act in STRONG and proba[act] < add:
        act = rule_act
    return guards(feats, act, rule_act, models["aid_related"].predict(feats) == "true")


def guards(feats: dict, act: str, rule_act: str, aid: bool) -> tuple[str, bool]:
    """The annotation guide's limits on any decision, the model's or the rules'."""
    # a hypothetical commits no one ("Germany could send more tanks"), litotes aside ("will not let Ukraine fail")
    if act == "pledge" and feats.get("hypothetical") and feats.get("content:pledge", 0) < 2.5:
        act = rule_act if rule_act != "pledge" else "assessment"
    # support whose beneficiary is the adversary ("would support Russia's sovereignty", "sold Russia drones") is not
    # support for Ukraine
    if feats.get("to_adversary") or (feats.get("adversary") and not feats.get("ukraine_side")
                                     and act in ("pledge", "delivery")):
        aid = False
    # support pledged to someone else than Ukraine (Israel, Russia, NATO allies) is no aid for Ukraine
    if act == "pledge" and any(feats.get("beneficiary=" + s) for s in ("other", "adversary", "donor")) \
            and not feats.get("ukraine"):
        aid = False
    return act, bool(aid)
