"""Content strategy: everything after a colon that follows the cue ("X said: A"); a colon that closes its
paragraph ("The governor added:") introduces the next paragraph, a block quotation."""

from __future__ import annotations

import re

from ..embedded_posts import doc_scan, post_stop
from ..grammar import GAP_DEPS, is_under
from ..quotes import QUOTE_CHARS
from .colon_block import block_end

_FIRST_MARK = re.compile(r"\s*\S")  # the first character after a colon (a quotation's opening mark, or a word)


def colon_after(ctx, v):
    """(cs, ce) of the content after a colon within ten tokens of cue v, with only the cue's own dependents
    between (no verb, sentence end or quotation mark), else None."""
    doc = ctx.doc
    end = min(len(doc), v.i + 10)
    for t in doc[v.i + 1:end]:
        if t.text == ":":
            line_end = ctx.line_end(ctx.line_of(t.idx))
            if not ctx.text[t.idx + 1:line_end].strip():
                return _next_paragraph(ctx, line_end)
            ce = min(v.sent.end_char, line_end)
            # a quotation opened after the colon runs to its own end (its first word is one past the mark)
            m = _FIRST_MARK.match(ctx.text, t.idx + 1)
            k = ctx.quote_containing(min(m.end(), len(ctx.text) - 1)) if m else None
            if k is not None:
                ce = max(ce, ctx.quotes[k].end)
            else:
                ce = block_end(ctx, v, t, ce, line_end)
            return t.idx + 1, ce
        if t.text in (".", "!", "?", ";") or t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS:
            return None
        ch = is_under(t, v)
        if ch is None or ch.dep_ not in GAP_DEPS:
            return None
    return None


def _next_paragraph(ctx, line_end):
    """"The governor added:" closing its paragraph: the next paragraph is the (block) quotation: its quotation
    when it opens with one, else the whole paragraph, up to an embedded post's link or credit line (`post_stop`:
    "Lubrani added:\n\nOur work is not yet done. pic.twitter.com/x — Osnat Lubrani (@OsnatLubrani) May 8, 2022"
    is the post's words, not its link and credit)."""
    m = re.search(r"\S", ctx.text[line_end:])
    if m is None:
        return None
    ns = line_end + m.start()
    ne = ctx.line_end(ctx.line_of(ns))
    k = ctx.quote_containing(min(ns + 1, len(ctx.text) - 1))
    if k is not None and ctx.quotes[k].open == ns:
        return ctx.quotes[k].start, ctx.quotes[k].end
    ne = len(ctx.text[:post_stop(doc_scan(ctx.doc, ctx.text), ns, ne)].rstrip())
    return (ns, ne) if ne > ns else None  # a paragraph that is only a post's link holds no words
