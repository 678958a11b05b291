"""Content strategy: a naming cue whose quoted label the parse did not give as the object's complement.

Construction: "X called OBJECT 'LABEL'" (cues.csv: a cue that takes "oprd"): 'John Kirby called Russia's
... for the war "BS"', 'Francis called her "poor girl" ... "innocent victim ... war."', 'Jeff Weaver called
... "beyond preposterous."', 'He ... anti-Trump protestors "illegals" ... "thugs" without proof.' The parse often
hangs the quoted label inside the object, on a preposition or nowhere near the cue, so the frame (object + oprd)
is not found and the cue gave nothing. Read on the surface instead: the words right after the cue, a short noun
phrase with no verb and no punctuation, then a quotation that opens there and closes in the sentence (and quotations
coordinated with it): the content is the object with its label, as `complements` gives it when the parse is right.
A quotation inside the object, followed by more of the object and the label, is the object's ('Tom Fitton called
Clinton's ... of a "claim of right" over her emails "significant"').

The object may be longer than a bare noun phrase where the parse gives it as the cue's object: a relative clause, an
apposition or a free relative inside the object's subtree ('Trump called the assault ... killed five Dallas police
officers "... attack on ... country,"', "Mr. Ubben called Valeant's ... executive, J. Michael ..., ''incredibly
driven''", "Ms. Boxer called what she witnessed ''terrible.''"); the label's mark may be the doubled apostrophe of
NYT copy (''). `widen_named` widens a statement another strategy found with the object alone or the label alone to
both (the frame stopped at the object, or the quotation after the cue took the label by itself).

Not: the object extracted before the cue ("what Moscow calls ... 'special military operation'", "the TPP, which he
called a 'disaster'": a naming inside another sentence); a phone call or a summons ("called Putin to 'go back from
the edge'", "called all the parties to 'maximum restraint'": a preposition or "to" before the quotation); a way of
addressing someone ('whenever a passenger would call ... porter by the name "George"': "by" in the object); a long
quotation (a label is short).
"""

from __future__ import annotations

import re

from ..context import WORD
from ..quotes import QUOTE_CHARS
from ..widening import widen_to

MAX_OBJECT = 12       # tokens between the cue and the label
MAX_PARSED_OBJECT = 24  # ... when they are the object the parse gives the cue ("Ford's plans to open ... $1.6 billion
                        # assembly plant in Mexico")
MAX_LABEL_WORDS = 15  # words of the quoted label
_NOT_BEFORE_LABEL = ("ADP", "PART", "SCONJ", "CCONJ")
_OBJECT_DEPS = ("dobj", "oprd", "dative", "attr", "ccomp")
_DOUBLED = ("''", "``")
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*$")


def _is_mark(t):
    """A quotation mark token (a doubled apostrophe '' of NYT copy too)."""
    return t.text in QUOTE_CHARS or t.text in _DOUBLED


def _parsed_object(ctx, v):
    """(first, last) token index of the subtree of cue v's object as the parse gives it (dobj, oprd, dative, attr,
    ccomp after the cue), or (-1, -1); not an object holding a cue verb of its own (another speech event)."""
    for c in v.rights:
        if c.dep_ in _OBJECT_DEPS:
            sub = v.doc[c.left_edge.i:c.right_edge.i + 1]
            if not any(t.i != v.i and t.pos_ == "VERB" and t.lemma_.lower() in ctx.verbs for t in sub):
                return c.left_edge.i, c.right_edge.i
            break
    return -1, -1


def _object_tokens(ctx, v, start):
    """The tokens from `start` to the quotation mark that follows them, when they make a short noun phrase (no
    verb, no punctuation but a hyphen or a possessive, except inside the parse's object: a relative clause, an
    apposition), else None."""
    doc, end = v.doc, v.sent.end
    lo, hi = _parsed_object(ctx, v)
    j, last = start, max(start + MAX_OBJECT, min(hi + 1, start + MAX_PARSED_OBJECT))
    while j < end and j <= last:
        t = doc[j]
        if _is_mark(t):
            return doc[start:j]
        if (t.pos_ in ("VERB", "AUX") or t.is_punct and t.tag_ not in ("HYPH", "POS") and t.text != "-") \
                and not lo <= j <= hi:
            return None
        j += 1
    return None


def _label_end(ctx, k):
    """Offset past the closing mark of quotation k and of the quotations coordinated with it ('"pathetic" and
    "dangerous"'), else None when k is no short label closed in its paragraph."""
    text, quotes = ctx.text, ctx.quotes
    q = quotes[k]
    if not q.closed or len(text[q.start:q.end].split()) > MAX_LABEL_WORDS:
        return None
    ce = q.close
    while k + 1 < len(quotes):
        nxt = quotes[k + 1]
        gap = text[ce:nxt.open]
        if not nxt.closed or ctx.line_of(nxt.open) != q.line or "," not in gap and not gap.strip() or \
                not _COORDINATED.fullmatch(gap) or len(text[nxt.start:nxt.end].split()) > MAX_LABEL_WORDS:
            break
        k, ce = k + 1, nxt.close
    return ce


def named_quote(ctx, v, cue):
    """(cs, ce) of 'X called OBJECT "LABEL"' at cue v (see the module docstring), else None."""
    if "oprd" not in cue.takes or v.pos_ != "VERB" or any(c.dep_ in _OBJECT_DEPS for c in v.lefts):
        return None
    if ctx.quote_containing(v.idx) is not None:
        return None
    k, start = None, v.i + 1
    for _ in range(2):  # (a quotation inside the object: 'Clinton's assertion of a "claim ... right" over her ...')
        obj = _object_tokens(ctx, v, start)
        if obj is None or not len(obj) or obj[-1].pos_ in _NOT_BEFORE_LABEL or any(t.lower_ == "by" for t in obj):
            break
        mark = v.doc[obj.end]
        k2 = ctx.quote_containing(mark.idx + len(mark.text))
        if k2 is None or ctx.quotes[k2].open != mark.idx:
            break
        k, start = k2, ctx.tok_at(ctx.quotes[k2].close - 1) + 1
    return None if k is None else _labelled(ctx, v, k)


def _labelled(ctx, v, k):
    """(cs, ce): from the word after cue v to the end of label quotation k (and those coordinated with it), when
    that closes in the cue's sentence and paragraph, else None."""
    ce = _label_end(ctx, k)
    if ce is None or ctx.line_of(ce - 1) != ctx.line_of(v.idx) or ce > v.sent[-1].idx + len(v.sent[-1]) + 2:
        return None
    return v.doc[v.i + 1].idx, ce


def widen_named(ctx, rows):
    """Widen each statement at a naming cue that holds only the object or only the quoted label of 'X called
    OBJECT "LABEL"' to both (`named_quote`): "Tom Fitton called Clinton's ... of a 'claim of right' over ...
    recovered emails | 'significant ... disturbing.'", "Mr. Ubben called | Valeant's ... executive, J. Michael
    ..., | ''incredibly driven''"."""
    doc, text = ctx.doc, ctx.text
    for st in rows:
        if st.cue_i is None or st.joins is not None or st.speaker_of is not None:
            continue
        v = doc[st.cue_i]
        cue = ctx.verbs.get(v.lemma_.lower())
        span = named_quote(ctx, v, cue) if cue is not None else None
        if span is None or (st.char_start, st.char_end) == span:
            continue
        cs, ce = min(span[0], st.char_start), max(span[1], st.char_end)
        if not (span[0] - 2 <= st.char_start and st.char_end <= span[1] + 3) or \
                len(WORD.findall(text[cs:ce])) == len(WORD.findall(st.text)):
            continue  # (not this construction's content; only its closing marks)
        if widen_to(ctx, rows, st, cs, ce):  # (not across a line break or another's words)
            st.quote_type = "mixed"  # the label is quoted, in straight single marks too ("''incredibly driven''")
