"""The token span of the speaker mention a subject token heads (`mention`: "the governor of Luhansk, Serhiy Haidai";
its "of" phrase ends before a relative clause, `_phrase_end`), and the source a document subject names ("a statement
from the EU" -> EU, `document_source`; `source_mention` gives that source's span). Which token is the subject is
`subjects.py`'s question; this module only says how far the mention it heads runs."""

from __future__ import annotations

from . import lexicon as L
from .grammar import DASHES, MENTION_STOP
from .quotes import QUOTE_CHARS


def mention(s):
    """(start, end) token span of the speaker mention headed by s: its left modifiers, name parts, "of" phrase,
    and a proper-name appositive ("the governor, Oleksandr Starukh"); no relative clauses or trailing punctuation,
    no leading spaced dash (a wire dateline's)."""
    doc = s.doc
    start = s.i
    while start - 1 >= s.left_edge.i and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_ \
            and doc[start - 1].text not in QUOTE_CHARS and doc[start - 1].text not in MENTION_STOP \
            and not (doc[start - 1].text in DASHES and doc[start - 1].whitespace_):
        start -= 1  # (hyphens stay: "the self-made Leeds resident"; a spaced dash, a wire dateline's, ends it:
        # "KYIV (Reuters) - Ukraine's military said", "LONDON - British officials said")
    end = s.i + 1
    for c in s.rights:
        if c.i > end + 1 and not (c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i <= end + 1):
            break
        if any("\n" in t.whitespace_ or t.is_space for t in doc[end - 1:c.right_edge.i]):
            break  # never across a paragraph break
        if c.dep_ == "prep" and c.lower_ in ("of", "at"):
            end = _phrase_end(c)
        elif c.dep_ in ("compound", "flat", "case", "nummod") or (c.dep_ == "appos" and c.pos_ == "PROPN"):
            end = c.right_edge.i + 1
        elif c.dep_ == "punct" and c.text == ",":
            continue
        elif c.dep_ == "cc" and c.lower_ in ("and", "&") and c.i == end:
            # a joint speaker: "the envoy and two other sources", "Washington and London" (ANNOTATION.md: a
            # group)
            conj = next((x for x in s.rights if x.dep_ == "conj" and x.i > c.i), None)
            if conj is None or conj.pos_ not in ("NOUN", "PROPN"):
                break
            end = mention(conj)[1]
            break
        else:
            break
    return start, end


def _phrase_end(prep) -> int:
    """The end of an "of" / "at" phrase of a mention: its right edge, but not a relative clause on its object nor the
    comma before it ("the director of the clinic Jane Roe, which the channel quotes": the mention ends at "Roe").
    A clause followed by a name (", Olena Kowal": "the director of the hospital where the wounded were taken, Olena
    Kowal") is not cut, so the apposition after it still joins the mention; nothing cut, nothing is stripped (the
    closing mark of 'the centre "Memorial"' stays)."""
    doc = prep.doc
    full = end = prep.right_edge.i + 1
    for t in prep.subtree:
        if t.dep_ == "relcl" and t.i > prep.i and not _name_follows(doc, t.right_edge.i + 1, prep):
            end = min(end, t.left_edge.i)
    if end < full:
        while end > prep.i + 1 and doc[end - 1].is_punct:
            end -= 1
    return end


def _name_follows(doc, k, prep) -> bool:
    """Does a proper name of the mention's own (inside prep's subtree, or under prep's head: ", Olena Kowal") start at
    token k, or right after a comma there? A name after the phrase ("..., which tracks sanctions, Russia has lost") is
    the next clause's, and the relative clause is still cut."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].pos_ != "PROPN":
        return False
    return k <= prep.right_edge.i or prep.head in doc[k].ancestors  # inside, or an apposition on the head


def document_source(s):
    """The source named inside a document mention headed by s ("a statement from the EU" -> EU, "assessments
    made by military experts ... western governments" -> experts), else None."""
    if s.lemma_.lower() not in L.DOCUMENT_NOUN:
        return None
    for c in s.children:
        preps = [c] if c.dep_ == "prep" else [x for x in c.children if x.dep_ in ("prep", "agent")] \
            if c.dep_ == "acl" and c.lemma_ in L.DOCUMENT_VERB else []
        for p in preps:
            if p.lower_ in L.SOURCE_PREPOSITION:
                obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
                                        or obj.pos_ == "NOUN" and obj.tag_ == "NNS"
                                        or obj.lemma_.lower() in L.SOURCE_BODY):
                    return obj
    return None


def source_mention(s):
    """The mention span of subject s, or of the source a document subject names."""
    src = document_source(s)
    return mention(src if src is not None else s)
