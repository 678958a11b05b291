"""Rhetoric per statement: commitment strength (data/reference/commitment.csv) and frames (data/reference/frames.csv).

commitment_strength = tanh(sum of the weights of every lexicon match in the content + the weight of the cue verb),
in [-1, 1]: positive where modals of prediction/necessity and boosters dominate ("we will", "must", "unwavering"),
negative where hedges and possibility modals dominate ("could", "might", "would consider", "no plans"). It measures
how firmly the speaker commits to what they say, so negation does not flip it: "Putin will not stop at Ukraine" is a
firm prediction (+). Whether the commitment is to give or to withhold aid is the speech act's business (refusal).
"""

from __future__ import annotations

import functools
import math

from ._match import blank_nlp, compile_pattern, normalize, read_table
from ._ruleset import RuleSet

FRAMES = ["resolve", "urgency", "threat", "victory"]


def _patterns(field: str) -> list:
    """Several patterns in one cell are separated by ' ; '."""
    return [compile_pattern(p.strip()) for p in field.split(" ; ") if p.strip()]


class Rhetoric:
    def __init__(self):
        nlp = blank_nlp()
        self.vocab = nlp.vocab
        self.frames = RuleSet(nlp.vocab)
        for r in read_table("frames.csv"):
            if r["frame"] not in FRAMES:
                raise ValueError(f"frames.csv: unknown frame {r['frame']!r}")
            self.frames.add(r["frame"], _patterns(r["pattern"]))
        self.lex = RuleSet(nlp.vocab)
        self.cue = RuleSet(nlp.vocab)
        self.weights: dict[str, float] = {}
        for i, r in enumerate(read_table("commitment.csv")):
            key = f"{r['kind']}:{i}"
            self.weights[key] = float(r["weight"])
            (self.cue if r["kind"] == "cue" else self.lex).add(key, _patterns(r["pattern"]))

    def frames_of(self, doc) -> list[str]:
        found = {key for key, _, _ in self.frames(doc)}
        return [f for f in FRAMES if f in found]

    def strength(self, doc, cue_doc=None) -> float:
        total = 0.0
        spans = []
        for key, s, e in self.lex(doc):
            spans.append((s, e, key))
        # keep the longest match at each start (so "will not let" is one booster, not "will" + a negation)
        spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        covered = set()
        for s, e, key in spans:
            if any(i in covered for i in range(s, e)):
                continue
            covered.update(range(s, e))
            w = self.weights[key]
            total += w
        if cue_doc is not None and len(cue_doc):
            total += self._cue_weight(cue_doc)
        return round(math.tanh(total), 3)

    def _cue_weight(self, cue_doc) -> float:
        """The cue's weight (the strongest of its matches, 0 for none), kept on the cue's doc: coding tokenizes each
        distinct cue of a batch once and hands the same doc to every statement with that cue."""
        slot = ("pw_cue_weight", id(self))
        w = cue_doc.user_data.get(slot)
        if w is None:
            ws = [self.weights[key] for key, _, _ in self.cue(cue_doc)]
            w = cue_doc.user_data[slot] = max(ws, key=abs) if ws else 0.0
        return w


@functools.lru_cache(maxsize=1)
def lexicon() -> Rhetoric:
    return Rhetoric()


def frames(text: str) -> list[str]:
    return lexicon().frames_of(blank_nlp().make_doc(normalize(text)[0]))


def commitment_strength(text: str, cue: str = "") -> float:
    nlp = blank_nlp()
    return lexicon().strength(nlp.make_doc(normalize(text)[0]), nlp.make_doc(cue or ""))
