"""Quotation-mark pairing, one pass over the text.

Quotes are paired within a paragraph (a line of the clean text). A quotation left open at the end of its paragraph
is a multi-paragraph quote: its span runs to the end of the paragraph (`closed=False`). Straight and curly double
quotes are paired (a straight quote toggles; a curly one opens or closes); single quotes (‘ ’ and ') are paired only
in paragraphs without double quotes (British headlines), opening after a space or the paragraph start before a
letter or digit (not an elided decade) and closing before a non-letter, so apostrophes ("Ukraine's", "don't", "the '90s") are not quotes (a plural
possessive's, "our soldiers' trust", may close one: `voice_spans`). Which character plays which role is data:
data/reference/quote_marks.csv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import config

MARKS_FILE = "quote_marks.csv"


def _marks(path=None) -> dict[str, str]:
    """{role: its marks as one string} from quote_marks.csv (comment lines start with #)."""
    roles: dict[str, str] = {}
    for row in config.reference_rows(path or MARKS_FILE):
        roles[row["role"].strip()] = roles.get(row["role"].strip(), "") + chr(int(row["codepoint"][2:], 16))
    return roles


_ROLES = _marks()
DOUBLE_OPEN = _ROLES.get("double_open", "")
DOUBLE_CLOSE = _ROLES.get("double_close", "")
STRAIGHT = _ROLES.get("double_straight", "")
SINGLE_OPEN = _ROLES.get("single_open", "") + _ROLES.get("single_straight", "")
SINGLE_CLOSE = _ROLES.get("single_close", "") + _ROLES.get("single_straight", "")
# every mark that quotes (the straight single quote is left out: it is an apostrophe far more often)
QUOTE_CHARS = set(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT + _ROLES.get("single_open", "") + _ROLES.get("single_close", ""))
# the marks that may open / close a quotation, the straight ones included (a span's edge keeps them)
OPENING_MARKS = frozenset(DOUBLE_OPEN + STRAIGHT + SINGLE_OPEN)
CLOSING_MARKS = frozenset(DOUBLE_CLOSE + STRAIGHT + SINGLE_CLOSE)
# the characters each pairing pass acts on (the passes visit only these, not every character of the line)
DOUBLE_MARKS = frozenset(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT)  # double quotation marks (a curly single is an apostrophe too)
_DOUBLE_MARKS = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT) + "]")
_SINGLE_MARKS = re.compile("[" + re.escape(SINGLE_OPEN + SINGLE_CLOSE) + "]")

_SENTENCE_END = ".!?\u2026"  # before the space of a continuation mark (`_reopens`)
_OPEN_AFTER = "([—–-:"  # besides a space or the paragraph start, what an opening mark may follow (`opens_quotation`)
_WORD = re.compile(r"[a-z]*")
_ELIDED_DECADE = re.compile(r"\d\ds\b")  # after an apostrophe, an elided decade ("the '90s"): no quotation opens


@dataclass
class Quote:
    open: int        # offset of the opening mark
    start: int       # first character of the content
    end: int         # offset just past the content (the closing mark, or the end of the paragraph)
    close: int       # offset just past the closing mark (== end when unclosed)
    closed: bool
    line: int        # paragraph index

    @property
    def span(self):
        return self.start, self.end


def _lines(text: str):
    start = 0
    for n, line in enumerate(text.split("\n")):
        yield n, start, line
        start += len(line) + 1


def _reopens(line: str, i: int) -> bool:
    """The straight mark at line[i], inside an open quotation, opens a new one: it follows a sentence end and a
    space, a capitalised word follows it, a later mark closes and the marks after it pair up ('"A withdrawal was
    ordered. "Unfortunately, will is not enough."').
    Where a quotation runs on over several paragraphs, each paragraph opens with a mark and only the last closes;
    flattened to one line, the inner opening marks would otherwise close the quotation and invert the pairing."""
    if not _reopen_shape(line, i):
        return False
    # and a later mark closes (after a word, not a space): a sloppy closing mark with a space before it ('... were
    # shortened. "This is what ...', the writer's own words after it) has none
    if not any(line[j] == STRAIGHT and not line[j - 1].isspace() for j in range(i + 1, len(line))):
        return False
    # and the marks after it pair up once it opens: one closes it, the rest pair among themselves (the line's
    # later continuation marks left out). A nested word in straight marks at a sentence start ('he said "we will
    # not give up. "Peace" is not on the table." Then he left.') leaves an even count: reopening there would pair
    # the nested word's closing mark with the outer closing mark and quote the narration after it.
    later = [j for j in range(i + 1, len(line)) if line[j] == STRAIGHT and not _reopen_shape(line, j)]
    return len(later) % 2 == 1


def _reopen_shape(line: str, i: int) -> bool:
    """A straight mark after a sentence end and a space, a capitalised word after it."""
    return (i >= 2 and line[i - 1] == " " and line[i - 2] in _SENTENCE_END and i + 1 < len(line)
            and line[i + 1].isupper())


def _pair_double(line: str, base: int, n: int, out: list):
    open_at = None
    first = len(out)
    orig = line
    # TeX-style and doubled single quotes: ``A'' opens and closes; ''A'' (as in NYT copy) toggles like a straight
    # double quote (same length, so offsets are kept)
    if "''" in line or "``" in line:
        line = line.replace("``", "“ ").replace("''", '" ')
    for m in _DOUBLE_MARKS.finditer(line):
        i, ch = m.start(), m.group()
        if ch in DOUBLE_OPEN:
            if open_at is None:
                open_at = i
            # a second opening mark inside an open quote: sloppy text; keep the first
        elif ch in DOUBLE_CLOSE:
            if open_at is not None:
                out.append(Quote(base + open_at, base + open_at + 1, base + i, base + i + 1, True, n))
                open_at = None
        elif ch == STRAIGHT:
            if open_at is None:
                open_at = i
            elif _reopens(line, i):
                # the page's continuation mark, its paragraph break lost: the quotation before runs to its sentence
                # end unclosed (as at a paragraph's end) and this mark opens the next one
                out.append(Quote(base + open_at, base + open_at + 1, base + i - 1, base + i - 1, False, n))
                open_at = i
            else:
                out.append(Quote(base + open_at, base + open_at + 1, base + i, base + i + 1, True, n))
                open_at = None
    if open_at is not None:
        end = len(line.rstrip())
        if end - open_at > 1:
            out.append(Quote(base + open_at, base + open_at + 1, base + end, base + end, False, n))
    for q in out[first:]:  # a two-character opening mark ('' or ``): the content starts after both
        if orig[q.open - base:q.open - base + 2] in ("''", "``"):
            q.start += 1


def _pair_single(line: str, base: int, n: int, out: list):
    open_at = None
    L = len(line)
    for m in _SINGLE_MARKS.finditer(line):
        i, ch = m.start(), m.group()
        if open_at is None and ch in SINGLE_OPEN:
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < L else " "
            if (before.isspace() or before in _OPEN_AFTER) and after.isalnum() and not _ELIDED_DECADE.match(line, i + 1):
                open_at = i
        elif open_at is not None and ch in SINGLE_CLOSE:
            after = line[i + 1] if i + 1 < L else " "
            before = line[i - 1]
            if not after.isalnum() and not before.isspace():
                content = line[open_at + 1:i]
                if len(content.split()) >= 2:
                    out.append(Quote(base + open_at, base + open_at + 1, base + i, base + i + 1, True, n))
                open_at = None


def opens_quotation(text: str, q: Quote) -> bool:
    """Is q a quotation that its reader counts? A closed one is; an unclosed one (left open at its paragraph's end)
    where its mark is an opening mark: the character before it a space, the paragraph start or one of "([—–-:"
    (the paragraph start of a quotation continued over paragraphs; '"I know him well," Brewer said. "When you go
    after him ...' and 'Kerr said: "He promised ...' open one mid-paragraph; '- "He promised ...' after a dash, and
    the page's continuation mark '"A. "B. "C," she said.' opens B after a space). A lone mark after a word or a comma
    ('but promises," Kerr said, and she added ...', a quotation broken over lines) closes one, and what follows it is
    the reporter's narration. `ArticleIndex.quotations` and `voice_spans` read it."""
    if q.closed:
        return True
    before = text[q.open - 1] if q.open else "\n"
    return before.isspace() or before in _OPEN_AFTER


def voice_spans(text: str, quotes) -> list[tuple[int, int]]:
    """The (opening mark, just past the closing mark) offsets of `quotes` (of `text`) that a sentence's voice is read
    outside (`grammar.unquoted`): those that open (`opens_quotation`) but a single-mark one closed by what may be a
    plural possessive's apostrophe, an "s" before it and a space and a lower-case word after it ('we lost our
    farmers' trust', "told 'em we had lost the farmers' trust"), unless that word is a cue form (`cues.load`) or one
    of `possessive_close_next` (a determiner), which a possessive does not take ('We buried our friends' said the
    mayor', '... friends' the mayor said'). The pairing keeps those (a scare-quoted term ending in "s" is one: 'the
    'Community of acquaintances' exists', 'the Male Choir 'All Saints' of the church'), but a first person inside one
    is read as the speaker's, as before round 43, when single marks quoted nothing for the voice."""
    return [(q.open, q.close) for q in quotes if opens_quotation(text, q) and not _possessive_close(text, q)]


def _possessive_close(text: str, q: Quote) -> bool:
    """q, closed by a single mark after an "s", may end in a plural possessive's apostrophe (`voice_spans`)."""
    if not (q.closed and text[q.close - 1] in SINGLE_CLOSE and text[q.close - 2:q.close - 1] == "s"
            and text[q.close:q.close + 1] == " " and text[q.close + 1:q.close + 2].islower()):
        return False
    from . import cues, lexicon  # (lexicon and cues read the reference lists; imported where first needed)
    word = _WORD.match(text, q.close + 1).group()
    return word not in cues.load()[1] and word not in lexicon.POSSESSIVE_CLOSE_NEXT


def find_quotes(text: str) -> list[Quote]:
    """All quotations in `text`, in order of their opening mark."""
    out: list[Quote] = []
    for n, base, line in _lines(text):
        if not line.strip():
            continue
        has_double = any(c in line for c in DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT) or "''" in line
        if has_double:
            _pair_double(line, base, n, out)
        elif "‘" in line or "'" in line:
            _pair_single(line, base, n, out)
    return out


def line_starts(text: str) -> list[int]:
    """Offsets where each paragraph (line) starts."""
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts
