"""The other side of a sentence its cue interrupts, for the join convention (PolNeAR).

Construction: a cue clause set off by commas inside a sentence ("A, X said, B") reports the whole host sentence,
A and B together; when the content strategies gave only one side (the parse hung the other on the cue, or the
other side is no clause of its own), the other side is that statement's `lead` (A: "In any case, Mr. DiPietro
said, ... golf industry was over-supplied", "At one point, she said, she ... considering ...") or `tail` (B:
"The emails were on a variety of topics, ... Times said, including speeches ...", "The two candidates are now
tied, the new poll indicates, ... each receiving ..."). So is a condition fronted before the speaker and the cue
whose content follows ("If the mayor loses the primary, she said she would back ...":
`_fronted_lead`). Under quote_parts="join" `parts.join_parts` adds it to
the statement's text, as PolNeAR's discontinuous content spans do; under "split" it is not a statement of its
own (a lone adverbial "At one point" or "including speeches" says nothing by itself), so split output does not
change.
"""

from __future__ import annotations

from .grammar import trim_punct
from .lexicon import FRAME_CONDITION_MARK
from .quotes import QUOTE_CHARS
from .widening import overlaps

SIDE_STOP = (";", ":", "—", "–", "(", ")")


def _cue_clause(doc, st):
    """(lo, hi) token bounds of statement st's cue clause set off by commas inside its sentence: the speaker
    mention and the cue with its own short adjuncts ("her advisers said Friday", "Mr. Garin said by telephone"),
    doc[lo - 1] and doc[hi + 1] both commas; else None."""
    v = doc[st.cue_i]
    lo, hi = _cue_bounds(doc, st)
    sent = v.sent
    if lo - 1 <= sent.start or doc[lo - 1].text != ",":
        return None
    j = hi + 1
    while j < sent.end and doc[j].text != "," and j - hi <= 4:
        t = doc[j]
        if t.is_punct or t.text in QUOTE_CHARS or t.dep_ in ("ccomp", "xcomp", "mark", "cc") or \
                not (t.head.i == v.i or t.head.head.i == v.i):
            return None
        j += 1
    if j >= sent.end - 1 or doc[j].text != ",":
        return None
    return lo, j - 1


def _cue_bounds(doc, st):
    """(lo, hi) token bounds of statement st's speaker mention and cue, with a subordinator the cue's clause opens
    with ("as the local paper reported")."""
    v = doc[st.cue_i]
    lo = min(st.speaker_span[0], v.i) if st.speaker_span else v.i
    hi = max(st.speaker_span[1] - 1, v.i) if st.speaker_span else v.i
    if lo > 0 and doc[lo - 1].dep_ == "mark" and doc[lo - 1].head.i == v.i:
        lo -= 1
    return lo, hi


def _fronted_lead(doc, st):
    """(lo, hi) of statement st's speaker mention and cue when they follow a condition fronted before them and set
    off by a comma, a clause opened by a word of the `frame_condition_mark` list ("If the mayor loses the primary,
    she said she would back ...", "Unless the council pays, the firm warned that it would ..."), the content after
    the cue: the condition belongs to the words reported. Else None: a time, a place or the occasion of the speech
    ("On Tuesday, at a rally, she said ..."), and a concession, often the reporter's own ("While the firm did not
    give details, its staff said ..."), are not the content."""
    v = doc[st.cue_i]
    lo, hi = _cue_bounds(doc, st)
    sent = v.sent
    if lo - 1 <= sent.start or doc[lo - 1].text != "," or st.char_start <= v.idx:
        return None
    first = next((t for t in doc[sent.start:lo - 1] if not (t.is_punct or t.is_space or t.dep_ == "cc")), None)
    if first is None or first.dep_ != "mark" or first.lower_ not in FRAME_CONDITION_MARK:
        return None
    return lo, hi


def _side(ctx, toks, cue_line):
    """(cs, ce) of the words toks (punctuation at either end dropped), or None when they hold no word, a quotation
    mark, another cue, or leave the cue's paragraph."""
    toks = trim_punct(toks)
    if not toks or not any(t.is_alpha for t in toks):
        return None
    if any(t.text in QUOTE_CHARS or t.i in ctx.cue_idx or t.text in SIDE_STOP for t in toks):
        return None
    if ctx.line_of(toks[0].idx) != cue_line or ctx.line_of(toks[-1].idx) != cue_line:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def host_sides(ctx, rows):
    """Set `lead` or `tail` on the statements whose cue interrupts their sentence and whose content is only one
    side of it (see the module docstring). A side already in a statement, or joined as a part, is left alone."""
    doc = ctx.doc
    joined = {id(r.joins) for r in rows if r.joins is not None}
    given = set()
    for st in rows:
        if st.cue_i is None or st.speaker_of is not None or st.joins is not None or id(st) in joined:
            continue
        bounds = _cue_clause(doc, st) or _fronted_lead(doc, st)
        if bounds is None:
            continue
        lo, hi = bounds
        sent, line = doc[st.cue_i].sent, ctx.line_of(doc[st.cue_i].idx)
        last = max((t.i for t in sent if not (t.is_space or t.is_punct)), default=hi)
        if st.char_start > doc[hi].idx and st.char_end >= doc[last].idx:
            span, attr = _side(ctx, list(doc[sent.start:lo - 1]), line), "lead"
        elif st.char_end <= doc[lo - 1].idx and st.char_start <= doc[sent.start].idx + 2:
            span, attr = _side(ctx, list(doc[hi + 2:sent.end]), line), "tail"
        else:
            continue
        if span and span not in given and not overlaps(rows, st, *span):
            setattr(st, attr, span)
            given.add(span)  # (one statement takes a side: two with the same end would become the same span)
