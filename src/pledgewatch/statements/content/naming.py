"""Content strategy: a naming cue whose quoted label the parse did not give as the object's complement.

Construction: "X called OBJECT 'LABEL'" (cues.csv: a cue that takes "oprd"): 'John Kirby called Russia's
justification for the war "BS"', 'Francis called her "poor girl" and "innocent victim of war."', 'Jeff Weaver called
that "beyond preposterous."', 'He called anti-Trump protestors "illegals" and "thugs" without proof.' The parse often
hangs the quoted label inside the object, on a preposition or nowhere near the cue, so the frame (object + oprd)
is not found and the cue gave nothing. Read on the surface instead: the words right after the cue, a short noun
phrase with no verb and no punctuation, then a quotation that opens there and closes in the sentence (and quotations
coordinated with it): the content is the object with its label, as `complements` gives it when the parse is right.
A quotation inside the object, followed by more of the object and the label, is the object's ('Tom Fitton called
Clinton's assertion of a "claim of right" over her emails "significant"').

Not: the object extracted before the cue ("what Moscow calls a 'special military operation'", "the TPP, which he
called a 'disaster'": a naming inside another sentence); a phone call or a summons ("called Putin to 'go back from
the edge'", "called all the parties to 'maximum restraint'": a preposition or "to" before the quotation); a way of
addressing someone ('whenever a passenger would call a porter by the name "George"': "by" in the object); a long
quotation (a label is short).
"""

from __future__ import annotations

import re

from ..quotes import QUOTE_CHARS

MAX_OBJECT = 12       # tokens between the cue and the label
MAX_LABEL_WORDS = 15  # words of the quoted label
_NOT_BEFORE_LABEL = ("ADP", "PART", "SCONJ", "CCONJ")
_OBJECT_DEPS = ("dobj", "oprd", "dative", "attr", "ccomp")
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*$")


def _object_tokens(v, start):
    """The tokens from `start` to the quotation mark that follows them, when they make a short noun phrase (no
    verb, no punctuation but a hyphen or a possessive), else None."""
    doc, end = v.doc, v.sent.end
    j = start
    while j < end and j <= start + MAX_OBJECT:
        t = doc[j]
        if t.text in QUOTE_CHARS:
            return doc[start:j]
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.tag_ not in ("HYPH", "POS") and t.text != "-":
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
    for _ in range(2):  # (a quotation inside the object: 'Clinton's assertion of a "claim of right" over her ...')
        obj = _object_tokens(v, start)
        if obj is None or not len(obj) or obj[-1].pos_ in _NOT_BEFORE_LABEL or any(t.lower_ == "by" for t in obj):
            break
        mark = v.doc[obj.end]
        k2 = ctx.quote_containing(mark.idx + 1)
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
