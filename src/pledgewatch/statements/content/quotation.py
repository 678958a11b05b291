"""Content strategy: a quotation next to its cue. Before it ('"A," X said' / '"A," said X'), after it ('X told
reporters: "A"'), or resumed after an interrupting cue ('"A," he added, "but B."'). Each returns the index of the
quotation in `ctx.quotes`, or None."""

from __future__ import annotations

from ..grammar import GAP_DEPS, cue_of, is_under
from ..lexicon import CONTENT_PREPOSITION, CONTENT_SUBORDINATOR
from ..quotes import QUOTE_CHARS


def quote_before(ctx, v, subj):
    """A sentence-opening quotation that closes right before the cue clause, with nothing but the speaker's name,
    title and the verb group in between: '"A," the minister said', '"A," said X'."""
    k = ctx.quote_ending_before(v.i)
    if k is None or k in ctx.used:
        return None
    q = ctx.quotes[k]
    if not q.closed or ctx.line_of(q.open) != ctx.line_of(v.idx):
        return None
    ct = ctx.q_close_tok[k]
    if v.i - ct > 25:
        return None
    if not ctx.sentence_initial(q):
        return None  # '... are now "combat ineffective," the UK said': the quote is only part of the content
    # a quotation that ends its sentence ("A." He spoke of ...) is not introduced by the next clause's verb
    inner = ctx.text[q.start:q.end].rstrip()
    after = ctx.text[q.close:q.close + 2].lstrip()
    if inner.endswith(".") and not after.startswith(","):
        return None
    lo, hi = (subj.left_edge.i, subj.right_edge.i) if subj is not None else (-1, -1)
    for t in ctx.doc[ct + 1:v.i]:
        if t.is_punct or t.is_space or lo <= t.i <= hi or t.dep_ in ("advmod", "aux", "neg", "auxpass") \
                or t.pos_ in ("PROPN", "DET") or t.pos_ in ("NOUN", "ADJ", "PART") and t.i > ct + 1 \
                or t.lemma_ == "quote" and t.i in (v.head.i, v.head.head.i) or t.lower_ == "as" and t.i == v.head.i:
            continue  # the speaker's name and title, however the parse attached them
        return None
    return k


def back_to_quote(ctx, cs, ce):
    """'The SEC "only requires ... assets. By only requiring ... subsidiaries," the report says': content that
    ends with a quotation closed right before its cue starts no later than that quotation (the sentence parse
    cut it at the quotation's inner sentence end)."""
    k = ctx.quote_containing(max(cs, ce - 1))
    if k is not None:
        q = ctx.quotes[k]
        if q.closed and q.start < cs and q.end - ce <= 2 and ctx.line_of(q.open) == ctx.line_of(cs):
            return q.start
    return cs


def quote_after(ctx, v, subj):
    """A quotation that opens right after the cue and its non-clausal dependents: 'X told reporters on Tuesday:
    "A"', 'acknowledged that "A"'."""
    k = ctx.quote_starting_after(v.i)
    if k is None or k in ctx.used:
        return None
    q = ctx.quotes[k]
    if subj is not None and subj.left_edge.i <= ctx.q_open_tok[k] <= subj.right_edge.i:
        return None  # says "Kyiv Independent": the quotation is the speaker's name
    inner = ctx.text[q.start:q.end].rstrip()
    rest = ctx.text[q.close:q.close + 40].lstrip(" ")
    if q.closed and inner[-1:] not in ".!?" and rest[:1].isalnum():
        return None  # said that "race still determines too much" ... America, ...: a quoted fragment of a clause
    if ctx.line_of(q.open) != ctx.line_of(v.idx):
        return None
    ot = ctx.q_open_tok[k]
    if ot - v.i > 15 or object_complement(ctx, v, ot):
        return None
    return k if _gap_passes(ctx, v, subj, ot, short=len(ctx.text[q.start:q.end].split()) < 4) else None


def object_complement(ctx, v, ot):
    """'Hillary Clinton called it "predatory"', 'called ... situation "overclassification run ..."', 'described
    himself as ... "Obama whisperer"': the quotation after the cue's object is that object's complement; the
    content is the object and its complement together (`frame.frames`), not the quotation alone."""
    cue = cue_of(v, ctx.verbs, ctx.forms, True)
    gap = ctx.doc[v.i + 1:ot]
    if cue is None or any(t.text == ":" for t in gap) or not any(t.dep_ == "dobj" and t.head.i == v.i for t in gap):
        return False
    return "oprd" in cue.takes or any(t.dep_ == "prep" and t.head.i == v.i and t.lower_ == "as" for t in gap)


def _gap_passes(ctx, v, subj, ot, short):
    """The tokens between cue v and the quotation opening at token ot are the cue's own non-clausal dependents."""
    for t in ctx.doc[v.i + 1:ot]:
        if t.is_space or t.text in (",", ":", "—", "–", "-") or t.lower_ == "that" and t.i == ot - 1:
            continue  # (acknowledged that "...")
        if short and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj") and (
                subj is None or not subj.left_edge.i <= t.i <= subj.right_edge.i):
            return False  # 'blamed the air force's performance on "heavily scripted" training': a phrase
        if t.text in (".", "!", "?", ";") or t.pos_ in ("VERB", "AUX"):
            return False
        ch = is_under(t, v)
        if ch is None or ch.dep_ not in GAP_DEPS:
            return False
        if t.dep_ == "prep" and t.head.i == v.i and t.lower_ in CONTENT_PREPOSITION - {"as"}:
            return False
    return True


def resumed_quote(ctx, v, k):
    """'"A," Tester said, referring to the excuse, "you give ammunition ..."': after the cue clause and a
    participle or name that quote_after does not pass over, a quotation that resumes the interrupted sentence
    (it starts in lower case, after a comma, with no sentence end or other cue in between) is its second part.
    So is a whole quoted sentence after that comma: '"A," she said of the plan, "I'm sure it will pass."',
    '"A," he said of the voters, "But I know they care."' (`_sentence_quote`)."""
    k2 = k + 1
    if k2 >= len(ctx.quotes) or k2 in ctx.used:
        return None
    q = ctx.quotes[k2]
    if ctx.line_of(q.open) != ctx.line_of(v.idx) or q.open < v.idx:
        return None
    first = next((ch for ch in ctx.text[q.start:q.end] if ch.isalnum()), "")
    if not (first.islower() or _sentence_quote(ctx, q)) or not ctx.text[:q.open].rstrip().endswith(","):
        return None
    ot = ctx.q_open_tok[k2]
    if ot - v.i > 20 or any(t.text in (".", "!", "?", ";", ":") or t.text in QUOTE_CHARS or t.i in ctx.cue_idx
                            for t in ctx.doc[v.i + 1:ot]):
        return None
    return k2


def _sentence_quote(ctx, q):
    """Quotation q is a whole sentence or more: closed, four words or more, ending with sentence punctuation (not a
    title or a name set off by commas: 'said of the film, "The Post," that ...')."""
    inner = ctx.text[q.start:q.end].rstrip(" ,")
    return q.closed and len(inner.split()) >= 4 and inner[-1:] in ".!?"


def resumed_by_quote(ctx, v, mention, k):
    """'While consumer confidence is high, he said, "this has done nothing ..."', 'The streets ... deserted, he
    added, "but people need ... connect somehow"': a cue clause set off by commas inside a sentence whose second
    part is a quotation that resumes it in lower case; the words before the cue are the first part
    (`sentence.parenthetical_lead`). Returns their (cs, ce), else None."""
    q = ctx.quotes[k]
    first = next((ch for ch in ctx.text[q.start:q.end] if ch.isalnum()), "")
    if not first.islower() or not ctx.text[:q.open].rstrip().endswith(","):
        return None
    from .sentence import parenthetical_lead

    lead = parenthetical_lead(ctx, v, mention)
    if lead is None and any(c.dep_ == "advcl" and c.i < v.i and c.left_edge.i == v.sent.start and any(
            m.dep_ == "mark" and m.lower_ in CONTENT_SUBORDINATOR for m in c.children) for c in v.lefts):
        # "Whether the issue is X, Mr. Garin added, "it becomes ..."": the parse hung the lead clause on the cue
        lead = parenthetical_lead(ctx, v, mention, own_lefts=True)
    return lead
