"""The aid relation the context gives a statement that names no aid itself (statements/frame_context.py, frame key
"ctx": content words of the content's own sentence before it and of the two sentences before, nearest first).

A recipient's "we need it urgently" or a donor's "they will send them next month" names no aid word: the object is
the aid the article named just before. And a speaker quoted right after a sentence on weapons sent to Ukraine
("Citing the decision to send tanks to Kyiv, he said history was repeating itself") reacts to that transfer; the
coders read both as about aid. coding/__init__.py calls both where the rules find no aid relation; the model's
guards (support to the adversary, support pledged to someone else) still apply.

Constructions (word classes of coding_words.csv):
- `context_aid` -> aid_related: in one clause of the content (or its complement clause), (1) a transfer or need
  predicate, the last verb of its chain (`context_aid_verb`: send, provide, deliver, need, receive ...; "want to
  comment on it" is none) whose object opens with a pronoun or demonstrative (`context_aid_pronoun`: "it", "them",
  "these"), or, passive, whose subject does ("they will be delivered soon"); (2) no adversary as its beneficiary
  ("send them to Russia"); (3) the nearest context word naming aid or sanctions names aid: support, weapons, money
  or an aid object (clause_parts.aid_object; "[air defence asked for] we need them now", not "[new sanctions] we
  need them to bite"); (4) the content is no question ("who will send them?").
- `context_transfer` -> aid_related: the nearest NEAR_TRANSFER context words (about the sentence before) tell of a
  transfer of aid to Ukraine: a `context_transfer_verb` (send, provide, supply ...), a weapons, money or aid object
  word and Ukraine, no sanctions word; the content names no sanctions, no other beneficiary (`other_beneficiary`)
  and no attack's toll (`battle_toll`: "shelled", "killing": a report of the war's events): "[Pope: legitimate to
  provide weapons to Ukraine] this is a political decision ...", "[Germany to send tanks to Ukraine] it is
  unbelievable but true" (corpus without coding_dev's half B: 16 rows in 15 articles, 10 about aid by reading).
- `context_membership` -> aid_related (round 29): membership, accession or candidate status (aid_relation.membership's
  words) whose joiner the content leaves unnamed, the context (NEAR_TRANSFER * 2 words) naming Ukraine, not only as a
  war's place (`war_noun`: "the invasion of Ukraine"), and no other country; not said by the adversary: "[Ukraine
  applied on Monday] Can we open the accession procedure today ...?".
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import words as _words
from .aid_relation import membership, place_side

NEAREST = 40  # context words read, the nearest first (frame_context keeps at most 40)
NEAR_TRANSFER = 10  # context words context_transfer reads: about the sentence before


def _proform_clause(cl: dict) -> bool:
    """(1) and (2): a transfer or need predicate with a pro-form object (or passive subject), no hostile beneficiary."""
    W = _words.classes()
    pred = cl.get("pred") or [""]
    if pred[-1] not in W["context_aid_verb"] or set(cl.get("ben") or ()) & W["hostile"]:
        return False
    if cl.get("q"):
        return False
    held = cl.get("subj") if cl.get("pass") else cl.get("obj")
    return bool(held) and held[0] in W["context_aid_pronoun"]  # "them" first: "need them now, not in a year"


def _context_names_aid(ctx: list[str]) -> bool:
    """(3): the nearest context word naming aid or sanctions names aid."""
    sanctions = _words.of("sanctions")
    for w in ctx[:NEAREST]:
        if w in sanctions:
            return False
        if _parts.aid_object([w], frozenset()):
            return True
    return False


def context_aid(frame: dict | None, lowers=()) -> bool:
    """Is the content's pro-form object aid by the context it stands in (module docstring)? `lowers`: the
    content's lower-case tokens (a question, "who will send them?", asks, it does not say what is sent)."""
    if not frame or not frame.get("ctx") or "?" in lowers:
        return False
    clauses = frame.get("clauses") or []
    found = any(_proform_clause(cl) or (cl.get("comp") and _proform_clause(cl["comp"])) for cl in clauses)
    return found and _context_names_aid(list(frame["ctx"]))


def _aid_things(W) -> set:
    """Words naming weapons, money, an aid object or aid itself (`context_aid_noun`; not the broad `support` class:
    "stand", "commitment")."""
    return W["weapons"] | W["money"] | W["aid_object"] | W["context_aid_noun"]


def context_transfer(frame: dict | None, lowers=()) -> bool:
    """`context_transfer`: the nearest context words (NEAR_TRANSFER) tell of a transfer of aid to Ukraine (a
    `context_transfer_verb`, a weapon, money or aid object word and Ukraine, no sanctions word), and the content
    names neither sanctions, another beneficiary nor an attack's toll (`battle_toll`: "shelled", "killing"): the
    speaker reacts to that transfer."""
    if not frame or not frame.get("ctx"):
        return False
    W = _words.classes()
    if set(lowers) & (W["sanctions"] | W["other_beneficiary"] | W["battle_toll"]):
        return False
    near = set(list(frame["ctx"])[:NEAR_TRANSFER])
    if near & W["sanctions"]:
        return False
    return bool(near & W["context_transfer_verb"] and near & W["ukraine"] and near & _aid_things(W))


def context_membership(frame: dict | None, lowers=(), side: str = "") -> bool:
    """`context_membership`: membership or accession (aid_relation.membership's words: "the accession procedure",
    "candidate status", "join the alliance") whose joiner the content leaves unnamed, the context (NEAR_TRANSFER * 2
    words) naming Ukraine and no other country (an alliance word and the word naming it skipped: "the European
    Union"): "[Ukraine applied on Monday] Can we open the accession procedure today with a country that is at war?",
    "[Kyiv's bid] the decision on candidate status will determine the future of Europe". A Ukraine word right after a
    `war_noun` ("the invasion of Ukraine", "the war in Ukraine") is the war's place, not the joiner. Not where the
    content names a place of another side ("Sweden's accession"), nor where the context names another country
    ("[Finland and Sweden applied ...] membership will take a year", "[Moldova applied days after Ukraine did]
    candidate status would be a signal"), nor said by the adversary (its demands on membership are no support)."""
    if side == "adversary" or not frame or not frame.get("ctx"):
        return False
    W = _words.classes()
    lowers = list(lowers)
    if not any(membership(lowers, i, "recipient") for i in range(len(lowers))):
        return False
    if any(place_side(w) not in ("", "recipient") and w not in W["alliance"] for w in lowers):
        return False
    ctx = list(frame["ctx"])[:NEAR_TRANSFER * 2]
    joiner = False
    for k, w in enumerate(ctx):  # nearest first: "union" comes before the "european" that names it
        place = "" if w in W["alliance"] or (k and ctx[k - 1] in W["alliance"]) else place_side(w)
        if place and place != "recipient":
            return False
        after_war = k + 1 < len(ctx) and ctx[k + 1] in W["war_noun"]  # the word before it in the text
        joiner = joiner or (place == "recipient" and not after_war)
    return joiner
