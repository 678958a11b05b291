"""The object and its complement are one content.

Construction: a cue that names something and says what it is, "called X Y" / "described X as Y" (cues.csv: a cue
that takes "oprd", or whose object takes an as-phrase): the content is the object with its complement ("her
actions ''extremely careless''", "the situation 'overclassification ... amok'", "foreign political parties ...
covered under the law"), not the object alone (the frame stopped before a complement the parse hung on the cue)
nor the quoted complement alone (the quotation after the object was taken by itself). The content is widened to
run from the object's first word to the complement's last.
"""

from __future__ import annotations

from .quotes import QUOTE_CHARS
from .widening import starts_in, widen_to


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


def cue_and_object(ctx, st):
    """(cue token, its cues.csv entry, its direct object) of a statement found at a cue verb with a direct object,
    else None (a joined part, or a statement that names another's speaker, has none)."""
    if st.cue_i is None or st.joins is not None or st.speaker_of is not None:
        return None
    v = ctx.doc[st.cue_i]
    cue = ctx.verbs.get(v.lemma_.lower())
    obj = next((c for c in v.rights if c.dep_ == "dobj"), None)
    return None if cue is None or obj is None else (v, cue, obj)


def object_complements(ctx, rows):
    """Widen each statement that holds only the object or only the complement of an object-complement cue to
    both (see the module docstring)."""
    doc = ctx.doc
    for st in rows:
        if (found := cue_and_object(ctx, st)) is None:
            continue
        v, cue, obj = found
        comp = _complement(v, obj, cue)
        if comp is None:
            continue
        cs, ce = doc[obj.left_edge.i].idx, doc[comp.right_edge.i].idx + len(doc[comp.right_edge.i])
        if not (cs - 2 <= st.char_start and st.char_end <= ce + 3):
            continue  # (the content is something else; a closing mark after the complement may be in it)
        cs, ce = min(cs, st.char_start), max(ce, st.char_end)
        if (st.char_start, st.char_end) != (cs, ce):
            widen_to(ctx, rows, st, cs, ce)


def _conjunct_end(ctx, v, ce):
    """The end of a conjunct the parse hung on cue v right after a content ending at ce ("called for A, and for
    B", "vowed to A, and perhaps until B"): a cc of v, then v's dependents that are no verb (a verb would be the
    speaker's next act: "said A and added B"), no cue and no quotation; else None."""
    doc = ctx.doc
    i = ctx.tok_at(ce)
    while i < len(doc) and (doc[i].idx < ce or doc[i].text == ","):
        i += 1
    if i >= len(doc) or doc[i].dep_ != "cc" or doc[i].head.i != v.i:
        return None
    deps = [c for c in v.rights if c.i > i]
    if not deps or any(c.pos_ in ("VERB", "AUX") or c.dep_ in ("punct", "cc", "nsubj") for c in deps[:1]):
        return None
    last = deps[0]
    for c in deps[1:]:
        if c.is_punct or c.pos_ in ("VERB", "AUX") or c.dep_ in ("cc", "nsubj", "ccomp", "parataxis") or any(
                t.text == "," for t in doc[last.right_edge.i + 1:c.left_edge.i]):
            break  # (a comma closes the conjunct: "urged X to fight harder, and in ... more focused way, in what ...")
        last = c
    toks = doc[i:last.right_edge.i + 1]
    if any(t.i in ctx.cue_idx or t.text in QUOTE_CHARS for t in toks) or len(toks) < 3 or \
            ctx.line_of(toks[-1].idx) != ctx.line_of(ce):
        return None
    return toks[-1].idx + len(toks[-1])


def conjoined_content(ctx, rows):
    """Construction: a content coordinated after the cue's first content, hung by the parse on the cue itself ("She
    has called ... increased regulation of shadow banking, and for raising taxes on profits", "vowed to remain in
    the fight through June 7, and perhaps until the convention in July"): the second conjunct is part of the same
    content, up to its last word."""
    doc = ctx.doc
    for st in rows:
        if st.cue_i is None or st.char_start < doc[st.cue_i].idx:
            continue
        end = _conjunct_end(ctx, doc[st.cue_i], st.char_end)
        if end is None or starts_in(rows, st, st.char_end, end):
            continue
        st.set_span(st.char_start, end, ctx.text)
