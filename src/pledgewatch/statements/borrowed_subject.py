"""A participle cue's borrowed subject that cannot speak, and the speaker nearer the cue's own clause.

Construction: a participle cue with no subject of its own ("..., telling", "..., pledging", "while accusing") takes
its speaker from the clause the parse hangs it on (`subjects.subject` climbs to that clause's subject). Where the
parse hangs it on an embedded or adverbial clause whose subject is a thing or an event, that subject is taken for
the speaker: "Blinken said his visit was not about X, telling a broadcaster that ..." ("his visit"), "the prime
minister visited Kyiv last week for the second time since the war broke out, pledging to ..." ("the war"), "he
would check that all the rules were being followed, while accusing the Kremlin of ..." ("all the rules"). A thing
says nothing: the speaker is the nearest subject before the cue in its sentence that can speak (`speaking.can_speak`:
a name, a personal pronoun, a noun of the speaker word lists), outside quotations; none, and the borrowed subject
stays (the veto and resolver stages judge it as before).
"""

from __future__ import annotations

from . import lexicon as L
from .speaking import can_speak

_SUBJ = ("nsubj", "nsubjpass")
_ADJUNCT = ("advcl",)  # a participle adjunct; not a controlled xcomp ("swarms of trolls keep claiming"), nor a
# conjunct ("X said that the next step of Moscow's plan would be to stage ... and saying that ...": the plan's words
# inside X's, left to the nesting of `test_an_outer_row_left_with_a_bare_complementizer_is_dropped`)


def borrowed_unspeaking(v, subj) -> bool:
    """subj, the speaker `subjects.subject` found for participle cue v, is a common noun before v that cannot speak
    and is not v's own subject (the parse's clause v hangs on lent it). Only a participle adjunct (advcl),
    not one its verb controls ("swarms of trolls keep claiming ...": theirs, as the parse says); a lower-case noun
    (a name the tagger took for a noun, "Boreing said ..., promising ...", is no thing)."""
    return v.tag_ == "VBG" and v.dep_ in _ADJUNCT and subj is not None and subj.i < v.i and subj.head.i != v.i \
        and subj.pos_ == "NOUN" and subj.text.islower() \
        and not any(c.dep_ in _SUBJ for c in v.children) and not can_speak(subj)


def speaking_subject_before(ctx, v, subj):
    """The nearest subject before participle cue v in its sentence (not subj, not inside a quotation, no relative
    pronoun) that can speak, or None."""
    for t in reversed(v.doc[v.sent.start:v.i]):
        if t.dep_ not in _SUBJ or t.i == subj.i or t.lower_ in L.RELATIVE_PRONOUN:
            continue
        if ctx.quote_containing(t.idx) is None and can_speak(t):
            return t
    return None
