"""Warnings of what the adversary's aggression would bring, composed from the content's words and hooked into
coding/threats.py (`threats.constructions`), adding its weight to the warning score. ANNOTATION.md, in our words:
`warning` = a threat or a warning aimed at the adversary or about what will follow.

The word classes are data (data/reference/coding_words.csv): `grim`, `adversary`, `harm`, `aggression_act`,
`future`, `negation`, `war_word`, `cause_verb`, `toll`, `outcome_undone`, `modal_hedge`.

- **grim outcome** (`grim_outcome`): a future or conditional modal ("would", "will", "could") followed within
  GRIM_SPAN words by an outcome judged grim (class `grim`: horrific, catastrophic, disaster, bloody ...), not
  negated, not in the past ("would have been"), where the content names the adversary, a harm or an aggression: a
  warning about consequences ("a Russian invasion of Ukraine would ... horrific", "it would be a bloody, destructive
  war", "the attack on Ukraine would mean ... disaster for Russia", "a victorious blitz would turn into a catastrophe
  ... Russia", "letting Russia win ... Ukraine would ... absolutely chilling"). On the corpus without coding_dev's
  half B (round 11): 11 rows in 8 articles, 3 of them already warnings; of the other 8, 6 warnings by the guide in
  our reading (one a forecast of the war's politics, one a murder's consequences). Round 15: the war or its
  fighting named (class `war_word`) is context enough ("it would be a bloody, destructive war", "fighting in dense
  urban areas would ... horrific").
- **caused harm** (`caused_harm`): a verb of causing (class `cause_verb`: lead to, result in, cause, trigger ...)
  under a future or hedging modal, a harm or a toll (classes `harm`, `toll`: war, casualties, escalation ...) within
  a few words after it, no `outcome_undone` word before the toll: a consequence put ahead ("this could lead to a
  wider war", "it would result in ... significant amount of casualties"; not "would lead to the end of the war").
  Round 15, with the war-named grim outcome, on the corpus without coding_dev's and the team's half B: 7 rows in 6
  articles turned to warning (3 of them team rows of half A, all warnings by the coders; the other 4 warnings in
  our reading); no row of half B changed.

Tried and left out (round 11): **conditional aggression**, the adversary's aggression or victory as a condition with
a future modal outside it ("If Russia wins in Ukraine, there will ... no security in Europe", "If Russia was ... hit,
we will strengthen our presence ... NATO's eastern flank"; a condition word, the adversary within 3 words, an
`aggression_act` within 5 words after it): 33 corpus rows in 21 articles, 11 of them not yet warnings, 10 of those
warnings in our reading; it turned 4 team rows of half A to warning (all four warnings by the coders) but one of
half B, an assessment by the coders (team B warning F1 0.536 -> 0.532), so it is not a rule.

Tried and left out (round 12): **co-belligerence declared by the adversary**, the adversary casting the West as a
party to the war ("Nato is fighting a proxy war", "a narrow margin separates the US from becoming a party to ...
conflict", "the US is directly involved in the war", "Washington had crossed the point ... no return"), as a warning row
needing the adversary side: 10 corpus rows in 7 articles turned to warning, 8 warnings in our reading, and 4 team rows
of half A (all four warnings by the coders); but 6 team rows of half B, all assessment or other by the coders (team B
warning F1 0.536 -> 0.514), so it is not a rule.

Tried and left out (round 20): **conditional aggression** again, narrower (a condition led by if / unless / "in the
event of" / an inverted "should", the adversary its agent within 4 words, its aggression, advance or victory within 6
words with no comma or negation between, a future or readiness word elsewhere in the same sentence, not a question,
not a characterisation "it would be ..."): on the readable rows 18 rows of 10 articles hold it, 15 already warnings,
the 3 others (4 rows) warnings by the coders (team A warning F1 0.554 -> 0.583); but 2 rows of half B changed and
team B warning F1 fell 0.565 -> 0.561, so it is not a rule. And **intended harm**, the adversary's decision, plan or
pretext for a harm told with a present or perfect auxiliary ("the Kremlin has already decided to attack", "Moscow is
looking for a pretext to start a war"): 3 rows of 3 articles of half A turned to warning, all warnings by the coders
(coding_dev A warning F1 0.756 -> 0.769, team A 0.554 -> 0.569); 2 rows of half B changed, team B warning F1 0.565
-> 0.561: not a rule either. A veto, **the harm as a preposition's object** (to / under / by with determiners or
adjectives between: "more exposed to Russian missile attacks", "a neighbour under attack", "redrawn by a foreign
invasion"), turned 3 team rows of half A (3 articles) from false warnings to other, no row of half B changed (team A
warning F1 0.554 -> 0.562); it was committed and then reverted: sentences of our own showed it took genuine warnings
("Kyiv could fall to a Russian invasion", "the city could be overrun by a Russian offensive", "our cities will again
come under attack"), and its narrow form (an exposure word before "to", "under" after a noun) rests on 2 articles.

No construction holds under an estimate of capability or intent (threats.constructions returns before these).
"""

from __future__ import annotations

from . import words as _words

GRIM_SPAN = 4  # words between the modal and the grim outcome ("would be a bloody, destructive war")
CAUSE_MODAL_SPAN = 3  # words between the modal and the verb of causing ("could soon lead to")
CAUSE_SPAN = 6  # words between the verb of causing and the toll ("result in a significant amount ... casualties")
WEIGHTS = {"grim_outcome": 1.0, "caused_harm": 1.0}


def grim_outcome(lowers: list[str]) -> bool:
    """`grim_outcome`: a `future` or `grim_modal` modal with a `grim` word within GRIM_SPAN words after it, no
    negation or past marker between ("would be horrific", "could be catastrophic"; not "would not be a disaster",
    "would have been a tragedy"), the adversary, a harm or an `aggression_act` named in the content ("a Russian
    invasion of Ukraine would ... horrific")."""
    W = _words.classes()
    if not set(lowers) & (W["adversary"] | W["harm"] | W["aggression_act"] | W["war_word"]):
        return False
    modals = W["future"] | W["grim_modal"]
    for i, w in enumerate(lowers):
        if w not in modals:
            continue
        ahead = lowers[i + 1:i + 1 + GRIM_SPAN]
        for k, x in enumerate(ahead):
            if x in W["grim"]:
                if not any(y in W["negation"] or y in W["past_marker"] for y in ahead[:k]):
                    return True
                break
    return False


def caused_harm(lowers: list[str]) -> bool:
    """`caused_harm`: a verb of causing (class `cause_verb`: lead, result, cause, trigger, bring ...) under a `future`
    or hedging modal (`modal_hedge`) at most CAUSE_MODAL_SPAN words before it, with a harm or a toll (classes `harm`,
    `toll`) at most CAUSE_SPAN words after it; no negation or past marker between the modal and the verb, no
    `outcome_undone` word before the toll ("would lead to the end of the war", "could bring peace" undo it): a
    consequence put ahead ("this could lead to a wider war", "it would result in ... significant amount of
    casualties", "an attack would trigger a catastrophe")."""
    W = _words.classes()
    modals = W["future"] | W["modal_hedge"]
    tolls = W["harm"] | W["toll"]
    for i, w in enumerate(lowers):
        if w not in W["cause_verb"]:
            continue
        before = lowers[max(0, i - CAUSE_MODAL_SPAN):i]
        at = [k for k, x in enumerate(before) if x in modals]
        if not at or any(x in W["negation"] or x in W["past_marker"] for x in before[at[-1] + 1:]):
            continue
        for x in lowers[i + 1:i + 1 + CAUSE_SPAN]:
            if x in W["outcome_undone"]:
                break
            if x in tolls:
                return True
    return False


def constructions(lowers: list[str]) -> list[str]:
    """The outcome constructions the content holds (names of WEIGHTS)."""
    return [c for c, holds in (("grim_outcome", grim_outcome), ("caused_harm", caused_harm)) if holds(lowers)]
