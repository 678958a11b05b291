"""A verdict or accusation told in the passive, the one it concerns as subject: "Ortiz is accused of planning two
robberies", "Novak was declared the winner in Vermont", "she was accused by an aide of shouting at him",
"a contractor accused of spying". PolNeAR's convention (the one `nesting="outer"` stands for) annotates the
subject with what is said of it (the discontinuous span "Novak the winner in Vermont") as the content of an
attribution whose source is the "by" agent or nobody; the annotation guide has no such rule (no speaker says it),
so this runs under the outer convention only, after every cue verb's own rules, on the verbs of the
`passive_verdict_cue` list.

The verb is a past participle with a passive auxiliary and a passive subject, or a participle modifying the noun it
concerns ("a contractor accused of spying"); what is said is its "of" phrase or its complement ("the winner"),
the row's text, with the subject as the row's `lead` (the join convention writes it in front, `parts.with_sides`).
The source is the "by" agent: on the verb, or (where the parse hangs "by X" on a noun complement, "declared the winner
by the election board") on the complement, whose text then ends before "by".
Not taken (no verdict given): a verb inside a quotation or the headline, a relative pronoun subject, a modal or an
if/unless clause on the verb ("she feared she might be accused of hiding it", "if Ortiz is accused of ..."), a
question ("Is the senator accused of ...?"), a negated verb or one with a `verdict_negator` ("Nobody was accused of",
"was neither accused of ... nor ..."); nor words another statement holds.
"""

from __future__ import annotations

from . import lexicon as L
from .frame_question import asks
from .grammar import by_noun, passive_agent, passive_subject, unrealised
from .mention_span import source_mention
from .outer_verbs import free_span, outer_verbs
from .vetoes import negated

_COMPLEMENT = ("oprd", "attr", "dobj")


def _concerned(v):
    """The token v's verdict concerns: its passive subject (not a relative pronoun), or the noun a reduced
    participle modifies ("a contractor accused of spying"); None otherwise."""
    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and v.head.i < v.i:
        return v.head
    subj = passive_subject(v)
    return None if subj is None or subj.tag_ in ("WDT", "WP") else subj


def _not_given(f, v, subj):
    """No verdict is given at v: a modal or an if/unless clause on it, a question (a reduced participle's in the
    clause of the noun it modifies), a negation on it, a `verdict_negator` subject or determiner ("Nobody", "No one")
    or a "neither" on it."""
    if unrealised(v) or asks(v) or (v.dep_ == "acl" and asks(v.head.head)) or negated(f.ctx, v, None, subj):
        return True
    if any(c.dep_ == "preconj" and c.lower_ in L.VERDICT_NEGATOR for c in v.children):
        return True
    return subj.dep_ == "nsubjpass" and (subj.lower_ in L.VERDICT_NEGATOR or any(
        c.dep_ == "det" and c.lower_ in L.VERDICT_NEGATOR for c in subj.children))


def _complement_agent(said, v):
    """The "by" phrase the parse hangs on v's noun complement ("declared the winner by the election board"), when
    it names a noun: (the "by" token, its noun); else None."""
    if said.head.i != v.i or said.dep_ not in _COMPLEMENT:
        return None
    for c in said.rights:
        if c.dep_ == "prep" and c.lower_ == "by" and by_noun(c) is not None:
            return c, by_noun(c)
    return None


def _subject_span(subj, v):
    """(cs, ce) of the subject as the row's lead: its words up to an apposition or clause set off by a comma ("Mr.
    Yanukovych, then prime minister," -> "Mr. Yanukovych"; "those voting 'yes'" whole); only the noun phrase up to
    its head for a reduced participle's noun ("a contractor accused of ...")."""
    doc = subj.doc
    hi = subj.i if v.dep_ == "acl" else min(subj.right_edge.i, v.i - 1)
    comma = next((t.i for t in doc[subj.i:hi + 1] if t.text == ","), None)
    if comma is not None:
        hi = comma - 1
    while hi > subj.i and doc[hi].is_space:
        hi -= 1
    return subj.left_edge.idx, doc[hi].idx + len(doc[hi])


def _said(v):
    """The token heading what is said of the subject: the object of v's "of" phrase ("accused of plotting ...") or
    v's complement ("declared the winner"), else None."""
    for c in v.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
        if c.dep_ in _COMPLEMENT:
            return c
    return None


def passive_verdicts(f):
    """Statements of passive verdicts and accusations, added to finder f under the outer convention only."""
    for v in outer_verbs(f, L.PASSIVE_VERDICT_CUE, headline=False):
        if v.tag_ != "VBN":
            continue
        subj, said = _concerned(v), _said(v)
        if subj is None or said is None or _not_given(f, v, subj):
            continue
        end, agent = said.right_edge, passive_agent(v)
        by = _complement_agent(said, v) if agent is None else None
        if by is not None:
            end, agent = f.ctx.doc[by[0].i - 1], by[1]
        cs, ce = said.left_edge.idx, end.idx + len(end)
        if not free_span(f, cs, ce):
            continue
        row = f.add(cs, ce, v.text, v.lemma_.lower(), source_mention(agent) if agent is not None else None, v.i)
        if row is not None:
            row.lead = _subject_span(subj, v)
