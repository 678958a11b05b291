"""A speaker named after an inverted cue that interrupts its host clause between the subject and the predicate.

Construction: "SUBJECT, said SPEAKER(, apposition), PREDICATE" ("The real obstacle, said Ines Haller, a
hydrologist at the institute, is the soil itself"; "And the council, says Mayor Tomas Brandt, will not wait"). The
parse makes SUBJECT the cue's subject and SPEAKER either the subject of the cue's complement clause (the speaker was
the host clause's subject and the content ran from the speaker's name) or a dependent of the cue itself
("Residents who decide to remain, said Iryna Vereshchuk, will have to sign a waiver"). One reading of both parses,
`aside_speaker`, gives the name after the cue as the speaker. On the first parse the statement is the host clause
without the cue clause: SUBJECT as the first part, PREDICATE as the second (`inverted_parts`; joined under quote_parts="join", two parts under "split", as any
statement its cue interrupts). Not "said their plans, already drafted, would ...": a complement subject that names
nobody (no proper noun, no person or organisation) is the content's own; nor "Ann Ross, the envoy, said Ivan
Petrov, the commander, had ...": a subject with an apposition of its own is the speaker, in the plain order.
"""

from __future__ import annotations

from typing import NamedTuple

from .grammar import SPEAKER_ENTS
from .mention_span import mention as mention_span
from .quotes import QUOTE_CHARS


def _names_someone(n):
    """The noun phrase headed by n names a speaker: a proper noun head, or a person or organisation inside it
    ("experts like Ines Haller")."""
    return n.pos_ == "PROPN" or any(t.ent_type_ in SPEAKER_ENTS for t in n.subtree)


def _predicate_start(n, c):
    """The first token of clause c's predicate when the subject phrase n ends with a comma right before it (c's
    verb or an auxiliary or negation of c), else None."""
    doc = n.doc
    j = n.right_edge.i + 1
    if doc[n.right_edge.i].text != ",":
        if j >= len(doc) or doc[j].text != ",":
            return None
        j += 1
    if j >= len(doc):
        return None
    t = doc[j]
    return t if t.i == c.i or t.head.i == c.i and t.dep_ in ("aux", "auxpass", "neg", "advmod") else None


def _host_clauses(v):
    """The clauses whose subject may stand right after cue v: its complement clauses (the parse took the host
    subject for the cue's) and the cue itself when the parse hung it on the host verb after it as a parataxis
    ("And the council, says Mayor ..., will not wait": both subjects the cue's). Pairs (clause, its verb)."""
    out = [(c, c) for c in v.rights if c.dep_ == "ccomp"]
    if v.dep_ == "parataxis" and v.head.i > v.i:
        out.append((v, v.head))
    return out


class Aside(NamedTuple):
    """A speaker set off between its host clause's subject and predicate: `name` the speaker token, `span` the
    mention's token span, `verb` the host verb whose predicate follows when the parse made the speaker that clause's
    subject (None where it hung the name on the cue), `host` the host clause's subject."""
    name: object
    span: tuple[int, int]
    verb: object
    host: object


def _host_subject(v):
    """The host clause's subject the parse gave cue v: its nsubj before the comma right before v, no personal pronoun
    ("Anyone who breaks the curfew, warned ..." is one), with no comma or quotation mark of its own ("Ann Ross, the
    envoy, said Ivan Petrov, the commander, had ...": the subject's own apposition marks the plain order, speaker
    first)."""
    doc = v.doc
    host = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i - 1), None)
    if host is None or doc[v.i - 1].text != "," or host.tag_ == "PRP" or any(
            t.text == "," or t.text in QUOTE_CHARS for t in doc[host.left_edge.i:v.i - 1]):
        return None
    return host


def _as_clause_subject(v):
    """(speaker token, host verb) where the parse made the speaker the subject of the cue's complement clause (or
    of the host verb the cue hangs on): it starts right after the cue, names someone and ends with a comma before
    the host clause's predicate ("The real obstacle, said Ines Haller, a hydrologist, is the soil itself")."""
    for clause, verb in _host_clauses(v):
        n = next((x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass") and x.left_edge.i == v.i + 1), None)
        if n is not None and _names_someone(n) and _predicate_start(n, verb) is not None:
            return n, verb
    return None


def _as_cue_dependent(v, host):
    """(name token, span) where the parse hung the speaker's name on the cue itself ("Residents who decide to
    remain, said Iryna Vereshchuk, will have to sign a waiver"): up to four proper nouns right after the cue, a
    comma, and a verb later in the sentence; the host subject ends right before the cue's comma."""
    doc = v.doc
    r = host.right_edge.i
    while r > host.i and doc[r].is_punct:
        r -= 1
    if r != v.i - 2:
        return None  # ("Zelensky, in a speech, said Putin, who ..., must go": something stands between)
    j = v.i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j - v.i <= 4:
        j += 1
    name = doc[j - 1]
    if j == v.i + 1 or j >= len(doc) or doc[j].text != "," \
            or not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:v.sent.end]):
        return None
    if name.head.i != v.i:
        return None  # (where the parse made the name the subject of the clause after it, that clause holds it)
    return name, (v.i + 1, j)


def aside_speaker(v):
    """The `Aside` of cue v in the construction of the module docstring, read on either parse spaCy gives it (the
    speaker the subject of the cue's complement clause, or a dependent of the cue itself), else None."""
    host = _host_subject(v)
    if host is None:
        return None
    found = _as_clause_subject(v)
    if found is not None:
        return Aside(found[0], mention_span(found[0]), found[1], host)
    found = _as_cue_dependent(v, host)
    if found is not None:
        return Aside(found[0], found[1], None, host)
    return None


def inverted_parts(ctx, v, n, c):
    """((ls, le), (ps, pe)): the host subject before cue v and the predicate of host verb c after the speaker
    phrase headed by n, as character spans; None when either side holds no word or leaves the cue's line."""
    doc = ctx.doc
    sent = v.sent
    lead = [t for t in doc[sent.start:v.i - 1] if not (t.is_punct or t.is_space)]
    p = _predicate_start(n, c)
    rest = [t for t in doc[p.i:c.right_edge.i + 1] if not t.is_space] if p is not None else []
    while rest and rest[-1].is_punct:
        rest.pop()
    if not lead or not rest or ctx.line_of(lead[0].idx) != ctx.line_of(rest[-1].idx):
        return None
    return (lead[0].idx, lead[-1].idx + len(lead[-1])), (rest[0].idx, rest[-1].idx + len(rest[-1]))
