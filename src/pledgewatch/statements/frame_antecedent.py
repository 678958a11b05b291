"""The antecedent of a plural pro-form that opens what a statement says (consumed by coding/aid_antecedent.py).

Construction: the content's first plural noun phrase is a pro-form, a plural personal pronoun ("they", "them"), a
demonstrative pronoun ("these", "those"), a demonstrative with its noun ("these systems", "those weapons") or a
plural noun with the definite article ("the howitzers"), so its referent is named before the content: "[Kyiv asked
Canberra to send armoured vehicles ...] saying they would do more than stand in a depot". The antecedent is the
nearest plural noun before the pro-form (for a demonstrative with a noun, the same noun first; for the definite
article, only the same noun), in the pro-form's sentence or the SENTENCES sentences before; none where it lies
inside the content (the content names its own referent). The clause frame keeps, under "ante", the antecedent's
lower-case form and the texts of the sentences that name it, its own and up to SAME_NOUN_SENTENCES before the
content's (a noun named again: "[the missiles went to Kyiv in earlier packages] ... he described the missiles,
saying they ..."), as plain values; the coding stage judges whether that is aid (a changed antecedent changes the
coding cache's item key, as "ctx" does).
"""

from __future__ import annotations

from . import lexicon as L
from .frame_context import window_start

_PLURAL = frozenset(("NNS", "NNPS"))
SAME_NOUN_SENTENCES = 5  # sentences before the content's own read for the antecedent's noun named again


def _proform(span):
    """(pro-form token, the noun a demonstrative determines or None) of the content's first plural noun phrase, or
    None where a plural noun comes first (the content names what it speaks of) or a relative clause follows the
    pro-form ("those who ...")."""
    for t in span:
        if t.lower_ in L.FRAME_DEFINITE_DET and t.dep_ == "det" and t.head.tag_ in _PLURAL \
                and span.start <= t.head.i < span.end:
            return t, t.head  # "the tanks": named before by the same noun (antecedent)
        if t.lower_ in L.FRAME_PLURAL_PROFORM:
            if t.dep_ == "det":
                return (t, t.head) if span.start <= t.head.i < span.end else None
            if any(c.dep_ in ("relcl", "acl") for c in t.children):
                return None  # "those who arm Kyiv": the clause after it names its referent
            return (t, None) if t.pos_ in ("PRON", "DET") else None
        if t.tag_ in _PLURAL:
            return None
    return None


def antecedent(doc, span) -> dict | None:
    """{"head": the antecedent's lower-case form, "sents": the texts (up to the content) of the sentences that name
    it, by its lemma, up to SAME_NOUN_SENTENCES before the content's, nearest first} of the content's plural pro-form
    (module docstring), or None. A noun named again keeps the sentence that first said what it is."""
    if span is None or not len(span):
        return None
    found = _proform(span)
    if found is None:
        return None
    pro, noun = found
    start = window_start(doc, span.start)
    before = [t for t in reversed(doc[start:span.start]) if t.tag_ in _PLURAL and t.pos_ in ("NOUN", "PROPN")]
    same = [t for t in before if noun is not None and t.lemma_.lower() == noun.lemma_.lower()]
    ante = (same or ([] if pro.lower_ in L.FRAME_DEFINITE_DET else before) or [None])[0]
    if ante is None:
        return None
    lemma = ante.lemma_.lower()
    sents = []
    far = window_start(doc, span.start, SAME_NOUN_SENTENCES)
    for t in reversed(doc[far:span.start]):
        if t.lemma_.lower() != lemma:
            continue
        s = t.sent if doc.has_annotation("SENT_START") else doc[far:span.start]
        text = doc[s.start:min(s.end, span.start)].text
        if text not in sents:
            sents.append(text)
    return {"head": ante.lower_, "sents": sents}
