"""A quotation carried on by its speaker after an earlier cue, told with a verb that is no cue elsewhere:
'"A," he continued.', '"A," the ambassador continued. "B."', '"A" - continued the minister'. "Continue" is a
cue only there: "the war continues", "Russia continued to shell the town" are narration, so the verb is not in
cues.csv but in the `carried_on_cue` list of statement_words.csv, read only right after a quotation's closing mark
and a comma. The speaker is the verb's subject between the mark and the verb, or the noun phrase after it
('"A," continued Lavrov'); the quotation after it in the same paragraph is the second part (`continuations`).
Not where the verb is narration after a scare quote: a relative, subordinating or coordinating word before it, a
complement of its own ('agreed to extend', 'concluded without a deal'), a sentence that goes on past it, or a
quotation that is a name inside its sentence ('The "ceasefire line," the two armies agreed, runs ...').
Under the guide's convention only: PolNeAR's (join) keeps the quotation a cue-less part of the statement before it.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .conventions import polnear_convention
from .grammar import FINITE_TAGS
from .mention_span import source_mention
from .subjects import adjacent_subject

_JOIN = re.compile(r"[,.!?]?[\"\u201d\u2019']?[ \t]*[,\u2013\u2014-]?[ \t]*(?=\w)")
_COMMA = re.compile(r"[,\u2013\u2014-]")
_STOPS = frozenset(".!?;:")
_WINDOW = 8  # tokens between the closing mark and the verb: "the Russian ambassador to the UN then continued"


def _verb(ctx, k):
    """(the carried-on verb after quotation k, its closing mark and a comma or dash ('," he continued', '" - continued
    X'; a dialogue-dash quotation "- A - he continued" is not read here), within a few tokens on the same line; the
    index of the first token after the mark and the comma), or None when a sentence end or another quotation comes
    first."""
    doc, q = ctx.doc, ctx.quotes[k]
    m = _JOIN.match(ctx.text, q.end)
    if m is None or not _COMMA.search(ctx.text, q.end - 1, m.end()):
        return None  # '"The fleet is ready." The shelling continued.'
    j = ctx.tok_at(m.end())
    if j >= len(doc) or doc[j].idx != m.end() or ctx.line_of(doc[j].idx) != ctx.line_of(q.close):
        return None
    if _named(doc, ctx.tok_at(q.open), q.close):
        return None
    for t in doc[j:min(len(doc), j + _WINDOW)]:
        if t.text in _STOPS or t.is_quote or t.i in ctx.cue_idx:
            return None  # a sentence end, another quotation or a cue verb of its own ('," she said. If Russia ...')
        if t.i == j and _linking(t):
            return None  # '"grain corridor," which Moscow and Kyiv agreed', '"day of silence," and the talks concluded'
        if t.lemma_.lower() in L.CARRIED_ON_CUE and t.pos_ in ("VERB", "AUX"):
            return (t, j) if _telling(t, j) else None
    return None


def _named(doc, o, close):
    """Whether the quotation opening at token o is a name inside its sentence (a scare quote): the word before the
    opening mark hangs on a word inside the quotation ('The "ceasefire line,"', 'Moscow's "peace plan,"') and the
    quotation has no finite verb (not a stray word before a quoted sentence: 'The "The ruined lives ... will give
    nothing to Russia," he continued')."""
    if o <= 0 or doc[o - 1].is_punct or doc[o].is_sent_start:
        return False
    h = doc[o - 1].head
    if not (h.i > o and h.idx < close):
        return False
    return not any(t.tag_ in FINITE_TAGS for t in doc[o + 1:] if t.idx < close)


def _linking(t):
    """A relative, subordinating or coordinating word opening the clause after the mark: no speaker's comment (read
    at the first word only: a relative clause inside the subject, '," the minister, who visited Kharkiv, continued',
    is the speaker's)."""
    return t.pos_ in ("CCONJ", "SCONJ") or t.dep_ == "mark" or t.tag_ in ("WDT", "WP", "WP$", "WRB")


def _telling(v, first):
    """Whether v, found after a closing mark and a comma, tells the quotation: it takes no complement of its own (an
    infinitive, an object, a subordinating mark: 'agreed to extend', 'concluded the talks'; an adjunct such as 'on
    Telegram', 'after a pause', 'with a nod' is no complement, and the noun after a verb standing first is its
    speaker, which the parse may call an object: '" - continued the minister'), its subject starts right after the
    comma (or v itself does: '," continued Lavrov'), and the sentence does not go on past it to another verb ('The
    "ceasefire line," the two armies agreed, runs along the river')."""
    objects = ("xcomp", "mark", "dative") if v.i == first else ("xcomp", "mark", "dobj", "dative")
    if any(c.dep_ in objects or c.tag_ == "TO" for c in v.children):
        return False
    if v.dep_ != "ROOT" and v.head.i > v.i:
        return False
    if v.i == first:
        return True
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i >= first), None)
    return subj is not None and subj.left_edge.i == first


def _speaker(v, first):
    """The mention span of v's speaker: its subject between the quotation and it, else the noun phrase after it."""
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i >= first), None)
    if subj is not None:
        return source_mention(subj)
    if v.i == first:
        return adjacent_subject(v, v.doc.text)[1]
    return None


def carried_on(f):
    """Statements of quotations closed before a carried-on verb ('"A," he continued'), added to finder f; under the
    guide's convention only (PolNeAR's joins the quotation to the speaker's statement before it: `continuations`)."""
    if polnear_convention(f.nesting):
        return
    ctx = f.ctx
    for k, q in enumerate(ctx.quotes):
        if not q.closed or k in ctx.used or f.overlaps(q.start, q.end):
            continue
        found = _verb(ctx, k)
        if found is None:
            continue
        v, first = found
        span = _speaker(v, first)
        if span is not None:
            f.add(q.start, q.end, v.text, v.lemma_.lower(), span, v.i)
