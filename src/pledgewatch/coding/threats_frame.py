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

- **casus belli ahead** (`belligerence_ahead`, round 26): a future, conditional or modal clause that equates an act
  with belligerence or makes someone a target (predicate of class `equate_lemma`: be, become, mean, see, consider,
  make, lead, drag ...; the head of its complement, the object itself or the object of a `belligerence_prep`
  preposition on the verb (to, into, as), naming `belligerence_noun`: war, conflict, confrontation, target; not a
  word inside the complement or an adjunct: "our goal will be the end of their war economy", "the
  summit will be about the war"), not negated (a "no" on that head too: "there will be no war"), no end of the war
  in the object (`war_end`: "would lead to the end of the war"), not a question: "sending troops would mean war",
  "convoys would become targets", "the tankers will be treated as targets" (the clause form of a "legitimate
  target" threat). Round 26's mend made it read the head (it read any word of the object).
- **red line** (`red_line`, round 26): a red line named (`limit_qualifier` + `limit_noun`: "a red line for us",
  "crossed a red line", "close to our red lines", in whichever clause part), no negation in the three words before
  it ("there are no red lines"), and not the adversary's line named by another side (a donor's "Russia's red lines
  are like chalk" judges the threats: the team's half-A rows code it assessment): a threshold whose crossing is
  threatened.
  Challenge set data/challenge/acts.csv (invented sentences) covers both: test rows red lines 0/3 -> 3/3, targets
  1/3 -> 2/3, "would mean war" 1/3 -> 2/3; coding_dev and the team's A rows unchanged, the team's B rows one
  warning more (notes26/acts/report.md).

Tried and left out (round 26, challenge set data/challenge/acts.csv): **conditional sanctions** (sanctions in a
clause put ahead whose frame carries a condition clause: "if Moscow does not withdraw, we will impose the toughest
sanctions yet") and **next in line** (a clause put ahead whose whole complement is "next": "the Baltic states will
be next"), each a warning: they passed their groups' dev rows and moved none of the groups' test rows (sanctions
2/3, the adversary will not stop 0/3, before and after); coding_dev and the team's A rows unchanged with them.
Patch: notes26/acts/sanctions_next.patch.

Tried and left out (round 15): **punishment readied**, sanctions, measures or repercussions as the subject of a
readiness ("huge sanctions are being prepared", "... measures ... ready if Russia would hit"): 2 team rows of half A,
both warnings by the coders, but from one article only (the third instance in the corpus, "these repercussions have
... carefully prepared", is parsed with "prepared" out of the frame), none in half B.

As in coding/threats.py, no construction holds under an estimate of capability or intent (class `estimate`), and an
appeal cue adds none.
"""

from __future__ import annotations

from . import words as _words

WEIGHTS = {"harm_subject_ahead": 1.0, "belligerence_ahead": 1.0, "red_line": 1.0}
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


def _belligerence_head(cl: dict, W) -> bool:
    """Belligerence as the head of the clause's complement (clause_frame `heads`): the object, attribute or
    predicate itself ("would mean | war"), or the object of a `belligerence_prep` preposition on the verb ("would
    lead | to confrontation"); a word inside the complement or in an adjunct is none ("will be the dismantling of the
    war machine", "will be about the war")."""
    for h in cl.get("heads") or []:
        prep, _, word = h.rpartition(":")
        if word in W["belligerence_noun"] and (not prep or prep in W["belligerence_prep"]):
            return True
    return False


def belligerence_ahead(cl: dict, W, lowers: list[str]) -> bool:
    """A clause put ahead whose equating predicate has belligerence as the head of its complement, no end of the
    war in its object, no "no" on that head ("there will be no war")."""
    if cl.get("q") or cl.get("hneg"):
        return False  # "what could be Russia's success in this war?" asks, it threatens nothing
    return cl.get("tense") in AHEAD and bool(cl.get("pred")) and cl["pred"][-1] in W["equate_lemma"] and \
        _belligerence_head(cl, W) and not set(cl.get("obj") or []) & W["war_end"] and not _negated(cl, W, lowers)


def red_line(lowers: list[str], W, side: str = "") -> bool:
    """A red line named in the content ("a red line for us", "close to our red lines"), no negation in the three
    words before it ("there are no red lines"), and not the adversary's line named by another side ("Russia's red
    lines are like chalk", from a donor: a judgement of the threats, no threat)."""
    for i, w in enumerate(lowers):
        if w not in W["limit_qualifier"] or i + 1 >= len(lowers) or lowers[i + 1] not in W["limit_noun"]:
            continue
        before = set(lowers[max(0, i - 3):i])
        if not before & W["negation"] and (side == "adversary" or not before & W["hostile"]):
            return True
    return False


CONSTRUCTIONS = {"harm_subject_ahead": harm_subject_ahead, "belligerence_ahead": belligerence_ahead}


def constructions(frame: dict | None, lowers: list[str], side: str = "") -> list[str]:
    """The frame's warning constructions (names of WEIGHTS), each counted once; `lowers` the content's lower-case
    words; `side` the speaker's (red_line)."""
    if not frame:
        return []
    W = _words.classes()
    if set(lowers) & W["estimate"]:
        return []
    clauses = frame.get("clauses") or []
    found = [name for name, holds in CONSTRUCTIONS.items() if any(holds(cl, W, lowers) for cl in clauses)]
    return found + ["red_line"] if clauses and red_line(lowers, W, side) else found


def adjust(scores: dict, frame: dict | None, cue: dict, lowers: list[str], side: str = "") -> list[str]:
    """Add the constructions' weights to scores["warning"] (in place); returns those found."""
    if cue and max(cue, key=cue.get) == "appeal":
        return []
    found = constructions(frame, lowers, side)
    if found:
        scores["warning"] = scores.get("warning", 0.0) + sum(WEIGHTS[c] for c in found)
    return found
