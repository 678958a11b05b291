"""What is no warning in the guide's sense, though a warning cue or a consequence put ahead reads as one: a veto
beside coding/threats.py, hooked into coding/speech_acts.py. Word classes are those of coding_words.csv.

ANNOTATION.md, in our words: `warning` = a threat or a warning about the adversary or about the consequences of the
war and its escalation. A "warned" about the weather, prices or health is the speaker's forecast of a civil
hazard, coded `other` (or `assessment`), not `warning`.

- `civil_hazard` (veto of warning, round 26): the content names a civil hazard (`civil_hazard`: rain, snow,
  wildfires, prices, inflation, taxes, flu, delays ...; round 26's mend took out five words that were the key nouns
  of acts.csv test rows, with their singulars) and nothing of war or security: no adversary, no
  war word, no arms or capability, no sanctions, no security word (`security_word`: troops, army, attack, NATO,
  missile, nuclear, Ukraine ...): "warned that heavy rain could flood villages this weekend", "cautioned that the
  flu season would peak early", "the new tax will have serious consequences for farmers". A labour "strike" is no
  security word ("the strike would mean long delays at the airport"); a gas price driven up by Moscow names the
  adversary and stays a warning. Challenge set data/challenge/acts.csv (invented sentences) covers it.
"""

from __future__ import annotations

from . import words as _words


def civil_hazard(lowers: list[str], cap_words: frozenset) -> bool:
    """`civil_hazard`: a civil hazard named, no war, adversary, arms, capability, sanctions or security word."""
    W = _words.classes()
    words = set(lowers)
    if cap_words or not words & W["civil_hazard"]:
        return False
    security = W["adversary"] | W["war_word"] | W["weapons"] | W["security_word"] | W["ukraine"] | (
        W["sanctions"] - W["civil_hazard"])
    return not words & security
