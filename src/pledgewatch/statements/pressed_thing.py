"""A request verb whose direct object is the one pressed, with a thing for its object: no speech act.

Construction: a cue of the `addressee_object_cue` list (statement_words.csv: "press") takes as its direct object
the one it presses ("pressed NATO for more weapons", "pressed Yanukovych to sign an agreement", "press Warren on
whether she would run"). With an object that cannot speak (`speaking.can_speak`) and nothing said besides ("Moscow
tries to press home its manpower and ammunition advantage", "There is no reason to press the button", "ways to press
his agenda"), the verb is an action, not a request: the cue gives no statement. Not where the verb has a "for"
phrase or a clause ("pressed for talks", "pressed the allies to send tanks"), nor where the object holds a clause
("pressing the case that low rates are important": what is argued)."""

from __future__ import annotations

from . import lexicon as L
from .speaking import can_speak


def pressed_thing(ctx, v, cue, subj):
    """Cue v of `addressee_object_cue` has a direct object (or a conjunct of it) that cannot speak, no verb inside
    it, and no "for" phrase, complement clause or infinitive of its own (a "before" or "as" clause is an adjunct; the
    module docstring)."""
    if v.lemma_.lower() not in L.ADDRESSEE_OBJECT_CUE:
        return False
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None or any(t.pos_ in ("VERB", "AUX") for t in obj.subtree):
        return False
    if all(can_speak(n) for n in (obj, *obj.conjuncts)):
        return False  # (every conjunct one who can be pressed; "its manpower and ammunition advantage": not)
    return not any(c.dep_ in ("ccomp", "xcomp") and c.i > obj.i or
                   c.dep_ == "prep" and c.lower_ == "for" for c in v.children)
