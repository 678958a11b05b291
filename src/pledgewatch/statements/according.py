""""according to X": X is the speaker, the rest of the clause is the content (a quotation that opens it runs to its
closing mark)."""

from __future__ import annotations

from .content.backref import antecedent, pro_form_subject
from .conventions import polnear_convention
from .mention_span import source_mention
from .vetoes import unspoken_source


def _subject_before(a, before):
    """The words before the phrase are the subject of the clause the phrase sits in: "Shelter residents, according
    to ... preliminary findings, are fearful ...", "... harsh truth, according ... addiction experts, is ...": the
    content is the whole clause round the phrase (not "As we read, according to X, A"; not "That's according to
    X, who spoke at ...": a pronoun subject stands for words said before, and X stays outside the content)."""
    h = a.head
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == h.i and t.pos_ != "PRON" for t in before)


def _content_tokens(ctx, a, p_lo, p_hi):
    """(lo, hi) tokens of the content around the phrase doc[p_lo:p_hi + 1] ("according" at a), or None."""
    doc = ctx.doc
    sent = a.sent
    start = sent.start
    while start > 0 and doc[start].is_lower and doc[start - 1].is_punct and \
            ctx.line_of(doc[start - 1].idx) == ctx.line_of(doc[start].idx):
        start = doc[start - 1].sent.start  # a sentence the parser ended inside a quotation ('chants of "Bobby!" at')
    before = [t for t in doc[start:p_lo] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[p_hi + 1:sent.end] if not (t.is_punct or t.is_space)]
    if len(before) <= 3 and after and not _subject_before(a, before):
        return after[0].i, after[-1].i  # "According to X, A" (also "As we read, according to X, A")
    if not after and before:
        return before[0].i, before[-1].i
    if before and after:
        h = a.head
        if h.left_edge.i < p_lo and h.right_edge.i > p_hi:  # the clause runs round the phrase: all of it
            return before[0].i, after[-1].i
        if h.i > p_hi:
            return p_hi + 1, max(h.right_edge.i, p_hi + 1)
        return h.left_edge.i, p_lo - 1
    return None


def reported_quotation(f, a, lo, hi, p_lo):
    """The phrase closes a sentence that quotes a speaker with a cue verb of its own, on which the parse hung it:
    '"A," Mills said, according to a recording of the broadcast', '"We will win," the senator told the crowd,
    according to the local paper'. Under PolNeAR's convention (where `according` asks) the words before the phrase
    (doc[lo:hi + 1], before the phrase at p_lo) are no second statement: the quotation is the one statement, and its
    source is Y, the reporter's source, with the quoted speaker inside its content (`relay_quotation`). (Under the
    guide's convention the relayed row stays, `speakers` giving it the quoted speaker: the team's coding has it.)"""
    h = a.head
    return hi < p_lo and lo <= h.i <= hi and any(r.cue_i == h.i and r.quote_type == "direct" for r in f.rows)


def relay_quotation(f, a, to, pobj):
    """PolNeAR's source of '"A," X said, according to Y' (`reported_quotation`): the quotation's rows at X's cue
    (every part of it) take Y's mention and the cue "according to", as PolNeAR annotates Y the source of the
    quotation with "X said" inside it ('"We will win," the senator told the crowd, according to the local paper':
    the local paper)."""
    h, doc = a.head, f.ctx.doc
    for r in f.rows:
        if r.cue_i == h.i:
            r.cue, r.cue_lemma, r.cue_i = doc[a.i:to.i + 1].text, "according to", a.i
            r.speaker_span = source_mention(pobj)


def phrase(a):
    """(to, pobj) of the phrase "according to Y" at token a ("to" its child, or the next token where the parse hung
    it elsewhere), or None where it has no "to" or no object; the phrase runs from a to
    max(pobj.right_edge.i, to.i)."""
    doc = a.doc
    to = next((c for c in a.children if c.lower_ == "to"), None)
    if to is None and a.i + 1 < len(doc) and doc[a.i + 1].lower_ == "to":
        to = doc[a.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return (to, pobj) if pobj is not None else None


def opener(pobj):
    """The "according" token whose phrase (`phrase`) has pobj as its object ("to" hung on it, or right after it
    where the parse hung "to" elsewhere), or None."""
    to = pobj.head
    for a in (to.head, pobj.doc[to.i - 1] if to.i > 0 else None):
        if a is not None and a.lower_ == "according" and (found := phrase(a)) is not None and found[1].i == pobj.i:
            return a
    return None


def according(f, a):
    """The statement of "according" at token a, added to finder f."""
    ctx = f.ctx
    doc = ctx.doc
    found = phrase(a)
    if found is None:
        return
    to, pobj = found
    if not polnear_convention(f.nesting) and unspoken_source(pobj):
        return  # (PolNeAR's annotators mark "according to a poll" as an attribution)
    p_lo, p_hi = a.i, max(pobj.right_edge.i, to.i)
    that = pro_form_subject(doc[a.sent.start:p_lo])
    span = antecedent(ctx, that) if that is not None else None
    if span:  # "That's according ... Politico, Ukrinform reports.": the words before are the content (another
        # attribution in them is settled by `nesting`)
        f.add(*span, doc[a.i:to.i + 1].text, "according to", source_mention(pobj), a.i)
        return
    found = _content_tokens(ctx, a, p_lo, p_hi)
    if found is None or found[1] < found[0]:
        return
    lo, hi = found
    if polnear_convention(f.nesting) and reported_quotation(f, a, lo, hi, p_lo):
        relay_quotation(f, a, to, pobj)
        return
    cs, ce = doc[lo].idx, doc[hi].idx + len(doc[hi])
    # 'According to X, "A. B."': a quotation that opens the content runs to its closing mark, over sentences
    k = ctx.quote_containing(cs)
    if k is not None and lo > p_hi and ctx.quotes[k].start >= cs - 2 and ctx.quotes[k].end > ce \
            and ctx.line_of(ctx.quotes[k].end) == ctx.line_of(cs):
        ce = ctx.quotes[k].end
    f.add(cs, ce, doc[a.i:to.i + 1].text, "according to", source_mention(pobj), a.i)
