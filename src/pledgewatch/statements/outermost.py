"""PolNeAR's convention only: no attribution inside what another one reports.

Construction: "A said X" where X holds B's cue, hung on A's cue through complements and noun modifiers only: a
relative clause ("Gabriel Sherman, who reported that Fox News paid a $3 million settlement to a booker who said Mr.
Ailes ..."), a complement clause ("Law enforcement sources have said he said 'no more baby parts' ..."), a relative
clause of an object ("approached Corker ... with draft legislation he wrote after ..."). PolNeAR's annotators mark the
outer attribution only: in polnear_train's even half no gold cue lies inside another attribution's content (0 of
10,085 attribution events, all cues). A second event of A's or of another speaker is no such inner attribution: a
conjunct ("said he'd battled ... and called it ...", "said they're convinced ... and Democrats accused ..."), an
adverbial clause (", adding that ...", "even as he says ..."): PolNeAR ends A's content before it and gives it its own
attribution, which this module leaves alone. Under the annotation guide (`nesting="inner"`) nothing here runs:
`nesting.py` settles the guide's nesting."""

from __future__ import annotations

from .model import kept_rows
from .parts import part_groups

# a link that makes a second event of its own, not words the outer cue reports: a conjunct ("said he'd battled ...
# and called it ..."), an adverbial clause (", adding that ...", "even as he says ..."), a parataxis
_OWN_EVENT = ("conj", "advcl", "parataxis", "cc")


def reported_inside(t, v):
    """The cue t hangs inside what the cue v reports: up from t to v only through complements and noun modifiers
    ("reported that Fox News paid ... to a booker who said ...", "have said he said ..."), in one sentence."""
    cur = t
    while cur.head.i != cur.i:
        if cur.dep_ in _OWN_EVENT:
            return False
        cur = cur.head
        if cur.i == v.i:
            return True
    return False


def outermost(doc, rows):
    """The rows left once each statement whose cue lies inside another statement's content (a part of it) is
    dropped with its parts; `_joins` and `speaker_of` re-indexed. Where two statements each hold the other's cue
    both stay (no outer one)."""
    group = part_groups(rows)
    cue_at = [doc[r["cue_i"]].idx if r.get("cue_i") is not None and r.get("speaker_of") is None else None
              for r in rows]

    held = {}  # group -> groups whose content (a part of it) holds its cue inside the clause the outer cue reports
    for i, c in enumerate(cue_at):
        if c is None:
            continue
        for o, r in enumerate(rows):
            if group[o] != group[i] and r["char_start"] <= c < r["char_end"] and r.get("cue_i") is not None \
                    and reported_inside(doc[rows[i]["cue_i"]], doc[r["cue_i"]]):
                held.setdefault(group[i], set()).add(group[o])
    inner = {g for g, outer in held.items() if not any(g in held.get(o, ()) for o in outer)}
    if not inner:
        return rows
    return kept_rows(rows, [i for i in range(len(rows)) if group[i] not in inner])
