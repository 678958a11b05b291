"""The finder's later steps widen a statement's content to a span they compute (an object and its complement or
reason, a quotation's lead-in or tail, a host clause's side): the two overlap tests and the widening each makes,
written once (round 42).

    overlaps(rows, st, cs, ce)     -> another row than st holds a character of text[cs:ce]
    starts_in(rows, st, cs, ce)    -> another row than st starts in text[cs:ce]
    widen_to(ctx, rows, st, cs, ce) -> st's content is text[cs:ce] unless that crosses a line break or another
                                      row ("praised the soldiers at a ceremony for 'their courage'": the object
                                      through the reason; `mixed` where a quotation mark is inside)
"""

from __future__ import annotations

from .quotes import QUOTE_CHARS


def overlaps(rows, st, cs, ce) -> bool:
    """A row of `rows` other than st (None: any row) holds a character of text[cs:ce]."""
    return any(r is not st and r.char_start < ce and cs < r.char_end for r in rows)


def starts_in(rows, st, cs, ce) -> bool:
    """A row of `rows` other than st starts in text[cs:ce] (the rest of a quotation, or a conjunct, is another
    statement: a part resumed, a continuation)."""
    return any(r is not st and cs <= r.char_start < ce for r in rows)


def widen_to(ctx, rows, st, cs, ce) -> bool:
    """Make st's content text[cs:ce] unless the span holds a line break or another row's words; a content that then
    holds a quotation mark is `mixed` (reported speech with quoted words). True where st was widened."""
    text = ctx.text
    if text.find("\n", cs, ce) >= 0 or overlaps(rows, st, cs, ce):
        return False
    st.set_span(cs, ce, text)
    if any(ch in QUOTE_CHARS for ch in text[cs:ce]):
        st.quote_type = "mixed"
    return True
