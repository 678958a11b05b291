"""Warnings composed from the statement's clause frame (statements/clause_frame.py), hooked into
coding/speech_acts.py beside coding/threats.py (whose word windows miss a modal that stands a few words after the
harm: "the attack ... Ukraine would include rocket ..."). ANNOTATION.md, in our words: `warning` = a threat or a
warning aimed at the adversary or about what will follow.

The word classes are data (data/reference/coding_words.csv): `harm_event`, `negation`, `estimate`. The construction
adds its weight to the warning score:

- **harm ahead as subject** (`harm_subject_ahead`): a content clause whose subject names a harm event (class
  `harm_event`: attack, invasion, strike, escalation ...; not the war, whose course put ahead is a forecast) and
  whose tense puts it ahead (will, would, a modal), not negated (on the verb or in the subject: "no offensive action
  can be taken"): "the attack ... Ukraine would include rocket ... and occupation", "Russia's invasion ...
  Ukraine could occur at any time".
  Round 15, on the corpus without coding_dev's and the team's half B: 6 rows in 5 articles turned to warning (5
  warnings in our reading: "the invasion of Ukraine can start ... any time"; one a characterisation, "an invasion of
  Ukraine would be ... war without cause"); team rows A +1 warning found, +1 false; B +2 found, +2 false.

Tried and left out (round 15): **punishment readied**, sanctions, measures or repercussions as the subject of a
readiness ("huge sanctions are being prepared", "... measures ... ready if Russia would hit"): 2 team rows of half A,
both warnings by the coders, but from one article only (the third instance in the corpus, "these repercussions have
... carefully prepared", is parsed with "prepared" out of the frame), none in half B.

As in coding/threats.py, no construction holds under an estimate of capability or intent (class `estimate`), and an
appeal cue adds none.
"""

from __future__ import annotations

from . import words as _words

WEIGHTS = {"harm_subject_ahead": 1.0}
AHEAD = frozenset({"future", "would", "modal"})  # clause_frame tenses that put the predicate ahead


def _negated(cl: dict, W, lowers: list[str]) -> bool:
    """The clause negated, on its verb or in its subject: a negation ("no") right before a subject word in the text
    ("no offensive action can be taken"; the frame keeps content words only)."""
    if cl.get("neg"):
        return True
    subj = set(cl.get("subj") or [])
    return any(w in subj and lowers[i - 1] in W["negation"] for i, w in enumerate(lowers) if i)


def harm_subject_ahead(cl: dict, W, lowers: list[str]) -> bool:
    """A harm event in the clause's subject, its tense future, conditional or modal, not negated."""
    return bool(set(cl.get("subj") or []) & W["harm_event"]) and cl.get("tense") in AHEAD and \
        not _negated(cl, W, lowers)


CONSTRUCTIONS = {"harm_subject_ahead": harm_subject_ahead}


def constructions(frame: dict | None, lowers: list[str]) -> list[str]:
    """The frame's warning constructions (names of WEIGHTS), each counted once; `lowers` the content's lower-case
    words."""
    if not frame:
        return []
    W = _words.classes()
    if set(lowers) & W["estimate"]:
        return []
    clauses = frame.get("clauses") or []
    return [name for name, holds in CONSTRUCTIONS.items() if any(holds(cl, W, lowers) for cl in clauses)]


def adjust(scores: dict, frame: dict | None, cue: dict, lowers: list[str]) -> list[str]:
    """Add the constructions' weights to scores["warning"] (in place); returns those found."""
    if cue and max(cue, key=cue.get) == "appeal":
        return []
    found = constructions(frame, lowers)
    if found:
        scores["warning"] = scores.get("warning", 0.0) + sum(WEIGHTS[c] for c in found)
    return found
