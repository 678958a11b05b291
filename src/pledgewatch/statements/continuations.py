"""Cue-less quotations: a sentence-opening quotation that no cue claimed continues the previous statement's speaker
(same or previous paragraph; for an unclosed multi-paragraph quote with no earlier speaker, the next one's): the
interrupted quote '"A," X said. "B."' gives two statements. After a colon that closes a clause about a person
('Martell, the addictions doctor, is more blunt: "With this ..."'), that person says it."""

from __future__ import annotations

from bisect import bisect_left

from . import lexicon as L
from .context import WORD
from .conventions import polnear_convention
from .fragment_tails import fragment_tails
from .mention_span import mention
from .quotes import QUOTE_CHARS
from .widening import overlaps


def continuations(f):
    """Add the continued quotations of finder f (after all cues have claimed theirs)."""
    ctx = f.ctx
    rows = sorted(f.rows, key=lambda r: r.char_start)
    starts = [r.char_start for r in rows]
    for k, q in enumerate(ctx.quotes):
        if k in ctx.used or not _candidate(ctx, q, rows):
            continue
        i = bisect_left(starts, q.open) - 1
        prev = rows[i] if i >= 0 else None
        if prev is not None and prev.char_end > q.open:
            continue
        subj = colon_subject(ctx, q)
        if subj is not None:
            row = f.add(q.start, q.end, ":", ":", mention(subj), None)
        else:
            src = _source(ctx, q, rows, i, prev)
            if src is None:
                continue
            row = f.add(q.start, q.end, src.cue, src.cue_lemma, src.speaker_span, src.cue_i)
            if row is not None:
                row.speaker_of = row.joins = src
        if row is not None:
            rows.insert(i + 1, row)
            starts.insert(i + 1, row.char_start)
    short_tails(ctx, rows)
    if polnear_convention(f.nesting):
        fragment_tails(ctx, rows)


def short_tails(ctx, rows):
    """A quotation of one or two words, a sentence of its own right after the cue sentence of a direct statement in
    the same paragraph, closes that interrupted quote: '"There was carnage on ... road," Bouhlel said. "Bodies
    ...."', '"It's taxing ... campaign resources," O'Donnell said. "... time."', '"This ... sophomoric," Alicia
    Powe wrote ... Young Conservatives. "Blacklisted?"'. Below the floor of a statement of its own (`_candidate`), so
    split output does not change; it is the statement's `tail`, which the join convention (PolNeAR's discontinuous
    spans) adds to its text (`parts.join_parts`)."""
    text = ctx.text
    for q in ctx.quotes:
        words = text[q.start:q.end].split()
        if not q.closed or not 1 <= len(words) < 3 or not ctx.sentence_initial(q) or \
                text[q.start:q.end].rstrip()[-1:] not in ".!?" or \
                overlaps(rows, None, q.start, q.end):
            continue
        prev = max((r for r in rows if r.char_end <= q.open), key=lambda r: r.char_end, default=None)
        if prev is None or prev.quote_type != "direct" or prev.cue_i is None or prev.tail is not None or \
                ctx.line_of(prev.char_start) != ctx.line_of(q.open):
            continue
        cue = ctx.doc[prev.cue_i]
        between = text[prev.char_end:q.open]
        if not prev.char_end <= cue.idx < q.open or cue.sent.end >= len(ctx.doc) or \
                ctx.doc[cue.sent.end].idx < q.open - 1 or not between.rstrip().endswith((".", ",", "!", "?")) \
                or any(ch in QUOTE_CHARS for ch in between.lstrip(" ,.!?" + "".join(QUOTE_CHARS))):
            continue  # (only the cue's own sentence between the parts)
        prev.tail = (q.start, ctx.trim(q.start, q.end)[1])


def _candidate(ctx, q, rows):
    """Quotation q may continue a speaker: three words or more, opening its sentence, not a pull-quote, not
    overlapping a statement (one quoted inside it, "as Biden said: ...", does not block it)."""
    text = ctx.text
    if len(WORD.findall(text[q.start:q.end])) < 3 or len(text[q.start:q.end].split()) < 3:
        return False
    if not ctx.sentence_initial(q):
        return False  # a quotation inside a sentence: a scare quote or a quoted phrase
    line_start = ctx.lines[ctx.line_of(q.open)]
    if text[q.open] in "'‘" and not text[line_start:q.open].strip() and \
            not text[q.close:text.find("\n", q.close) if "\n" in text[q.close:] else len(text)].strip():
        return False  # a single-quoted line on its own is a pull-quote subheading
    return not any(r.char_start < q.end and q.start < r.char_end
                   and not (q.start <= r.char_start and r.char_end <= q.end) for r in rows)


def _source(ctx, q, rows, i, prev):
    """The statement whose speaker quotation q continues: the previous one in the same or the previous paragraph
    (the quotation before a participle clause, '"A," said Caddell, speaking of the issue. "B."'), or, for an
    unclosed quotation, the next paragraph's direct quotation; else None."""
    if prev is not None and ctx.para_of(q.open) - ctx.para_of(prev.char_start) <= 1:
        before = rows[i - 1] if i >= 1 else None
        if before is not None and _embedded_in_cue_clause(ctx.doc, prev, before):
            return before
        return prev
    if not q.closed and i + 1 < len(rows):
        nxt = rows[i + 1]
        if ctx.para_of(nxt.char_start) == ctx.para_of(q.open) + 1 and nxt.quote_type == "direct":
            return nxt
    return None


def _embedded_in_cue_clause(doc, prev, before):
    """The quotation continues `before`, not `prev`, when prev is an indirect statement whose cue hangs inside the
    clause of before's cue: a participle ('"A," said Caddell, speaking of the issue. "B."'), or a relative clause or
    apposition on the speaker ('"A," said Peskov, who told reporters the talks had failed. "B."'; '"A," said
    Kopachko, a pollster who called him a pragmatic strategist. "B."'). The resumed quotation is the direct
    quotation's second part, as when nothing stands between them."""
    if prev.quote_type == "direct" or before.quote_type != "direct" or prev.cue_i is None or before.cue_i is None:
        return False
    cue = doc[prev.cue_i]
    if cue.tag_ == "VBG" and before.cue_i == cue.head.i:
        return True
    return cue.sent.start == doc[before.cue_i].sent.start and before.cue_i < cue.i and \
        any(a.i == before.cue_i for a in cue.ancestors)


def colon_subject(ctx, q):
    """The person subject of the clause that a colon right before quotation q closes, when that clause has no
    speech cue of its own ('Martell, the addictions doctor, is more blunt: "..."'), else None."""
    line_start = ctx.lines[ctx.line_of(q.open)]
    before = ctx.text[line_start:q.open].rstrip()
    if not before.endswith(":"):
        return None
    colon = ctx.doc[ctx.tok_at(line_start + len(before) - 1)]
    if colon.text != ":":
        return None
    sent = colon.sent
    clause = [t for t in ctx.doc[sent.start:colon.i] if not t.is_punct]
    if not clause or any(t.i in ctx.cue_idx for t in clause):
        return None
    # the clause the colon closes: from the word before it up to the first verb with a subject
    cur, subj = clause[-1], None
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None or cur.dep_ not in ("xcomp", "acomp", "attr", "dobj"):
                break
        if cur.head.i == cur.i or not sent.start <= cur.head.i < colon.i:
            break
        cur = cur.head
    if subj is None or not (subj.pos_ == "PROPN" and (subj.ent_type_ == "PERSON" or any(
            c.dep_ == "appos" and c.pos_ == "NOUN" for c in subj.children)) or subj.lower_ in L.PERSON_PRONOUN):
        return None  # (a person: tagged so, or given a role in apposition: "Martell, the addictions doctor")
    return subj
