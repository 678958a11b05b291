"""A question put to a speaker, told without its asker as subject: a reduced participle ("Asked if it had appeared
he ... encouraging violence, Trump replied ...", "Sarandon told MSNBC Monday when asked about ... that Sanders's
supporters would not ... Clinton") or a passive ("the singer was asked whether she had ever ... been treated
unfairly", "Herman Cain was asked by ... caller why young Syrian men ... coming"). PolNeAR's convention (the one
`nesting="outer"` stands for) annotates the question as an attribution event of its own, cue "asked", source the
"by" agent or nobody; the annotation guide does not (`vetoes.question_put`, `vetoes.reduced_participle`), so this
runs under the outer convention only.

The verb is one of the `question_verb` list with no active subject and no perfect auxiliary ("has asked" is an
active cue the cue-verb rules take), not a noun modifier ("the questions asked"). Its content is the question: from
the first word of the `question_opener` list ("about", "whether", "if", "why", "what", "to" + a verb ...) within a few
words after the verb (past an agent "by X" and adjuncts: "Asked at a briefing Monday ... Washington about Suu Kyi's
future ...") up to the next comma, colon, semicolon or the end of the sentence. Not taken: a verb inside a
quotation (the quoted speaker's words), a question of one word ("When asked why, ..."), a content another statement
holds.
"""

from __future__ import annotations

from . import lexicon as L
from .mention_span import source_mention
from .outer_verbs import free_span, outer_verbs

_GAP = 8  # words between the verb and the question's first word (an agent, a time, a place)
_STOPS = (",", ";", ":")


def _put_to_speaker(v):
    """v, a question verb, is told without its asker as subject: a participle or a passive."""
    if v.tag_ not in ("VBN", "VBD") or v.dep_ in ("acl", "relcl", "amod"):
        return False
    deps = {c.dep_ for c in v.children}
    if deps & {"nsubj", "csubj", "expl"}:
        return False
    return not any(c.dep_ == "aux" for c in v.children)


def _agent(doc, v):
    """The "by" agent's object of v (the asker), or None."""
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _opener(doc, v):
    """The first token of the question after v, or None (a stop or the sentence end comes first)."""
    end = v.sent.end
    for i in range(v.i + 1, min(end, v.i + 1 + _GAP)):
        t = doc[i]
        if t.text in _STOPS or t.text == "." or "\n" in t.text:
            return None
        if t.lower_ in L.QUESTION_OPENER:
            if t.lower_ == "to" and not (i + 1 < end and doc[i + 1].tag_ == "VB"):
                continue
            return t
    return None


def _question_end(doc, first):
    """Offset of the end of the question opened by token first: before the next stop or the sentence's end."""
    last = first.i
    for i in range(first.i + 1, first.sent.end):
        t = doc[i]
        if t.text in _STOPS or "\n" in t.text:
            break
        last = i
    while last > first.i and doc[last].is_punct and doc[last].text not in "\"”'’":
        last -= 1
    return doc[last].idx + len(doc[last])


def questions_put(f):
    """Statements of questions put to a speaker, added to finder f under the outer convention only."""
    doc = f.ctx.doc
    for v in outer_verbs(f, L.QUESTION_VERB):
        if not _put_to_speaker(v):
            continue
        first = _opener(doc, v)
        if first is None:
            continue
        cs, ce = first.idx, _question_end(doc, first)
        if not free_span(f, cs, ce):
            continue
        asker = _agent(doc, v)
        f.add(cs, ce, v.text, v.lemma_.lower(), source_mention(asker) if asker is not None else None, v.i)
