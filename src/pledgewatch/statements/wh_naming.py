"""A naming verb whose object is a fronted relative or interrogative pronoun: "Lisbon, which she describes as her
favourite city", "the coach, whom he described as 'his brother'", "voted against what she called a fraudulent
scheme". PolNeAR's convention (the one `nesting="outer"` stands for) annotates the pronoun with the name given
(the discontinuous span "which as his second home"); the annotation guide has no such rule, so this runs under the
outer convention only, after every cue verb's own rules, on the verbs of the `wh_naming_cue` list.

The content is the words after the verb to the end of its clause, with the pronoun as the row's `lead` (the join
convention writes it in front, `parts.with_sides`). A statement the verb already gave (its quoted label: "his
brother.") gets the pronoun as its lead; otherwise a new row, unless another statement holds the words. Not taken: a
verb inside a quotation or the headline, a pronoun after the verb, a verb with nothing after it in its clause.
"""

from __future__ import annotations

from . import lexicon as L
from .attribution import convention_speaker, written_cue
from .grammar import cue_of, naming_wh
from .outer_verbs import free_span, outer_verbs
from .quotes import CLOSING_MARKS, OPENING_MARKS


def _after(v):
    """(first, last) tokens of v's clause after v, punctuation trimmed (a quotation mark that opens or closes the
    name kept: quotes.OPENING_MARKS, CLOSING_MARKS), or None."""
    doc = v.doc
    lo, hi = v.i + 1, v.right_edge.i
    while lo <= hi and (doc[lo].is_punct and doc[lo].text not in OPENING_MARKS or doc[lo].is_space):
        lo += 1
    while hi >= lo and (doc[hi].is_punct and doc[hi].text not in CLOSING_MARKS or doc[hi].is_space):
        hi -= 1
    return (doc[lo], doc[hi]) if lo <= hi else None


def wh_namings(f):
    """Statements of the fronted pronoun objects of `wh_naming_cue` verbs, under the outer convention only."""
    ctx = f.ctx
    for v in outer_verbs(f, L.WH_NAMING_CUE, headline=False):
        wh = naming_wh(v)
        span = _after(v) if wh is not None else None
        if span is None:
            continue
        lead = (wh.idx, wh.idx + len(wh))
        cs, ce = span[0].idx, span[1].idx + len(span[1])
        own = next((r for r in f.rows if r.cue_i == v.i), None)
        if own is not None:
            if own.lead is None and cs <= own.char_start < ce:
                own.lead = lead  # ("whom he described as 'his brother'": from "as" on)
                own.set_span(cs, max(ce, own.char_end), ctx.text)
            continue
        cue = cue_of(v, ctx.verbs, ctx.forms, False)
        if cue is None or not free_span(f, cs, ce):
            continue
        found = convention_speaker(ctx, v, cue, True)  # (these run under PolNeAR's convention only)
        if found is None:
            continue
        row = f.add(cs, ce, *written_cue(v, cue), found[1], v.i)
        if row is not None:
            row.lead = lead
