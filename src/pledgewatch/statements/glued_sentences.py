"""A paragraph of glued sentences closed by its cue is one content (round 40).

Construction: translated Polish news joins the sentences of one speaker's paragraph with no space after the full
stop ("Until now, the Russians fired these rockets only at key targets.They also used them in Sunday's attack
-said the command of the air force.", "The partnership ended with the war.Not only did it turn out ... - reminds
the British weekly.", "Russia asked China for equipment.This caused fears that ..., say American officials."), and
closes the paragraph with the cue, with no opening dash (`dashes.py` takes the paragraphs a dash opens). The parse
splits the glued sentences, and the cue after the last one took that sentence alone; the guide's content is the
paragraph's sentences up to the cue. A content that the cue follows in its paragraph, starting right after a glued
full stop, is widened back over each glued sentence before it, up to the paragraph's start or a spaced sentence end
("A. B.C - said X": "B.C") or a dialogue dash that opens the speaker's words; not over a sentence holding a cue
or a spaced dash (another's statement, the writer's attribution), another row's words or a line break; not for a
cue in an "as" clause or a cue clause of its own ("... - she has often criticized the United States for ...").
"""

from __future__ import annotations

import re

# a full stop glued to the next sentence: a lower-case letter, digit or closing mark, the stop, a capital and a
# lower-case letter ("war.Not", "them.They"; not "art.5", "U.S.A", "U.S.The")
_GLUED = re.compile(r"(?<=[a-z0-9\"”)])[.!?](?=[A-Z][a-z]|[-–—][ \t]?[A-Z])")
# a spaced sentence end ("... war. Not")
_SPACED = re.compile(r"[.!?][\"”]?[ \t]+(?=[\"“A-Z])")
# a dash between spaces: an attribution or an aside inside the sentence
_DASHED = re.compile(r"[ \t][-–—][ \t]")


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


def _closing_cue(ctx, st):
    """Statement st's cue closes its paragraph after the content: in the same line, no "as" clause ("- as the
    propaganda describes"), not a clause of its own with a subject before the cue and an object or complement after
    it ("... with this - she has often criticized the United States for ...")."""
    v = ctx.doc[st.cue_i]
    if v.idx < st.char_end or ctx.text.find("\n", st.char_end, v.idx) >= 0:
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in v.children):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and st.char_end <= c.idx < v.idx for c in v.children)
    return not (own_subject and any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > v.i for c in v.children))


def _own_sentence(ctx, start, end):
    """The sentence text[start:end] is another's statement or the writer's attribution: it holds a cue or a spaced
    dash ("... - the portal informed.The authorities ...")."""
    words = ctx.text[start:end]
    return bool(_DASHED.search(words)) or any(
        ctx.doc[i].idx in range(start, end) for i in ctx.cue_idx)


def widened_start(ctx, st):
    """The start of the glued paragraph whose last sentence statement st holds (see the module docstring), else
    None: st's cue closing the paragraph after its content (`_closing_cue`), its content opening right after a
    glued stop; the widening stops before a sentence of another's statement or the writer's (`_own_sentence`)."""
    text, cs = ctx.text, st.char_start
    if st.cue_i is None or not _GLUED.match(text, cs - 1) or not _closing_cue(ctx, st):
        return None
    para = text.rfind("\n", 0, cs) + 1
    start, glued = cs, True
    while glued:
        prev, glued = _sentence_start(text, para, start - 1)
        if _own_sentence(ctx, prev, start - 1):
            break
        start = prev
        if text[start] in "-–—":
            break  # a dialogue dash opens the speaker's words ("...city.- I am afraid ...")
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
