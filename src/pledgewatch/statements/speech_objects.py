"""The noun-phrase object of a speech verb as its content: "the Republican presidential ... repeated his promise
to repeal all ... Obama's executive actions", "... star then recalled an incident at ... Los Angeles movie theater",
"Donald ... on Sunday tweeted a chart of racist ... wildly inaccurate crime statistics", "... has acknowledged
difficulties ... keeping government information ...", "Twitter reported disappointingly ... user growth". PolNeAR's
convention (the one `nesting="outer"` stands for) annotates such an object as the content of an attribution event;
the annotation guide does not ("al-Shabaab claimed responsibility ... the attack", "Suncor reported a profit" are no
statements there), so this runs under the outer convention only, after every cue verb's own rules, on the verbs of
the `object_cue` list that found no content of their own, and on the verbs of `object_cue_preposition` with the object
of their preposition ("she pointed to | attacks on ... campaign funded ... two hedge fund billionaires").

The verb's speaker and vetoes are the cue verb's (`attribution.convention_speaker`); the content is its direct object with
everything the parse hangs on it. Not taken: a pronoun object ("reported it", "declaring it"), a verb in the headline
or inside a quotation, an object inside page markup (an embedded tweet's attributes) or one another statement holds.
"""

from __future__ import annotations

from . import lexicon as L
from .attribution import convention_speaker, written_cue
from .grammar import cue_of
from .outer_verbs import free_span, outer_verbs

_MARKUP = ("=", "<", ">")
_PREPOSITION = dict(w.split() for w in L.OBJECT_CUE_PREPOSITION)  # {verb lemma: preposition}: "point to"
_AFTER_OBJECT = ("prep", "npadvmod", "dative", "oprd")  # dependents of the verb that carry on its object


def _object(v):
    """The direct object of v when it is a noun phrase (not a pronoun), or the object of the preposition the
    `object_cue_preposition` list gives the verb ("pointed to | attacks on her campaign"), else None."""
    prep = _PREPOSITION.get(v.lemma_.lower())
    if prep is None:
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    else:
        p = next((c for c in v.rights if c.dep_ == "prep" and c.lower_ == prep), None)
        obj = next((c for c in p.children if c.dep_ == "pobj"), None) if p is not None else None
    if obj is None or obj.pos_ == "PRON" or obj.i < v.i:
        return None
    return obj


def _object_end(v, obj):
    """The last token of the content: the object's, or that of the phrases the parse hung on the verb right after
    it ("recalled an incident | at ... Los Angeles movie theater that left ... friend in tears"); not a clause or a
    conjunct after a comma."""
    last = obj.right_edge
    for c in v.rights:
        if c.i <= obj.i:
            continue
        if c.dep_ not in _AFTER_OBJECT or c.left_edge.i != last.i + 1:
            break
        last = c.right_edge
    return last


def speech_objects(f):
    """Statements of the objects of `object_cue` verbs, added to finder f under the outer convention only."""
    ctx = f.ctx
    doc, text = ctx.doc, ctx.text
    for v in outer_verbs(f, L.OBJECT_CUE, _PREPOSITION, headline=False):
        cue = cue_of(v, ctx.verbs, ctx.forms, False)
        obj = _object(v) if cue is not None else None
        if obj is None:
            continue
        last = _object_end(v, obj)
        while last.i > obj.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        cs, ce = obj.left_edge.idx, last.idx + len(last)
        if any(m in text[v.idx:ce] for m in _MARKUP) or not free_span(f, cs, ce):
            continue
        found = convention_speaker(ctx, v, cue, True)  # (these run under PolNeAR's convention only)
        if found is None:
            continue
        written, lemma = written_cue(v, cue)
        f.add(cs, ce, written, lemma, found[1], v.i)
