"""Appeals for a response to the adversary's acts (issue #13), a construction on the clause frame
(statements/clause_frame.py) that coding.composition reads beside the requests and needs; word classes are those of
coding_words.csv.

- `response_asked` -> appeal: what a request asks for, what a need requires or what an obligation lays on others is
  a response to the adversary's conduct (ANNOTATION.md's settled conventions: an appeal asks others to give support
  or to act against the adversary, whoever the beneficiary):
  - a request cue's noun phrase headed by a `response_noun` ("Zelensky called for a tougher international response
    to the missile strikes");
  - a need whose object is headed by one, only `response_modifier` words before it ("this requires a firm answer";
    not "the world needs more diplomacy in response to ...", where the response is the setting);
  - an obligation, not negated, on the passive of a `response_lemma` ("such terror must be answered");
  - a `response_undone` complement of go / remain / leave: negated under an obligation, a call ("this crime must not
    go unanswered"), or, asserted in the present or past by the recipient, its complaint ("the shelling of our
    cities has gone unanswered");
  the response aimed at the adversary: the recipient speaks, or the statement names the adversary or a harm event
  (strikes, attacks, invasion), and what is answered is no question (`question_noun`: "all questions about the
  invasion must be answered" asks for answers, not for acting against anyone). The adversary's own "will not leave the sanctions unanswered" is its threat, and
  "punish" asks for accountability (other), not in `response_lemma`.
"""

from __future__ import annotations

from . import words as _words


def _aimed(side: str, lowers: set) -> bool:
    """The response is aimed at the adversary: the recipient speaks, or the adversary or a harm event is named."""
    W = _words.classes()
    return side == "recipient" or bool(lowers & (W["hostile"] | W["harm_event"]))


def _headed(obj: list[str]) -> bool:
    """The object is headed by a response noun: only response_modifier words before it ("a stronger global
    response")."""
    W = _words.classes()
    for w in obj:
        if w in W["response_noun"]:
            return True
        if w not in W["response_modifier"]:
            return False
    return False


def _questioned(cl: dict) -> bool:
    """What is answered is a question (`question_noun`), not an act: "all questions ... must be answered"."""
    return bool(set(cl["subj"] + cl["obj"] + cl["ben"]) & _words.classes()["question_noun"])


def requested(clauses: list[dict], side: str, lowers: set):
    """A request cue's noun phrase headed by a response noun ("called for a strong response to the strikes")."""
    if side == "adversary" or not _aimed(side, lowers):
        return None
    W = _words.classes()
    for cl in clauses:
        if not cl.get("v", True) and cl["pred"][:1] and cl["pred"][0] in W["response_noun"] and not _questioned(cl):
            return "appeal", "response_asked"
    return None


def _obliged(cl: dict) -> bool:
    W = _words.classes()
    return cl["tense"] == "modal" and bool(set(cl["aux"]) & W["obligation_modal"])


def _left_unanswered(cl: dict, side: str) -> bool:
    """go / remain / leave ... unanswered: negated under an obligation a call, asserted by the recipient a
    complaint."""
    W = _words.classes()
    if not set(cl["obj"]) & W["response_undone"] or cl["pred"][:1] and cl["pred"][0] not in W["undone_verb"]:
        return False  # "Russia's lies have gone unchallenged" is no such act; go / remain / leave / stay only
    if cl["neg"]:
        return _obliged(cl)
    return side == "recipient" and cl["tense"] in ("present", "past", "perfect")


def decide(clauses: list[dict], side: str, lowers: set):
    """("appeal", "response_asked") where a content clause needs, obliges or misses a response aimed at the
    adversary (module docstring); None elsewhere."""
    if side == "adversary" or not _aimed(side, lowers):
        return None
    W = _words.classes()
    for cl in clauses:
        if cl["q"] or cl["hyp"] or _questioned(cl):
            continue
        if _left_unanswered(cl, side):
            return "appeal", "response_asked"
        if cl["neg"]:
            continue
        if cl["pred"][0] in W["need_lemma"] and len(cl["pred"]) == 1 and not cl["pass"] and _headed(cl["obj"]):
            return "appeal", "response_asked"
        if cl["pass"] and _obliged(cl) and cl["pred"][0] in W["response_lemma"]:
            return "appeal", "response_asked"
    return None
