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

SENTENCES = 2  # sentences before the content's own sentence
MAX_WORDS = 40  # content words kept, the nearest first
_CONTENT_POS = frozenset(("NOUN", "PROPN", "ADJ", "NUM", "VERB", "PRON"))


def _sentence_start(doc, i: int) -> int:
    """The first token of the sentence holding token i (the token itself where the doc has no sentences)."""
    if not doc.has_annotation("SENT_START"):
        return i
    return doc[i].sent.start


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
    and up to SENTENCES sentences before, the nearest words first, at most MAX_WORDS; [] at the article's start."""
    if span is None or not len(span):
        return []
    start = window_start(doc, span.start)
    out = []
    for t in reversed(doc[start:span.start]):
        if t.pos_ in _CONTENT_POS:
            out.append(t.lemma_.lower() if t.pos_ == "VERB" else t.lower_)
            if len(out) >= MAX_WORDS:
                break
    return out
