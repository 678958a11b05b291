"""Under PolNeAR's convention: a quoted fragment that closes the sentence after a direct statement, carrying on the
speaker's words with a short unquoted lead and no cue of its own.

Construction: '"A," X said. LEAD "B."' in one paragraph, LEAD a few words of the reporter's that no cue, name of a
speaker or other quotation holds ('"She is meant to lead this team," the coach said. Instead, "she just watches."';
'"It is lazy reporting," she says. It is "the new gotcha journalism."'). PolNeAR's annotators give X the next
sentence too, as a part of the same statement; here it is the statement's `tail`, which the join convention adds
to its text (`parts.join_parts`). Under the guide's convention nothing changes (the fragment is not a sentence of
quoted words: `continuations` only takes a quotation that opens its sentence).
"""

from __future__ import annotations

from .quotes import QUOTE_CHARS
from .widening import overlaps

MAX_LEAD_WORDS = 8


def _lead_ok(ctx, q, sent):
    """The words of sentence sent before quotation q: one to MAX_LEAD_WORDS words, no cue, quotation mark,
    proper noun (another speaker named) or common-noun subject of the sentence's main verb (another holder of a
    view: 'Her rival sees it as "a fantasy."'; a pronoun subject carries on: 'It is "the new gotcha journalism."',
    and so does a subject inside a clause of the speaker's: 'Unless more rivals quit, "it is hard to see ..."')."""
    doc = ctx.doc
    toks = [t for t in doc[sent.start:ctx.tok_at(q.open)] if t.idx < q.open and not t.is_space]
    words = [t for t in toks if not t.is_punct]
    return 1 <= len(words) <= MAX_LEAD_WORDS and not any(
        t.i in ctx.cue_idx or t.text in QUOTE_CHARS or t.pos_ == "PROPN"
        or t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.head.i == t.head.head.i for t in toks)


def _closes_sentence(ctx, q, sent):
    """Quotation q runs to the end of sentence sent (only punctuation after its closing mark)."""
    end = sent[-1].idx + len(sent[-1])
    return not any(ch.isalnum() for ch in ctx.text[q.close:max(q.close, end)])


def fragment_tails(ctx, rows):
    """Set `tail` on the direct statements a quoted fragment carries on (see the module docstring)."""
    doc, text = ctx.doc, ctx.text
    for k, q in enumerate(ctx.quotes):
        if k in ctx.used or not q.closed or ctx.sentence_initial(q) or \
                overlaps(rows, None, q.start, q.end):
            continue
        sent = doc[ctx.tok_at(q.open)].sent
        if not _closes_sentence(ctx, q, sent) or not _lead_ok(ctx, q, sent):
            continue
        start = sent[0].idx
        prev = max((r for r in rows if r.char_end <= start), key=lambda r: r.char_end, default=None)
        if prev is None or prev.quote_type != "direct" or prev.cue_i is None or prev.tail is not None or \
                ctx.line_of(prev.char_start) != ctx.line_of(q.open):
            continue
        cue = doc[prev.cue_i]
        if not prev.char_end <= cue.idx < start or cue.sent.end != sent.start or \
                any(ch in QUOTE_CHARS for ch in text[prev.char_end:start].lstrip(" ,.!?" + "".join(QUOTE_CHARS))):
            continue  # (only the cue's own sentence between the statement and the fragment's sentence)
        prev.tail = (start, q.close)
