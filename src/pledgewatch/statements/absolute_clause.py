"""An absolute clause's speaker: "CLAUSE, with NP[, APPOSITION,] V-ing ...", where the parse hung the participle cue
on the main clause's verb instead of on the "with" phrase, so the main clause's subject looked like the speaker.
"The Kremlin rejected the ruling, with its spokesman, Dmitry Peskov, calling it "void"": Peskov calls it void, not
the Kremlin. The "with" phrase opens after a comma (or the sentence) and ends, but for commas, right before the
participle; its object speaks when it can (a proper noun, a named entity, or a noun with a proper-noun apposition).
Near misses: "She met with the minister, saying ..." (no comma before "with": the phrase belongs to "met"), "He
left the room, with a smile, saying ..." (a smile names no one). The prepositions are `absolute_preposition`
(statement_words.csv)."""

from __future__ import annotations

from . import lexicon as L

_SPEAKER_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def absolute_subject(v):
    """The object of the "with" phrase that opens cue v's absolute clause, or None (v a participle without a
    subject of its own, hung by the parse on another verb)."""
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "acl", "conj") or any(c.dep_ == "nsubj" for c in v.children):
        return None
    doc = v.doc
    j = v.i - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0 or j == v.i - 1 and doc[j].is_punct:
        return None
    w = next((a for a in [doc[j], *doc[j].ancestors] if a.dep_ == "prep" and a.lower_ in L.ABSOLUTE_PREPOSITION
              and a.i < j and j <= a.right_edge.i < v.i), None)
    if w is None or not (w.i == w.sent.start or doc[w.i - 1].text == ","):
        return None
    obj = next((c for c in w.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and _can_speak(obj) else None


def _can_speak(t):
    """t names someone who can speak: a proper noun, a named entity of a speaker's kind, or a noun with a proper-noun
    apposition ("its spokesman, Dmitry Peskov")."""
    if t.pos_ == "PROPN" or t.ent_type_ in _SPEAKER_ENTS:
        return True
    return any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in t.children)
