"""Content strategies for a cue clause the parse did not link to its content: the rest of the sentence after the
cue ("X said in a statement that A": `leading`), before a trailing cue ("A, X said.": `trailing`), after a
parenthetical cue ("But, she added, A": `after_comma`, with the words before it as the first part:
`parenthetical_lead`), after an as-clause ("As he revealed, A": `as_clause`) or before one closing the sentence ("A, as
the newspaper reported.": `as_clause_after`). Each returns (cs, ce) or None."""

from __future__ import annotations

from .. import lexicon as L
from ..grammar import CLAUSAL, FINITE_TAGS, addressed, in_noun_modifier, infinitival, is_under
from ..quotes import QUOTE_CHARS
from ..vetoes import quoted_first_person
from .clause import relative_end


def as_clause(ctx, v):
    """"As he revealed, A" / "As the newspaper added, A": the main clause after the cue's clause."""
    if v.dep_ != "advcl" or not any(ch.dep_ == "mark" and ch.lower_ == "as" for ch in v.children):
        return None
    lo = v.right_edge.i + 1
    hi = min(v.sent.end, len(ctx.doc)) - 1
    if hi - lo < 2:
        return None
    return ctx.doc[lo].idx, ctx.doc[hi].idx + len(ctx.doc[hi])


def as_clause_after(ctx, v):
    """"A, as the newspaper reported." / "A, as the senator has acknowledged.": an as-clause closing its sentence
    after a comma or dash, whose cue has no object or clause of its own (the "as" stands for what was said): the
    host clause before it, from the sentence start. Not a temporal as-clause ("..., as she noted how happy she was",
    "..., as lawmakers accused each other of ...": the cue has its own complement; "rode the crowd as he replied":
    no comma), nor a host holding another cue (a nested attribution: its own speaker keeps it). Only a cue that
    reports or asserts (`as_clause_cue`: say, report, warn, acknowledge ...), not in a progressive form: "...,
    as Zelensky had asked", "..., as requested by Kyiv", "..., as the president had urged" name what was asked
    for, not what was said; "..., as the minister testified", "..., as the envoy was speaking" are times."""
    if v.lemma_.lower() not in L.AS_CLAUSE_CUE or v.tag_ == "VBG":
        return None
    mark = next((c for c in v.lefts if c.dep_ == "mark" and c.lower_ == "as"), None)
    if v.dep_ != "advcl" or v.head.i > v.i or mark is None or any(
            t.head.i != v.i or t.dep_ != "advmod" for t in v.doc[v.left_edge.i:mark.i]):
        return None  # (an adverb before "as": "..., just as the bank had warned")
    if any(c.dep_ in AS_OWN_COMPLEMENT for c in v.children):
        return None
    doc = ctx.doc
    end = min(v.sent.end, len(doc))
    if any(not (t.is_punct or t.is_space) for t in doc[v.right_edge.i + 1:end]):
        return None
    k = v.left_edge.i - 1
    if k <= v.sent.start or doc[k].text not in (",", "—", "–", "-"):
        return None
    lo, hi, line = v.sent.start, k - 1, ctx.line_of(v.idx)
    while lo < hi and (doc[lo].is_space or ctx.line_of(doc[lo].idx) != line):
        lo += 1
    if hi - lo < 2 or any(t.i in ctx.cue_idx and ctx.quote_containing(t.idx) is None for t in doc[lo:hi + 1]):
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


AS_OWN_COMPLEMENT = ("ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "acomp", "parataxis")


def _leading_start(ctx, v, sent_end, mention=None):
    """The token where the reported words start after cue v and its adverbials (and after a speaker named right
    after it: "The convoy, said Andriy Yermak, was hit twice"), or None when what follows is not reported
    speech."""
    doc = ctx.doc
    j = v.i + 1
    if mention and mention[0] == j and mention[1] < sent_end:
        j = mention[1] + (doc[mention[1]].text == ",")
    while j < sent_end:
        t = doc[j]
        if (t.dep_ == "mark" or t.lower_ in L.RELATIVE_PRONOUN | L.LEADING_STOP) \
                and not (t.dep_ == "mark" and t.lower_ == "that"):
            return None  # "added a goal when ...", "responded for the Oilers, who ...": not reported speech
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "relcl", "amod") and t.head.i < t.i:
            j += 1  # "in an interview posted on YouTube that ...": a modifier inside the cue's adverbial
            continue
        if t.dep_ == "dobj" and t.head.i == v.i:
            if not any(x.tag_ in FINITE_TAGS for x in t.subtree):
                return None  # "added a goal", "posted a video": an object, not a reported clause
            return t.left_edge.i  # "insisted the plane ... touched", "stressing the fact that ...": from the object
        if t.dep_ == "mark" or t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "nsubjpass", "expl"):
            return j
        if t.text in QUOTE_CHARS or t.text in (".", "!", "?", ";", ":") or t.i in ctx.cue_idx:
            return None
        if is_under(t, v, maxdepth=12) is None or t.dep_ == "cc" and t.head.i == v.i or t.text == "," and \
                v.dep_ == "parataxis":
            return None  # "A, he said, (but|and) B": the words after the comma are after_comma's ("said in an
            # interview with ... opposition lawmaker posted ... YouTube on Sunday that ...": deep adverbials)
        j += 1
    return j


def leading(ctx, v, cue, mention=None):
    """"X said in a statement that A" / "X said having ... was a boost": the parse gave no ccomp; the rest of
    the sentence after the cue's adverbials, when it holds a finite verb."""
    if "obj" in cue.takes or "that" in cue.takes:
        return None
    doc = ctx.doc
    sent_end = min(v.sent.end, len(doc))
    j = _leading_start(ctx, v, sent_end, mention)
    if j is None or j >= sent_end or ctx.line_of(doc[j].idx) != ctx.line_of(v.idx):
        return None
    end = sent_end - 1
    last = relative_end(v)  # (a cue inside a relative clause set off in its sentence: not past its end)
    if last is not None:
        end = last.i
    for t in doc[j:end + 1]:
        if t.i in ctx.cue_idx or ctx.line_of(t.idx) != ctx.line_of(v.idx):
            end = t.i - 1
            break
    if end - j < 2 or not any(t.tag_ in FINITE_TAGS for t in doc[j:end + 1]):
        return None
    return doc[j].idx, doc[end].idx + len(doc[end])


def trailing(ctx, v, subj, mention):
    """"A, X said." with no parse link: the cue clause closes the sentence and a comma precedes it (not a cue in
    the infinitive: "A, the columnist is here to reassure" reports no speech)."""
    doc = ctx.doc
    if infinitival(v):
        return None
    sent = v.sent
    start = min(v.i, mention[0]) if subj is not None else v.i
    for t in doc[v.i + 1:sent.end]:
        if t.text in (",", "—", "–") and adjunct_after(ctx, t.i + 1, sent.end, dash=t.text != ",") and not any(
                c.dep_ == "dobj" and c.i < t.i for c in v.children):
            break  # '"A", he said, railing against ...', 'A, the aides said — because ...': the cue clause ends
            # (not "Meanwhile, the envoy declares ..., speaking of ...": a cue with its own object)
        if t.text == "," and any(not (x.is_punct or x.is_space) for x in doc[t.i + 1:sent.end]):
            return None  # a parenthetical cue ("A, she says, B"): the content is B (after_comma)
        if not (t.is_punct or t.is_space or is_under(t, v) is not None and is_under(t, v).dep_ in (
                "prep", "npadvmod", "advmod", "nsubj", "dative", "dobj")):
            return None
    if start - 1 <= sent.start or doc[start - 1].text not in (",", "—", "–", "-"):
        return None
    lo = sent.start
    if start - 1 - lo < 3 or not any(t.tag_ in FINITE_TAGS for t in doc[lo:start - 1]):
        return None  # (a clause: not "Meanwhile, the envoy declares ...")
    if fronted_participle(doc, v, lo) or governed_by_cue_before(ctx, v, lo, start):
        return None
    return doc[lo].idx, doc[start - 2].idx + len(doc[start - 2])


def governed_by_cue_before(ctx, v, lo, start):
    """Cue v is itself the complement of a cue in the words before it, which the parse made v's own: "If Russia
    attacks, the president said, NATO will respond" ("respond" the ccomp of "said"): those words are the host
    cue's clause and its fronted adverbial, nothing v reports (round 37). Under the guide also an outlet's tag
    closing a speaker's statement ("The process has begun, he said after talks, AFP reports": the statement is
    the innermost speaker's, ANNOTATION.md); under PolNeAR's convention, where the outer source keeps it, only
    where v is the host cue's one complement."""
    h = v.head
    if v.dep_ != "ccomp" or h.i not in ctx.cue_idx or not lo <= h.i < start - 1:
        return False
    return not ctx.outer or not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i != v.i for c in h.children) and \
        not any(t.text in QUOTE_CHARS for t in ctx.doc[lo:h.i])


def fronted_participle(doc, v, lo):
    """The clause opening at doc[lo] is a participial clause of the cue's own, set before its speaker: a bare
    participle opening it, with no subject or auxiliary, that the parse hung on the cue as an adverbial clause
    ("Asked which other states he meant, the minister cited Moldova and Georgia as likely targets", "Pressed on why
    the talks failed, the envoy blamed Moscow", "Questioned about what she had been told, the MP cited the
    minutes"): the question put or the occasion of the cue, not what the speaker said, though a finite verb sits
    inside it; the parse may instead make the participle the root and the cue its complement. (Under the guide a
    question put to a speaker is no statement; under PolNeAR's convention `questions_put` takes it.)"""
    t = doc[lo]
    hung = t.dep_ == "advcl" and t.head.i == v.i or t.dep_ == "ROOT" and v.head.i == t.i
    return t.tag_ in ("VBN", "VBG") and hung \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children)


def adjunct_after(ctx, i, end, dash=False):
    """doc[i:end] is an adjunct that closes a sentence after its cue clause, not the second part of an
    interrupted statement: a participle without a finite verb ("..., railing against its neighbours for ...")
    or, after a dash, a subordinate clause ("— because it would cause harm again ..."; after a comma, "A,
    Graham said, since B" is the interrupted statement's second part)."""
    words = [t for t in ctx.doc[i:end] if not t.is_punct]
    if not words:
        return False
    if words[0].tag_ == "VBG" and not any(t.tag_ in FINITE_TAGS for t in words):
        return True
    return dash and words[0].lower_ in L.ADJUNCT_SUBORDINATOR and words[0].dep_ == "mark"


def _cue_clause_end(doc, v, cue):
    """The last token of cue v's own clause before the words it interrupts (its clausal dependents, a cc, or a
    comma-set preposition that resumes the host clause excluded)."""
    r = v.right_edge.i
    for ch in v.rights:
        if ch.dep_ in CLAUSAL or ch.dep_ == "cc":  # (", he says, and are meant ...": the cc hangs on the cue)
            return ch.left_edge.i - 1
        if ch.dep_ == "prep" and ch.left_edge.i > v.i + 1 and doc[ch.left_edge.i - 1].text == "," \
                and ch.lower_ not in cue.particles:
            return ch.left_edge.i - 2  # "A, analysts say, among them a clause ...": the host clause resumes
    return r


def after_comma(ctx, v, cue, quoted_fragment=False):
    """"But, she added, A" / "X said on Friday, A": the cue clause and its own dependents, then a comma.
    quoted_fragment: A may be a verbless fragment that holds a quotation ('Oz is "smart as hell," Mosko wrote in
    an email, and "full of s---."')."""
    bounds = _after_comma_bounds(ctx, v, cue, quoted_fragment)
    if bounds is None or _cue_in_part(ctx, *bounds):
        return None  # (a cue in a relative clause is nested in the words: "a rule they claim might bar")
    doc = ctx.doc
    return doc[bounds[0]].idx, doc[bounds[1]].idx + len(doc[bounds[1]])


def _cue_in_part(ctx, start, end):
    """A cue of its own in doc[start:end + 1], not one a quoted speaker says of himself: 'Donations are vetted, X
    said, but "we don't ask them their income"' ("ask", its subject a first person inside the quotation, gives no
    row: `vetoes.quoted_first_person`; round 37)."""
    return any(t.i in ctx.cue_idx and not in_noun_modifier(t) and not addressed(t) and not verbal_without_speaker(t)
               and not any(c.dep_ in ("nsubj", "nsubjpass") and quoted_first_person(ctx, t, None, c)
                           for c in t.children) for t in ctx.doc[start:end + 1])


def _after_comma_bounds(ctx, v, cue, quoted_fragment=False):
    """(start, end) token indices of the words after parenthetical cue v (`after_comma`, before its cue check)."""
    bare = v.dep_ == "parataxis" and not any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep", "prt", "oprd")
                                              for c in v.children)  # "Nearly every tax, they vow, will"
    if ("obj" in cue.takes or cue.preps) and not bare or v.dep_ not in ("ROOT", "parataxis", "ccomp") or \
            v.dep_ == "ccomp" and v.head.i < v.i:
        return None  # ("Asked what he would tell the mayor, the man ...": tell's clause ends at the comma)
    doc = ctx.doc
    if v.lemma_ != "tell" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM") for c in v.rights):
        return None  # "suggested ... a looser policy, allowing ...": a cue with its own object is not
        # a parenthetical ("A, he told reporters, B" is)
    r = _cue_clause_end(doc, v, cue)
    if r + 1 >= len(doc) or doc[r + 1 if doc[r].text != "," else r].text != ",":
        return None
    start = r + 2 if doc[r].text != "," else r + 1
    end = min(v.sent.end, len(doc)) - 1
    if end - start < 3 or not any(t.tag_ in FINITE_TAGS for t in doc[start:end + 1]) and not (
            quoted_fragment and any(t.text in QUOTE_CHARS for t in doc[start:end + 1])) \
            and not host_resumed(doc, v, start, end):
        return None
    return start, end


def host_resumed(doc, v, start, end):
    """The words after a parenthetical cue carry on the clause it interrupted, verbless as they are: "Ms. Malik
    had ... two hearings, court ... said, | the first before a junior judge ... Lyon",
    "So ... is wise, pollsters said, | ... the party to plant the idea in ... voters' heads early", "Nor does
    the mayor ... have any plans, aides say, | ... borrow tactics from the rival slate": the cue is a parataxis of
    a finite host verb before it, and a word after it hangs on that host."""
    host = v.head
    return v.dep_ == "parataxis" and host.i < v.left_edge.i and host.tag_ in FINITE_TAGS and \
        any(t.head.i == host.i for t in doc[start:end + 1])


def verbal_without_speaker(t):
    """A verb of the cue lexicon in the words after a parenthetical cue that is no speech event of its own: a
    gerund, participle or infinitive with no subject, governed inside the host clause ("Eggleston's meeting,
    officials said, was aimed ... explaining the actions", "The visit, the embassy said, was meant to reassure
    allies", "The delegation, the ministry said, travelled to Kyiv after announcing a package"): it does not stop
    the second part. Not one with a reported clause of its own ("..., they contend, maybe by demanding that Paris
    let its currency rise": the side is that cue's content)."""
    return t.tag_ in ("VBG", "VBN", "VB") and t.dep_ in ("pcomp", "xcomp", "acl", "advcl", "amod", "pobj") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and c.tag_ != "TO" or c.dep_ in (
            "ccomp", "parataxis") for c in t.children)


def subject_lead(toks):
    """The words before a parenthetical cue are only the subject of the clause that resumes after it, a noun phrase
    with no verb: "Russia, Kahl said, has had approximately 70,000-80,000 casualties", "Lithuania's actions,
    Landsbergis said, were not about standing up to China", "The damage, the Russians said, came from Himars
    rocket artillery": the statement is the predicate after the cue, the subject names what it is about and says
    nothing by itself (not a statement under the guide; under quote_parts="join" `host_sides` gives it back as
    the row's lead). A lead with a verb ("What he discovered, he says, is that ..."), an adverbial ("Too often, he
    says, they get it") or a quotation stays the first part."""
    if not toks or any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    ids = {t.i for t in toks}
    tops = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return len(tops) == 1 and tops[0].dep_ in ("nsubj", "nsubjpass") and tops[0].head.i > toks[-1].i


def mixed_lead(ctx, toks):
    """The words before a parenthetical cue are a clause of the writer's with quoted fragments that open and close
    inside it, not a quotation: 'Such "enormous leaps in price" were unlikely to be passed on, Müller said, but
    ...', '"A big truck" plowed through the barriers, he said, and ...', 'Moscow will not take the city in the
    "immediate future", one official said, but ...' (round 37): some word stands outside every quotation, and every
    quotation opened there closes before the cue."""
    cs, ce = toks[0].idx, toks[-1].idx + len(toks[-1])
    opened = [q for q in ctx.quotes if cs - 1 <= q.open < ce]
    return bool(opened) and all(q.closed and q.close <= ce + 1 for q in opened) and any(
        t.is_alpha and ctx.quote_containing(t.idx) is None for t in toks)


def parenthetical_lead(ctx, v, mention, lo=None, own_lefts=False):
    """"All too often, he says, they miss it": the words before a cue clause set off by commas inside a sentence
    are the first part of the interrupted statement (ANNOTATION.md: a statement interrupted by its cue gives
    two). Not the cue's own adverbials ("In a statement Monday, the ministry said, ..."), a question put to the
    speaker ("Asked whether ..., McCallum said, ..."), a lone conjunction ("But, she added, ...") or another
    cue's words."""
    doc = ctx.doc
    sent = v.sent
    as_clause = lo is not None
    lo = lo if as_clause else min(mention[0], v.i) if mention else v.i
    if not as_clause and not own_lefts and any(c.left_edge.i < lo for c in v.lefts if not c.is_punct) or \
            lo - 1 <= sent.start or doc[lo - 1].text not in (",", "—", "–"):
        return None
    toks = [t for t in doc[sent.start:lo - 1] if not (t.is_punct or t.is_space)]
    if len(toks) < 2 and not (toks and toks[0].dep_ in ("nsubj", "nsubjpass") and toks[0].pos_ != "PRON") \
            or ctx.line_of(toks[0].idx) != ctx.line_of(v.idx):
        return None
    quoted = any(t.text in QUOTE_CHARS for t in doc[toks[0].i:lo - 1])
    if any(t.i in ctx.cue_idx for t in doc[toks[0].i:lo - 1]) or quoted and not mixed_lead(ctx, toks):
        return None
    if toks[0].lower_ in L.OCCASION_OPENER and not any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS
                                                        for t in toks):
        return None  # (a question put to the speaker, the occasion or time of the cue; "At 2,300 feet" aside)
    if all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET", "CCONJ", "PUNCT") for t in toks):
        return None  # "On Tuesday, he said, ..."
    if subject_lead(toks):
        return None
    # the fragment belongs to the clause that resumes after the cue, not to the cue clause
    if not own_lefts and not any(t.head.i > v.i or t.dep_ == "ROOT" for t in toks):
        return None  # (own_lefts: the parse hung the fragment on the cue, as its subject)
    end = toks[-1].idx + len(toks[-1])
    # a quoted fragment closing the lead keeps its closing mark ('are “holding for now”, the mayor said')
    if quoted and any(q.closed and toks[0].idx - 1 <= q.open < end and q.close == end + 1 for q in ctx.quotes):
        end += 1
    return toks[0].idx, end
