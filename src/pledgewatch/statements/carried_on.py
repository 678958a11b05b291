"""A quotation carried on by its speaker after an earlier cue, told with a verb that is no cue elsewhere:
'"A," he continued.', '"A," the ambassador continued. "B."', '"A" - continued the minister'. "Continue" is a
cue only there: "the war continues", "Russia continued to shell the town" are narration, so the verb is not in
cues.csv but in the `carried_on_cue` list of statement_words.csv, read only right after a quotation's closing mark
and a comma. The speaker is the verb's subject between the mark and the verb, or the noun phrase after it
('"A," continued Lavrov'); the quotation after it in the same paragraph is the second part (`continuations`).
Under the guide's convention only: PolNeAR's (join) keeps the quotation a cue-less part of the statement before it.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .conventions import polnear_convention
from .subjects import adjacent_subject, source_mention

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
    for t in doc[j:min(len(doc), j + _WINDOW)]:
        if t.text in _STOPS or t.is_quote or t.i in ctx.cue_idx:
            return None  # a sentence end, another quotation or a cue verb of its own ('," she said. If Russia ...')
        if t.lemma_.lower() in L.CARRIED_ON_CUE and t.pos_ in ("VERB", "AUX"):
            return t, j
    return None


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
