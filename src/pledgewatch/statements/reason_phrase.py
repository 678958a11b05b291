"""The object and the reason of a verb of thanks, praise or blame are one content (round 40).

Construction: a cue of the `reason_cue` or `reason_phrase_cue` lists (slam, praise, thank, condemn, criticise,
blame ...) with a direct object and a reason phrase after it ("for", "over", "as": the `reason_preposition` list):
"thanked the donors in a short speech for 'standing with our city'", "criticised her rival after their match for
'never saying she opposes the war'", "condemned the minister's remarks as 'absurd and dangerous'", "thanked the
Chinese leader, Xi Jinping, for his 'balanced' approach". The guide's content is the object through the end of the
reason, quoted words and all (reported speech with quoted fragments, `mixed`); the finder gave the quotation
alone, or the object alone, where an adjunct came between the object and the reason (the parse hung "for" on the
adjunct's noun), the parse hung "as" inside the object, or an apposition ended the object. An adjunct noun's "for"
or "over" whose object can speak or is a place or a people names what the noun is for, not a reason ("thanked the
soldiers at a ceremony for veterans", "at the rally for Ukraine"): no widening (nor where a relative clause says
what the praised one did for them: "thanked Poland in a speech for the refugees it took in", round 41's review).
A "for" the parse hung inside the object on a noun that can speak is the reason too ("praised the soldiers of the
brigade for their courage"). The phrases are `reasons.reason_prepositions`, which the veto `reasons.unreasoned`
reads too. A content that already
runs from the object to the reason is left as it is (`complements.object_complements` widens "described X as Y").
"""

from __future__ import annotations

from . import lexicon as L
from .complements import cue_and_object
from .reasons import reason_prepositions
from .widening import widen_to


def reason_span(ctx, st):
    """(start, end) chars from the object's first word to the last reason's last word of a statement at a reason
    cue, else None."""
    found = cue_and_object(ctx, st)
    if found is None:
        return None
    v, _cue, obj = found
    lemma = v.lemma_.lower()
    if lemma not in L.REASON_CUE and lemma not in L.REASON_PHRASE_CUE:
        return None
    reasons = reason_prepositions(v, obj)
    if not reasons:
        return None
    doc = ctx.doc
    last = doc[max(f.right_edge.i for f in reasons)]
    return doc[obj.left_edge.i].idx, last.idx + len(last)


def reason_phrases(ctx, rows):
    """Widen each statement at a reason cue that holds part of its object-and-reason span (the quotation alone,
    the object alone) to the whole span (see the module docstring); not over a line break or another row."""
    for st in rows:
        span = reason_span(ctx, st)
        if span is None:
            continue
        cs, ce = span
        if not (cs - 2 <= st.char_start and st.char_end <= ce + 1) or (st.char_start, st.char_end) == (cs, ce):
            continue
        widen_to(ctx, rows, st, min(cs, st.char_start), max(ce, st.char_end))
