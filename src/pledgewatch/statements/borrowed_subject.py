"""A participle cue's borrowed subject that cannot speak, and the speaker nearer the cue's own clause.

Construction: a participle cue with no subject of its own ("..., telling", "..., pledging", "while accusing") takes
its speaker from the clause the parse hangs it on (`subjects.subject` climbs to that clause's subject). Where the
parse hangs it on an embedded or adverbial clause whose subject is a thing or an event, that subject is taken for
the speaker: "Blinken said his visit was not about X, telling a broadcaster that ..." ("his visit"), "the prime
minister visited Kyiv last week for the second time since the war broke out, pledging to ..." ("the war"), "he
would check that all the rules were being followed, while accusing the Kremlin of ..." ("all the rules"). A thing
says nothing: the speaker is the subject of the outermost clause above the cue that has a subject before the
cue, if that subject can speak (`speaking.can_speak`: a name, a pronoun, a noun of the speaker word lists, also a
count: "Thousands marched ..., demanding"; "It said ..." after a body is the body's) and is outside quotations. Not
in a question (a "?" inside a closing quotation is the quotation's). Otherwise the borrowed subject stays and the
veto and resolver stages judge it as before; so does a sentence whose sayer comes after the cue ("..., urging Kyiv to
send more shells, the commander said": no clause above has a subject before the cue that can speak). The outermost,
not the nearest subject before the cue: that is mostly one inside the reported clause
("Biden said the Ukrainians were fighting bravely and the aid was working, promising ...": Biden).
"""

from __future__ import annotations

from . import lexicon as L
from .speakers.words import SUBJ_DEPS
from .speaking import can_speak

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
        and not any(c.dep_ in SUBJ_DEPS for c in v.children) and not can_speak(subj)


def speaking_subject_before(ctx, v, subj):
    """The subject before v of v's outermost ancestor clause that has one, if it is not subj, not inside a
    quotation, no relative pronoun, and can speak (`can_speak`); else None (not a subject
    further in: "Sunak visited Kyiv after the troops withdrew and the fighting eased, pledging ...", where the
    tagger misses the name, is not the troops'); None in a question ("Did Scholz say
    ..., promising ...?"). The outermost, not the nearest: the nearest is mostly a subject inside the reported
    clause ("Zelensky said the army was holding and the situation remained difficult, urging ...": Zelensky, not
    "the army"); the sentence's main clause is the sayer's."""
    if _question(ctx, v.sent):
        return None
    for a in reversed(list(v.ancestors)):
        c = next((c for c in a.children if c.dep_ in SUBJ_DEPS and c.i < v.i), None)
        if c is not None:  # the outermost clause with a subject before the cue: its subject or none
            ok = c.i != subj.i and c.lower_ not in L.RELATIVE_PRONOUN and ctx.quote_containing(c.idx) is None
            return c if ok and can_speak(c) else None
    return None


def _question(ctx, sent) -> bool:
    """The sentence is a question: its last word, quotation marks and spaces aside, is a "?" outside any quotation
    ('..., asking Congress: "Why wait any longer?"' is the quotation's question, not the sentence's)."""
    last = next((t for t in reversed(sent) if not (t.is_quote or t.is_space)), None)
    return last is not None and last.text == "?" and ctx.quote_containing(last.idx) is None
