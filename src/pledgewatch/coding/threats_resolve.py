"""A side's resolve to use force and the adversary's war aims put ahead, composed from the content's words and hooked
into coding/threats.py (`threats.constructions`), each adding its weight to the warning score. ANNOTATION.md, in our
words: `warning` = a threat or a warning aimed at the adversary or about what will follow.

The word classes are data (data/reference/coding_words.csv): `hesitate_word`, `force_verb`, `force_use`,
`force_noun`, `weapons`, `future`, `negation`, `clause_break`, `aim_noun`, `achieve_verb`, `necessity`, `obligation_modal`.

- **force without hesitation** (`force_unhesitating`, round 27; any side): a hesitation denied (a `negation` at
  most HESITATE_NEG words before a `hesitate_word`: "will not hesitate", "would show no hesitation", "won't
  hesitate"), put ahead (a `future` word at most AHEAD_SPAN words before that negation: "did not hesitate" reports),
  and an act of force at most FORCE_SPAN words after it: a verb of force (`force_verb`: act, respond, retaliate,
  strike, defend ...: "will not hesitate to act in defence of our forces", "won't hesitate to strike back") or a verb
  of use (`force_use`) whose object is force or arms (`force_noun`, `weapons`: "no hesitation in using the
  missiles"). Support or help after the hesitation is no force ("we will not hesitate to support Ukraine": a pledge).
  The denied hesitation is a litotes, so it negates nothing after it (coding/threats.py `negated_at`: the
  adversary's nuclear posture in "would show no hesitation in using ... nuclear weapons" holds).
- **the adversary's war aims ahead** (`war_aims_ahead`, round 27; the adversary speaking): a verb of achieving
  (`achieve_verb`: achieve, fulfil, accomplish ...) with a future, necessity or obligation word (classes `future`,
  `necessity`, `obligation_modal`: will, would, essential, must ...) at most AIM_MODAL_SPAN words before it in its clause, no negation between, and an aim (`aim_noun`: goals,
  aims, objectives, tasks) before it in its clause (at most AIM_SUBJECT_SPAN words: the subject of a passive) or at
  most AIM_SPAN words after it (the object): "the goals of the operation will be
  fully achieved", "Russia would achieve every goal it had set", "essential for the army to fulfil its tasks". Like the
  adversary's resolve, its own claim is no estimate ("Russia is able to defend its interests, and the goals ...
  will be achieved"): it holds under an `estimate` word. ukraine_dev's gold codes the adversary's aims put ahead as
  warnings (the adversary's "goals ... will be achieved" put ahead); a donor's or Ukraine's goals are left
  alone, as are aims not achieved ("had not achieved its objectives": an assessment) and aims with no modal.
"""

from __future__ import annotations

from . import words as _words

HESITATE_NEG = 2  # words a negation may stand before the hesitation ("will not hesitate", "no hesitation")
AHEAD_SPAN = 3  # words a future word may stand before that negation ("would show no hesitation")
FORCE_SPAN = 4  # words from the hesitation to the act of force ("not hesitate to act", "no hesitation in using")
FORCE_OBJECT_SPAN = 3  # words from a verb of use to its object of force ("using the nuclear weapons")
AIM_MODAL_SPAN = 5  # words a modal may stand before the verb of achieving ("essential for the army to fulfil")
AIM_SPAN = 4  # words from the verb of achieving to its object aim ("achieve every goal", "accomplish the tasks")
AIM_SUBJECT_SPAN = 10  # words an aim may stand before the verb, in its clause ("the goals of a special military
#                        operation will be fully achieved")
WEIGHTS = {"force_unhesitating": 1.0, "war_aims_ahead": 1.0}


def hesitation_denied(lowers: list[str], i: int, W) -> int:
    """The position of the negation that denies the hesitation word at position i (-1 where none)."""
    if lowers[i] not in W["hesitate_word"]:
        return -1
    for k in range(i - 1, max(-1, i - 1 - HESITATE_NEG), -1):
        if lowers[k] in W["negation"]:
            return k
    return -1


def _force_after(lowers: list[str], i: int, W) -> bool:
    """An act of force within FORCE_SPAN words after position i: a verb of force, or a verb of use whose object
    (within FORCE_OBJECT_SPAN words) is force or arms."""
    arms = W["force_noun"] | W["weapons"]
    for k in range(i + 1, min(len(lowers), i + 1 + FORCE_SPAN)):
        w = lowers[k]
        if w in W["clause_break"]:
            return False
        if w in W["force_verb"]:
            return True
        if w in W["force_use"] and set(lowers[k + 1:k + 1 + FORCE_OBJECT_SPAN]) & arms:
            return True
    return False


def force_unhesitating(lowers: list[str]) -> bool:
    """`force_unhesitating`: a hesitation denied, put ahead by a future word, an act of force after it."""
    W = _words.classes()
    for i in range(len(lowers)):
        neg = hesitation_denied(lowers, i, W)
        if neg < 0 or not set(lowers[max(0, neg - AHEAD_SPAN):neg + 1]) & W["future"]:
            continue
        if _force_after(lowers, i, W):
            return True
    return False


def _aim_modal_before(lowers: list[str], i: int, W) -> bool:
    """A future, necessity or obligation word (`future` | `necessity` | `obligation_modal`) within AIM_MODAL_SPAN
    words before position i in its clause, no negation between it and i."""
    modal = W["future"] | W["necessity"] | W["obligation_modal"]
    before = lowers[max(0, i - AIM_MODAL_SPAN):i]
    for j in range(len(before) - 1, -1, -1):
        if before[j] in W["clause_break"] or before[j] in W["negation"]:
            return False
        if before[j] in modal:
            return True
    return False


def _clause(before: list[str]) -> list[str]:
    """The words before a position, cut at the last clause break (`clause_break`)."""
    breaks = _words.classes()["clause_break"]
    for j in range(len(before) - 1, -1, -1):
        if before[j] in breaks:
            return before[j + 1:]
    return before


def war_aims_ahead(lowers: list[str]) -> bool:
    """`war_aims_ahead`: a verb of achieving under a future or necessity modal, an aim near it (the caller checks
    that the adversary speaks)."""
    W = _words.classes()
    for i, w in enumerate(lowers):
        if w not in W["achieve_verb"] or not _aim_modal_before(lowers, i, W):
            continue
        if set(_clause(lowers[max(0, i - AIM_SUBJECT_SPAN):i]) + lowers[i + 1:i + 1 + AIM_SPAN]) & W["aim_noun"]:
            return True
    return False


def constructions(lowers: list[str], side: str) -> list[str]:
    """The resolve constructions the content holds (names of WEIGHTS); they hold under an estimate word."""
    found = ["force_unhesitating"] if force_unhesitating(lowers) else []
    return found + (["war_aims_ahead"] if side == "adversary" and war_aims_ahead(lowers) else [])
