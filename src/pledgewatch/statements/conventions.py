"""The annotation conventions `extract` runs under, and the one predicate the PolNeAR-only rules switch on.

`nesting` is the only flag that reaches the finder (CLI `--nesting` -> `pipeline.run` -> `StageContext.nesting` ->
`statements.extract` -> `Finder.nesting`; evaluation's `gold_match.CONVENTIONS` pairs "polnear" with `nesting="outer"`
and `quote_parts="join"`). Besides who keeps "A said that B said X" (`nesting.py`), "outer" stands for PolNeAR's
whole convention: the constructions PolNeAR's annotators mark as attributions and the annotation guide does not (a
question put to a speaker, a speech verb's noun-phrase object, a passive speech verb with its source as agent; a fronted
adverbial clause's content ended before the main clause whatever its subject, also for a cue in that clause's
complement: content/clause.py) run only where `polnear_convention` holds.
"""

from __future__ import annotations

NESTINGS = ("inner", "outer")


def polnear_convention(nesting: str) -> bool:
    """Rows follow PolNeAR's convention (`nesting="outer"`), not the annotation guide's."""
    return nesting == "outer"
