"""The persons a he/she's own statement names (round 31, issue #14's "Putin for Vucic").

A he/she whose statement names a person is, as a reader takes it, someone else ("He said Biden mentioned possible
sanctions" is the aide reporting Biden; '"... both of them, Zelensky and Putin, sitting at one table" - he
emphasized' is Vucic). pronouns.py uses `named_in_content` to break a tie: it passes over these persons only while
another suitable person remains, and resolves as before where the only one is named ('Donald Trump spoke at a
rally. "Trump will end this war in 24 hours," he said': Trump).
"""

from __future__ import annotations

import re

from ..quotes import find_quotes
from .words import HE_SHE

# what may stand between a content and the he/she right after it ('..." he said', '... - he emphasized'): punctuation
_PUNCT_GAP = re.compile(r"^[\s,;:\"'“”‘’«»\-–—.!?]*$")


def _nested_quotes(content: str) -> list:
    """The spans of the quotations a content itself holds: a name there is words the speaker quotes in turn ('I
    didn't understand when Donald Trump said ‘in 24 hours I will bring Putin and Zelensky to the table’':
    Zelensky may still be the "he" who quotes them). Quotations as `quotes.find_quotes` pairs them (an apostrophe
    is no mark: "didn't", "Ukraine's")."""
    return [(q.start, q.end) for q in find_quotes(content)]


def _set_against(doc, idx, t, cs: int, ce: int) -> bool:
    """The content [cs, ce) is the he/she t's own complement: after it in its own sentence ("He said Biden ...",
    "He told Mr. Putin's envoy that Zelensky ..."), or ending right before it with nothing but punctuation between
    ('"..." - he emphasized'). A content the cue refers back to across sentences ("X twice suggested ... . On the
    fourth day ..., he ordered ..., explaining this by") may name the pronoun's own antecedent."""
    if ce <= t.idx:
        return bool(_PUNCT_GAP.match(idx.text[ce:t.idx]))  # (idx.text: doc.text, which rebuilds it on each access)
    if cs < t.idx + len(t):
        return False
    first = doc.char_span(cs, ce, alignment_mode="expand")
    if first is None or not len(first):
        return False
    si = idx.sent_of.get(t.i, (None,))[0]
    return si is not None and idx.sent_of.get(first[0].i, (None,))[0] == si


def named_in_content(doc, idx, row, i) -> list:
    """The persons named by name in the row's own content, where that content is the he/she at token i's own
    complement (`_set_against`) and the name is not inside words the content quotes in turn (`_nested_quotes`);
    only a subject he/she ("According to his family, they have not heard from Drueke": a possessive may refer ahead
    to a name in it); none in a title. row: the row being resolved (its `char_start`, `char_end`)."""
    row = row or {}
    cs, ce = row.get("char_start"), row.get("char_end")
    if cs is None or ce is None or row.get("in_title"):
        return []
    t = doc[i]
    if t.lower_ not in HE_SHE:  # he, she (pronouns.HE_SHE): a possessive his/her is no speaker
        return []
    cs, ce = int(cs), int(ce)
    if not _set_against(doc, idx, t, cs, ce):
        return []
    nested = _nested_quotes(idx.text[cs:ce])
    out = []
    for m in idx.mentions:
        at = doc[m[0]].idx - cs
        if m[2] not in out and 0 <= at < ce - cs and not any(s <= at < e for s, e in nested):
            out.append(m[2])
    return out
