"""`ArticleContext`: what every rule needs to know about one parsed article, computed once.

The text and its title length, the quotations (`quotes.find_quotes`) with their token positions, the paragraphs
(lines) and the paragraph number of each, character <-> token maps, the datelines ("KYIV, Ukraine (AP) —"), the
cue lexicon, the tokens that are candidate cues (`cue_idx`, filled by the finder) and the quotations already
claimed by a statement (`used`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from . import cues as _cues
from . import lexicon as L
from .dashes import DASHES, dash_quotes, merge
from .grammar import naming_wh
from .quotes import OPENING_MARKS, QUOTE_CHARS, find_quotes, line_starts

# "WASHINGTON --", "KYIV, Ukraine (AP) —", "MINSK, 7 May (BelTA) -": a dateline opening a paragraph
DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}(?:,[^—–\n(]{1,40})?(?:\s*\([^)\n]{1,30}\))?\s*"
                      r"(?:—|–|--|-(?= ))\s*(?=[A-Z\"“‘'])", re.M)
WORD = re.compile(r"\w")  # a content needs word characters (len(WORD.findall(text)) counts them)
LEAD_STRIP = " \t\n,;:—–-”"
TRAIL_STRIP = " \t\n,;:—–-"


class ArticleContext:
    """Per-article context: quotations and their token positions, paragraphs, datelines, claimed quotations."""

    def __init__(self, doc, article, outer=False):
        self.doc = doc
        self.text = text = article["text"]  # (doc.text is rebuilt on every access)
        self.title_chars = int(article.get("title_chars") or 0)
        self.outer = outer  # PolNeAR's convention (`conventions.polnear_convention` of the finder's nesting)
        self.verbs, self.forms = _cues.load()
        marks = find_quotes(text)
        self.quotes = merge(*dash_quotes(text, self.forms, marks))  # (dialogue dashes: `dashes`)
        self.dash_opens = [q.open for q in self.quotes if text[q.open] in DASHES]
        self.tok_starts = doc.to_array("IDX").tolist()
        self.lines = line_starts(text)
        # paragraph number of each line (blank lines do not count)
        self.para_of_line, n = [], -1
        for k, s in enumerate(self.lines):
            e = self.lines[k + 1] - 1 if k + 1 < len(self.lines) else len(text)
            if text[s:e].strip():
                n += 1
            self.para_of_line.append(max(n, 0))
        self.quotes = [self._label_cut(q) for q in self.quotes]
        self.q_open_tok = [self.tok_at(q.open) for q in self.quotes]
        self.q_close_tok = [self.tok_at(max(q.close - 1, q.start)) for q in self.quotes]
        self.q_opens = [q.open for q in self.quotes]
        self.q_closes = [q.close for q in self.quotes]
        self.datelines = list(DATELINE.finditer(text))
        self.used = set()      # indices of quotations a statement has claimed whole
        self.cue_idx = set()   # token indices of the candidate cues (set by the finder before any rule runs)

    def _label_cut(self, q):
        """Quotation q, or, where it has no closing mark and opens right after a naming verb (`wh_naming_cue`, past
        the `wh_label_lead` words) that names a fronted wh-word (`grammar.naming_wh`: "what he called") or
        names as ("described the talks as"), q ended with the sentence its mark opens in: 'condemned what he called
        "a barbaric attack on civilians. More aid will follow, he said.' is a label's closing mark left out, not a
        quotation running over the paragraph (round 39; a risk round 38's review left). Not "called on/for" or the
        noun "call" ('Stoltenberg called "on all allies to ... This is a critical moment ...' is a quotation), nor
        where the next paragraph opens with a quotation mark (the newspaper convention of a quotation continued
        over paragraphs; round 39's review)."""
        if q.closed or self.text[q.open] in DASHES:
            return q
        doc, i = self.doc, self.tok_at(q.open)
        j = i - 1
        while j >= 0 and i - j <= 3 and (doc[j].text in QUOTE_CHARS or doc[j].lower_ in L.WH_LABEL_LEAD):
            j -= 1
        if j < 0 or doc[j].lemma_.lower() not in L.WH_NAMING_CUE or self._next_para_quoted(q.open):
            return q
        if naming_wh(doc[j]) is None and not any(t.lower_ == "as" for t in doc[j + 1:i]):
            return q
        mark_alone = doc[i].idx + len(doc[i]) <= q.open + 1  # the mark is its token's last character
        k = i + 1 if mark_alone and i + 1 < len(doc) else i  # (the word the mark opens)
        end = doc[k].sent.end_char
        end = len(self.text[:end].rstrip())
        return replace(q, end=end, close=end) if q.start < end < q.end else q

    def _next_para_quoted(self, char) -> bool:
        """The paragraph after the one holding offset char opens with an opening quotation mark."""
        ln = bisect_left(self.para_of_line, self.para_of(char) + 1)  # the next paragraph's first line (not blank)
        return ln < len(self.lines) and self.text[self.lines[ln]:self.line_end(ln)].strip()[:1] in OPENING_MARKS

    # ---- characters, tokens, paragraphs
    def tok_at(self, char):
        return max(0, bisect_right(self.tok_starts, char) - 1)

    def line_of(self, char):
        return bisect_right(self.lines, char) - 1

    def line_end(self, ln):
        """Offset of the end of line ln (its newline, or the end of the text)."""
        return self.lines[ln + 1] - 1 if ln + 1 < len(self.lines) else len(self.text)

    def para_of(self, char):
        return self.para_of_line[self.line_of(char)]

    # ---- quotations
    def quote_ending_before(self, tok_i):
        """Index of the last quote whose closing mark is before token tok_i."""
        k = bisect_left(self.q_close_tok, tok_i) - 1
        # q_close_tok is sorted because quotes are ordered and do not overlap
        return k if k >= 0 else None

    def quote_starting_after(self, tok_i):
        k = bisect_right(self.q_open_tok, tok_i)
        return k if k < len(self.quotes) else None

    def quote_containing(self, char):
        k = bisect_right(self.q_opens, char) - 1
        if k >= 0 and self.quotes[k].start <= char < max(self.quotes[k].end, self.quotes[k].start + 1):
            return k
        return None

    def quotes_within(self, cs, ce):
        """Indices of the quotations inside text[cs:ce] (give or take their marks)."""
        k = bisect_left(self.q_opens, cs)
        # a quote whose opening mark is just before cs (content starts at cs)
        if k > 0 and self.quotes[k - 1].start >= cs - 1 and self.quotes[k - 1].open < cs:
            k -= 1
        out = []
        while k < len(self.quotes) and self.quotes[k].open < ce:
            if self.quotes[k].start >= cs - 1 and self.quotes[k].end <= ce + 1:
                out.append(k)
            k += 1
        return out

    def sentence_initial(self, q):
        """The quotation opens its paragraph or sentence (not a phrase quoted inside a sentence)."""
        line_start = self.lines[self.line_of(q.open)]
        before = self.text[line_start:q.open].rstrip()
        return not before or before[-1] in ".!?:”\"’…" or before.endswith("...")

    # ---- content edges
    def trim(self, cs, ce):
        """text[cs:ce] without edge punctuation, a lone quotation mark at either end, or a reported clause's full
        stop."""
        t = self.text
        while cs < ce and t[cs] in LEAD_STRIP:
            cs += 1
        while ce > cs and t[ce - 1] in TRAIL_STRIP:
            ce -= 1
        # balance a lone opening/closing quote mark at the edges
        if ce > cs and t[cs] in QUOTE_CHARS and not any(ch in QUOTE_CHARS for ch in t[cs + 1:ce]):
            cs += 1
        if ce > cs and t[ce - 1] in QUOTE_CHARS and not any(ch in QUOTE_CHARS for ch in t[cs:ce - 1]):
            ce -= 1
        while ce > cs and t[ce - 1] in TRAIL_STRIP:
            ce -= 1
        if ce > cs and t[ce - 1] == "." and self.quote_containing(ce - 1) is None and t[cs] not in QUOTE_CHARS:
            ce -= 1  # reported clauses end without the sentence's full stop
        return cs, ce

    def past_dateline(self, cs):
        """cs, moved past a dateline that starts before it ("MINSK, 7 May (BelTA) - Belarus should ...,
        Lukashenko said": the dateline is not his words)."""
        for m in self.datelines:
            if m.start() <= cs < m.end():
                cs = m.end()
        return cs
