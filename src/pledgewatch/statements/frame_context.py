"""The words a statement's context gives it: what the article said just before the content (consumed by coding).

A short statement often takes its object from what came before: "We will keep doing this", "and they will continue
to do it", "we are not going to stop" commit the speaker to whatever the preceding sentences were about. The coding
stage codes each statement on its own (coding.code_parts), so the statements stage, which has the article's parse,
carries that context in the clause frame (clause_frame.frame, key "ctx"): the lower-case content words of the
sentence(s) before the content's sentence and of its own sentence before the content ("Asked about more weapons,
he said | ..."). Plain words, no judgement: the coding stage reads them with its own word classes
(coding/context_pledges.py). Because the frame is part of the extracted rows, a changed context changes the coding
cache's item key.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

SENTENCES = 2  # sentences before the content's own sentence
MAX_WORDS = 40  # content words kept, the nearest first
_CONTENT_POS = frozenset(("NOUN", "PROPN", "ADJ", "NUM", "VERB", "PRON"))


_ARRAYS = "pw_frame_context"  # the doc's user_data key of `_arrays`


def _arrays(doc):
    """(sentence starts, POS ids, LEMMA and LOWER hashes) of a sentence-annotated doc, read from its arrays once per
    doc and kept in its user_data (every statement of an article asks: `Token.sent` walks back to the sentence start
    and each `doc[i]` makes a Token object); None where the doc has no sentences."""
    got = doc.user_data.get(_ARRAYS)
    if got is None:
        if not doc.has_annotation("SENT_START"):
            return None
        from spacy.attrs import LEMMA, LOWER, POS, SENT_START

        cols = doc.to_array([SENT_START, POS, LEMMA, LOWER]).T.tolist() if len(doc) else [[], [], [], []]
        starts = [0] + [k for k, v in enumerate(cols[0]) if v == 1 and k > 0]  # Span.sent: sent_start == 1
        got = doc.user_data[_ARRAYS] = (starts, cols[1], cols[2], cols[3])
    return got


def _sentence_start(doc, i: int) -> int:
    """The first token of the sentence holding token i (the token itself where the doc has no sentences): the
    last sentence start at or before it, as spaCy's `Token.sent` finds it."""
    arrays = _arrays(doc)
    if arrays is None:
        return i
    starts = arrays[0]
    return starts[bisect_right(starts, i) - 1]


def window_start(doc, i: int, sentences: int = SENTENCES) -> int:
    """The first token of the sentence `sentences` before the one holding token i (the article's start at most)."""
    start = _sentence_start(doc, i)
    for _ in range(sentences):
        if start <= 0:
            break
        start = _sentence_start(doc, start - 1)
    return start


def preceding(doc, span) -> list[str]:
    """Lower-case content words (lemmas of verbs, forms of the rest) before `span`: its own sentence up to the span,
    and up to SENTENCES sentences before, the nearest words first, at most MAX_WORDS; [] at the article's start.
    Read on the doc's arrays (`_arrays`): no Token object made."""
    if span is None or not len(span):
        return []
    start = window_start(doc, span.start)
    arrays = _arrays(doc)
    if arrays is None:
        return _preceding_tokens(doc, start, span.start)
    strings = doc.vocab.strings
    content, verb = _pos_ids()
    _, pos, lemma, lower = arrays
    out = []
    for k in range(span.start - 1, start - 1, -1):
        p = pos[k]
        if p in content:
            out.append(strings[lemma[k]].lower() if p == verb else strings[lower[k]])
            if len(out) >= MAX_WORDS:
                break
    return out


def _preceding_tokens(doc, start: int, end: int) -> list[str]:
    """`preceding` on Token objects (a doc without sentence annotation)."""
    out = []
    for t in reversed(doc[start:end]):
        if t.pos_ in _CONTENT_POS:
            out.append(t.lemma_.lower() if t.pos_ == "VERB" else t.lower_)
            if len(out) >= MAX_WORDS:
                break
    return out


@functools.cache
def _pos_ids() -> tuple[frozenset, int]:
    """The POS ids of _CONTENT_POS and of VERB (spaCy's symbol table: fixed; read once, not per statement)."""
    from spacy.parts_of_speech import IDS

    return frozenset(IDS[p] for p in _CONTENT_POS), IDS["VERB"]
