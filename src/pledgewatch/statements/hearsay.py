"""A hearsay adverb on a verb: "Two rival firms have reportedly looked at the company and passed", "The intruders
reportedly got into more than 100 accounts", "Reportedly, he had argued with his colleagues for months". PolNeAR's
convention (the one `nesting="outer"` stands for) annotates the clause as an attribution event with the adverb as
its cue and no source; the annotation guide does not (no speaker says it), so this runs under the outer convention
only, after every cue verb's own rules.

The adverb is one of the `hearsay_adverb` list, the verb's adverbial modifier; the content is the verb's clause,
from the first to the last word the parse hangs on it, inside its sentence. Not taken: an adverb inside a quotation
or the headline, one on a cue verb with a statement of its own ("reportedly told aides that ...": that
statement), a content another statement holds.
"""

from __future__ import annotations

from . import lexicon as L
from .grammar import trim_punct
from .outer_verbs import free_span, outer_verbs


def _clause(doc, v, adv):
    """(first, last) tokens of verb v's clause inside its sentence, without punctuation at either end, nor the
    hearsay adverb adv when it opens the clause ("Reportedly, he had ...")."""
    sent = v.sent
    toks = trim_punct(list(doc[max(v.left_edge.i, sent.start):min(v.right_edge.i + 1, sent.end)]), drop=adv)
    return (toks[0], toks[-1]) if toks else None


def hearsays(f):
    """Statements of clauses with a hearsay adverb, added to finder f under the outer convention only."""
    doc = f.ctx.doc
    for adv in outer_verbs(f, L.HEARSAY_ADVERB, headline=False):
        v = adv.head
        if adv.dep_ != "advmod" or v.pos_ not in ("VERB", "AUX") or any(r.cue_i == v.i for r in f.rows):
            continue
        ends = _clause(doc, v, adv)
        if ends is None:
            continue
        cs, ce = ends[0].idx, ends[1].idx + len(ends[1])
        if free_span(f, cs, ce):
            f.add(cs, ce, adv.text, adv.lower_, None, adv.i)
