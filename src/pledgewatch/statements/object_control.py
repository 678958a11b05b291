"""The speaker of an infinitival cue under object control: the direct object of an `object_control` verb (lead,
prompt, force, send ...: implicative, so the speech took place) is the understood subject of its to-infinitive.
"The vote led Senator Amy Klobuchar to declare ...": Klobuchar speaks, not the vote. Only a speaking object (a noun
the NER tags as a person, body, group or country, or leaves untagged; not a place, a date, a law or a work, nor a
document noun), only in the active voice, and only where the infinitive has no subject of its own ("prompted calls
for the minister to say" is no such frame)."""

from __future__ import annotations

from . import lexicon as L
from .grammar import SPEAKER_ENTS, SUBJ_POS, infinitival


def object_controller(v):
    """The object of the verb that controls infinitival cue v (or the first verb of v's coordination); else None."""
    while v.dep_ == "conj" and v.head.i < v.i and v.head.pos_ == "VERB" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        v = v.head
    if v.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or not infinitival(v):
        return None
    h = v.head
    if h.pos_ != "VERB" or h.lemma_.lower() not in L.OBJECT_CONTROL or \
            any(c.dep_ in ("nsubjpass", "auxpass") for c in h.children):
        return None
    o = next((c for c in h.children if c.dep_ == "dobj" and c.i < v.i), None)
    if o is None or o.pos_ not in SUBJ_POS or o.lemma_.lower() in L.DOCUMENT_NOUN or \
            o.ent_type_ and o.ent_type_ not in SPEAKER_ENTS:  # untagged, or a speaker's kind: not a place, a date ...
        return None
    return o
