"""The cue lexicon: `data/reference/cues.csv` (cue, lemma, kind, takes, notes), loaded once.

kind: verb (a reporting verb), phrase (a verb that needs its particle/preposition, "spoke of", "called for",
"pointed out"; or a fixed phrase: "according to", ":"), noun.
takes: what a verb's content can be besides a reported clause or an adjacent quotation (which every cue takes):
`to` (xcomp: "vowed to continue"), `obj` (the object and what follows: "promised Ukraine continued support",
"pressed NATO for ..."), `oprd` (an object with its complement: "called the charges fabricated"), `that` (a clause
only with the complementiser: "the report found that ..."), `ing` (a gerund complement: "denied shelling the
town", "recommended granting Moldova candidate status"), or prepositions that open the content ("against",
"for", "of", "about", "on").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..inflect import inflections

FRAMES = ("to", "obj", "oprd", "that", "ing")  # the `takes` words that name a frame, not a preposition


@dataclass(frozen=True)
class Cue:
    lemma: str
    cue: str
    kind: str
    takes: frozenset = field(default_factory=frozenset)
    particles: frozenset = field(default_factory=frozenset)   # required particle/preposition for phrase verbs

    @property
    def preps(self) -> frozenset:
        return frozenset(t for t in self.takes if t not in FRAMES)


@functools.lru_cache(maxsize=4)
def load(path: str | None = None) -> tuple[dict, dict]:
    """(lemma -> Cue for verbs, surface form -> lemma) from cues.csv."""
    path = Path(path) if path else config.reference("cues.csv")
    verbs, forms = {}, {}
    for row in config.reference_rows(path):
        lemma, cue, kind = row["lemma"].strip(), row["cue"].strip(), row["kind"].strip()
        takes = frozenset((row.get("takes") or "").split())
        if kind not in ("verb", "phrase") or " " in lemma or lemma == ":":
            continue
        words = cue.split()
        particles = frozenset()
        if kind == "phrase" and len(words) > 1:
            particles = frozenset(words[1:]) | frozenset(t for t in takes if t not in FRAMES or t == "that")
        verbs[lemma] = Cue(lemma, cue, kind, takes, particles)
        for f in inflections(lemma) | {words[0].lower()}:  # (the lemma's forms and the cue as written)
            forms[f] = lemma
    return verbs, forms
