"""The object and its complement are one content.

Construction: a cue that names something and says what it is, "called X Y" / "described X as Y" (cues.csv: a cue
that takes "oprd", or whose object takes an as-phrase): the content is the object with its complement ("her
actions ''extremely careless''", "the situation 'overclassification run amok'", "foreign political parties as
covered under the law"), not the object alone (the frame stopped before a complement the parse hung on the cue)
nor the quoted complement alone (the quotation after the object was taken by itself). The content is widened to
run from the object's first word to the complement's last.
"""

from __future__ import annotations

from .quotes import QUOTE_CHARS


def _complement(v, obj, cue):
    """The complement of cue v's object obj: an oprd, an as-phrase (prep or clause marked "as") or, for a cue
    that takes "oprd", a clause opening with a quotation mark right after the object; else None."""
    doc = v.doc
    for c in v.rights:
        if c.i <= obj.right_edge.i:
            continue
        if c.dep_ == "oprd" and "oprd" in cue.takes:
            return c
        if c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return c
        if c.dep_ == "ccomp" and "oprd" in cue.takes and c.left_edge.i <= obj.right_edge.i + 2 and \
                doc[obj.right_edge.i + 1].text in QUOTE_CHARS:
            return c
    return None


def object_complements(ctx, rows):
    """Widen each statement that holds only the object or only the complement of an object-complement cue to
    both (see the module docstring)."""
    doc, text = ctx.doc, ctx.text
    for st in rows:
        if st.cue_i is None or st.joins is not None or st.speaker_of is not None:
            continue
        v = doc[st.cue_i]
        cue = ctx.verbs.get(v.lemma_.lower())
        obj = next((c for c in v.rights if c.dep_ == "dobj"), None)
        if cue is None or obj is None:
            continue
        comp = _complement(v, obj, cue)
        if comp is None:
            continue
        cs, ce = doc[obj.left_edge.i].idx, doc[comp.right_edge.i].idx + len(doc[comp.right_edge.i])
        if not (cs - 2 <= st.char_start and st.char_end <= ce + 3):
            continue  # (the content is something else; a closing mark after the complement may be in it)
        cs, ce = min(cs, st.char_start), max(ce, st.char_end)
        if (st.char_start, st.char_end) == (cs, ce):
            continue
        if text.find("\n", cs, ce) >= 0 or any(
                r is not st and r.char_start < ce and cs < r.char_end for r in rows):
            continue
        st.set_span(cs, ce, text)
        if any(ch in QUOTE_CHARS for ch in text[cs:ce]):
            st.quote_type = "mixed"

