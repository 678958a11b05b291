"""The object of a cue with the time adjuncts the parse hung on the cue after it: one content.

Construction: a cue whose content is its object ("announced X", "condemned X", "unveiled X") and a time adjunct
right after the object that the parse attached to the verb, not to the noun: "has condemned Russia's invasion ...
Ukraine ... February", "announced tighter controls ... the border on Tuesday", "announced ... retreat ... Sunday
evening", "strongly ... Russia's attack on the port ... Odesa today". The content stopped at the object's last
word; the gold conventions (ANNOTATION.md and PolNeAR) run it over the adjunct. The content is widened over
prepositional phrases whose object is a date or time (and bare dates, "today"), up to a comma, a quotation mark,
another cue or another statement. Only time: other adjuncts ("pledged X in support to Ukraine", "condemned X by
Russia") carry words the coding reads, and moved act labels on coding_dev's unread half when taken.

Under PolNeAR's convention only (`conventions.polnear_convention`), whose annotators run an object content to the
end of the verb's clause, the other adjuncts after the object are taken too: prepositional phrases ("would demand
more money from Congress on the border", "announced his bid in April at a college in Ohio"), a passive agent, and
a participle with no subject of its own after a comma ("recalled the image of a coach, standing alone in the
gym"); not a channel ("in a statement": `channel_noun`), and never past a quotation mark, another cue, a colon,
a semicolon, a dash or a bracket.
"""

from __future__ import annotations

from .complements import cue_and_object
from .conventions import polnear_convention
from .lexicon import CHANNEL_NOUN
from .quotes import QUOTE_CHARS
from .widening import overlaps

TIME_ENTS = ("DATE", "TIME")


def time_adjunct(t, cue) -> bool:
    """t, a dependent of the cue after its object, is a time adjunct: a preposition with a date or time object
    (not one of the cue's particles), or a bare date or time."""
    if t.dep_ == "prep" and t.lower_ not in cue.particles:
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        return pobj is not None and pobj.ent_type_ in TIME_ENTS
    return t.dep_ == "npadvmod" and t.ent_type_ in TIME_ENTS


def _clause_adjunct(t, cue) -> bool:
    """Under PolNeAR's convention: t is a time adjunct, a prepositional phrase that is not a channel ("in a
    statement", "in an interview with a magazine"), a passive agent, or a participle with no subject of its own."""
    if time_adjunct(t, cue) or t.dep_ == "agent":
        return True
    if t.dep_ == "prep" and t.lower_ not in cue.particles:
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        return pobj is not None and not any(x.lemma_.lower() in CHANNEL_NOUN for x in t.subtree)
    return t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in t.children)


STOPS = (";", ":", "(", "—", "–")


def _adjunct_end(ctx, v, cue, j, end, outer=False):
    """The last token of the adjuncts of cue v that start at token j (before `end`, the sentence end), else None;
    `outer`: PolNeAR's convention (the module docstring)."""
    doc, last = ctx.doc, None
    while j < end:
        t = doc[j]
        if outer and t.text == "," and j + 1 < end and doc[j + 1].dep_ == "advcl" and doc[j + 1].head.i == v.i:
            j, t = j + 1, doc[j + 1]  # (", standing alone in the gym": the participle after a comma)
        if t.head.i != v.i or not (_clause_adjunct(t, cue) if outer else time_adjunct(t, cue)):
            break  # ("in a statement": the channel; "in support to Ukraine": not time, under the guide)
        r = t.right_edge.i
        if any(x.is_punct and (x.text in STOPS or x.text == ",") or x.text in QUOTE_CHARS
               or x.i in ctx.cue_idx for x in doc[t.i:r + 1]):
            break
        last, j = r, r + 1
    return last


def object_adjuncts(ctx, rows, nesting="inner"):
    """Widen each statement that is a cue's object to the time adjuncts after it (see the module docstring)."""
    doc, text = ctx.doc, ctx.text
    for st in rows:
        if st.quote_type == "direct" or (found := cue_and_object(ctx, st)) is None:
            continue
        v, cue, obj = found
        o_end = doc[obj.right_edge.i].idx + len(doc[obj.right_edge.i])
        if not (doc[obj.left_edge.i].idx - 2 <= st.char_start and abs(st.char_end - o_end) <= 2):
            continue  # (the content is not the object)
        last = _adjunct_end(ctx, v, cue, obj.right_edge.i + 1, min(v.sent.end, len(doc)),
                             polnear_convention(nesting))
        if last is None:
            continue
        ce = doc[last].idx + len(doc[last])
        if text.find("\n", st.char_end, ce) >= 0 or overlaps(rows, st, st.char_end, ce):
            continue
        st.set_span(st.char_start, ce, text)
