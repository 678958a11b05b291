"""A speech, statement or address printed in full after an announcement: each paragraph is the speaker's direct
statement (GUIDE_QUESTIONS 15).

Construction: a sentence announces that the text of a speech follows ("The full text of the speech is provided
below:", "Here is the text of his address to parliament:", "The minister's statement is published in full
below:"; words `transcript_marks` in its first six tokens with a speech noun, `transcript_speech_nouns`; the
sentence ends with ":" or stands as its own paragraph, is not negated and lies in no statement), then prints the
speech in the first person without quotation marks, paragraph after paragraph ("Good evening. Today we ...", "I
thank everyone who ...", "Glory to Ukraine!"). Each paragraph after the announcement is one direct statement, its
cue the announcement's speech noun ("speech"), its mention the noun's possessor ("Olaf Scholz's speech", "her
statement", "the ministry's statement"), else none: the resolver then gives it the person named last before the
announcement (`speakers/transcripts.py`). A speaker's
own acts inside the text ("I thank ...", "we condemn ...") are the paragraph's words, not rows of their own; a third
party the speech reports ("Our partners say that ...") keeps its row. A paragraph of one sentence not headed by a
verb (a salutation: "Good health to you, fellow Ukrainians!", "Glory to Ukraine!", "Dear friends,") is left out, as
the guide's recommendation says; a verbless list of several ("Wednesday - a call with X. A meeting with Y.") is not. The text ends at the article's end, at page furniture (a paragraph
that opens with a `subheading_stop` word before a colon, or is one: "Read also: ...", "Photo: ...") or where the
reporter narrates again: a row whose cue is in the past tense with a named or he/she speaker ("Olena Kurylo, a
correspondent, wrote that the speech was well received.").

Under the guide's convention only: PolNeAR's, as this project scores it, keeps only attributions whose cue is a verb
of saying, so there a noun cue's row pairs with no gold (as `headings.scored_cues_only` drops colon cues).

`announcement(doc, text, skip)` is also what `speakers/transcripts.py` reads, so the finder and the resolver agree on
where the printed text starts.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .names import fold
from .speakers.words import PRON_1, PRON_F, PRON_M, TRANSCRIPT_MARKS, TRANSCRIPT_SPEECH_NOUNS

_MARKS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(TRANSCRIPT_MARKS, key=len, reverse=True))
                    + r")\b") if TRANSCRIPT_MARKS else None

# how many tokens into its sentence a transcript mark may lie and still open it ("Here is the full text", "The
# president's evening address is published in full")
_OPENING = 10
_CLAUSE_HEADS = ("VERB", "AUX")
_NARRATION_TAGS = ("VBD",)  # the reporter's past tense, in a main clause
_NARRATION_DEPS = ("ROOT", "parataxis")


def announcement(doc, text, skip=lambda s, e: False):
    """(announcing sentence, its speech noun) of the first sentence that announces a printed speech, else None.
    skip(s, e): a statement's content holds part of the sentence's tokens s..e-1 ("..., according to a transcript of
    the call", "The minister said the full text of her speech would be posted online." announce nothing)."""
    if _MARKS is None:
        return None
    for sent in doc.sents:
        # the mark opens the sentence ("The full text of ...", "Here is the full text of ...", "Full text of ...")
        if not _MARKS.search(fold(sent[:_OPENING].text)):
            continue
        words = [t for t in sent if not t.is_space]
        if not words or skip(words[0].i, words[-1].i + 1):
            continue
        speech = [t for t in sent if t.pos_ == "NOUN" and t.lower_ in TRANSCRIPT_SPEECH_NOUNS]
        if speech and _announces(text, sent):
            return sent, speech[0]
    return None


def _announces(text, sent) -> bool:
    """The sentence announces a text that follows: it ends with ":" or stands as its own paragraph, and is not
    negated ("The full text of the report was not published." announces nothing)."""
    if any(t.dep_ == "neg" for t in sent):
        return False
    toks = [t for t in sent if not t.is_space]
    if toks and toks[-1].text == ":":
        return True
    before = text[:sent.start_char].rstrip(" \t")
    after = text[toks[-1].idx + len(toks[-1].text):].lstrip(" \t") if toks else ""
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def printed_text(f):
    """The finder step: every paragraph after an announced speech is its speaker's direct statement (module doc)."""
    ctx = f.ctx
    if ctx.outer:
        return  # PolNeAR's convention as scored keeps only verbs of saying as cues (`headings.scored_cues_only`)
    found = announcement(ctx.doc, ctx.text, lambda s, e: f.overlaps(ctx.doc[s].idx, ctx.doc[e - 1].idx + 1))
    if found is None:
        return
    sent, noun = found
    last = [t for t in sent if not t.is_space][-1]  # (the sentence runs on over the blank line after it)
    paras = _paragraphs(ctx, last.idx, f.rows)
    if not paras:
        return
    lo, hi = paras[0][0], paras[-1][1]
    f.rows = [r for r in f.rows if not (lo <= r.char_start < hi and _first_person(ctx.doc, r))]
    for cs, ce in paras:
        if _salutation(ctx, cs, ce):
            continue
        st = f.add(cs, ce, noun.text, noun.lemma_.lower(), _owner(noun), None)
        if st is not None:
            st.quote_type = "direct"


def _paragraphs(ctx, start, rows):
    """(start, end) of each paragraph after the announcement, up to page furniture, the reporter's narration
    resumed, or the article's end."""
    text, out = ctx.text, []
    for k in range(ctx.line_of(start) + 1, len(ctx.lines)):
        s = ctx.lines[k]
        e = ctx.line_end(k)
        line = text[s:e].strip()
        if not line:
            continue
        if _furniture(line) or any(s <= r.char_start < e and _narrated(ctx.doc, r) for r in rows):
            break
        s += len(text[s:e]) - len(text[s:e].lstrip())
        out.append((s, s + len(line)))
    return out


def _furniture(line) -> bool:
    """"Read also: ...", "Photo: ...", a lone "Advertisement": page furniture after the printed text."""
    labelled = ":" in line[:40]
    head = fold(line.split(":", 1)[0].strip() if labelled else line)
    return head in L.SUBHEADING_STOP or (labelled and head.split(" ")[0] in L.SUBHEADING_STOP)


def _owner(noun):
    """The token span of the speech noun's possessor ("Olaf Scholz's speech": Olaf Scholz; "her statement": her;
    "the Hungarian ministry's statement": the Hungarian ministry), the rows' mention; None without one (the resolver
    then takes the person named last before the announcement, `speakers/transcripts.py`)."""
    for c in noun.children:
        if c.dep_ == "poss":
            toks = [t for t in c.subtree if t.lower_ not in ("'s", "’s")]
            return (toks[0].i, toks[-1].i + 1) if toks else None
    return None


def _first_person(doc, r) -> bool:
    """The row's speaker mention is I/we: the speech's speaker acting inside its own text."""
    if not r.speaker_span:
        return False
    return fold(doc[r.speaker_span[0]:r.speaker_span[1]].text.strip()) in PRON_1


def _narrated(doc, r) -> bool:
    """The row is the reporter's again: a past-tense cue heading its sentence, of a third person named or he/she
    ("Olena Kurylo, a correspondent, wrote that ...", "..., she added"); the speech's own reports are present ("Our
    partners say") or inside a clause ("the lands the Kremlin once claimed")."""
    if not r.speaker_span or r.cue_i is None or doc[r.cue_i].tag_ not in _NARRATION_TAGS or \
            doc[r.cue_i].dep_ not in _NARRATION_DEPS:
        return False  # (not a relative clause inside the speech: "... the lands the Kremlin once claimed")
    mention = doc[r.speaker_span[0]:r.speaker_span[1]]
    return any(t.pos_ == "PROPN" for t in mention) or fold(mention.text.strip()) in PRON_M | PRON_F


def _salutation(ctx, cs, ce) -> bool:
    """text[cs:ce] is one sentence not headed by a verb: a greeting or sign-off ("Glory to Ukraine!", "Dear
    friends,"); a verbless list of several sentences is a statement ("Wednesday - a call with the Prime Minister of
    Japan. A meeting with the President of Chile.")."""
    span = ctx.doc.char_span(cs, ce, alignment_mode="expand")
    if span is None:
        return False
    sents = list(span.sents)
    return len(sents) == 1 and sents[0].root.pos_ not in _CLAUSE_HEADS
