"""What a clause is for: a giving verb in a non-finite clause below the clause's own verbs (the clause frame's
`purp`, statements/clause_frame.py; read by coding/purposes.py).

Construction: the clause's predicate chain (head and xcomp chain) reaches a verb of `frame_purpose_lemma` (help,
support, provide, supply ...) only through non-finite dependents: a purpose infinitive ("we'll work with our
Ukrainian partners | to help them ..."), a participle and the gerund after its preposition ("will host a conference
... focused on | helping Ukraine recover"), or a gerund conjoined to the chain's last verb ("must focus on making
peace as well as | continuing to provide financial support"). The frame keeps the first such verb's clause, at most
`DEPTH` verbs below a chain verb (the nouns and prepositions between are free, `STEPS` tokens in all), not past a clause with a subject of its own ("we will act | so that others can help
Ukraine": the others help, not we), a clause marked by a wh-word or "whether"/"if" ("we will discuss | how to help
Ukraine": a topic, not a purpose) or a relative or clausal complement ("we will meet the people | who help Ukraine").
The parse hangs a giving verb that is the chain's own (an xcomp) on the chain already: those are no purpose.
"""

from __future__ import annotations

from . import lexicon as L

DEPTH = 3  # clause hops (a verb below a verb); the nouns and prepositions between are free, up to STEPS tokens
STEPS = 6
_DOWN = ("advcl", "acl", "prep", "pcomp", "pobj", "conj", "xcomp", "dobj")  # nouns: "a meeting | aimed at ..."
_VERBS = ("VERB", "AUX")


def _closed(t) -> bool:
    """A clause the search does not enter: its own subject, or a wh-word / whether / if opening it."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ in ("mark", "advmod") and c.i < t.i and
                                                             c.lower_ in L.FRAME_PURPOSE_BLOCK) for c in t.children)


def purpose(chain):
    """The head of the first giving verb below `chain` (the clause's verbs) that the module docstring describes, or
    None."""
    on_chain = {v.i for v in chain}
    frontier = [(c, 0) for v in chain for c in v.children if c.dep_ in _DOWN and c.i not in on_chain]
    for _ in range(STEPS):
        nxt = []
        for t, hops in frontier:
            verb = t.pos_ in _VERBS
            if verb and (_closed(t) or hops >= DEPTH):
                continue
            if verb and t.lemma_.lower() in L.FRAME_PURPOSE_LEMMA and t.tag_ in ("VB", "VBG"):
                return t
            nxt.extend((c, hops + verb) for c in t.children if c.dep_ in _DOWN and c.i not in on_chain)
        frontier = nxt
    return None
