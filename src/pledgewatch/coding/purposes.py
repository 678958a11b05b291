"""Support a clause is for: the giving verb of the clause frame's `purp` (statements/frame_purpose.py), read by
coding/composition.py's `own_purpose` and `obligation_purpose`.

Construction: a clause whose own predicate gives nothing ("host a conference", "work with our partners", "focus on
making peace") but whose purpose infinitive, participle's gerund or conjoined gerund gives support (a give verb with
an aid object or Ukraine as object or beneficiary, clause_parts.supports), asserted (not negated, hypothetical, a
question or passive). A pro-form as that verb's object (`condition_pronoun`: "to help them") stands for the clause's
own recipient or beneficiary only (a dative, or the object of "to"/"for"/"with": "we'll sit down with our Ukrainian
counterparts ... to help them"), never for its direct object or a topic or place phrase ("review the aid package to
help it pass", "talk to the Russians about Ukraine to help them understand", "meet officials in Kyiv to help them
see": none of these gives Ukraine anything). Composition reads it where the
clause commits the speaker's side (a pledge: "Britain will host a conference next year focused on helping Ukraine
recover", "we'll work with our Ukrainian partners ... to help them think through how to use it") or lays an obligation
on others (an appeal: "politicians must focus on making peace as well as continuing to provide financial support").
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import words as _words


def purposed(cl: dict, cap_words) -> dict | None:
    """The clause's purpose clause where it gives support (module docstring), with a pro-form object resolved; else
    None."""
    p = cl.get("purp")
    if not p or p["neg"] or p["hyp"] or p["q"] or p["pass"]:
        return None
    if p["obj"] and set(p["obj"]) <= _words.of("condition_pronoun"):
        p = dict(p, obj=[], ben=p["ben"] + cl["ben"])
    return p if _parts.supports(p, cap_words) else None
