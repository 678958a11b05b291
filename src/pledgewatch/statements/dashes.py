"""Dialogue dashes as quotation marks: "- Russia does not produce more modern ... equipment.But ... produces much
more simpler equipment - said Nikolai Kulbaka." (Polish, Ukrainian and Russian outlets translated into English
mark direct speech with dashes, not quotation marks).

A dash that opens its paragraph, or follows a sentence end ("...in Ukraine.- These sanction regimes are ..."),
opens a quotation when a dash later in the same paragraph is followed, within four words, by a cue verb ("- said
the head of the state", "- he said", "- added in the communique"); the words between the dashes are the quotation.
The pairs are added to the article's quotations (`context.ArticleContext`), so that every quotation rule applies:
the cue after the closing dash claims the quotation ('"A," said X'), and a cue inside it is the speaker's words.
"""

from __future__ import annotations

import functools
import re

from .quotes import DOUBLE_CLOSE, DOUBLE_OPEN, STRAIGHT, Quote

DASHES = "-–—"
# an opening dash: at the start of a paragraph (after spaces or a stray quotation mark) or right after a sentence end
_OPEN = re.compile(r"(?:^[ \t'‘\"“]*|(?<=[.!?…])[ \t]?)[-–—][ \t]*(?=[A-Z\"“‘])", re.M)


@functools.lru_cache(maxsize=4)
def _close_pattern(forms: frozenset) -> re.Pattern:
    """A closing dash: space, dash, space, then up to three words and a cue form ("- said", "- he said", "- added in")."""
    alt = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"[ \t][-–—][ \t]+(?:[\w.'’-]+[ \t]+){{0,3}}?(?:{alt})\b", re.I)


@functools.lru_cache(maxsize=4)
def _mark_close_pattern(forms: frozenset) -> re.Pattern:
    """A lone closing quotation mark in the closing dash's place, then up to three words and a cue form (', "said XI
    Jinping.', ', "he adds.', ', ”said von der Leyen.'); group 1 is the mark."""
    alt = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    marks = re.escape(STRAIGHT + DOUBLE_CLOSE)
    return re.compile(rf"(?<=[,.!?])[ \t]?([{marks}])[ \t]*(?:[\w.'’-]+[ \t]+){{0,3}}?(?:{alt})\b", re.I)


def _closing_mark(text, quotes, mark_close, start, eol, dash_close):
    """(mark offset, index in `quotes` of the quotation the pairing opened at it) for a dash quotation that a lone
    quotation mark closes before its cue: "- You must avoid the crisis. The parties must show restraint, "said XI
    Jinping." (machine-translated copy mixing both conventions), before any closing dash, with no other mark
    between; the pairing read a lone straight mark as opening a quotation left open to the paragraph's end (its
    index, else None for a lone curly closing mark, which pairs with nothing). None when there is no such mark."""
    mc = mark_close.search(text, start, eol)
    if mc is None or dash_close is not None and dash_close.start() < mc.start() or mc.start(1) - start < 8 \
            or any(ch in STRAIGHT + DOUBLE_OPEN + DOUBLE_CLOSE for ch in text[start:mc.start(1)]):
        return None
    k = next((k for k, q in enumerate(quotes) if q.open == mc.start(1) and not q.closed), None)
    if k is None and mc.group(1) not in DOUBLE_CLOSE:
        return None
    return mc.start(1), k


def dash_quotes(text: str, forms, quotes: list[Quote]) -> list[Quote]:
    """The dialogue-dash quotations of `text` that overlap none of `quotes` (the quotation-mark pairs), in order.
    A dash quotation closed by a lone quotation mark (`_closing_mark`) replaces, in `quotes`, the quotation the
    pairing had opened at that mark."""
    if not any(d in text for d in DASHES):
        return []
    forms = frozenset(f for f in forms if f.isalpha())
    close, mark_close = _close_pattern(forms), _mark_close_pattern(forms)
    taken = [(q.open, q.close) for q in quotes]
    out = []
    for m in _OPEN.finditer(text):
        start = m.end()
        eol = text.find("\n", start)
        eol = len(text) if eol < 0 else eol
        c = close.search(text, start, eol)
        opener = next(i for i in range(m.start(), m.end()) if text[i] in DASHES)
        lone = _closing_mark(text, quotes, mark_close, start, eol, c)
        if lone is not None and not (out and out[-1].close > opener):
            mark, k = lone
            if k is not None:
                del quotes[k]
            taken = [(q.open, q.close) for q in quotes]
            end = mark
            while end > start and text[end - 1] in " \t":
                end -= 1
            out.append(Quote(opener, start, end, mark + 1, True, text.count("\n", 0, opener)))
            continue
        if c is None or c.start() - start < 8:
            continue
        end = c.start()
        while end > start and text[end - 1] in " \t":
            end -= 1
        if out and out[-1].close > opener or any(a < c.start() + 2 and opener < b for a, b in taken):
            continue
        line = text.count("\n", 0, opener)
        out.append(Quote(opener, start, end, c.start() + 2, True, line))
    return out


def merge(quotes: list[Quote], extra: list[Quote]) -> list[Quote]:
    """Both lists as one, ordered by opening mark."""
    return sorted(quotes + extra, key=lambda q: q.open) if extra else quotes
