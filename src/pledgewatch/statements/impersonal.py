"""An impersonal passive cue with a "that" clause whose source the article gives: "In the message of the White House
on ... conversation, it was stated that A" (the source in an "in" phrase of the sentence), "The report stated that
B. It was emphasized that A" (the source of the statement just before, in the same or the previous paragraph).
Translated Polish and Ukrainian news report documents and briefings this way. The verb is a cue of cues.csv in
the passive with "it" ("it was stated", "it has been reported", "it is noted"); the `vetoes.impersonal_passive`
veto keeps the cue verb's own rules off it. Not taken: such a passive with no source before it ("It has been
reported that Kim visited ..." opening an article's thread), "it is clear that" (no cue), nor a verb of the
`impersonal_stop` list ("it was estimated that": a figure, nobody's words).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon as L
from .mention_span import source_mention
from .opinion import sentence_end

_PASSIVE = re.compile(r"\b[Ii]t (?:was|has been|had been|is|will be) (?:also )?([a-z]+)(?: out)?\b")
_SOURCE_PREPS = ("of", "from", "by")


def _that(doc, v):
    """The "that" opening the clause of passive cue v ("it was stated that", "it was emphasized in the report
    that"), within the next few tokens of its sentence, or None."""
    for t in doc[v.i + 1:min(v.sent.end, v.i + 12)]:
        if t.lower_ == "that":
            return t
        if t.text in ".;:!?" or t.i in (c.i for c in v.children if c.dep_ == "ccomp"):
            return None
    return None


def _in_phrase_source(doc, v, it):
    """The source an "in" phrase of the cue's sentence names ("In the message of the White House ..., it was
    stated": the White House; "In the Sunday report of ... General Staff"; "in the Kremlin's readout"), as a
    mention span, or None."""
    for p in doc[v.sent.start:v.i]:
        if p.lower_ != "in" or p.dep_ != "prep":
            continue
        pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        owner = next((o for pp in pobj.children if pp.dep_ == "prep" and pp.lower_ in _SOURCE_PREPS
                      for o in pp.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if owner is None:
            owner = next((c for c in pobj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            return source_mention(owner)
        if pobj.pos_ == "PROPN":
            return source_mention(pobj)
    return None


def _previous(ctx, rows, starts, cs):
    """The statement right before offset cs in the same or the previous paragraph, or None."""
    i = bisect_left(starts, cs) - 1
    if i < 0 or rows[i].char_end > cs or ctx.para_of(cs) - ctx.para_of(rows[i].char_start) > 1:
        return None
    return rows[i]


def impersonal_passives(f):
    """Statements of "it was stated that A" with a source in the sentence or just before, added to finder f."""
    ctx = f.ctx
    doc, text = ctx.doc, ctx.text
    rows = sorted(f.rows, key=lambda r: r.char_start)
    starts = [r.char_start for r in rows]
    for m in _PASSIVE.finditer(text):
        v = doc[ctx.tok_at(m.start(1))]
        if v.idx != m.start(1) or v.tag_ != "VBN" or v.lemma_.lower() not in ctx.verbs or \
                v.lemma_.lower() in L.IMPERSONAL_STOP:
            continue
        that = _that(doc, v)
        if that is None or that.i + 1 >= len(doc):
            continue
        first = doc[that.i + 1]
        cs, ce = first.idx, sentence_end(doc, first)
        if ce <= cs or f.overlaps(cs, ce) or ctx.quote_containing(m.start()) is not None:
            continue
        it = doc[ctx.tok_at(m.start())]
        cue = text[m.start():v.idx + len(v)]
        span = _in_phrase_source(doc, v, it)
        if span is not None:
            f.add(cs, ce, cue, v.lemma_.lower(), span, v.i)
            continue
        prev = _previous(ctx, rows, starts, m.start())
        if prev is None:
            continue
        row = f.add(cs, ce, cue, v.lemma_.lower(), prev.speaker_span, v.i)
        if row is not None:
            row.speaker_of = prev
