"""Pledges whose object the context gives: a commitment of the speaker's side that carries on "this", "it", "more"
or nothing named, the aid it means named in the sentences before (statements/frame_context.py, frame key "ctx").
composition.decide calls `decide(frame, side, row, lowers, cap_words)` after commitments.decide; it returns (act,
construction) or None.

Construction (word classes of coding_words.csv; ANNOTATION.md: a pledge commits the source's side to give or keep
giving support):
- `context_commitment` -> pledge: in one clause of the content, (1) the speaker's side as subject (commitments.
  own_subject: first person, a reported he/she/they, the speaker's country or name) with commitment modality
  (clause_parts.commitment: future, a reported "would", a first-person obligation, a present continue / keep /
  remain) or readiness ("we stand ready to do more"); or more announced without a giver (proform_quantity: "more is on the way", "much more will come",
  "there will be more", "there will be further packages"); (2) a predicate that carries on or gives (context_verb:
  "keep doing", "continue to do", "send", "step up") whose object is a pro-form or absent (proform_object: "it",
  "this", "so", "more", "the same"), a continuative with no object ("we will keep going"), or "be there"
  ("the UK will be there for as long as it takes"); negated only as a litotes (abandon_lemma / persist_neg: "we
  are not going to stop"); not a question, and no hypothetical word in the statement ("if", "could"); (3) the
  statement or the two sentences before it name support, weapons, money or an aid object and Ukraine or a give
  verb, and no adversary is the clause's beneficiary: "the Germans helped Ukraine with money most of all, and they
  will continue to do it", "[Asked about more air defence for Kyiv] we will keep doing this", "[after a sentence
  on a new package for Ukraine] more is on the way".
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import commitments as _k
from . import words as _words


def _proform(words: list[str]) -> bool:
    """No object, or one that only stands for what the context names ("it", "this", "more", "the same")."""
    return set(words) <= _words.of("proform_object")


def _litotes(cl: dict) -> bool:
    W = _words.classes()
    return bool(set(cl["pred"]) & (W["abandon_lemma"] | W["persist_neg"]))


def _carries_on(cl: dict, lowers: set) -> bool:
    """(2): a carry-on or give predicate with a pro-form or no object, or "be there"; negated only as a litotes."""
    W = _words.classes()
    if cl["hyp"] or cl["q"] or cl["pass"] or set(cl["ben"]) & W["hostile"]:
        return False
    if cl["neg"]:
        return _litotes(cl) and _proform(cl["obj"])
    if cl["pred"] == ["be"]:
        return "there" in lowers and not cl["obj"]
    if cl["pred"][0] in W["continuative"] and len(cl["pred"]) > 1 and cl["pred"][-1] in W["carry_on_verb"]:
        return not cl["obj"]  # "we will keep going"
    return cl["pred"][-1] in W["context_verb"] and _proform(cl["obj"])


def _ready_for_more(cl: dict) -> bool:
    """Readiness to carry on or give what the context names: be / stand / remain + readiness_adj + a context_verb
    with a pro-form or no object ("we stand ready to do more", "we are prepared to do the same")."""
    W = _words.classes()
    if cl["neg"] or cl["hyp"] or cl["q"] or cl["pass"] or cl["pred"][0] not in W["readiness_verb"]:
        return False
    if len(cl["pred"]) < 2 or cl["pred"][-1] not in W["context_verb"] or not set(cl["obj"][:1]) & W["readiness_adj"]:
        return False
    return set(cl["obj"][1:]) <= W["proform_object"] | W["context_verb"]


def _more_to_come(cl: dict, lowers: set) -> bool:
    """More announced without a giver: a quantity ("more") as the subject of a future give or motion verb or of a
    present "be on the way", or the object of a future existential ("there will be more", "there will be further
    packages")."""
    W = _words.classes()
    if cl["neg"] or cl["hyp"] or cl["q"]:
        return False
    quantity = W["proform_quantity"]
    if cl["pred"] == ["be"] and cl["tense"] == "future" and not cl["subj"] and "there" in lowers:
        return bool(cl["obj"]) and (set(cl["obj"][:2]) & quantity or _parts.aid_object(cl["obj"], frozenset()))
    if not cl["subj"] or not set(cl["subj"]) <= quantity | W["proform_object"] or not set(cl["subj"]) & quantity:
        return False
    if cl["pred"][-1] == "be" and cl["tense"] == "present":
        return bool(set(cl["obj"][:2]) & W["underway_noun"])
    return cl["tense"] == "future" and bool(set(cl["pred"]) & (W["motion_lemma"] | W["give_lemma"]))


def _context_names_aid(words: set, cap_words) -> bool:
    """(3): the context names support, weapons, money, an aid object or (in the statement) a capability, and
    Ukraine or a give verb."""
    W = _words.classes()
    return _parts.aid_object(words, cap_words) and bool(words & (W["ukraine"] | W["give_verb"] | W["give_lemma"]))


def decide(frame: dict | None, side: str, row: dict, lowers: set, cap_words=frozenset()):
    """("pledge", "context_commitment") where a clause commits the speaker's side to carry on what the context
    names as aid (module docstring); None elsewhere."""
    if not frame or side not in ("donor", "other") or lowers & _words.of("hypothetical"):
        return None  # "If Congress agrees, we will do more": the condition's clause is not the frame's
    context = None
    for cl in frame.get("clauses") or []:
        own = _k.own_subject(cl, row) and (_parts.commitment(cl, row) and _carries_on(cl, lowers) or _ready_for_more(cl))
        if not (own or _more_to_come(cl, lowers)):
            continue
        if context is None:
            context = set(frame.get("ctx") or ()) | set(lowers)
        if _context_names_aid(context, cap_words):
            return "pledge", "context_commitment"
    return None
