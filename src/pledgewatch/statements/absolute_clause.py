"""An absolute clause's speaker: "CLAUSE, with NP[, APPOSITION,] V-ing ...", where the parse hung the participle cue
on the main clause's verb instead of on the "with" phrase, so the main clause's subject looked like the speaker.
"The Kremlin rejected the ruling, with its spokesman, Dmitry Peskov, calling it "void"": Peskov calls it void, not
the Kremlin. The "with" phrase opens after a comma (or the sentence) and ends, but for commas, right before the
participle (or before another participle of the same clause that it is the subject of: "with Kremlin officials,
speaking in private, saying ..."); its object speaks when it can (a proper noun, a named entity, a
noun with a proper-noun apposition, or an unnamed-source noun: "officials"). Near misses: "She met with the
minister, saying ..." (no comma before "with": the phrase belongs to "met"), "He left the room, with a smile,
saying ..." (a smile names no one), "The minister spoke by phone, with X, telling him ..." (a verb that takes a
partner with "with", `with_partner_verb`, and a cue with a personal pronoun for its object: the phrase is its
partner, the subject speaks; "Putin met the delegation, with his spokesman, X, saying ..." is X's). The prepositions are
`absolute_preposition` (statement_words.csv)."""

from __future__ import annotations

from . import lexicon as L
from .speakers.fragments import NAME_LABELS
from .speakers.words import UNNAMED_SOURCE_HEADS


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
    if j < v.i - 1 and v.dep_ == "advcl":
        # "with NP, speaking in private, saying ...": the participle before, of the same verb
        u = next((a for a in [doc[j], *doc[j].ancestors] if a.tag_ == "VBG" and a.dep_ == "advcl"
                  and a.head.i == v.head.i and a.i < v.i), None)
        if u is not None:
            return absolute_subject(u)
    w = next((a for a in [doc[j], *doc[j].ancestors] if a.dep_ == "prep" and a.lower_ in L.ABSOLUTE_PREPOSITION
              and a.i < j and j <= a.right_edge.i < v.i), None)
    if w is None or not (w.i == w.sent.start or doc[w.i - 1].text == ","):
        return None
    obj = next((c for c in w.children if c.dep_ == "pobj"), None)
    if w.head.pos_ in ("VERB", "AUX") and w.head.lemma_.lower() in L.WITH_PARTNER_VERB and _partner_sense(v, obj):
        return None  # "spoke by phone on Monday, with X, ... telling him": X is who the subject spoke with
    return obj if obj is not None and _can_speak(obj) else None


def _partner_sense(v, obj) -> bool:
    """Does the clause read as the partner of a `with_partner_verb` ("spoke by phone, with X, telling him ...")?
    Only where the cue has a personal pronoun for a person as its object ("telling him", "assuring her") and the
    "with" object is no one's own ("with its spokesman, Dmitry Peskov, saying" is the subject's spokesman)."""
    if obj is not None and any(c.dep_ == "poss" for c in obj.children):
        return False
    return any(c.dep_ in ("dobj", "dative", "iobj") and c.morph.get("PronType") == ["Prs"]
               and c.morph.get("Gender") != ["Neut"] for c in v.children)


def _can_speak(t):
    """t names someone who can speak: a proper noun, a named entity of a speaker's kind (`fragments.NAME_LABELS`),
    a noun with a proper-noun apposition ("its spokesman, Dmitry Peskov"), or an unnamed-source noun
    (`unnamed_source_heads`: "Kremlin officials")."""
    if t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS:
        return True
    if t.pos_ == "NOUN" and (t.lemma_.lower() in UNNAMED_SOURCE_HEADS or t.lower_ in UNNAMED_SOURCE_HEADS):
        return True
    return any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in t.children)
