"""A speaker named after an inverted cue that interrupts its host clause between the subject and the predicate.

Construction: "SUBJECT, said SPEAKER(, apposition), PREDICATE" ("The real obstacle, said Ines Haller, a
hydrologist at the institute, is the soil itself"; "And the council, says Mayor Tomas Brandt, will not wait"). The
parse makes SUBJECT the cue's subject and SPEAKER the subject of the cue's complement clause, so the speaker was the
host clause's subject and the content ran from the speaker's name. Here the speaker is the name after the cue
(`inverted_speaker`), and the statement is the host clause without the cue clause: SUBJECT as the first part,
PREDICATE as the second (`inverted_parts`; joined under quote_parts="join", two parts under "split", as any
statement its cue interrupts). Not "said their plans, already drafted, would ...": a complement subject that names
nobody (no proper noun, no person or organisation) is the content's own; nor "Ann Ross, the envoy, said Ivan
Petrov, the commander, had ...": a subject with an apposition of its own is the speaker, in the plain order.
"""

from __future__ import annotations

SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")


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


def inverted_speaker(v):
    """(speaker token, host verb) after cue v in the construction of the module docstring, else None: v follows
    its subject (no pronoun, no apposition of its own) and a comma, and a subject comes right after it, names
    someone and ends with a comma before the host clause's predicate."""
    doc = v.doc
    host = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i - 1), None)
    if host is None or doc[v.i - 1].text != "," or host.pos_ == "PRON" or any(
            t.text == "," for t in doc[host.left_edge.i:v.i - 1]):
        return None  # ("Ann Ross, the envoy, said Ivan Petrov, the commander, had ...": the subject's own
        # apposition marks the plain order, speaker first)
    for clause, verb in _host_clauses(v):
        n = next((x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass") and x.left_edge.i == v.i + 1), None)
        if n is not None and _names_someone(n) and _predicate_start(n, verb) is not None:
            return n, verb
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
