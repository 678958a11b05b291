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
- `withheld_intent` -> refusal: a side other than the adversary or Ukraine withholds a transfer of aid: a negated
  chain whose head is an intent or decision (`intent_head`: intend, plan, want, decide ...) or be + a readiness
  adjective (`readiness_adj`: ready, prepared, willing); or an asserted chain, not modal or imperative, whose head is
  be + a reluctance adjective (`reluctance_adj`: reluctant, unwilling) or a halt (`halt_head`: stop, cease,
  suspend); before a giving verb with an aid object ("Berlin does not intend to deliver the cruise missiles", "we
  have decided not to send Patriot batteries", "the Netherlands is not prepared to supply jets yet", "Rome was
  reluctant to send long-range missiles", "the Pentagon had stopped sending the missiles"). Not a question or
  hypothetical; "does not want to give up land" gives nothing (give_up is no giving verb). The phrase rows read
  "intend ... deliver", "prepared to supply" as a pledge and the past chains "was reluctant to send", "had stopped
  sending" as a delivery, missing the negation or the head. On the readable corpus (5,245 statements) the
  construction occurs in no statement: it is the issue's named class (#13), kept for the text it will meet, not for
  a count.
- `own_conditioned` -> refusal (read by composition's `_own`): the speaker's side commits itself to give, but only
  once a condition is met: an adverbial clause on the give clause, its mark a `restrictive_condition` with "only"
  right before it, no "not" before that (clause_frame `onlyc`: "we will send the tanks only when the United States
  sends its own", "Rome would deliver the battery only after the audit"; not "we will keep helping, and not only
  when it is easy", nor an "only if" in another clause of the text: round 26's mend read the clause, not the text): ANNOTATION.md, support tied to conditions
  or put off is a refusal; a plain "if" stays a hypothetical (speech_acts halves the pledge).
- support ruled out, blocked or declared absent (`support_ruled_out`, `support_blocked`, `no_support_ahead`):
  coding/refusals_ruled.py.
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import refusals_ruled as _ruled
from . import words as _words
from ._match import text_of


def conditioned(cl: dict) -> bool:
    """`own_conditioned`: the give clause itself carries an adverbial clause that "only" makes its sole condition,
    its mark a `restrictive_condition` (when, if, once, after, until): clause_frame `onlyc` ("will send the tanks |
    only when the United States sends its own"); "not only when it is easy" widens, no condition."""
    return cl.get("onlyc", "") in _words.of("restrictive_condition")


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


def _withheld(cl: dict, cap_words) -> bool:
    """`withheld_intent`: "not | intend to deliver X", "not | be ready to send X", "be reluctant to supply X", "had
    stopped | sending X"."""
    W = _words.classes()
    pred = cl["pred"]
    if len(pred) < 2 or cl["hyp"] or cl["q"] or set(cl["subj"]) & (W["hostile"] | W["ukraine"]):
        return False
    of = (cl.get("comp") or {}).get("of")
    if (pred[0] == "be" and of in W["reluctance_adj"]) or pred[0] in W["halt_head"]:
        withheld = not cl["neg"] and cl["tense"] != "modal" and not cl.get("imp")
    elif pred[0] in W["judging_head"] and not set(cl["aux"]) & W["progressive_aux"]:
        return False  # "we do not consider sending tanks an escalation": a judgement; "not considering sending"
    else:
        withheld = cl["neg"] and (pred[0] in W["intent_head"] or (pred[0] == "be" and of in W["readiness_adj"]))
    given = dict(cl, pred=pred[1:])
    return withheld and _parts.gives(given) and _parts.aid_object(cl.get("comp", cl)["obj"] + cl["ben"], cap_words)


def decide(clauses: list, side: str, row: dict, lowers: set, cap_words=frozenset()):
    """("refusal", construction) where a clause shows one of the constructions and the speaker is a donor."""
    if side not in ("donor", "other"):
        return None
    for cl in clauses:
        if _ruled_out(cl, row, lowers):
            return "refusal", "own_troops_ruled_out"
        if _withheld(cl, cap_words):
            return "refusal", "withheld_intent"
    return _ruled.decide(clauses, row, cap_words)  # coding/refusals_ruled.py: ruled out, blocked, none ahead
