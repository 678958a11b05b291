"""Span boundary: the reporter's summary of a statement set after it as an apposition is not its content.

Construction: a reported clause followed, after a comma, by an indefinite noun phrase whose head is a speech-act
noun (the `summary_noun` list) that names the statement itself, often with a clause of what others made of it:
"said some retirees would pay more in fees, an admission that his rivals seized on", "complained that the vote
had been rigged, a charge that party officials denied", "told reporters that the talks went both ways, a point
the minister also conceded", "said he would be back at work on Monday, a clear message about his resolve". The
noun phrase is the reporter's words about the statement (its act, what others did with it), not the speaker's;
the content ends before the comma. Only indirect and mixed content (a speaker's own quotation is theirs), only
where the noun phrase runs to the end of the content and holds no quotation mark.
"""

from __future__ import annotations

from .lexicon import SUMMARY_NOUN
from .quotes import QUOTE_CHARS

INDEFINITE = ("a", "an")
PRE_NOUN_DEPS = ("amod", "advmod", "compound")


def _summary_start(doc, comma, end):
    """The head noun of a summary apposition opening right after token `comma` (an indefinite article, optional
    modifiers, a `summary_noun`) whose phrase ends at token `end` or later, else None."""
    j = comma.i + 1
    if j >= end or doc[j].lower_ not in INDEFINITE:
        return None
    j += 1
    while j < end and doc[j].dep_ in PRE_NOUN_DEPS and doc[j].lemma_.lower() not in SUMMARY_NOUN:
        j += 1
    if j >= end or doc[j].lemma_.lower() not in SUMMARY_NOUN or doc[j].pos_ != "NOUN":
        return None
    return doc[j] if doc[j].right_edge.i >= end - 1 else None


def summary_appositions(ctx, rows):
    """End each indirect or mixed statement before a summary apposition at its end (see the module docstring)."""
    doc, text = ctx.doc, ctx.text
    for st in rows:
        if st.quote_type == "direct":
            continue
        first, last = ctx.tok_at(st.char_start), ctx.tok_at(max(st.char_start, st.char_end - 1))
        for t in doc[first:last + 1]:
            if t.text != "," or ctx.quote_containing(t.idx) is not None:
                continue
            if _summary_start(doc, t, last + 1) is None or any(
                    ch in QUOTE_CHARS for ch in text[t.idx:st.char_end]):
                continue
            ce = ctx.trim(st.char_start, t.idx)[1]
            if ce - st.char_start > 1:
                st.set_span(st.char_start, ce, text)
            break
