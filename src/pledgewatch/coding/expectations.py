"""The recipient's expectation of support and the importance it stresses, constructions on the clause frame
(statements/clause_frame.py) that coding.composition calls where it decides; word classes are those of
coding_words.csv. ANNOTATION.md, in our words: a need the recipient insists on is an appeal, the
same need voiced by a donor an assessment; both constructions are read for the recipient only.

- `recipient_expectation` -> appeal: the recipient (side "recipient": Ukraine's officials) says that it, or Ukraine,
  expects, awaits, waits for, counts on or hopes for support: the predicate an expect_lemma ("expect", "await",
  "wait for", "count on", "rely on", "hope for"), its subject the speaker's side (first person, Ukraine, the
  speaker's country, he/she in reported speech) or none (a verb conjoined to the subject's first verb: "his country
  appreciates the help given, but awaits new supplies"), not negated nor a question, and what is expected support,
  aid, weapons, money, sanctions or membership (its object or beneficiary: "We are expecting broader support",
  "awaits new supplies above all heavy ...", "Ukraine has been waiting for ... help package for months") or an
  xcomp that gives support ("we expect our partners to deliver more air defence"). ANNOTATION.md: a need stressed
  by the recipient is ... appeal; the recipient's expectation is the same request made politely. A donor's
  expectation ("So I expect new announcements ... air defence capabilities ... Ukraine soon", NATO) is left alone:
  it announces, it does not ask; so is an expectation of events ("we expect heavy fighting in the east") and an
  expected arrival ("we expect the tanks to arrive next week": arrive gives nothing).
- `recipient_importance` -> appeal: the recipient stresses that support is important: a copula whose predicate is a
  necessity word and whose subject names support, aid, weapons, money, sanctions or membership ("For us, the
  support of the UK and ... US is very important", "Western weapons are crucial for us"), or an importance noun
  whose object names them ("he stressed the importance ... more sanctions on Russia"); not negated nor a question.
  A donor saying the same ("US officials have stressed ... importance of new US aid") is left alone.
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import words as _words


def _speaker_side_subject(cl: dict, row: dict) -> bool:
    """The subject is the speaker's side (first person, Ukraine, the speaker's country, a reported he/she), or
    absent (a conjoined verb that shares the first verb's subject)."""
    return not cl["subj"] or bool(set(cl["subj"]) & _words.classes()["ukraine"]) or _parts.own_subject(cl, row)


def _expected_support(cl: dict, cap_words) -> bool:
    """What the clause expects is support: an xcomp that gives it (a give predicate with an aid object or Ukraine),
    or an object / beneficiary naming support, aid, weapons, money, sanctions or membership."""
    if len(cl["pred"]) > 1:  # "expect our partners to deliver more air defence", not "expects to increase exports"
        return _parts.supports(dict(cl, pred=cl["pred"][1:]), cap_words)
    return _names_support(cl["obj"] + cl["ben"], cap_words)


def _names_support(words: list[str], cap_words) -> bool:
    """The words name support, aid, weapons, money, a capability, sanctions or membership."""
    W = _words.classes()
    return _parts.aid_object(words, cap_words) or bool(set(words) & (W["sanctions"] | W["membership"]))


def _stressed_importance(cl: dict, cap_words) -> bool:
    """`recipient_importance`: "the support of the UK is very important", "stressed the importance of sanctions"."""
    W = _words.classes()
    if cl["neg"] or cl["q"]:
        return False
    if cl["pred"] == ["be"] and set(cl["obj"]) & W["necessity"]:
        return _names_support(cl["subj"], cap_words)
    return bool(set(cl["obj"]) & W["importance_noun"]) and _names_support(cl["obj"], cap_words)


def decide(clauses: list[dict], side: str, row: dict, cap_words):
    """("appeal", "recipient_importance" / "recipient_expectation") where a clause of the recipient's content
    stresses the importance of support or expects it (module docstring); None elsewhere."""
    if side != "recipient":
        return None
    W = _words.classes()
    for cl in clauses:
        if _stressed_importance(cl, cap_words):
            return "appeal", "recipient_importance"
        if cl["pred"][0] not in W["expect_lemma"] or cl["neg"] or cl["q"] or not cl.get("v", True):
            continue
        if _speaker_side_subject(cl, row) and _expected_support(cl, cap_words):
            return "appeal", "recipient_expectation"
    return None
