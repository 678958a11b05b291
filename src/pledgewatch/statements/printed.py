"""A speech, statement or address printed in full after an announcement: each paragraph is the speaker's direct
statement (GUIDE_QUESTIONS 15).

Construction: a sentence announces that the text of a speech follows ("The full text of the speech is provided
below:", "Here is the text of his address to parliament:", "The minister's statement is published in full
below:"; words `transcript_marks` in its first ten tokens). The speech noun (`transcript_speech_nouns`; not
"interview": questions are not the interviewee's) is the one the mark introduces: the object of "of" after the mark's
noun, or the subject/object of the verb "in full" describes ("the full text of the agreement X mentioned in his
speech" announces no speech). The sentence ends with ":" (the speech may run on after it on the same line: that rest
is the first row), or stands as its own paragraph and points on (`transcript_pointers`: "follows", "below", "here
is"; not a pointer verb with an object of its own: "... follows a similar speech in London") or is a verbless heading
that ends at its noun, its possessor or a `transcript_heading_preps` phrase ("Full text of the address", "... speech
to Congress"; not "... in Polish newspapers"); it is no question, holds no wh-word ("Here is what we know about the
full text ..."), is not negated and lies in no statement ("The full text of Putin's speech was published on
Tuesday.", "Full text of X's speech draws criticism" narrate).
Each paragraph after it is one direct statement, its cue the speech noun, its mention the noun's possessor
("Olaf Scholz's speech", "her statement", "the ministry's statement", "the leaders' statement"), else none: the
resolver then gives it the person named last before the announcement, none for a joint statement
(`speakers/transcripts.py`); every later row of the text takes the first row's speaker (`speaker_of`), and the
finder leaves the text's extent in `doc.user_data[PRINTED_KEY]` so the resolver's I/we rule ends where it ends.
A speaker's own acts inside the text ("I thank ...", "we condemn ...") are the paragraph's words, not rows of their
own; a third party the speech reports ("Our partners say that ...") keeps its row. A paragraph of one sentence not
headed by a verb (a salutation: "Glory to Ukraine!", "Dear friends,") or a closing formula (`transcript_signoffs`:
"Thank you.") is left out, as the guide's recommendation says; a verbless list of several ("Wednesday - a call with
X. A meeting with Y.") is not. Photo captions and embedded posts inside are skipped (their rules own them). The text
ends at the article's end, at page furniture ("Read also: ...", "Photo: ..."; not "Look: the enemy ..." in lower
case), at a "Name:" subheading (not "Crimea: this is our land ..." in lower case), at a second announcement ("Here is
the full text of the treaty:"; a second speech with a possessor prints its own text), or where the reporter narrates
again (`printed_narration.narration`): a paragraph with no first- or second-person word whose main verb, in any
tense, the reporter dates with the speaker named or the speech ("Tamm later left for Warsaw.", "The UN Security
Council will discuss the address on Friday."), whose
subject is the speaker named in the third person ("Zelensky says ...", "The president is due to ...", he/she only
with a verb of saying: "He said ...", not "He will lose it"), that attributes with a verb of the wire in the past or
present (`transcript_narration_verbs`: "Officials in Lviv said ...", "The Kremlin says ...") or that tells news in the
past in every sentence, not with a copula ("The strike came hours after ..."; a perfect only with a verb of the wire:
"Russia has not commented on the attack.", not the speech's "Russia has chosen war."; "Monday - President X was in
Kyiv." stays); such narration before the
first paragraph is a lead-in, skipped. A quoted paragraph with its own cue ("“We will never abandon Ukraine,” Duda
said.") keeps its own row only.

Under the guide's convention only: PolNeAR's, as this project scores it, keeps only attributions whose cue is a verb
of saying, so there a noun cue's row pairs with no gold (as `headings.scored_cues_only` drops colon cues).

The finder's announcement (`ANNOUNCED_KEY`) is what `speakers/transcripts.py` reads, so the finder and the resolver
agree on where the printed text starts and whose it is.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .names import fold
from .printed_narration import narration
from .speakers.index import CAPTION_LINE
from .speakers.named_last import person_named_last
from .speakers.posts import signed_posts
from .speakers.words import (
    PRON_1,
    SUBJ_DEPS,
    TRANSCRIPT_HEADING_PREPS,
    TRANSCRIPT_JOINT_MODS,
    TRANSCRIPT_MARKS,
    TRANSCRIPT_POINTERS,
    TRANSCRIPT_SIGNOFFS,
    TRANSCRIPT_SPEECH_NOUNS,
)


def _words_re(words):
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")(?![\w'’])") if words else None


_MARKS = _words_re(TRANSCRIPT_MARKS)
_MARK_WORDS = frozenset(w for m in TRANSCRIPT_MARKS for w in m.split())
_POINTERS = _words_re(TRANSCRIPT_POINTERS)

# how many tokens into its sentence a transcript mark may lie and still open it ("Here is the full text", "The
# president's evening address is published in full")
_OPENING = 10
_CLAUSE_HEADS = ("VERB", "AUX")
_INTRODUCED_DEPS = ("nsubj", "nsubjpass", "dobj")  # "The minister's statement is published in full below:"
_WH_TAGS = ("WP", "WDT", "WRB", "WP$")
_OBJ_DEPS = ("dobj", "attr", "acomp", "prep", "oprd")
# the user_data key under which the finder leaves the printed text's (first char, end char) for the resolver
PRINTED_KEY = "printed_text"
# the user_data key under which the finder leaves the announcement it found ((span, speech noun), or None): the
# resolver's speaker of the printed text is that announcement's (`speakers/transcripts.py`), found once
ANNOUNCED_KEY = "printed_announcement"
# a "Name:" subheading (at most four name words before a colon): the page's next section, not the speech
_NAME_HEAD = 4


def announcement(doc, text, skip=lambda s, e: False, after=0):
    """(announcing span, its speech noun) of the first sentence that announces a printed speech, else None; the span
    ends at the colon where the speech runs on the same line ("... provided below: Good evening, ..."). skip(s, e): a
    statement's content holds part of tokens s..e-1 ("..., according to a transcript of the call", "The minister said
    the full text of her speech would be posted online." announce nothing); after: the first character a sentence may
    start at (a later printed text's announcement)."""
    for sent in doc.sents:
        marked = _marked(doc, sent) if sent.start_char >= after else None
        if marked is None or skip(marked[1][0].i, marked[1][-1].i + 1):
            continue
        noun = _introduced(marked[0])
        if noun is not None and _announces(text, *marked):
            return marked[0], noun
    return None


def _marked(doc, sent):
    """(span, its words) of a sentence a transcript mark opens ("The full text of ...", "Here is the full text of
    ...", "Full text of ..."; in its first ten tokens), up to its colon where it has one, else None."""
    if _MARKS is None or not _MARKS.search(fold(sent[:_OPENING].text)):
        return None
    colon = next((t for t in sent if t.text == ":"), None)
    ann = doc[sent.start:colon.i + 1] if colon is not None else sent
    words = [t for t in ann if not t.is_space]
    return (ann, words) if words else None


def _introduced(ann):
    """The speech noun the mark introduces: the object of "of" after the mark's noun ("the full text of the speech",
    "a transcript of Biden's remarks"), or the subject or object of the verb "in full" describes ("The statement is
    published in full below:"); not any speech noun of the sentence ("the full text of the agreement Zelensky
    mentioned in his speech": none)."""
    for p in ann:
        if p.pos_ != "ADP" or p.lower_ not in _MARK_WORDS:
            continue
        obj = next((c for c in p.children if c.dep_ == "pobj"), None)
        if obj is None and p.i + 1 < len(p.doc) and p.doc[p.i + 1].lower_ in _MARK_WORDS:
            obj = p.doc[p.i + 1]  # ("in full below" parsed with "full" on "below")
        if obj is None:
            continue
        if obj.lower_ in _MARK_WORDS:  # "in full": the thing the verb prints
            cands = [c for c in p.head.children if c.dep_ in _INTRODUCED_DEPS]
        elif p.head.lower_ in _MARK_WORDS:  # "text of X", "transcript of X"
            cands = [obj]
        else:
            continue
        for c in cands:
            if c.pos_ == "NOUN" and c.lower_ in TRANSCRIPT_SPEECH_NOUNS:
                return c
    return None


def _announces(text, ann, toks) -> bool:
    """The span announces a text that follows: it ends with ":", or it stands as its own paragraph and points on
    ("below", "follows", "here is": `transcript_pointers`) or is a verbless heading ("Full text of the address"); not
    a question, not negated ("The full text of the report was not published." announces nothing; "The full text of
    Putin's speech was published on Tuesday.", "Full text of X's speech draws criticism" narrate)."""
    if any(t.dep_ == "neg" for t in ann) or toks[-1].text == "?":
        return False
    if toks[-1].text == ":":
        return True
    before = text[:ann.start_char].rstrip(" \t")
    after = text[toks[-1].idx + len(toks[-1].text):].lstrip(" \t")
    if not ((not before or before.endswith("\n")) and (not after or after.startswith("\n"))):
        return False
    if any(t.tag_ in _WH_TAGS for t in ann):
        return False  # "Here is what we know about the full text of his speech."
    if _POINTERS and _POINTERS.search(fold(ann.text)):
        return not _points_elsewhere(ann)
    return ann.root.pos_ not in _CLAUSE_HEADS and _heading_ends_at_noun(ann)


def _points_elsewhere(ann) -> bool:
    """The pointer verb takes an object or complement that is not the text itself ("The text of his address follows
    a similar speech in London.", "... reads like a threat"): no announcement."""
    for t in ann:
        if t.pos_ in _CLAUSE_HEADS and t.lower_ in TRANSCRIPT_POINTERS:
            return any(c.dep_ in _OBJ_DEPS for c in t.children)
    return False


def _heading_ends_at_noun(ann) -> bool:
    """A verbless heading ends at its speech noun, its possessor, or a phrase naming whom or where it addressed
    ("Full text of Zelensky's speech to Congress", "... at the security conference": `transcript_heading_preps`);
    "Full text of the address in Polish newspapers" says where a text appeared: no announcement."""
    noun = _introduced(ann)
    if noun is None:
        return False
    keep = {noun.i} | {t.i for c in noun.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in
                                                                         TRANSCRIPT_HEADING_PREPS)
                       for t in c.subtree}
    return all(t.i in keep or t.is_punct or t.is_space for t in ann if t.i > noun.i)


def printed_text(f):
    """The finder step: every paragraph after an announced speech is its speaker's direct statement (module doc). A
    later announcement of a speech with a possessor ("Here is the full text of Merz's speech:") prints its own text
    (its rows' mention the possessor); the resolver's extent (`PRINTED_KEY`) is the first text's."""
    ctx = f.ctx
    skip = lambda s, e: f.overlaps(ctx.doc[s].idx, ctx.doc[e - 1].idx + 1)  # noqa: E731
    found = announcement(ctx.doc, ctx.text, skip)
    ctx.doc.user_data[ANNOUNCED_KEY] = None if found is None else (found[0].start, found[0].end, found[1].i)  # ints: a
    # doc keeps to_bytes()
    ctx.doc.user_data[PRINTED_KEY] = None
    if ctx.outer:
        return  # PolNeAR's convention as scored keeps only verbs of saying as cues (`headings.scored_cues_only`)
    extent = _print(f, *found) if found is not None else None
    ctx.doc.user_data[PRINTED_KEY] = extent
    while extent is not None:
        found = announcement(ctx.doc, ctx.text, skip, after=extent[1])
        if found is None or _owner(found[1]) is None:
            return
        extent = _print(f, *found)


def _print(f, ann, noun):
    """The rows of one printed text after its announcement; its (first char, end char), else None."""
    ctx = f.ctx
    last = [t for t in ann if not t.is_space][-1]
    owner = _owner(noun)
    paras = _paragraphs(ctx, last.idx + len(last.text), _owner_words(ctx.doc, ann, owner))
    if not paras:
        return None
    lo, hi = paras[0][0], paras[-1][1]
    f.rows = [r for r in f.rows if not (lo <= r.char_start < hi and _first_person(ctx.doc, r))]
    first = None
    for cs, ce, span in paras:
        if _salutation(ctx.text[cs:ce], span) or any(cs <= r.char_start < ce and r.quote_type == "direct" and r.cue_i is not None
                                           for r in f.rows):
            continue  # a quoted paragraph with its own attribution ("“We will never abandon Ukraine,” Duda said.")
        st = f.add(cs, ce, noun.text, noun.lemma_.lower(), owner, None)
        if st is not None:
            st.quote_type = "direct"
            st.speaker_of = first  # one printed text, one speaker: the first row's (`speakers.resolve_speakers`)
            first = first or st
    return lo, hi


def _paragraphs(ctx, start, owner_words):
    """(start, end, token span) of each paragraph after the announcement (the rest of its own line first: "... provided below:
    Good evening, ..."), up to page furniture, a "Name:" subheading, the reporter's narration resumed, or the
    article's end (narration before the speech's first paragraph is a lead-in, skipped); photo captions and embedded posts inside are skipped (their own rules own them)."""
    text, out = ctx.text, []
    k0 = ctx.line_of(start)
    posts = [(s, e) for s, e, _, _ in signed_posts(ctx.doc, text)]
    for k in range(k0, len(ctx.lines)):
        s, e = (start, ctx.line_end(k)) if k == k0 else (ctx.lines[k], ctx.line_end(k))
        line = text[s:e].strip()
        if not line:
            continue
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e = s + len(line)
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if k > k0 and (_furniture(line) or _name_heading(ctx.doc, s, line) or _announcing(ctx, span)):
            break
        if _caption(span, line) or any(ps <= s < pe for ps, pe in posts):
            continue
        if k > k0 and narration(span, owner_words):
            if not out:
                continue  # the reporter's lead-in under a heading ("The chancellor spoke for twenty minutes.")
            break
        out.append((s, e, span))
    return out


def _announcing(ctx, span) -> bool:
    """The paragraph (token span) announces another printed text, a speech's or a document's ("Here is the full text
    of Merz's speech:", "Here is the full text of the treaty:", "The text of the treaty follows."): the first text has
    ended. (A second speech prints its own text only with a possessor: `printed_text`.)"""
    marks = (_marked(ctx.doc, sent) for sent in (span.sents if span is not None else ()))
    return any(m is not None and _announces(ctx.text, *m) for m in marks)


def _furniture(line) -> bool:
    """"Read also: ...", "Photo: ...", a lone "Advertisement": page furniture after the printed text; not a sentence
    of the speech that goes on in lower case after its colon ("Look: the enemy is exhausted")."""
    labelled = ":" in line[:40]
    head = fold(line.split(":", 1)[0].strip() if labelled else line)
    if labelled and line.split(":", 1)[1].strip()[:1].islower():
        return False
    return head in L.SUBHEADING_STOP or (labelled and head.split(" ")[0] in L.SUBHEADING_STOP)


def _name_heading(doc, s, line) -> bool:
    """A "Name:" subheading ("Zelensky: We need more jets"): a proper name of at most four words before a colon."""
    head = line.split(":", 1)[0] if ":" in line[:40] else ""
    if head and line.split(":", 1)[1].strip()[:1].islower():
        return False  # the speech goes on in lower case ("Crimea: this is our land and we will return.")
    span = doc.char_span(s, s + len(head), alignment_mode="expand") if head.strip() else None
    return span is not None and 0 < len(span) <= _NAME_HEAD and all(t.pos_ == "PROPN" for t in span)


def _caption(span, line) -> bool:
    """A photo caption: a credited one (`speakers.index.CAPTION_LINE`) or one present-tense sentence of a named
    person closing on a date ("President X speaks during a news conference in Kyiv, Ukraine, March 1, 2024.")."""
    if CAPTION_LINE.match(line):
        return True
    sents = list(span.sents) if span is not None else []
    if len(sents) != 1:
        return False
    root, toks = sents[0].root, [t for t in sents[0] if not t.is_punct and not t.is_space]
    subj = [c for c in root.children if c.dep_ in SUBJ_DEPS]
    return bool(toks) and root.tag_ == "VBZ" and bool(subj) and subj[0].pos_ == "PROPN" and toks[-1].ent_type_ == "DATE"


def _owner(noun):
    """The token span of the speech noun's possessor ("Olaf Scholz's speech": Olaf Scholz; "her statement": her;
    "the Hungarian ministry's statement": the Hungarian ministry; "the leaders' statement": the leaders), the rows'
    mention; None without one (the resolver then takes the person named last before the announcement, or none for a
    joint statement: `speakers/transcripts.py`)."""
    for c in noun.children:
        if c.dep_ == "poss":
            toks = [t for t in c.subtree if t.lower_ not in ("'s", "’s", "'", "’")]
            return (toks[0].i, toks[-1].i + 1) if toks else None
    return None


def _owner_words(doc, ann, owner):
    """The folded words of the speaker's name: the possessor's proper nouns, else (no possessor, or one that names
    no one by name: "his address", "the chancellor's address") the person named last before the announcement: the
    last PERSON entity (`named_last.person_named_last`, the weaker definition: the finder has no mention index; the
    resolver's speaker is the index's last non-weak person)."""
    words = {fold(t.text) for t in doc[owner[0]:owner[1]] if t.pos_ == "PROPN"} if owner is not None else set()
    if words:
        return words
    named = person_named_last(doc, ann.start)
    return {fold(t.text) for t in named} if named is not None else set()


def joint(noun) -> bool:
    """The speech noun is several signatories' ("the joint statement": `transcript_joint_mods`)."""
    return any(c.dep_ == "amod" and c.lower_ in TRANSCRIPT_JOINT_MODS for c in noun.children)


def _first_person(doc, r) -> bool:
    """The row's speaker mention is I/we: the speech's speaker acting inside its own text."""
    if not r.speaker_span:
        return False
    return fold(doc[r.speaker_span[0]:r.speaker_span[1]].text.strip()) in PRON_1


def _salutation(line, span) -> bool:
    """The paragraph (its text, its token span) is one sentence not headed by a verb: a greeting or sign-off ("Glory to Ukraine!", "Dear
    friends,"), or a closing formula of its own (`transcript_signoffs`: "Thank you."); a verbless list of several
    sentences is a statement ("Wednesday - a call with the Prime Minister of Japan. A meeting with the President of
    Chile.")."""
    if fold(line).strip(" .!,") in TRANSCRIPT_SIGNOFFS:
        return True
    if span is None:
        return False
    sents = list(span.sents)
    return len(sents) == 1 and sents[0].root.pos_ not in _CLAUSE_HEADS
