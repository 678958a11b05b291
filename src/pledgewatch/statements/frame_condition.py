"""Conditions the parse does not mark: the clause after a condition phrase (the clause frame's `cond`,
statements/clause_frame.py).

Construction: a condition phrase of `frame_condition_phrase` ("provided that", "as long as", "on condition that",
"if and when") governed by the clause's head, and the first verb after it, which heads the condition ("Kyiv can hold
the line | provided that the shells arrive", "Ukraine can win | as long as we keep sending weapons", "Poland will
deliver the jets | on condition that they stay in Ukraine", "Ukraine will prevail | if and when the allies send the
missiles"). The parser hangs such a phrase anywhere but as a `mark` ("provided" a ccomp, "as long" an advmod,
"on condition" a prepositional phrase, "if" a preposition with the verb conjoined to it), so a single-word mark
list (frame_support_condition) misses them. A bare "provided" / "providing" counts only as a clause's dependant
(not a conjunct) with no subject, auxiliary or agent of its own ("the shells provided by Berlin" is none), opening a
clause with its own subject ("provided the shells arrive"; "we have sent the tanks and provided ammunition to keep
them running" gives the send clause no condition). An impersonal clause of `frame_condition_open_ended` after
the phrase ("as long as it takes", "as long as it is required") leaves the commitment open-ended: no condition.
The phrase belongs to the head only where no other verb stands between them ("we will send the tanks that stay
as long as needed": the condition is the relative clause's).
"""

from __future__ import annotations

import functools

from . import lexicon as L

_OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "agent")
_BARE = ("advcl", "ccomp", "prep", "mark")  # not a conjunct ("sent the tanks and provided ammunition")
_SUBJ = ("nsubj", "nsubjpass", "expl")


@functools.cache
def _phrases() -> tuple[list[str], ...]:
    """The condition phrases as word lists, longest first (read once: every clause of every statement asks)."""
    return tuple(sorted((p.split() for p in L.FRAME_CONDITION_PHRASE), key=len, reverse=True))


@functools.cache
def _openers() -> frozenset:
    """The words a condition phrase can open with ("provided", "as", "so", "on", "if")."""
    return frozenset(p[0] for p in _phrases())


def _governed(first, words: set, head) -> bool:
    """The first verb above the phrase's first token (its own words skipped) is the clause's head."""
    cur = first
    for _ in range(8):
        if cur.i not in words and cur.pos_ in ("VERB", "AUX"):
            return cur.i == head.i
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _at(doc, i: int, head):
    """(phrase end, phrase word indices) of a condition phrase starting at token i, else None."""
    for p in _phrases():
        toks = doc[i:i + len(p)]
        if len(toks) != len(p) or [t.lower_ for t in toks] != p:
            continue
        if len(p) == 1 and (toks[0].i == head.i or toks[0].dep_ not in _BARE or any(
                c.dep_ in _OWN for c in toks[0].children)):
            continue  # "provided" alone: only as a bare dependant ("the shells provided by Berlin" is none)
        return i + len(p), set(range(i, i + len(p)))
    return None


def condition_head(head):
    """The head of the condition clause a condition phrase sets on `head` (see the module docstring), else None."""
    doc = head.doc
    sub = sorted(head.subtree, key=lambda t: t.i)
    inside = {t.i for t in sub}
    for t in sub:
        if t.lower_ not in _openers():
            continue
        found = _at(doc, t.i, head)
        if found is None or not _governed(t, found[1], head):
            continue
        end, words = found
        v = next((v for v in doc[end:sub[-1].i + 1] if v.i in inside and v.pos_ in ("VERB", "AUX")
                  and v.dep_ not in ("aux", "auxpass") and v.i not in words), None)
        if v is None:
            continue
        subj = [c.lower_ for c in v.children if c.dep_ in _SUBJ]
        if len(words) == 1 and not subj:
            continue  # a bare "provided" opens a clause with its own subject ("provided the shells arrive")
        if any(f"{w} {v.lemma_.lower()}" in L.FRAME_CONDITION_OPEN_ENDED for w in subj):
            continue  # "as long as it takes": open-ended, no condition; a later phrase may still set one
        return v
    return None
