"""What a clause sees to: the clause an "ensure" / "make sure" verb under the clause's head governs (the clause
frame's `ens`, statements/clause_frame.py; read by coding/own_outcomes.py).

Construction: a verb of `frame_ensure_lemma` ("ensure", "guarantee") or "make" with "sure" (`frame_ensure_adjective`)
anywhere on the clause's own verbs (the head and its xcomp chain), or in a purpose clause the head governs ("do
everything | to ensure ...", "do whatever it takes | to make sure ..."), and the clause it governs: "we will make sure
| Ukraine prevails", "we simply have to make sure | that Ukraine succeeds", "Poland would do everything to ensure | that
Ukraine wins", "we must ensure | that Ukraine is victorious", "we will ensure | Ukraine has the weapons it needs". The
parser hangs that clause as a ccomp of the verb or of "sure", or reads a bare verb as the object ("to ensure Ukraine
| wins"); each is taken. Only the first such verb, at most `DEPTH` steps below the head and not past another clause
with a subject of its own ("we will send tanks so that the allies can make sure ...": the allies see to it, not we;
an impersonal "it" is none: "do whatever | it takes | to make sure ...").
"""

from __future__ import annotations

from . import lexicon as L

DEPTH = 3
_DOWN = ("xcomp", "advcl", "relcl", "ccomp", "acomp", "dobj")  # how the ensuring verb hangs below the head
# ("do | everything | to ensure": a purpose clause on the object)
_GOVERNED = ("ccomp", "xcomp", "dobj")
_VERBS = ("VERB", "AUX")


def _governed(v):
    """The clause the ensuring verb governs (its head), or None."""
    holders = [v] + [c for c in v.children if c.lower_ in L.FRAME_ENSURE_ADJECTIVE]  # "make | sure | Ukraine wins"
    for h in reversed(holders):
        x = next((c for c in h.children if c.dep_ in _GOVERNED and c.pos_ in _VERBS), None)
        if x is not None:
            return x
    return None


def _ensuring(t) -> bool:
    if t.pos_ not in _VERBS:
        return False
    lemma = t.lemma_.lower()
    return lemma in L.FRAME_ENSURE_LEMMA or (
        lemma in L.FRAME_ENSURE_VERB and any(c.lower_ in L.FRAME_ENSURE_ADJECTIVE for c in t.children))


def ensured(head):
    """The head of the clause that `head`'s clause sees to (module docstring), or None."""
    frontier = [head]
    for _ in range(DEPTH + 1):
        nxt = []
        for t in frontier:
            if _ensuring(t):
                return _governed(t)
            nxt.extend(c for c in t.children if c.dep_ in _DOWN and not (
                c.dep_ in ("advcl", "ccomp", "relcl") and any(s.dep_ in ("nsubj", "nsubjpass") and
                                                           s.lower_ not in L.FRAME_IMPERSONAL_SUBJECT
                                                           for s in c.children)))
        frontier = nxt
    return None
