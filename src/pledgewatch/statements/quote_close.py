"""A content that opens a quotation runs to its close.

Construction: the reported words hold a quotation that the parse or a clause boundary cut before its closing mark:
a sentence end inside the quotation ('Brooks said the tone of the debate "... because ... hurting themselves.
... I think there's some evidence ..."'), a dash or a coordinated clause inside it ('called it a "fundamental
mistake," made ... some "respected voices on ... Right," who are "just flatly wrong - ... they're gonna live to
regret ...."', 'calling the protester "... very obnoxious guy who was ... troublemaker and he was looking ... make
trouble."'). The speaker's quoted words do not stop mid-quotation: the content is extended to the closing mark,
when that mark is in the same paragraph and no other statement holds the words in between.

Construction (`quote_leads`): a quotation before its cue that does not open its sentence ('The people of Scranton
... towns like it "deserve someone who's ... them ...," said the man', 'Mr. Sanders "is a good man," Mr. Obama
said'): the unquoted words before it in the same sentence are the subject or lead of the speaker's own sentence,
and the content runs from the sentence start, as PolNeAR and the guide's gold spans do.
"""

from __future__ import annotations

from bisect import bisect_left

from .quotes import QUOTE_CHARS
from .wh_label import label_row
from .widening import overlaps, starts_in


def _cut_quote(ctx, st):
    """The index of the last closed quotation that opens inside st's content (its opening mark may be the
    content's last character) and closes after its end, else None."""
    k = bisect_left(ctx.q_opens, st.char_end) - 1
    if k < 0:
        return None
    q = ctx.quotes[k]
    if q.closed and q.open >= st.char_start - 1 and st.char_end < q.end:
        return k
    return None


def close_quotes(ctx, rows):
    """Extend each statement whose content stops inside a quotation it opens to that quotation's close (see the
    module docstring)."""
    text = ctx.text
    for st in rows:
        k = _cut_quote(ctx, st)
        if k is None:
            continue
        q = ctx.quotes[k]
        if ctx.line_of(q.end) != ctx.line_of(st.char_end - 1) or not any(c.isalnum() for c in text[st.char_end:q.end]):
            continue
        end = q.end if q.open >= st.char_start - 1 and st.char_start >= q.start else q.close
        if starts_in(rows, st, st.char_end, end):
            continue  # the rest of the quotation is another statement (a part resumed, a continuation)
        st.set_span(st.char_start, end, text)
        if any(ch in QUOTE_CHARS for ch in text[st.char_start:end]) and st.quote_type == "indirect":
            st.quote_type = "mixed"


def _sentence_lead(ctx, q):
    """(cs, q.open) of the unquoted words that precede quotation q in its sentence, else None: they must hold a
    word, no other quotation, no colon or semicolon, no cue, and stay in q's paragraph."""
    doc = ctx.doc
    first = doc[ctx.q_open_tok[q_index(ctx, q)]]
    sent = first.sent
    toks = [t for t in doc[sent.start:first.i] if not (t.is_space or t.is_punct and t.text not in ("$", "%"))]
    if not toks or not any(t.is_alpha for t in toks) or ctx.line_of(toks[0].idx) != ctx.line_of(q.open):
        return None
    if any(t.text in QUOTE_CHARS or t.text in (":", ";") or t.i in ctx.cue_idx for t in doc[sent.start:first.i]):
        return None  # (not after a colon: "one example of the problem: The SEC ''only requires ...''")
    return toks[0].idx, q.open


def q_index(ctx, q):
    return bisect_left(ctx.q_opens, q.open)


def quote_leads(ctx, rows):
    """Start each statement that is exactly a quotation before its cue, inside a sentence, at the sentence's start
    (see the module docstring)."""
    for st in rows:
        if st.cue_i is None or st.speaker_of is not None or st.cue == ":":
            continue
        k = ctx.quote_containing(st.char_start)
        if k is None:
            continue
        q = ctx.quotes[k]
        if (st.char_start, st.char_end) != ctx.trim(q.start, q.end) or ctx.doc[st.cue_i].idx < q.close \
                or ctx.sentence_initial(q):
            continue
        lead = _sentence_lead(ctx, q)
        if lead is None or overlaps(rows, st, *lead):
            continue
        st.set_span(lead[0], st.char_end, ctx.text)
        st.quote_type = "mixed"


TAIL_STOP = {",", ";", ":", "(", ")", "—", "–", "-", ".", "!", "?"}


def _tail_after(ctx, q, others=()):
    """(start, end) of the unquoted words that carry on quotation q's clause after its closing mark, up to the
    next punctuation or sentence end ('warned against "a betrayal of our values" ... the way the United States
    responds'), else None: they open with a lower-case word that is no conjunction, and no cue follows within four
    words (not '"A" he said'). They run through a quoted fragment closed in the same sentence (`_quoted_within`),
    not through a quotation that is already the span of another statement (`others`, (start, end) pairs): the
    tail stops before its mark."""
    doc = ctx.doc
    i = ctx.tok_at(q.close)
    if i < len(doc) and doc[i].idx < q.close:
        i += 1
    if i >= len(doc) or not doc[i].is_lower or not doc[i].is_alpha or doc[i].pos_ == "CCONJ":
        return None  # (not a conjunct: 'called the conclusion "bold" and based ...')
    sent_end, j = doc[i].sent.end, i
    while j < sent_end and doc[j].text not in TAIL_STOP and not doc[j].is_space:
        if doc[j].text in QUOTE_CHARS:
            past = _quoted_within(ctx, j, sent_end, others)
            if past is None:
                break
            j = past
            continue
        if j in ctx.cue_idx and j - i < 4:
            return None  # ('"A" he said', '"A" and said B'; a cue further on is inside the clause: "the way X responds")
        j += 1
    if j - i < 2:
        return None
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def _quoted_within(ctx, j, sent_end, others=()):
    """The token after the quotation that opens at token j, when a quoted fragment inside the unquoted words of a
    tail, closed in the same sentence after at least one word ('warned of a "dangerous moment for the world" as the
    "highly likely" prospect of an invasion could embolden ...', 'called the vote "a farce" staged by the "so-called"
    authorities of the region'): the clause carries on through it; else None (the tail stops at the mark), also
    when the quotation overlaps the span of another statement (`others`): another speaker's words are no
    fragment."""
    doc = ctx.doc
    k = ctx.quote_containing(doc[j].idx + 1)
    if k is None:
        return None
    q = ctx.quotes[k]
    if q.open != doc[j].idx or not q.closed or any(a < q.end and q.start < b for a, b in others):
        return None
    after = ctx.tok_at(q.close)
    if after < len(doc) and doc[after].idx < q.close:
        after += 1
    return after if after < sent_end and after > j + 2 else None


def quote_tails(ctx, rows):
    """Construction: a quotation inside a clause that goes on after its closing mark ('Mr. Devine acknowledged,
    "we're going ... have to have some big wins at ... end" of the primary season', 'Ms. Tanzer said, "is a perfect
    example ... adapting" to the changing economics ... golf'): the words up to the next punctuation are the same
    clause's and the content runs on to them."""
    for st in rows:
        if st.cue_i is None or label_row(ctx, st):
            continue
        k = bisect_left(ctx.q_opens, st.char_end) - 1
        if k < 0:
            continue
        q = ctx.quotes[k]
        if not q.closed or not (q.end - 2 <= st.char_end <= q.close) or q.open < st.char_start - 2 \
                or ctx.doc[st.cue_i].idx > q.close:
            continue
        tail = _tail_after(ctx, q, [(r.char_start, r.char_end) for r in rows if r is not st])
        if tail is None or overlaps(rows, st, *tail):
            continue
        st.set_span(st.char_start, tail[1], ctx.text)
        st.quote_type = "mixed"
