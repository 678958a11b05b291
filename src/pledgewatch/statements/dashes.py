"""Dialogue dashes as quotation marks: "- Russia does not produce more modern ... equipment.But ... produces much
more simpler equipment - said Nikolai Kulbaka." (Polish, Ukrainian and Russian outlets translated into English
mark direct speech with dashes, not quotation marks).

A dash that opens its paragraph, or follows a sentence end ("...in Ukraine.- These sanction regimes are ...", also
one a quotation closes: '... "but also to introduce sanctions."- And secondly, how to ... - he added.', round 30),
opens a quotation when a dash later in the same paragraph is followed, within four words, by a cue verb ("- said
the head of the state", "- he said", "- added in the communique"); the words between the dashes are the quotation.
The pairs are added to the article's quotations (`context.ArticleContext`), so that every quotation rule applies:
the cue after the closing dash claims the quotation ('"A," said X'), and a cue inside it is the speaker's words.
"""

from __future__ import annotations

import functools
import re

from . import lexicon as L
from .quotes import DOUBLE_CLOSE, DOUBLE_MARKS, STRAIGHT, Quote

DASHES = "-–—"
# an opening dash: at the start of a paragraph (after spaces or a stray quotation mark) or right after a sentence end,
# also one right after (no space) the mark that closes a quotation's last sentence ('... "to introduce sanctions."- And
# secondly, ... - he added.': group 1, round 30; not one a cue follows: `_postposed`)
_OPEN = re.compile(r"(?:^[ \t'‘\"“]*|(?<=[.!?…])[ \t]?|(?<=[.!?…])([\"”]))[-–—][ \t]*(?=[A-Z\"“‘])", re.M)


def _alternation(words) -> str:
    """A regex alternation of `words`, escaped, longest first (so that "added" is tried before "add")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@functools.lru_cache(maxsize=4)
def _close_pattern(forms: frozenset) -> re.Pattern:
    """A closing dash: space, dash, space, then up to three words and a cue form ("- said", "- he said", "- added
    in")."""
    alt = _alternation(forms)
    return re.compile(rf"[ \t][-–—][ \t]+(?:[\w.'’-]+[ \t]+){{0,3}}?(?:{alt})\b", re.I)


@functools.lru_cache(maxsize=4)
def _postposed_pattern(forms: frozenset) -> re.Pattern:
    """A dash followed, within three words none of them a first- or second-person pronoun, by a cue form ('"We will
    never give up our land."- Zelensky said.'): the attribution of the quotation before the dash, not the opening of
    a dash quotation (round 30 review); '"Hearts without hatred."- I do not ask you to ...' opens one."""
    alt = _alternation(forms)
    person = _alternation(L.FIRST_SECOND_PERSON)
    return re.compile(rf"[-–—][ \t]*(?:(?!(?:{person})\b)[\w.'’-]+[ \t]+){{0,3}}?(?:{alt})\b", re.I)


@functools.lru_cache(maxsize=4)
def _mark_close_pattern(forms: frozenset) -> re.Pattern:
    """A lone closing quotation mark in the closing dash's place, then a lower-case word, up to three words and a
    cue form (', "said XI Jinping.', ', "he adds.', ', ”said von der Leyen.'); group 1 is the mark. The lower-case
    word keeps out an ordinary opening mark after a sentence end ('... the nation on Sunday. "I told our partners
    ..."'), which a capital follows."""
    alt = _alternation(forms)
    marks = re.escape(STRAIGHT + DOUBLE_CLOSE)
    return re.compile(rf"(?<=[,.!?])[ \t]?([{marks}])[ \t]*(?-i:(?=[a-z]))(?:[\w.'’-]+[ \t]+){{0,3}}?(?:{alt})\b",
                      re.I)


def _closing_mark(text, quotes, mark_close, opener, start, eol, dash_close):
    """(mark offset, index in `quotes` of the quotation the pairing opened at it) for a dash quotation that a lone
    quotation mark closes before its cue: "- You must avoid the crisis. The parties must show restraint, "said XI
    Jinping." (machine-translated copy mixing both conventions), before any closing dash, with no other mark
    between; the pairing read a lone straight mark as opening a quotation left open to the paragraph's end (its
    index, else None for a lone curly closing mark, which pairs with nothing). None when there is no such mark, or
    when another quotation overlaps the dash and the mark ('“We are ready to talk.- We will not give up our land,”
    said the minister.': the ” closes the “ pair, and the dash is inside it)."""
    mc = mark_close.search(text, start, eol)
    if mc is None or dash_close is not None and dash_close.start() < mc.start() or mc.start(1) - start < 8 \
            or any(ch in DOUBLE_MARKS for ch in text[start:mc.start(1)]):
        return None
    mark = mc.start(1)
    k = next((k for k, q in enumerate(quotes) if q.open == mark and not q.closed), None)
    if k is None and mc.group(1) not in DOUBLE_CLOSE:
        return None
    if any(j != k and q.open <= mark and opener < q.close for j, q in enumerate(quotes)):
        return None
    return mark, k


def _trimmed(text, start, end):
    """`end` moved back over spaces and tabs (not before `start`)."""
    while end > start and text[end - 1] in " \t":
        end -= 1
    return end


def dash_quotes(text: str, forms, quotes: list[Quote]) -> tuple[list[Quote], list[Quote]]:
    """(the quotation-mark pairs kept, the dialogue-dash quotations of `text` that overlap none of them, in order).
    A dash quotation closed by a lone quotation mark (`_closing_mark`) replaces the quotation the pairing had opened
    at that mark, which is not kept. `quotes` itself is left as it is."""
    quotes = list(quotes)
    if not any(d in text for d in DASHES):
        return quotes, []
    forms = frozenset(f for f in forms if f.isalpha())
    close, mark_close, postposed = _close_pattern(forms), _mark_close_pattern(forms), _postposed_pattern(forms)
    out = []
    for m in _OPEN.finditer(text):
        if m.group(1) and postposed.match(text, m.end(1)):
            continue  # '"We will never give up our land."- Zelensky said.': the quotation's attribution
        start = m.end()
        eol = text.find("\n", start)
        eol = len(text) if eol < 0 else eol
        c = close.search(text, start, eol)
        opener = next(i for i in range(m.start(), m.end()) if text[i] in DASHES)
        if out and out[-1].close > opener:
            continue
        lone = _closing_mark(text, quotes, mark_close, opener, start, eol, c)
        if lone is not None:
            mark, k = lone
            if k is not None:
                del quotes[k]
            end, close_at = mark, mark + 1
        elif c is None or c.start() - start < 8 \
                or any(q.open < c.start() + 2 and opener < q.close for q in quotes):
            continue
        else:
            end, close_at = c.start(), c.start() + 2
        out.append(Quote(opener, start, _trimmed(text, start, end), close_at, True, text.count("\n", 0, opener)))
    return quotes, out


def merge(quotes: list[Quote], extra: list[Quote]) -> list[Quote]:
    """Both lists as one, ordered by opening mark."""
    return sorted(quotes + extra, key=lambda q: q.open) if extra else quotes
