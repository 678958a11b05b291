"""Refusals of support ruled out, blocked or declared absent, composed from the clause frame beside coding/refusals.py
(called from its `decide`). Word classes are those of coding_words.csv.

ANNOTATION.md, in our words: `refusal` = the speaker turns support down, rules it out, puts it off or ties conditions
to it ("no plans to send jets"). Constructions (the phrase rows read the first kind as a refusal only where the
content names aid, not troops; the other two they read as a pledge: a future and an aid object):
- `support_ruled_out` -> refusal: an asserted chain, not a question or hypothetical, headed by a ruling-out
  predicate (`ruling_out_head`: rule out, exclude, reject) before a give or troop predicate whose object or
  beneficiary names aid or troops, the subject neither the adversary nor Ukraine: "Scholz ruled out sending ground
  troops to Ukraine", "Paris excludes supplying fighter jets for now". "Does not rule out sending troops" is none
  (negated: coding/deliveries.py `negated_abandonment`).
- `support_blocked` -> refusal: the speaker's side (clause_parts.own_subject) as subject of a blocking predicate
  (`block_lemma`: block, veto) whose object names aid, not negated or a question: "we will veto the new aid package
  for Kyiv", "his government would block the EU's loan to Ukraine". Another side's block reported ("Congress blocked
  the aid") is not the speaker's refusal.
- `support_put_off` -> refusal: aid, or a decision on it, as the subject of "wait" or of a passive `postpone_lemma`
  predicate (postpone, delay, defer, put off), or the speaker's side putting aid off: "any decision on fighter jets
  will have to wait until after the election", "the loan for Kyiv would be put off until next year", "we have
  postponed the delivery of the tanks"; not negated, a question or hypothetical, not the adversary's doing.
- `no_support_ahead` -> refusal: an existential future that denies aid ahead, "there will / would be no" with an
  aid object or a capability at most NO_AID_SPAN words after "no", no `reduction_noun` before it: "there will be no
  Leopards from us", "there would be no more funding for Kyiv this year"; not "there will be no cuts to the funding"
  or "no delay in the deliveries" (the reduction is denied, not the aid).

The speaker a donor or a third party (coding/refusals.py `decide`). Round 20: none of the three occurs in the
readable hand-coded rows; they are the refusal classes issue #13 names ("a negated commitment of the speaker's
own side"), found missing (coded other, assessment or pledge) on sentences of our own.
"""

from __future__ import annotations

import re

from . import clause_parts as _parts
from . import words as _words
from ._match import text_of

NO_AID_SPAN = 4  # words between "no" and the aid it denies ("there will be no more German tanks")


def _foreign_subject(cl: dict) -> bool:
    W = _words.classes()
    return bool(set(cl["subj"]) & (W["hostile"] | W["ukraine"]))


def support_ruled_out(cl: dict, cap_words) -> bool:
    """`support_ruled_out`: "ruled out | sending ground troops", "excludes | supplying jets"."""
    W = _words.classes()
    pred = cl["pred"]
    if len(pred) < 2 or pred[0] not in W["ruling_out_head"] or cl["neg"] or cl["hyp"] or cl["q"]:
        return False
    if _foreign_subject(cl):
        return False
    given = dict(cl, pred=pred[1:])
    where = cl["obj"] + cl["ben"]
    troops = bool(set(pred[1:]) & W["troop_lemma"]) and bool(set(where) & W["troops"])
    return troops or (_parts.gives(given) and _parts.aid_object(where, cap_words))


def support_blocked(cl: dict, row: dict, cap_words) -> bool:
    """`support_blocked`: the speaker's side blocks or vetoes aid ("we will veto the aid package"); not the
    adversary's assets or sanctions ("we will block Russia's central bank funds" freezes, it refuses nothing)."""
    W = _words.classes()
    if not set(cl["pred"][:1]) & W["block_lemma"] or cl["neg"] or cl["q"]:
        return False
    obj = set(cl["obj"])
    if obj & (W["hostile"] | W["sanctions"]):
        return False
    return _parts.own_subject(cl, row) and _parts.aid_object(cl["obj"], cap_words)


def support_put_off(cl: dict, row: dict, cap_words) -> bool:
    """`support_put_off`: aid, or a decision on it, waits or is put off ("any decision on fighter jets will have to
    wait until after the election", "the loan for Kyiv would be put off until next year"), or the speaker's side puts
    it off ("we have postponed the delivery of the tanks"); not negated ("will not be delayed" puts nothing off), a
    question or hypothetical, nor put off by the adversary ("Russian strikes delayed the deliveries")."""
    W = _words.classes()
    if cl["neg"] or cl["q"] or cl["hyp"] or not set(cl["pred"][-1:]) & W["postpone_lemma"]:
        return False
    if set(cl["subj"]) & W["hostile"]:
        return False
    if cl["pass"] or cl["pred"][-1] == "wait":
        return _parts.aid_object(cl["subj"], cap_words)
    return _parts.own_subject(cl, row) and _parts.aid_object(cl["obj"], cap_words)


def no_support_ahead(text: str, cap_words) -> bool:
    """`no_support_ahead`: "there will/would be no" and an aid object or capability within NO_AID_SPAN words, in the
    noun phrase "no" opens: before a `phrase_boundary` word ("no pause in the deliveries of weapons", "no Ukraine
    without Western weapons" deny no aid)."""
    W = _words.classes()
    lowers = re.findall(r"[a-z0-9']+", text.lower())
    for i in range(len(lowers) - 3):
        if lowers[i] == "there" and lowers[i + 1] in W["future"] and lowers[i + 2] == "be" and lowers[i + 3] == "no":
            after = lowers[i + 4:i + 4 + NO_AID_SPAN]
            stop = next((k for k, w in enumerate(after) if w in W["reduction_noun"] | W["phrase_boundary"]),
                        len(after))
            if _parts.aid_object(after[:stop], cap_words):  # "no cuts to the funding", "no pause in the deliveries"
                return True
    return False


def decide(clauses: list, row: dict, cap_words=frozenset()):
    """("refusal", construction) where a clause (or the content's words) shows one of the constructions."""
    for cl in clauses:
        if support_ruled_out(cl, cap_words):
            return "refusal", "support_ruled_out"
        if support_blocked(cl, row, cap_words):
            return "refusal", "support_blocked"
        if support_put_off(cl, row, cap_words):
            return "refusal", "support_put_off"
    if no_support_ahead(text_of(row.get("text")), cap_words):
        return "refusal", "no_support_ahead"
    return None
