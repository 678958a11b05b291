"""Span boundary of a colon cue's unquoted content: a block quotation the page ran into its lead-in paragraph.

Live blogs set a long quotation off as a block of its own, without quotation marks; flattened to text, the block
runs on in the paragraph of its lead-in ("In his nightly address, he said: We will keep evacuating our people.
The corridors are part of the talks. It is very hard."), and a closing mark may be left over at its end
('... he said: Our army will return. Ukraine gives nothing up."'). The content of the colon cue is then the
whole block, not only its first sentence: it runs on over the next sentences of the paragraph, up to a left-over
closing mark (the mark not included) or the paragraph's end, and stops before a sentence that opens a quotation
or whose root is a cue (the reporter's voice again: 'The process "has begun", he said'). A run with no closing
mark must hold a first-person word (`block_first_person`): without marks, only the speaker's own voice tells
the block from the reporter's sentences after an ordinary "X said: A." Nor does a colon after the cue's object
or addressee open a block ("reminded us of a simple truth: A": the truth, then the writer's own sentences).
"""

from __future__ import annotations

from .. import lexicon
from ..quotes import DOUBLE_CLOSE, DOUBLE_OPEN, STRAIGHT

_DOUBLE = frozenset(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT)  # double marks only: a curly single is an apostrophe too


_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def block_end(ctx, v, colon, ce, line_end):
    """The end of the unquoted content after colon token `colon` of cue v (one sentence, ending at ce) run on over
    its block quotation in the paragraph ending at line_end, else ce."""
    doc, text = ctx.doc, ctx.text
    cs = colon.idx + 1
    if ce >= line_end or any(ch in _DOUBLE for ch in text[cs:ce]):
        return ce
    if any(t.dep_ in _OBJECT_DEPS for t in doc[v.i + 1:colon.i]):
        return ce
    end, closed = ce, False
    k = doc[ctx.tok_at(max(ce - 1, 0))].sent.end
    while k < len(doc) and doc[k].idx < line_end:
        sent = doc[k].sent
        mark = _mark(text, sent.start_char, min(sent.end_char, line_end))
        if mark == -1 or sent.root.i in ctx.cue_idx:
            break
        if mark is not None:
            end, closed = mark, True
            break
        end, k = min(sent.end_char, line_end), sent.end
    if end == ce:
        return ce
    if not closed and not any(t.lower_ in lexicon.BLOCK_FIRST_PERSON for t in doc[ctx.tok_at(cs):ctx.tok_at(end)]):
        return ce
    return end


def _mark(text, s, e):
    """In text[s:e]: None without quotation marks, the offset of a closing mark (after a word or punctuation,
    before a space or the end) when that is the first mark, else -1 (a quotation opens)."""
    for i in range(s, e):
        if text[i] in _DOUBLE:
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if not before.isspace() and (after.isspace() or after in ",.;)"):
                return i
            return -1
    return None
