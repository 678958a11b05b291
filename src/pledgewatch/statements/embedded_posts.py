"""An embedded social-media post: its words, then its credit line, a dash, the author's name, the handle and the
date ("4 more launchers have arrived. I'm grateful to our partners pic.twitter.com/x — Oleksii Reznikov
(@oleksiireznikov) August 1, 2022"). Live blogs embed posts this way; the guide's reading (GUIDE_QUESTIONS 12,
ukraine_dev's practice) makes the post its credited author's statement, direct, with the dash as its cue.

The post's words run from the start of the credit's paragraph, or from the end of an earlier credit in that
paragraph (posts embedded one after another: "... May 1, 2022 Possible explosion overhead. pic.twitter.com/y —
Oliver Alexander (@OAlexanderDK) May 2, 2022"), or from the end of an earlier credit on an earlier line that text
follows on its own line (a post of several paragraphs after another post: "... — OCHA Ukraine (@OCHA_Ukraine) May 8,
2022 I'm relieved to confirm ...\n\nOur work is not yet done. pic.twitter.com/z — Osnat Lubrani ..."; not where
that text is the reporter's past narration, `grammar.narrated_past`: "... May 8, 2022 Meanwhile, shelling continued
overnight." ends the earlier post's line, and the next post starts at its own paragraph), to the
first link (`post_link`: the embedded picture or a short link) or the dash (`post_credit_dash`). A sentence in that
stretch before the post's last that introduces it or narrates its author's posting (a verb of `post_intro_lemma`,
"Kuleba also weighed in on Twitter on Monday.") or names its author ("Kuleba ...") is the reporter's: the post
starts after it. A post holds at most `MAX_POST_CHARS` characters (a post's length limit): a longer stretch holds
the reporter's narration that nothing tells from the post's words, and gives nothing (skip rather than swallow).
A stretch that opens with a picture's or video's credit mark (`post_media_mark`, "📷 Serviceman Ihor Lutsenko")
is a credit, no statement. Words another statement already covers are left alone (a post that repeats a
quotation given before it, a post's own "According to X, A"), and a stretch with fewer than two words (a
picture's link after emoji) gives nothing. Under the guide's convention only (PolNeAR's left embeds out: a false
row on polnear_dev).
"""

from __future__ import annotations

import bisect
import functools
import re
import zlib
from typing import NamedTuple

from . import lexicon as L
from .grammar import first_person_voice, narrated_past, unquoted
from .quotes import find_quotes, voice_spans

_WORD = re.compile(r"[A-Za-z]{2,}")
MAX_POST_CHARS = 280  # a post's length limit on the platform whose credit lines these are


@functools.lru_cache(maxsize=1)
def credit():
    """The credit line of an embedded post: a dash (`post_credit_dash`; a hyphen only after a space, so a hyphenated
    name is no dash), the account's name, "(@handle)", and a date ("June 1, 2022", "Jun 1 2022", "1 June 2022": the
    `month_name` words, or their first three letters and an optional dot). One pattern for the finder (`posts`),
    the colon block's stop (`post_stop`) and the resolver's signers (`speakers.posts.signed_posts`)."""
    marks = sorted(L.POST_CREDIT_DASH)
    dashes = "".join(re.escape(d) for d in marks if d != "-")
    dash = rf"(?:[{dashes}]{{1,2}}" + (r"|(?<=\s)--?)" if "-" in marks else ")")
    month = "(?:" + "|".join(sorted({m[:3] for m in L.MONTH_NAME})) + r")[a-z]*\.?"
    return re.compile(rf"{dash}[ \t]*(?P<name>[^\s(){dashes}][^()\n{dashes}]{{1,80}}?)[ \t]*\(@\w{{1,30}}\)[ \t]*"
                      rf"(?i:{month}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{month}[ \t]+\d{{4}})")


class Scan(NamedTuple):
    """The embedded posts' marks of one text, found in one pass (`scan`): each credit line (start, end, name start,
    name end) and, sorted, the (start, end) of every post link (`post_link`) a credit follows on its line and of
    every credit line. The finder's posts
    (`posts`), the colon block's stop (`post_stop`), the resolver's signers and the printed text's skipped posts
    (`speakers.posts.signed_posts`) all read it. `narrated`: the ends of the credit lines that the reporter's
    narration follows on their line (`_narrated_after`, found on the parse)."""

    credits: tuple
    stops: tuple
    narrated: tuple = ()


_SCAN_KEY = "pw_post_scan"  # the doc's user_data key of its text's Scan


def scan(text, doc) -> Scan:
    """The credit lines and the link and credit offsets of text (one pass of each pattern; a link only where a credit
    follows it on its line: `_credit_follows`) and, on its parse doc, the credits whose line goes on in the reporter's
    narration."""
    credits = tuple((m.start(), m.end(), m.start("name"), m.end("name")) for m in credit().finditer(text))
    links = []
    for link in L.POST_LINK:
        i = text.find(link)
        while i >= 0:
            links.append((i, i + len(link)))
            i = text.find(link, i + 1)
    quoted = voice_spans(text, find_quotes(text)) if credits else []  # the text's quotations (`grammar.unquoted`)
    narrated = tuple(c[1] for c in credits if _narrated_after(doc, text, c[1], quoted))
    links = [(a, b) for a, b in links if _credit_follows(text, credits, b)]
    return Scan(credits, tuple(sorted(links + [(c[0], c[1]) for c in credits])), narrated)


def _credit_follows(text, credits, at):
    """A credit line starts after offset `at` on its line: a link is a post's only then ("A pic.twitter.com/x — NAME
    (@handle) May 8, 2022"; not "details at https://t.co/abc and on our site." in a speaker's paragraph)."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    i = bisect.bisect_left(credits, (at,))
    return i < len(credits) and credits[i][0] < end


def _narrated_after(doc, text, at, quoted):
    """The words after a credit line ending at `at`, to their line's end, are the reporter's past narration
    (`grammar.narrated_past` on their first clause with a verb, so a label before it does not count: "... (@OCHA_Ukraine)
    May 8, 2022 Meanwhile, shelling continued in Kharkiv overnight.", "... 2022 Update. Russian drones struck the city
    overnight."), with no first person (`grammar.first_person_voice`) anywhere from the credit to the line's end,
    outside quotation marks; not a next post's first paragraph in its author's voice ("... May 8, 2022 I'm relieved
    to confirm ...", "... 2022 Last night missiles hit a school. We are helping the families.", "Air defence is
    working over the region."). `quoted`: the text's quotations (`grammar.unquoted`)."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = doc.char_span(at, end, alignment_mode="contract")
    if line is None or len(line) == 0 or any(first_person_voice(t) for t in unquoted(line, quoted)):
        return False
    i = line.start
    while i < line.end:
        sent = doc[i].sent
        stop = min(sent.end, line.end)  # the parse seldom ends a sentence at a credit: to its sentence's or line's end
        clause = doc[i:stop]
        if any(t.pos_ in ("VERB", "AUX") for t in clause):
            return narrated_past(clause, quoted)
        i = stop  # a label without a verb ("Update.", "Breaking:") before the narration
    return False


def doc_scan(doc, text) -> Scan:
    """`scan` of text with its parse doc, made once per text and kept in the doc's user_data under a key of the
    text's length and hash (`--skip paragraph` reads a text other than doc.text), as plain tuples and ints (the doc
    stays serialisable: `doc.to_bytes()`, DocBin). The key is made once per text (`_text_key`), not per call: the
    colon cues ask for every cue."""
    key = _text_key(text)
    got = doc.user_data.get(key)
    if got is None:
        sc = scan(text, doc)
        doc.user_data[key] = (sc.credits, sc.stops, sc.narrated)
        return sc
    return Scan(*got)


_last_key: tuple = (None, None)  # (the text last keyed, its key): the finder's rules ask with one text object


def _text_key(text) -> tuple:
    """The user_data key of text's Scan: its length and CRC-32, hashed once for the text object last asked about (the
    article's text, which every rule of one extraction passes; a new text, or the resolver's doc.text, hashes
    anew)."""
    global _last_key
    last_text, key = _last_key
    if last_text is not text:
        key = (_SCAN_KEY, len(text), zlib.crc32(text.encode("utf-8")))
        _last_key = (text, key)
    return key


def post_stop(sc, s, e):
    """The first embedded post's link or credit line of Scan sc lying in text[s:e], else e (a colon block stops
    there)."""
    for a, b in sc.stops[bisect.bisect_left(sc.stops, (s, -1)):]:
        if a >= e:
            break
        if b <= e:
            return a
    return e


def post_start(text, para, prev_end, ce, narrated=()):
    """Where a post ending at ce starts: its paragraph's start, or the end of an earlier credit in the paragraph or
    on an earlier line that text follows on its own line (a post of several paragraphs), unless that text is the
    reporter's narration (its credit's end in `narrated`: the credit line ended the earlier post and the reporter
    goes on; the post starts at its own paragraph)."""
    if para <= prev_end:
        return prev_end
    line = text.find("\n", prev_end)
    if prev_end and text[prev_end:line].strip() and ce - prev_end <= MAX_POST_CHARS and prev_end not in narrated:
        return prev_end
    return para


def post_bounds(doc, text):
    """(words start, words end, credit start, name start, name end) of each credit line of text (its parse doc's
    `doc_scan`, the narration check included): the one post loop of the finder (`posts`) and the resolver's signers
    (`speakers.posts.signed_posts`). The words start at the credit's paragraph or at an earlier credit's end
    (`post_start`) and end at the first link or credit line before the credit (`post_stop`)."""
    sc = doc_scan(doc, text)
    prev_end = 0
    for start, end, ns, ne in sc.credits:
        para = text.rfind("\n", 0, start) + 1
        ce = post_stop(sc, max(para, prev_end), start)
        cs = post_start(text, para, prev_end, ce, sc.narrated)
        prev_end = end
        yield cs, ce, start, ns, ne


def posts(doc, text):
    """(cs, ce, name_start, name_end) of each embedded post in text (`post_bounds`): its words, without the spaces
    at their edges, and its author's name; a stretch that opens with a media credit mark or holds fewer than two
    words gives none."""
    out = []
    for cs, ce, _, ns, ne in post_bounds(doc, text):
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        if any(text[cs:cs + len(mark)].lower() == mark for mark in L.POST_MEDIA_MARK):
            continue
        if len(_WORD.findall(text[cs:ce])) >= 2:
            out.append((cs, ce, ns, ne))
    return out


def _names_author(name):
    """A test of a sentence: does it name the post's author? A person's name (two or three capitalised words: "Dmytro
    Kuleba") by its surname; any other credit ("Defense of Ukraine", "Ministry of Defence") only whole, so that the
    post's own "Ukraine's air defence shot down 30 drones" is not taken for a sentence about its author."""
    words = [t for t in name if _WORD.search(t.text)]
    person = 2 <= len(words) <= 3 and len(words) == len(name) and all(t.text[:1].isupper() for t in words)
    if person:
        surname = words[-1].lower_
        return lambda sent: any(t.pos_ == "PROPN" and t.lower_ == surname for t in sent)
    whole = " ".join(t.lower_ for t in words)
    return lambda sent: bool(whole) and whole in " ".join(t.lower_ for t in sent if _WORD.search(t.text))


def _after_intro(ctx, cs, ce, name):
    """cs moved past the last sentence before the post's last one that introduces the post or names its author."""
    doc = ctx.doc
    named = _names_author(name)
    k = ctx.tok_at(cs)
    start = cs
    while k < len(doc) and doc[k].idx < ce:
        sent = doc[k].sent
        if sent.end_char >= ce or not _WORD.search(ctx.text[sent.end_char:ce]):
            break
        if named(sent) or any(t.lemma_.lower() in L.POST_INTRO_LEMMA and t.pos_ == "VERB" for t in sent):
            start = sent.end_char
        k = sent.end
    while start < ce and ctx.text[start].isspace():
        start += 1
    return start


def _past_rows(f, cs, ce):
    """cs, or past the paragraphs of a post of several paragraphs that statements cover (its first paragraph "I'm
    relieved to confirm that A." a cue's row already): its later paragraphs; None where a statement covers a word
    of its last paragraph."""
    ends = [r.char_end for r in f.rows if r.char_start < ce and cs < r.char_end]
    if not ends:
        return cs
    end = max(ends)
    if end > f.ctx.text.rfind("\n", cs, ce):
        return None  # a statement in the post's last paragraph: the post is left to it, as a one-paragraph post is
    return f.ctx.text.find("\n", end, ce) + 1


def embedded_posts(f):
    """Statements of the embedded posts of finder f's article, their authors as speakers (under the guide's
    convention only: PolNeAR's annotators left embedded posts out)."""
    ctx = f.ctx
    if ctx.outer:
        return
    doc = ctx.doc
    for cs, ce, ns, ne in posts(doc, ctx.text):
        toks = [t for t in doc[ctx.tok_at(ns):ctx.tok_at(max(ne - 1, ns)) + 1] if _WORD.search(t.text)]
        if not toks:
            continue
        cs = _after_intro(ctx, cs, ce, toks)
        if ce - cs > MAX_POST_CHARS:
            continue
        cs = _past_rows(f, cs, ce)
        if cs is None or len(_WORD.findall(ctx.text[cs:ce])) < 2:
            continue
        dash = doc[ctx.tok_at(ns) - 1] if ctx.tok_at(ns) > 0 else toks[0]
        for ps, pe in _paragraphs(ctx.text, cs, ce):  # a post of several paragraphs: a row for each (its parts)
            st = f.add(ps, pe, dash.text, dash.text, (toks[0].i, toks[-1].i + 1), dash.i)
            if st is not None:
                st.quote_type = "direct"  # the author's own words, reproduced (the guide's practice)


def _paragraphs(text, cs, ce):
    out, s = [], cs
    while s < ce:
        e = text.find("\n", s, ce)
        e = ce if e < 0 else e
        if len(_WORD.findall(text[s:e])) >= 2:
            out.append((s, e))
        s = e + 1
    return out
