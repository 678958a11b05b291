"""Giving that asks no one for support: a limit of the appeal that coding/composition.py reads from the clause frame
(statements/clause_frame.py). Word classes are those of coding_words.csv; ANNOTATION.md: an appeal asks others for
support.

Constructions:
- `benefit_stated` -> no appeal: a declarative clause (present, past or perfect; a subject, active, no modal, not
  negated, hypothetical, a question or an imperative) whose predicate is a give verb (`give_lemma`) and whose object
  is a benefit that is no transfer (`not_transferred`: an advantage, a chance, hope, time, a signal) and names no
  aid: it states what something gives ("night flights give us an opportunity to strike", "the pause gave the
  Ukrainians the opportunity to strike back", "their will to fight gives them a great advantage"), and asks no one
  for anything. The phrase rows read "give us" from the recipient as "Give us the planes". Only where the statement
  has no imperative and no obligation (must / should, need / have / ought to) and no construction of composition
  decided: "give us the chance to win" (an imperative), "partners must give Ukraine the chance" (an obligation) and
  "the jets would give us an edge" (hypothetical: a recipient's wish) stay to the other rules.
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import words as _words

_TENSES = frozenset(("present", "past", "perfect"))


def _benefit_given(cl: dict, cap_words) -> bool:
    """One declarative give clause whose object names a benefit that is no transfer and no aid."""
    W = _words.classes()
    if not cl.get("v", True) or cl.get("imp") or cl["tense"] not in _TENSES or cl["aux"] and set(cl["aux"]) - {"do"}:
        return False
    if cl["neg"] or cl["hyp"] or cl["q"] or cl["pass"] or not cl["subj"] or not set(cl["pred"][-1:]) & W["give_lemma"]:
        return False
    return bool(set(cl["obj"][:4]) & W["not_transferred"]) and not _parts.aid_object(cl["obj"], cap_words)


def _asks(cl: dict) -> bool:
    """The clause is an imperative or an obligation (must / should; need / have / ought to)."""
    W = _words.classes()
    semi = cl["pred"][0] in W["obligation_semi"] and len(cl["pred"]) > 1
    return bool(cl.get("imp") or semi or set(cl["aux"]) & W["obligation_modal"])


def benefit_stated(clauses: list[dict], cap_words=frozenset()) -> bool:
    """`benefit_stated` (module docstring): True where a clause of the statement states a benefit given and none
    asks."""
    return any(_benefit_given(cl, cap_words) for cl in clauses) and not any(_asks(cl) for cl in clauses)
