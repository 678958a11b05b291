"""Warnings of what the adversary's aggression would bring, composed from the content's words and hooked into
coding/threats.py (`threats.constructions`), adding its weight to the warning score. ANNOTATION.md: `warning` =
threats and warnings about an adversary or about consequences.

The word classes are data (data/reference/coding_words.csv): `grim`, `adversary`, `harm`, `aggression_act`,
`future`, `negation`.

- **grim outcome** (`grim_outcome`): a future or conditional modal ("would", "will", "could") followed within
  GRIM_SPAN words by an outcome judged grim (class `grim`: horrific, catastrophic, disaster, bloody ...), not
  negated, not in the past ("would have been"), where the content names the adversary, a harm or an aggression: a
  warning about consequences ("a Russian invasion of Ukraine would be horrific", "it would be a bloody, destructive
  war", "the attack on Ukraine would mean a disaster for Russia", "a victorious blitz would turn into a catastrophe
  for Russia", "letting Russia win in Ukraine would be absolutely chilling"). On the corpus without coding_dev's
  half B (round 11): 11 rows in 8 articles, 3 of them already warnings; of the other 8, 6 warnings by the guide in
  our reading (one a forecast of the war's politics, one a murder's consequences).

Tried and left out (round 11): **conditional aggression**, the adversary's aggression or victory as a condition with
a future modal outside it ("If Russia wins in Ukraine, there will be no security in Europe", "If Russia was to hit,
we will strengthen our presence on NATO's eastern flank"; a condition word, the adversary within 3 words, an
`aggression_act` within 5 words after it): 33 corpus rows in 21 articles, 11 of them not yet warnings, 10 of those
warnings in our reading; it turned 4 team rows of half A to warning (all four warnings by the coders) but one of
half B, an assessment by the coders (team B warning F1 0.536 -> 0.532), so it is not a rule.

Tried and left out (round 12): **co-belligerence declared by the adversary**, the adversary casting the West as a
party to the war ("Nato is fighting a proxy war", "a narrow margin separates the US from becoming a party to the
conflict", "the US is directly involved in the war", "Washington had crossed the point of no return"), as a warning row
needing the adversary side: 10 corpus rows in 7 articles turned to warning, 8 warnings in our reading, and 4 team rows
of half A (all four warnings by the coders); but 6 team rows of half B, all assessment or other by the coders (team B
warning F1 0.536 -> 0.514), so it is not a rule.

No construction holds under an estimate of capability or intent (threats.constructions returns before these).
"""

from __future__ import annotations

from . import words as _words

GRIM_SPAN = 4  # words between the modal and the grim outcome ("would be a bloody, destructive war")
WEIGHTS = {"grim_outcome": 1.0}


def grim_outcome(lowers: list[str]) -> bool:
    """`grim_outcome`: a `future` or `grim_modal` modal with a `grim` word within GRIM_SPAN words after it, no
    negation or past marker between ("would be horrific", "could be catastrophic"; not "would not be a disaster",
    "would have been a tragedy"), the adversary, a harm or an `aggression_act` named in the content ("a Russian
    invasion of Ukraine would be horrific")."""
    W = _words.classes()
    if not set(lowers) & (W["adversary"] | W["harm"] | W["aggression_act"]):
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


def constructions(lowers: list[str]) -> list[str]:
    """The outcome constructions the content holds (names of WEIGHTS)."""
    return ["grim_outcome"] if grim_outcome(lowers) else []
