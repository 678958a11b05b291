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

from .quotes import Quote

DASHES = "-–—"
# an opening dash: at the start of a paragraph (after spaces or a stray quotation mark) or right after a sentence end
_OPEN = re.compile(r"(?:^[ \t'‘\"“]*|(?<=[.!?…])[ \t]?)[-–—][ \t]*(?=[A-Z\"“‘])", re.M)


@functools.lru_cache(maxsize=4)
def _close_pattern(forms: frozenset) -> re.Pattern:
    """A closing dash: space, dash, space, then up to three words and a cue form ("- said", "- he said", "- added in")."""
    alt = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"[ \t][-–—][ \t]+(?:[\w.'’-]+[ \t]+){{0,3}}?(?:{alt})\b", re.I)


def dash_quotes(text: str, forms, quotes: list[Quote]) -> list[Quote]:
    """The dialogue-dash quotations of `text` that overlap none of `quotes` (the quotation-mark pairs), in order."""
    if not any(d in text for d in DASHES):
        return []
    close = _close_pattern(frozenset(f for f in forms if f.isalpha()))
    taken = [(q.open, q.close) for q in quotes]
    out = []
    for m in _OPEN.finditer(text):
        start = m.end()
        eol = text.find("\n", start)
        eol = len(text) if eol < 0 else eol
        c = close.search(text, start, eol)
        if c is None or c.start() - start < 8:
            continue
        end = c.start()
        while end > start and text[end - 1] in " \t":
            end -= 1
        opener = next(i for i in range(m.start(), m.end()) if text[i] in DASHES)
        if out and out[-1].close > opener or any(a < c.start() + 2 and opener < b for a, b in taken):
            continue
        line = text.count("\n", 0, opener)
        out.append(Quote(opener, start, end, c.start() + 2, True, line))
    return out


def merge(quotes: list[Quote], extra: list[Quote]) -> list[Quote]:
    """Both lists as one, ordered by opening mark."""
    return sorted(quotes + extra, key=lambda q: q.open) if extra else quotes
