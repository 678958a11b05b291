"""The finder: candidate cues of one article -> `Statement`s, in this order:

1. pass 1: cue verbs whose quotation closes right before them ('"A," X said') claim it (`attribution`);
2. pass 2: every other cue verb (`attribution`: speaker, vetoes, content strategies in order) and "according to"
   (`according`); then, under the guide's convention, an "according to" closing the sentence of a cue verb's row
   that runs over it gives no row, and that row ends before it (`according_verbs`);
3. the paragraphs of a speech printed in full after an announcement (`printed`); subheadings "Name: words" and a title-case headline (`headings`); then constructions no cue verb takes
   (`uncovered`: "In his opinion, A"; '"A" - added X');
4. nested attributions settled (`nesting`);
5. cue-less quotations continuing a speaker (`continuations`);
6. span boundaries: an object with its complement, a content conjunct hung on the cue (`complements`), an object
   with a time adjunct hung on the cue (`object_adjuncts`); the reporter's summary set after a reported clause
   ("..., an admission that ...": `summary_appositions`); a
   content that opens a quotation runs to its close, a quotation inside a sentence from the sentence start and on
   to the words that carry on its clause (`quote_close`); the other side of a sentence its cue interrupts, kept for
   the join convention (`host_sides`);
7. duplicates dropped, statements in text order, as row dicts for `speakers.resolve_speakers`.
"""

from __future__ import annotations

from bisect import bisect_right

from .according import according
from .according_verbs import according_owners
from .attribution import attribute
from .complements import conjoined_content, object_complements
from .content.naming import widen_named
from .context import WORD, ArticleContext
from .continuations import continuations
from .conventions import NESTINGS, polnear_convention
from .glued_sentences import glued_paragraphs
from .grammar import cue_of
from .headings import headline, scored_cues_only, subheadings
from .host_sides import host_sides
from .model import Statement
from .nesting import nested
from .object_adjuncts import object_adjuncts
from .printed import printed_text
from .quote_close import close_quotes, quote_leads, quote_tails
from .quotes import QUOTE_CHARS
from .reason_phrase import reason_phrases
from .subjects import relative_mention
from .summary_appositions import summary_appositions
from .uncovered import uncovered
from .widening import overlaps

__all__ = ["NESTINGS", "Finder"]


class Finder:
    def __init__(self, doc, article, nesting="inner"):
        self.nesting = nesting
        self.ctx = ArticleContext(doc, article, outer=polnear_convention(nesting))
        self.rows: list[Statement] = []
        self.reported: list[Statement] = []  # third parties inside quotations, set aside until `finish` (`quoted_report`)

    def run(self) -> list[dict]:
        ctx, doc = self.ctx, self.ctx.doc
        cands = []
        for t in self._maybe_cues():
            in_title = t.idx < ctx.title_chars
            if t.lower_ == "according" and (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"):
                cands.append((t, None))
                continue
            cue = cue_of(t, ctx.verbs, ctx.forms, in_title)
            if cue is not None:
                cands.append((t, cue))
        ctx.cue_idx = {t.i for t, _ in cands}
        done = {t.i for t, cue in cands if cue is not None and attribute(self, t, cue, only_quote_before=True)}
        for t, cue in cands:
            if t.i in done:
                continue
            if cue is None:
                according(self, t)
            else:
                attribute(self, t, cue, only_quote_before=False)
        according_owners(self)
        printed_text(self)
        subheadings(self)
        headline(self)
        uncovered(self)
        self.rows = nested(ctx, self.rows, self.nesting)
        continuations(self)
        object_complements(ctx, self.rows)
        reason_phrases(ctx, self.rows)
        widen_named(ctx, self.rows)
        object_adjuncts(ctx, self.rows, self.nesting)
        summary_appositions(ctx, self.rows)
        conjoined_content(ctx, self.rows)
        close_quotes(ctx, self.rows)
        quote_leads(ctx, self.rows)
        quote_tails(ctx, self.rows)
        glued_paragraphs(ctx, self.rows)
        host_sides(ctx, self.rows)
        if ctx.outer:
            self.rows = scored_cues_only(self.rows)
        self.rows += self.reported  # (beside their quoted speakers' rows; no step above read them: `quoted_report`)
        return self.finish()

    def _maybe_cues(self):
        """The tokens `run` looks at: lemma (lower-cased) or form in the cue lexicon, or "according"; the others
        cannot be a cue. Picked on the doc's hash arrays, so that no Token object is made for the ~97% of tokens that
        are neither."""
        doc, ctx = self.ctx.doc, self.ctx
        strings = doc.vocab.strings
        pairs = doc.to_array(["LEMMA", "LOWER"]).tolist()
        lemma_ok = {h for h in {lem for lem, _ in pairs} if strings[h].lower() in ctx.verbs}
        form_ok = {h for h in {low for _, low in pairs} if strings[h] in ctx.forms or strings[h] == "according"}
        return [doc[i] for i, (lem, low) in enumerate(pairs) if lem in lemma_ok or low in form_ok]

    # ---- building statements
    def add(self, cs, ce, cue, cue_lemma, speaker_span, cue_i, root=None, allow_direct=True):
        """A statement with content text[cs:ce] (kept to one paragraph, past a dateline, trimmed), or None when too
        little is left or the content holds its own speaker. Quotations inside it are marked used."""
        ctx, text = self.ctx, self.ctx.text
        if text.find("\n", cs, ce) >= 0:
            span = self._cue_paragraph(cs, ce, cue_i)
            if span is None:
                return None
            cs, ce = span
        j = bisect_right(ctx.dash_opens, cs)
        if j < len(ctx.dash_opens) and ctx.dash_opens[j] < ce:
            ce = ctx.dash_opens[j]  # a dialogue-dash quotation opens a new sentence (glued: "in Donbas.- There is")
        cs, ce = ctx.trim(ctx.past_dateline(cs), ce)
        if ce - cs < 2 or len(WORD.findall(text[cs:ce])) < 2:
            return None
        q = ctx.quote_containing(cs)
        qt = "indirect"
        if q is not None and allow_direct and ce <= ctx.quotes[q].end and cs >= ctx.quotes[q].start:
            qt = "direct"
            if cs - ctx.quotes[q].start <= 2 and ctx.quotes[q].end - ce <= 2:
                ctx.used.add(q)
        elif any(ch in QUOTE_CHARS for ch in text[cs:ce]):
            qt = "mixed"
        ctx.used.update(ctx.quotes_within(cs, ce))
        doc = ctx.doc
        if speaker_span and cue_lemma != "according to" and doc[speaker_span[0]].idx < ce \
                and cs < doc[speaker_span[1] - 1].idx + 1:
            return None  # the content never holds its own speaker (says "Kyiv Independent")
        st = Statement(text[cs:ce], cs, ce, qt, cue, cue_lemma, speaker_span, cue_i,
                       bool(ctx.title_chars) and ce <= ctx.title_chars, root=root)
        self.rows.append(st)
        return st

    def _cue_paragraph(self, cs, ce, cue_i):
        """Content never crosses a paragraph break: of text[cs:ce], the part in the cue's paragraph, else the part
        next to the cue; None when no part holds a word."""
        ctx, text = self.ctx, self.ctx.text
        parts, pos = [], cs
        for part in text[cs:ce].split("\n"):
            if WORD.search(part):
                parts.append((pos, pos + len(part)))
            pos += len(part) + 1
        if not parts:
            return None
        cue_char = ctx.doc[cue_i].idx if cue_i is not None else cs
        same = [p for p in parts if ctx.line_of(p[0]) == ctx.line_of(cue_char)]
        return same[0] if same else (parts[0] if cue_char <= parts[0][0] else parts[-1])

    def overlaps(self, cs, ce):
        """A statement covers part of text[cs:ce]."""
        return overlaps(self.rows, None, cs, ce)

    def finish(self) -> list[dict]:
        """Statements in text order (the first of two with the same span kept) as row dicts."""
        rows, seen = [], set()
        for r in sorted(self.rows, key=lambda r: (r.char_start, -r.char_end)):
            key = (r.char_start, r.char_end)
            if key in seen:
                continue
            seen.add(key)
            rows.append(r)
        index = {r: n for n, r in enumerate(rows)}
        doc = self.ctx.doc
        for r in rows:
            r.speaker_text = doc[r.speaker_span[0]:r.speaker_span[1]].text if r.speaker_span else ""
            rel = relative_mention(doc, r.cue_i, r.speaker_span)
            if rel is not None:  # "Kuleba, who said ...": the mention at the cue is "who"
                r.speaker_text = rel.text
        return [r.to_row(index) for r in rows]
