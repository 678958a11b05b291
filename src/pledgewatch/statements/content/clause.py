"""Content strategy: the cue's complement clause ("X said (that) A", "A, X said"), cut before a conjoined second
cue ("but said ...") and run to the end of its sentence; indirect, or mixed when it holds quotation marks."""

from __future__ import annotations

from .. import lexicon as L
from ..conventions import polnear_convention
from ..grammar import (
    FINITE_TAGS,
    adjunct_gerund,
    bound_participle,
    cue_of,
    finite_xcomp,
    in_modifier,
    in_noun_modifier,
    infinitival,
    is_under,
    subordinate,
    unrealised,
)
from ..hung_complement import hung_complement
from ..mention_span import mention
from ..quotes import QUOTE_CHARS
from ..subjects import subject


def takes(ctx, v):
    """The frames (cues.csv `takes`) of cue v."""
    cue = cue_of(v, ctx.verbs, ctx.forms, True)
    return cue.takes if cue else frozenset()


def clause(ctx, v, nesting):
    """(cs, ce, clause head token) of cue v's ccomp clause (or a finite xcomp: `grammar.finite_xcomp`), else None."""
    comps = [c for c in v.children if (c.dep_ == "ccomp" or finite_xcomp(c)) and not relay_tail(c, v)]
    if not comps:
        return hung_complement_span(ctx, v)
    c = comps[0] if len(comps) == 1 else min(comps, key=lambda x: abs(x.i - v.i))
    if semicolon_before(v, c):
        return None
    if "that" in takes(ctx, v) and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
        return None  # "the report found that ..." is a finding; "she found the coaching useful" is not
    same_side = [x for x in comps if (x.i > v.i) == (c.i > v.i)]
    lo, hi = min(x.left_edge.i for x in same_side), max(x.right_edge.i for x in same_side)
    if c.i > v.i and c.dep_ == "ccomp" and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for x in c.children) and (
            c.tag_ in FINITE_TAGS or any(x.dep_ == "aux" and x.tag_ in FINITE_TAGS for x in c.children)):
        # "has said single people ... families - gay, straight - would qualify": the parse took the finite
        # clause's subject for the cue's object
        obj = [x for x in v.children if x.dep_ == "dobj" and v.i < x.i < c.i]
        if obj:
            lo = min(lo, obj[0].left_edge.i)
    if lo < v.i < hi:  # parse error: the cue sits inside its own clause; keep the side that holds the head
        lo, hi = (v.i + 1, hi) if c.i > v.i else (lo, v.i - 1)
    # cut before a conjoined second cue: "X said A but said B"
    for d in c.subtree:
        if d.dep_ in ("conj", "advcl") and d.i > c.i and speaks(ctx, d) and not in_modifier(d, c) \
                and not infinitival(d) and not unrealised(d) and not content_act(d, c) and not bound_participle(d):
            hi = min(hi, d.left_edge.i - 1)  # "... but said B", "..., saying B": B is its own statement
    hi, lo = _extend(ctx, v, c, lo, hi, nesting)
    doc = ctx.doc
    while hi > lo and (doc[hi].is_punct and doc[hi].text not in QUOTE_CHARS or doc[hi].dep_ in ("cc", "mark")):
        hi -= 1  # (nor a dangling "while" before another speaker's clause)
    cs, ce = doc[lo].idx, doc[hi].idx + len(doc[hi])
    # a quotation opened inside the clause runs to its end
    k = ctx.quote_containing(max(cs, ce - 1))
    if k is not None and ctx.quotes[k].end > ce and ctx.line_of(ctx.quotes[k].end) == ctx.line_of(ce) and \
            ctx.quotes[k].end - ce < 200:
        ce = ctx.quotes[k].end
    return cs, ce, c


def hung_complement_span(ctx, v):
    """(cs, ce, verb) of `hung_complement`'s clause: from the object's first word to the verb's last."""
    found = hung_complement(v)
    if found is None:
        return None
    obj, h = found
    doc = ctx.doc
    hi = h.right_edge.i
    while hi > obj.i and doc[hi].is_punct and doc[hi].text not in QUOTE_CHARS:
        hi -= 1
    if "\n" in ctx.text[doc[obj.left_edge.i].idx:doc[hi].idx]:
        return None
    return doc[obj.left_edge.i].idx, doc[hi].idx + len(doc[hi]), h


def channel_clause(ctx, v):
    """(cs, ce, head) of the that-clause the parse hung on the channel noun after cue v as a relative clause: "said
    at a news briefing that the army had received ...", "told his counterpart during a call that the brigade
    needed ...", "told a broadcaster in a Friday interview that he had ...". The clause has a subject of its own, and "that" is
    its mark, a second subject or a second object; not a true relative ("in a statement that she posted", "in an
    interview that aired Sunday"). Else None."""
    for p in v.rights:
        if p.dep_ != "prep":
            continue
        for n in p.children:
            if n.dep_ != "pobj" or n.lemma_.lower() not in L.CHANNEL_NOUN:
                continue
            for r in n.rights:
                t = r.left_edge
                if r.dep_ != "relcl" or t.lower_ != "that" or t.i <= n.i:
                    continue
                own = [c for c in r.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i]
                if own and (t.dep_ == "mark" or t.dep_ in ("nsubj", "dobj") and any(
                        c.dep_ == t.dep_ and c.i != t.i for c in r.children)):
                    hi = r.right_edge.i
                    while hi > r.i and ctx.doc[hi].is_punct and ctx.doc[hi].text not in QUOTE_CHARS:
                        hi -= 1
                    return t.idx, ctx.doc[hi].idx + len(ctx.doc[hi]), r
    return None


def relay_tail(c, v):
    """c, a clause after cue v whose other complement comes before it, is the agency tag that closes a wire story's
    lead ("A, the president told a French agency during a visit, BelTA has learned", "..., Ukrinform reports"): a
    `relay_verb` with a subject of its own (or a name the parse compounded onto it) and nothing after it in its
    sentence; not what the speaker said."""
    if c.i < v.i or c.lemma_.lower() not in L.RELAY_VERB or c.right_edge.i != c.i or \
            not any(x.dep_ == "ccomp" and x.i < v.i for x in v.children):
        return False  # (with the words before the cue only: "X said A, Reuters reported" is `nesting`'s)
    if not any(x.dep_ in ("nsubj", "compound") and x.i < c.i for x in c.children):
        return False
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return nxt is None or nxt.is_punct and nxt.text in ".!?" or nxt.is_space


def semicolon_before(v, c):
    """c, a clause the parse made the complement of cue v, stands before v across a semicolon while v has its own
    complement after it: two independent clauses, not "A, X said" ("Budget passes after long night; councillors
    criticize plan to cut bus routes", "Storm hits the coast; some residents threaten to sue", a headline and its
    deck): c is nobody's statement."""
    if c.i > v.i or not any(t.text == ";" for t in v.doc[c.right_edge.i + 1:v.i]):
        return False
    return any(x.i > v.i and x.dep_ in ("dobj", "xcomp", "ccomp", "prep", "oprd") for x in v.children)


def content_act(d, c):
    """d, a cue verb conjoined or subordinated inside the complement clause c, is an act of the content's own
    subject, not the cue speaker's second statement: d has a subject of its own and no subordinator but "that"
    ("said the FBI finding raised ... about an affidavit that she said ..."; not "said the talks failed,
    while the general said ...": a contrasting second speaker ends the clause) or is a conjunct of c sharing c's
    subject ("announced that she was hosting a dinner and asked donors to give $50", "said local
    authorities were treating it as an attack and urging people ... stay home"). The clause runs on; `nesting`
    settles the attribution inside it."""
    nxt = d.doc[d.i + 1:d.i + 3]
    if any(x.text == ":" or x.text in QUOTE_CHARS for x in nxt):
        return False  # "said it was too early ... but added, 'I think ...'": the speaker's own quotation
    if any(x.dep_ in ("nsubj", "nsubjpass") for x in d.children):
        return all(m.lower_ == "that" for m in d.children if m.dep_ == "mark")
    return d.dep_ == "conj" and d.head.i == c.i and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)


def speaks(ctx, t):
    """t, a verb of the cue lexicon inside another statement's clause, is used as a cue: it has reported content
    of its own (a clause, a lexicon frame, a quotation or colon right after it). Not "would eventually add $84
    billion", "when asked to by the police", "to assert their rights", "even if the judge saw a reason"."""
    cue = cue_of(t, ctx.verbs, ctx.forms, False)
    if cue is None or t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in t.children):
        return False  # ("when asked to do so": a reduced passive is nobody's cue)
    comps = [c for c in t.children if c.dep_ in ("ccomp", "parataxis")]
    if "that" in cue.takes:
        return any(m.dep_ == "mark" and m.lower_ == "that" for c in comps for m in c.children)
    if comps:
        return True
    kids = list(t.children)
    if "to" in cue.takes and any(c.dep_ == "xcomp" for c in kids) or "obj" in cue.takes and any(
            c.dep_ == "dobj" for c in kids) or any(c.dep_ in ("prep", "prt") and c.lower_ in cue.preps for c in kids):
        return True
    nxt = t.doc[t.i + 1:t.i + 4]
    return any(x.text == ":" or x.text in QUOTE_CHARS for x in nxt[:2])


SET_OFF = (",", "—", "–")  # a comma or dash setting a clause off (closes_sentence, host_relative)


def closes_sentence(ctx, v):
    """The cue v and its subject close their sentence after a comma: "A, the source added (on Friday)."."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    start = min(v.i, subj.left_edge.i) if subj is not None else v.i
    sent = v.sent
    if start - 1 <= sent.start or ctx.doc[start - 1].text not in SET_OFF:
        return False
    line = ctx.line_of(v.idx)
    return all(t.is_punct or t.is_space or ctx.line_of(t.idx) != line or is_under(t, v) is not None
               and is_under(t, v).dep_ in ("prep", "npadvmod", "advmod") for t in ctx.doc[v.i + 1:sent.end])


def fronted_adverbial(v, nesting):
    """Cue v heads an adverbial clause that comes before its main clause: "While the anchor said reporters must
    stay neutral, the network's owners ...", "Though analysts have said a push is unlikely, the remarks still
    worried the capital": the reported clause ends with the adverbial clause, unless the main clause's subject is
    a pronoun or the speaker again ("While he said his record would help him, he needs a few days to decide":
    GGT's annotators give him both). Under PolNeAR's convention the content ends there whatever the main subject
    ("Although Lee said that the bill would pass, she looked worried ...": the main clause is the writer's;
    PolNeAR's annotators end the content with the adverbial clause); under that convention a cue inside the
    adverbial clause's own complement ends there too ("While she insisted that she never said it, ..."; the guide's
    output keeps such an inner content running, as before). Returns the main clause's subject (the content ends
    before it), else None."""
    a = v
    while polnear_convention(nesting) and a.dep_ in ("ccomp", "conj") and a.head.i < a.i:
        a = a.head  # (the cue of a complement or conjunct inside the adverbial clause)
    if not (a.dep_ == "advcl" and a.i < a.head.i and any(c.dep_ == "mark" for c in a.children)):
        return None
    main = next((c for c in a.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or main.i < v.i:
        return None
    own = next((c for c in a.children if c.dep_ == "nsubj"), None)
    if not polnear_convention(nesting) and (main.pos_ == "PRON" or own is not None and main.lower_ == own.lower_):
        return None
    return main


def participial_clause(v):
    """Cue v is a gerund with no subject of its own heading a participial clause set before the verb it modifies
    ("Declaring that the city needed a fresh start, the mayor unveiled a budget", "Since announcing in May that she
    would not run, the senator has ...", "In explaining why the bill stalled, the speaker blamed ...", "The governor,
    after saying he would not campaign there, spent three days in the state"): its speaker is that verb's subject
    and its reported clause ends with the participial clause, under either convention (run on into the host clause,
    it would hold its own speaker and be dropped, or take the writer's narration). Returns the token heading the
    participial clause (v, or its preposition), else None."""
    if v.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children):
        return None
    top = v.head if adjunct_gerund(v) and v.head.dep_ == "prep" else v
    if top.dep_ not in ("advcl", "prep") or top.head.i < v.i or top.head.pos_ not in ("VERB", "AUX"):
        return None
    return top if any(c.dep_ in ("nsubj", "nsubjpass") for c in top.head.children) else None


def host_relative(v):
    """Cue v heads a relative clause inside a noun phrase whose own verb comes after it ("The Pentagon, which said
    it would send more HIMARS, declined to give a date", "Scholz, who has said Germany will not send jets, met Biden
    on Friday", "The ministry, which announced that the tanks had arrived, gave no further details"), or before it
    with more of its clause after the relative one ("Biden met Scholz, who said Germany would send tanks, on
    Friday"): the reported clause ends with the relative clause, under either convention (run on to the sentence end
    it would take the writer's main clause, of which the noun is the subject or object, not the speaker's words).
    Only where a comma or dash closes the relative clause (the parse often hangs that comma inside it: "McCarthy, who
    told reporters the bill would pass, faces a revolt"; not a comma inside the reported clause: "who said that, if
    Russia attacks, Germany would respond, met Biden"). Returns the last token of the relative clause, else None."""
    if v.dep_ != "relcl" or v.head.i > v.i:
        return None
    end = v.right_edge.i
    doc = v.doc
    if doc[end].text in SET_OFF and end > v.i:
        end -= 1  # (the closing comma, hung inside the relative clause)
    if end + 2 >= len(doc) or doc[end + 1].text not in SET_OFF:
        return None
    g = v.head
    while g.pos_ not in ("VERB", "AUX") and g.dep_ != "ROOT":
        g = g.head
    if g.pos_ not in ("VERB", "AUX"):
        return None
    if g.i > end:
        return doc[end]
    nxt = doc[end + 2]  # (host verb first: the next word belongs to its clause, not to the relative one)
    under = nxt.i != g.i and not nxt.is_punct and nxt.sent == v.sent and not any(
        a.i == v.i for a in nxt.ancestors) and any(a.i == g.i for a in nxt.ancestors)
    return doc[end] if under else None


def relative_end(v):
    """The last token of the relative clause holding cue v (v heads it, or sits inside it: "Scholz, who said that,
    if Russia attacks, Germany would respond, met Biden": respond) where `host_relative` ends it, else None."""
    a = v
    while a.dep_ != "relcl" and a.dep_ != "ROOT":
        a = a.head
    return host_relative(a) if a.dep_ == "relcl" else None


def _extend(ctx, v, c, lo, hi, nesting):
    """Reported clauses run to the end of their sentence (a parse often hangs a clause's tail elsewhere) and,
    before the cue, from the sentence start; both stop at another cue's clause. Returns (hi, lo)."""
    if c.i > v.i:
        end = max(hi, _end_after(ctx, v, c, hi) - 1)
        top = participial_clause(v)
        if top is not None:
            return min(end, top.right_edge.i), lo
        last = relative_end(v)
        if last is not None and last.i > v.i:
            return min(end, last.i), lo
        main = fronted_adverbial(v, nesting)
        return (min(end, main.left_edge.i - 1) if main is not None else end), lo
    doc, sent, line = ctx.doc, v.sent, ctx.line_of(v.idx)
    k = lo - 1
    # (nesting="outer": a cue closing its sentence, "A, the source added.", takes all of A, another speaker's
    # attribution inside it too: "The mayor had asked the police to ..., but the chief turned the request down")
    over = polnear_convention(nesting) and closes_sentence(ctx, v)
    while k >= sent.start and ctx.line_of(doc[k].idx) == line and (
            doc[k].i not in ctx.cue_idx or over) and doc[k].text not in QUOTE_CHARS:
        k -= 1
    if k < sent.start or ctx.line_of(doc[k].idx) != line:
        lo = k + 1
    return hi, lo


def _end_after(ctx, v, c, hi):
    """The token where a clause after cue v (head c, last token hi) stops: the sentence end, the line end, or
    another cue's clause (its speaker, when that stands between)."""
    doc, sent, line = ctx.doc, v.sent, ctx.line_of(v.idx)
    j = hi + 1
    while j < sent.end and ctx.line_of(doc[j].idx) == line:
        t = doc[j]
        if t.i in ctx.cue_idx and (speaks(ctx, t) or any(x.dep_ == "nsubj" for x in t.children)) \
                and ctx.quote_containing(t.idx) is None and not in_noun_modifier(t) and not subordinate(t) \
                and not unrealised(t) and not bound_participle(t):
            # (a cue inside a quotation is its words; one in a relative clause is nested in the content)
            s = subject(t, ctx.text)
            if s is not None and hi < s.i < t.i:
                j = mention(s)[0]
            break
        ch = is_under(t, v)
        if ch is not None and ch.i != c.i and ch.dep_ in ("advcl", "conj", "parataxis", "ccomp") and any(
                x.i in ctx.cue_idx and speaks(ctx, x) and not subordinate(x) and not unrealised(x)
                and not bound_participle(x) for x in ch.subtree):
            j = ch.left_edge.i
            break
        j += 1
    return j
