"""An "according to Y" closing the sentence of a cue verb whose row runs over it: the verb's speaker owns the words
(the guide's convention only: a nested attribution belongs to its innermost speaker; Y only relays it). Settled after
every cue of the article has been tried (`Finder.run`, pass 2): "In response, the US said it had seen no change in
Russia's posture, according to a Pentagon spokesman", "The minister told reporters the talks had failed, according
to Interfax", "The cabinet said that it had approved the withdrawal, according to a government decree": the verb's
row ends before the phrase, and the "according to" row (the whole sentence, the speech verb inside it, which
`speakers.relayed` gave the verb's speaker) is dropped: one statement, not two.

Not a direct quotation's cue ('"A," Gladkov wrote, according to Reuters': `according.reported_quotation` and
`speakers.relayed`), a phrase inside a quotation, or a phrase that closes no sentence ("X said A, according to Y,
and B": X's words run on). A cue verb that gave no row ("Officials, according to RIA, acknowledged damage ...") is
left to `speakers.relayed`, which names its subject where the verb reports a clause or an object.
"""

from __future__ import annotations

from .according import phrase
from .conventions import polnear_convention
from .quotes import QUOTE_CHARS


def according_owners(f):
    """Settle every "according to" row of finder f whose clause's speech verb has its own speaker (docstring)."""
    if polnear_convention(f.nesting):
        return
    dropped = set()
    for r in f.rows:
        if r.cue_lemma != "according to" or r.cue_i is None or f.ctx.quote_containing(f.ctx.doc[r.cue_i].idx) \
                is not None:
            continue
        if closing_tag(f, r):
            dropped.add(r)
    if dropped:
        f.rows = [r for r in f.rows if r not in dropped]


def _phrase(a):
    """(first, last) token index of the phrase "according to Y" at token a (`according.phrase`: every "according
    to" row has one)."""
    to, pobj = phrase(a)
    return a.i, max(pobj.right_edge.i, to.i)


def closing_tag(f, r):
    """r's phrase closes the sentence of other rows whose cue governs the phrase and whose content runs over it:
    each ends before the phrase (before its opening bracket: "(according to Interfax)"), the innermost too ("The
    minister said Russia had told Kyiv the talks were over, according to Interfax": Russia's row as well as the
    minister's, which nesting later drops). Only where r holds no words before the outermost such verb's clause
    ("Two people were killed when Russia shelled Kharkiv, and rescuers said more were trapped, according to the
    governor": the governor's report of the shelling stays his). True when done (r is to be dropped)."""
    ctx, doc = f.ctx, f.ctx.doc
    a = doc[r.cue_i]
    lo, hi = _phrase(a)
    if not all(t.is_punct or t.is_space for t in doc[hi + 1:a.sent.end]):
        return False
    owners = [o for o in f.rows if o is not r and o.cue_i is not None and o.cue_lemma != "according to"
              and o.quote_type != "direct" and _governs(doc[o.cue_i], a, lo, o)]
    if not owners:
        return False
    outer = doc[min(o.cue_i for o in owners)]
    if r.char_start < outer.left_edge.idx:
        return False
    end = doc[lo - 1].idx if lo > 0 and doc[lo - 1].text == "(" else a.idx
    spans = [ctx.trim(o.char_start, end) for o in owners]
    if any(ce - cs < 2 for cs, ce in spans):
        return False
    for o, (cs, ce) in zip(owners, spans, strict=True):
        o.set_span(cs, ce, ctx.text)
        if not any(ch in QUOTE_CHARS for ch in o.text):
            o.quote_type = "indirect"
    return True


def _governs(v, a, lo, o):
    """Cue v of row o stands before the phrase at token a (first token lo), o's content runs over it, and v governs
    it (its head, or an ancestor)."""
    return v.i < lo and o.char_start < a.idx < o.char_end and (a.head.i == v.i or v.is_ancestor(a))
