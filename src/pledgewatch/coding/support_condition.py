"""`support_condition` -> appeal: the recipient's success put under a condition of support, an argument for giving
it (ANNOTATION.md: an appeal asks others for support; the coders read a donor's "Kyiv can prevail if we keep
backing it" so). Read on the clause frame (statements/clause_frame.py, the clause's `cond`):

- the main clause: the recipient as subject (Ukraine named, or the speaker's first person where the speaker is the
  recipient) of a `success_lemma` predicate (win, prevail, hold, protect ...), not negated and not a question
  ("Kyiv can still win this war if it is given the right weapons");
- its condition (`cond`, an "if" / "provided" / "once" clause or a "given" participle) gives support: a give
  predicate with an aid object or Ukraine ("if allies send more shells"), a give predicate whose object is a pro-form
  for the recipient ("if we keep backing it": `condition_pronoun`), a receipt of aid ("if we get the jets",
  `receive_lemma`) or aid as the subject of a transfer ("provided the shells arrive", `transfer_lemma`);
- said by a donor or the recipient (an adversary's "Kyiv could hold if the West keeps arming it" is none).

Not: a condition on the adversary ("Ukraine can win if Russia runs out of shells") or support to it ("if North
Korea keeps sending shells to Russia", the adversary named in the condition's subject, object or beneficiary), a
condition with a negative object ("if Iran sends no more drones"), a success without a condition
("Ukraine will win"), a negated success ("Kyiv cannot win even if it gets jets").
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import words as _words


def _recipient_subject(cl: dict, side: str) -> bool:
    W = _words.classes()
    subj = set(cl["subj"])
    return bool(subj & W["ukraine"]) or (side == "recipient" and bool(subj & W["first_person"]))


def _gives_support(cond: dict, cap_words) -> bool:
    """The condition gives the recipient support (see the module docstring)."""
    W = _words.classes()
    if cond["neg"] or cond["q"] or cond["obj"][:1] == ["no"]:
        return False  # ("if Iran sends no more drones": a negative object negates the condition)
    if set(cond["subj"] + cond["ben"] + cond["obj"]) & W["adversary"]:
        return False  # ("if North Korea keeps sending shells to Russia": support to the adversary)
    if _parts.supports(cond, cap_words):
        return True
    if _parts.gives(cond) and cond["obj"][:1] and cond["obj"][0] in W["condition_pronoun"]:
        return True
    if cond["pred"][-1] in W["transfer_lemma"] and _parts.aid_object(cond["subj"], cap_words):
        return True  # "provided the shells arrive"
    return cond["pred"][-1] in W["receive_lemma"] and _parts.aid_object(cond["obj"], cap_words)


def decide(clauses: list[dict], side: str, cap_words):
    """("appeal", "support_condition") for the first clause of the construction, else None."""
    if side not in ("donor", "recipient"):
        return None
    W = _words.classes()
    for cl in clauses:
        cond = cl.get("cond")
        if not cond or cl["neg"] or cl["q"] or not set(cl["pred"]) & W["success_lemma"]:
            continue
        if _recipient_subject(cl, side) and _gives_support(cond, cap_words):
            return "appeal", "support_condition"
    return None
