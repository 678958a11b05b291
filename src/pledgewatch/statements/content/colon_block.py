"""Span boundary of a colon cue's unquoted content: a block quotation the page ran into its lead-in paragraph.

Live blogs set a long quotation off as a block of its own, without quotation marks; flattened to text, the block
runs on in the paragraph of its lead-in ("In his nightly address, he said: We will keep evacuating our people.
The corridors are part of the talks. It is very hard."), and a closing mark may be left over at its end
('... he said: Our army will return. Ukraine gives nothing up."'). The content of the colon cue is then the
whole block, not only its first sentence: it runs on over the next sentences of the paragraph, up to a left-over
closing mark (the mark not included) or the paragraph's end, and stops before a sentence that opens a quotation
or whose root is a cue (the reporter's voice again: 'The process "has begun", he said'), or whose subject is a
pronoun for the speaker ("he", "she") or a word of the cue's subject with no first-person pronoun in it (narration about the
speaker: "He also met Blinken"; "He stays with us" is the speaker's voice still), and
before an embedded post's link or credit line ("... tweeted: A. B pic.twitter.com/x — NAME (@handle) August 1,
2022": `embedded_posts`; a run that reaches it with a first-person sentence is the post's words to it, as to a
closing mark). A run with no closing mark must hold a first-person pronoun in its added sentences
(`block_first_person`, a pronoun token matched case-sensitively, not a possessive: "US", "World War I" and
"our correspondent" are none), and without one the content stays one sentence: without marks, only the speaker's
own voice in the added sentences tells the block from the reporter's sentences after an ordinary "X said: We
will win. Russian forces shelled Kharkiv." With one, the block ends at its last sentence in the speaker's voice: a
first-person sentence (after the first, a possessive "our"/"my" counts too: `grammar.first_person_voice`), or a
present or future claim after one with no past narration between them (`grammar.narrated_past`: a past root, no
first person outside quotation marks). So the reporter's past narration after the last
first-person sentence stays out ("Zelensky said: Ukraine will win. We will never give up. Russian forces shelled
Kharkiv overnight."), while the speech's own past events followed by a first-person sentence and its closing claims
stay in ("... They targeted the warehouses. Honestly, I do not know. The ruins will give Russia nothing."). Nor
does a colon after the cue's own object or addressee open a block ("reminded us of a simple truth: A": the truth,
then the writer's own sentences).
"""

from __future__ import annotations

from .. import lexicon
from ..embedded_posts import doc_scan, post_stop
from ..grammar import first_person, first_person_voice, narrated_past
from ..quotes import DOUBLE_MARKS, voice_spans

_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def block_end(ctx, v, colon, ce, line_end):
    """The end of the unquoted content after colon token `colon` of cue v (one sentence, ending at ce) run on over
    its block quotation in the paragraph ending at line_end, else ce."""
    doc, text = ctx.doc, ctx.text
    cs = colon.idx + 1
    if ce >= line_end or any(ch in DOUBLE_MARKS for ch in text[cs:ce]):
        return ce
    if any(c.dep_ in _OBJECT_DEPS and c.i < colon.i for c in v.children):
        return ce
    para_end, line_end = line_end, post_stop(doc_scan(doc, text), cs, line_end)  # the cheap tests first: the scan
    if ce >= line_end:  # hashes the text
        return ce
    speaker = {t.lower_ for t in _subject_words(v)}
    keep, narrated, end = None, False, ce
    quoted = voice_spans(text, ctx.quotes)  # the article's quotations, as `narrated_past` reads them
    k = doc[ctx.tok_at(max(ce - 1, 0))].sent.end
    while k < len(doc) and doc[k].idx < line_end:
        sent = doc[k].sent
        mark = _mark(text, sent.start_char, min(sent.end_char, line_end))
        voiced = any(first_person(t) for t in sent)
        if mark == -1 or sent.root.i in ctx.cue_idx or not voiced and _about_speaker(sent, speaker, line_end):
            return ce if keep is None else keep
        if mark is not None:
            return mark
        end, k = min(sent.end_char, line_end), sent.end
        if voiced or keep is not None and any(first_person_voice(t) for t in sent):
            keep, narrated = end, False  # a possessive ("It bombed our cities") carries on a block a pronoun opened
        elif narrated_past(sent, quoted):
            narrated = True  # the reporter's past narration: the block goes on only if a voiced sentence follows
        elif keep is not None and not narrated:
            keep = end  # the speaker's present or future claim after a voiced sentence
    if keep is not None and line_end < para_end:
        return end  # the run reaches an embedded post's link or credit: the post's words, as to a closing mark
    return ce if keep is None else keep


def _subject_words(v):
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return [t for t in c.subtree if t.pos_ in ("PROPN", "NOUN")]
    return []


def _about_speaker(sent, speaker, stop):
    """The sentence's subject (its words before offset stop) is a pronoun for the speaker ("he", "she":
    lexicon.PERSON_PRONOUN, a view of pronouns.csv) or a word of the cue's subject: narration about them."""
    for c in sent.root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.pos_ == "PRON":
                return c.lower_ in lexicon.PERSON_PRONOUN
            return any(t.lower_ in speaker for t in c.subtree if t.pos_ in ("PROPN", "NOUN") and t.idx < stop)
    return False


def _mark(text, s, e):
    """In text[s:e]: None without quotation marks, the offset of a closing mark (after a word or punctuation,
    before a space or the end) when that is the first mark, else -1 (a quotation opens)."""
    for i in range(s, e):
        if text[i] in DOUBLE_MARKS:
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if not before.isspace() and (after.isspace() or after in ",.;)"):
                return i
            return -1
    return None
