"""A paragraph of glued sentences closed by its cue is one content (round 40).

Construction: translated Polish news joins the sentences of one speaker's paragraph with no space after the full
stop ("Until now, the Russians fired these rockets only at key targets.They also used them in Sunday's attack
-said the command of the air force.", "The partnership ended with the war.Not only did it turn out ... - reminds
the British weekly.", "Russia asked China for equipment.This caused fears that ..., say American officials."), and
closes the paragraph with the cue, with no opening dash (`dashes.py` takes the paragraphs a dash opens). The parse
splits the glued sentences, and the cue after the last one took that sentence alone; the guide's content is the
paragraph's sentences up to the cue. A content that the cue follows in its paragraph, starting right after a glued
full stop, is widened back over each glued sentence before it, up to the paragraph's start or a spaced sentence end
("A. B.C - said X": "B.C"); not over another row's words or a line break.
"""

from __future__ import annotations

import re

# a full stop glued to the next sentence: a lower-case letter, digit or closing mark, the stop, a capital and a
# lower-case letter ("war.Not", "them.They"; not "art.5", "U.S.A", "U.S.The")
_GLUED = re.compile(r"(?<=[a-z0-9\"”)])[.!?](?=[A-Z][a-z])")
# a spaced sentence end ("... war. Not")
_SPACED = re.compile(r"[.!?][\"”]?[ \t]+(?=[\"“A-Z])")


def _sentence_start(text, para, end):
    """(start of the sentence that ends at the glued stop at `end`, whether that start itself follows a glued
    stop): the later of the paragraph start, the last spaced sentence end and the last glued stop before it."""
    start, glued = para, False
    for m in _SPACED.finditer(text, para, end):
        start, glued = m.end(), False
    for m in _GLUED.finditer(text, para, end):
        if m.end() > start:
            start, glued = m.end(), True
    return start, glued


def widened_start(ctx, st):
    """The start of the glued paragraph whose last sentence statement st holds (see the module docstring), else
    None: st's cue after its content in the same line, its content opening right after a glued stop."""
    text, cs = ctx.text, st.char_start
    if st.cue_i is None or ctx.doc[st.cue_i].idx < st.char_end or not _GLUED.match(text, cs - 1):
        return None
    para = text.rfind("\n", 0, cs) + 1
    if text.find("\n", st.char_end, ctx.doc[st.cue_i].idx) >= 0:
        return None
    start, glued = cs, True
    while glued:
        start, glued = _sentence_start(text, para, start - 1)
    while start < cs and text[start] in " \t-–—\"“":
        start += 1
    return start if start < cs else None


def glued_paragraphs(ctx, rows):
    """Widen each statement closing a paragraph of glued sentences back to the paragraph's first sentence."""
    for st in rows:
        start = widened_start(ctx, st)
        if start is None or any(r is not st and r.char_start < st.char_start and start < r.char_end for r in rows):
            continue
        st.set_span(start, st.char_end, ctx.text)
