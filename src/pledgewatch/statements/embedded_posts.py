"""An embedded social-media post: its words, then its credit line, a dash, the author's name, the handle and the
date ("4 more launchers have arrived. I'm grateful to our partners pic.twitter.com/x — Oleksii Reznikov
(@oleksiireznikov) August 1, 2022"). Live blogs embed posts this way; the guide's reading (GUIDE_QUESTIONS 12,
ukraine_dev's practice) makes the post its credited author's statement, direct, with the dash as its cue.

The post's words run from the start of the credit's paragraph, or from the end of an earlier credit in that
paragraph (posts embedded one after another: "... May 1, 2022 Possible explosion overhead. pic.twitter.com/y —
Oliver Alexander (@OAlexanderDK) May 2, 2022"), to the first link (`post_link`: the embedded picture or a short
link) or the dash (`post_credit_dash`). Words another statement already covers are left alone (a post that
repeats a quotation given before it, a post's own "According to X, A"), and a stretch with fewer than two words
(a picture's link after emoji) gives nothing. Under the guide's convention only (PolNeAR's left embeds out: a
false row on polnear_dev).
"""

from __future__ import annotations

import calendar
import functools
import re

from . import lexicon as L

_WORD = re.compile(r"[A-Za-z]{2,}")


@functools.lru_cache(maxsize=1)
def _credit():
    dashes = "".join(re.escape(d) for d in sorted(L.POST_CREDIT_DASH))
    months = "|".join(m for m in calendar.month_name if m)
    return re.compile(rf"[{dashes}][ \t]*(?P<name>[^()\n{dashes}]{{2,80}}?)[ \t]*\(@\w+\)[ \t]*"
                      rf"(?:{months}) \d{{1,2}}, \d{{4}}")


def posts(text):
    """(cs, ce, name_start, name_end) of each embedded post in text: its words and its author's name."""
    out, prev_end = [], 0
    for m in _credit().finditer(text):
        para = text.rfind("\n", 0, m.start()) + 1
        cs = max(para, prev_end)
        prev_end = m.end()
        ce = m.start()
        links = [i for i in (text.find(link, cs, ce) for link in L.POST_LINK) if i >= 0]
        ce = min(links, default=ce)
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        if len(_WORD.findall(text[cs:ce])) >= 2:
            out.append((cs, ce, m.start("name"), m.end("name")))
    return out


def embedded_posts(f):
    """Statements of the embedded posts of finder f's article, their authors as speakers (under the guide's
    convention only: PolNeAR's annotators left embedded posts out)."""
    ctx = f.ctx
    if ctx.outer:
        return
    doc = ctx.doc
    for cs, ce, ns, ne in posts(ctx.text):
        if f.overlaps(cs, ce):
            continue
        toks = [t for t in doc[ctx.tok_at(ns):ctx.tok_at(max(ne - 1, ns)) + 1] if _WORD.search(t.text)]
        if not toks:
            continue
        dash = doc[ctx.tok_at(ns) - 1] if ctx.tok_at(ns) > 0 else toks[0]
        st = f.add(cs, ce, dash.text, dash.text, (toks[0].i, toks[-1].i + 1), dash.i)
        if st is not None:
            st.quote_type = "direct"  # the author's own words, reproduced (the guide's practice)
