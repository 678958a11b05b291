"""Refusals composed from the clause frame beside coding/composition.py (called from `composition.decide`). Word
classes are those of coding_words.csv.

ANNOTATION.md, in our words: `refusal` = the speaker turns support down, rules it out, puts it off or ties conditions
to it ("no plans to send jets"); troops sent or stationed for Ukraine are military support (coding_words.csv `troops`). Construction:
- `own_troops_ruled_out` -> refusal: a donor rules out its own troops: a negated clause, not hypothetical or a
  question, either with the speaker's side as subject and a troop predicate (`troop_lemma`: send, deploy, fight,
  engage, take part) whose object or beneficiary names troops, the war or Ukraine, troops named in the statement
  ("we will not send our soldiers to Ukraine", "we will not take part directly in this war by sending our forces"),
  or with the donor's own troops as subject ("these forces are not going to fight ... Ukraine", "American troops will
  not directly engage Russia", "German soldiers would not be sent to Ukraine"); troops of another country, the
  adversary's or Ukraine's are not the speaker's to refuse; a negated ruling-out ("he does not exclude sending
  troops") is no refusal (coding/deliveries.py `negated_abandonment`).
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import words as _words
from ._match import text_of


def _own_troops(subj: list[str], row: dict) -> bool:
    """Troops as subject that are the speaker's: the speaker's country named, or only a determiner ("these forces",
    "our soldiers"), no other country, Ukraine or the adversary named."""
    W = _words.classes()
    s = set(subj)
    if not s & W["troops"] or s & (W["hostile"] | W["ukraine"]):
        return False
    named = _parts.countries(subj)
    country = text_of(row.get("speaker_country"))
    if named:
        return named == {country}
    return s - W["troops"] <= W["troop_demonstrative"] | W["first_person"] | {"directly", "ground"}


def _ruled_out(cl: dict, row: dict, lowers: set) -> bool:
    W = _words.classes()
    if not cl["neg"] or cl["hyp"] or cl["q"] or not set(cl["pred"]) & W["troop_lemma"]:
        return False
    if cl["pred"][0] in W["abandon_lemma"]:  # "does not exclude sending troops": not abandoning (own_pledges.py)
        return False
    if _own_troops(cl["subj"], row):
        return True
    where = set(cl["obj"] + cl["ben"])
    return _parts.own_subject(cl, row) and bool(lowers & W["troops"]) and bool(
        where & (W["troops"] | W["war_word"] | W["ukraine"]))


def decide(clauses: list, side: str, row: dict, lowers: set):
    """("refusal", "own_troops_ruled_out") where a clause shows the construction and the speaker is a donor."""
    if side not in ("donor", "other"):
        return None
    for cl in clauses:
        if _ruled_out(cl, row, lowers):
            return "refusal", "own_troops_ruled_out"
    return None
