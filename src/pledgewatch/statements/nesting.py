"""Nested attribution: "A reported ... B said X".

Under nesting="inner" (ANNOTATION.md) the innermost speaker keeps X: A's statement whose clause is B's cue is
dropped, and another attribution inside A's clause ends A's content. Under nesting="outer" (PolNeAR) A keeps its
whole clause ("B said X") and B's statement inside it is dropped instead, also where B's cue heads a deeper
complement of A's or A's cue closes the sentence; an attribution elsewhere in A's clause (a relative clause: "the
sum he says he raised", a conjunct: "said he'd battled ... and called it ...", an adverbial clause, a
gerund: "said he 'cannot cross ... a road' without the press asking him ...") ends A's content under
"inner" only: under "outer" A keeps its whole clause and B keeps its statement here too; `outermost` (round 34)
then drops B's row where B's cue hangs inside A's reported clause through complements and noun modifiers (PolNeAR's
gold has no attribution inside another's content: Trump's "he plans to put to good use ... the $18 million he says he
raised" is one attribution, "said"); a conjunct or an adverbial clause keeps B's row.
Under both, a speech verb inside A's clause that reports no speech event of its own (an infinitive, a modal, a
by/after/before gerund, a bare participle bound to its clause: `grammar.bound_participle`) is part of A's words, and gives no statement.
"""

from __future__ import annotations

from . import lexicon as L
from .content.clause import closes_sentence
from .context import WORD
from .grammar import FINITE_TAGS, adjunct_gerund, bound_participle, governed, in_noun_modifier, infinitival, unrealised
from .quotes import QUOTE_CHARS


def nested(ctx, rows, nesting):
    """The statements left once nested attributions are settled (see the module docstring)."""
    return _Nesting(ctx, rows, nesting).run()


class _Nesting:
    def __init__(self, ctx, rows, nesting):
        self.ctx, self.doc, self.rows, self.nesting = ctx, ctx.doc, rows, nesting
        doc = ctx.doc
        # an infinitive ("called Machado to express gratitude"), a modal ("hopes his successor will push for") or a
        # gerund adjunct ("said Prigozhin had implicated Putin by admitting ...") inside another statement's
        # clause is not a second speaker's attribution: part of the outer words, in either nesting
        self.weak = {r for r in rows if r.cue_i is not None and r.quote_type != "direct" and (
            infinitival(doc[r.cue_i]) or unrealised(doc[r.cue_i]) or adjunct_gerund(doc[r.cue_i])
            or bound_participle(doc[r.cue_i]))}
        self.cue_tokens = {r.cue_i for r in rows if r.cue_i is not None}
        self.inner = [r for r in rows if r.cue_i is not None and r.quote_type != "direct"]
        self.by_cue = {}
        for r in rows:
            if r.cue_i is not None:
                self.by_cue.setdefault(r.cue_i, r)
        self.keep, self.dropped = [], set()

    def within(self, o, r):
        """o's cue and content lie inside r's content (under "outer", also a content that runs on over r's own
        closing tag: "X said A, according to Y" gives X's row "A, according to Y")."""
        return o is not r and r.char_start <= self.doc[o.cue_i].idx < r.char_end and \
            r.char_start <= o.char_start and (o.char_end <= r.char_end or self._closing_tag(r) and (
                self.doc[r.cue_i].idx < o.char_end))

    def _closing_tag(self, r):
        """Under "outer" (PolNeAR), r is an "according to Y" closing its sentence after its content: "Governor X
        said he would have closed the plant, according to local reports", "What the senator said privately is
        another matter, according to two aides". PolNeAR's annotators give Y the whole clause, the speech verb
        inside it too, and no row to X (after a quotation, `according.relay_quotation` gives Y X's quotation)."""
        if self.nesting != "outer" or r.cue_lemma != "according to" or r.cue_i is None:
            return False
        a = self.doc[r.cue_i]
        if self.ctx.quote_containing(a.idx) is not None:
            return False  # (the phrase inside somebody's quotation is their words: "the report says the firm
            # ''lists ... subsidiaries, according to its own website''")
        between = self.doc[self.ctx.tok_at(r.char_end - 1) + 1:a.i]
        after = self.doc[a.right_edge.i + 1:a.sent.end]  # the phrase closes its sentence: nothing but punctuation
        # after "according to Y" ("X said A, according to Y, and the board then ..." is no closing tag)
        return r.char_end <= a.idx and all(t.is_punct or t.is_space for t in (*between, *after))

    def run(self):
        for r in self.rows:
            if self._document_with_cue(r) and not self._closing_tag(r):
                continue  # '"A," he said ..., according to a statement from ... presidency': he said it (the
                # guide's convention; under PolNeAR's, according.relay_quotation gives the quotation to the document)
            if self._sourcing_tag(r):
                continue  # "That's according ... Politico, Ukrinform reports": Politico said it
            if r.root is not None and r.root in self.cue_tokens:
                self._reported_cue(r)
                continue
            if self._settle_inner(r):
                self.keep.append(r)
        for r in self.keep:
            if r not in self.dropped and r.quote_type != "direct":
                self.dropped.update(o for o in self.inner if o in self.weak and self.within(o, r))
        return [r for r in self.keep if r not in self.dropped]

    def _document_with_cue(self, r):
        """An "according to a statement ..." whose content holds another cue: that cue's speaker said it."""
        doc = self.doc
        return r.cue_lemma == "according to" and r.speaker_span and any(
            t.lemma_.lower() in L.DOCUMENT_NOUN for t in doc[r.cue_i:r.speaker_span[1]]) and any(
            o is not r and o.cue_i is not None and o.cue_lemma != "according to"
            and r.char_start <= doc[o.cue_i].idx < r.char_end for o in self.rows)

    def _sourcing_tag(self, r):
        """r's clause holds the cue of an "according to" statement whose words come before r ("That's according
        ... CNN, Ukrinform reports", the words in the paragraph before): r is the outlet's tag of its source."""
        doc = self.doc
        return any(o is not r and o.cue_lemma == "according to" and o.char_end <= r.char_start
                   and r.char_start <= doc[o.cue_i].idx < r.char_end for o in self.rows)

    def _reported_cue(self, r):
        """r's reported clause is headed by another cue o ("A reported that B said X")."""
        o = self.by_cue.get(r.root)
        if self.nesting == "outer" or o is not None and o in self.weak and self.within(o, r):
            if o is not None and o is not r and r.char_start <= o.char_start and o.char_end <= r.char_end:
                self.dropped.add(o)
            self.keep.append(r)
            return
        if o is not None and o is not r and o.speaker_span and o.char_end <= self.doc[o.speaker_span[0]].idx \
                and r.char_start < self.doc[o.speaker_span[0]].idx < r.char_end and r.char_start <= o.char_start:
            # the parse hung B's clause on a trailing cue: "The governor has said that X, the Kyiv Independent
            # reports": B (the governor) keeps X, without the trailing attribution, which is dropped (not when B's
            # words are outside A's clause: "That's according ... Politico, Ukrinform reports", B's words before)
            cs, ce = self.ctx.trim(r.char_start, self.doc[o.speaker_span[0]].idx)
            if len(WORD.findall(self.ctx.text[cs:ce])) >= 3:
                r.set_span(cs, ce, self.ctx.text)
                self.dropped.add(o)
                self.keep.append(r)
        # else "A reported that B said X": the reported clause is B's attribution, B keeps it

    def _settle_inner(self, r):
        """Other attributions inside r's clause: dropped (outer nesting, where r's cue governs them), left beside
        r's whole content (outer nesting, the others) or r's content cut where the first starts (inner nesting).
        False when r is to be dropped."""
        doc, ctx = self.doc, self.ctx
        block = r.cue_i is not None and ctx.line_of(r.char_start) > ctx.line_of(
            doc[r.cue_i].idx)  # a block quotation set off in its own paragraph: all the speaker's words
        if r.quote_type == "direct" or r.cue_i is None or block:
            return True
        inside = [o for o in self.inner if o not in self.weak and self.within(o, r)
                  and not in_noun_modifier(doc[o.cue_i])]
        sub = self._outer_absorbs(r, inside) if self.nesting == "outer" else []
        if sub:
            self.dropped.update(sub)
            return True
        if inside:
            # (outer: B's attribution not governed by r's cue leaves r whole, beside B's statement, unless the cut
            # would leave too little of r's own: then r is dropped, as under inner)
            return self._cut_before(r, min(inside, key=lambda x: x.char_start), apply=self.nesting == "inner")
        return True

    def _outer_absorbs(self, r, inside):
        """PolNeAR ("outer"): the outer speaker keeps the whole clause with an attribution its cue governs
        ("Clinton had told police officials ..., but the police refused that request, ... source added"), the
        clause "according to" hangs on ("According to her account, ... she insisted that ...") or anything before
        a cue closing its sentence."""
        doc = self.doc
        cue_tok = doc[r.cue_i]
        trailing = self._closing_tag(r) or r.cue_lemma != "according to" and r.char_end <= cue_tok.idx and \
            closes_sentence(self.ctx, cue_tok)
        return [o for o in inside if trailing or governed(doc[o.cue_i], cue_tok) or (
            r.cue_lemma == "according to" and cue_tok.head.i == o.cue_i)]

    def _cut_before(self, r, o, apply=True):
        """Another attribution o inside r's clause: r's content stops where o starts (with apply False, r is left
        whole). False when too little is left (r is dropped)."""
        doc, ctx = self.doc, self.ctx
        spk = doc[o.speaker_span[0]].idx if o.speaker_span else o.char_start
        cut = min(doc[o.cue_i].idx, o.char_start, spk if spk >= r.char_start else o.char_start)
        # (not at a speaker before the outer content: "Rendell said he'd battled ... and called it ...")
        cs, ce = ctx.trim(r.char_start, max(r.char_start, cut))
        while ce > cs and doc[ctx.tok_at(ce - 1)].dep_ in ("cc", "aux", "neg") or ce > cs and doc[
                ctx.tok_at(ce - 1)].dep_ == "mark" and doc[ctx.tok_at(ce - 1)].lower_ == "that":
            ce = ctx.trim(cs, doc[ctx.tok_at(ce - 1)].idx)[1]  # (no dangling "and have", "affidavit that")
        kept = [t for t in doc[ctx.tok_at(cs):ctx.tok_at(ce - 1) + 1] if not t.is_punct] if cs < ce else []
        if kept and all(t.dep_ in ("mark", "cc") or t.tag_ in ("WRB", "WP") for t in kept):
            # only the words that open the clause holding the other attribution are left: a concessive or other
            # subordinator keeps r whole ("As she emphasized, although Russia ... that it is open to talks, it
            # narrows ... path", "he said ... although he deplores the breach ..., he would not support
            # sanctions"); a bare "that" / "how" leaves nothing of r's own ("KIIS recalled that according to ...
            # Institute's latest data, A", "recalling how swarms ... trolls keep claiming that ...": dropped)
            return kept[-1].lower_ in L.SUBORDINATOR | L.CONTENT_SUBORDINATOR
        if len(WORD.findall(ctx.text[cs:ce])) < 3 or cs < ce and doc[o.cue_i].idx < cs or \
                r.cue_lemma == "according to" and not any(t.tag_ in FINITE_TAGS for t in doc[
                    ctx.tok_at(cs):ctx.tok_at(ce - 1) + 1]):
            return False  # (nor a clause left without its verb: "According to ... account, after examining")
        last = doc[ctx.tok_at(ce - 1)]
        if last.lower_ in L.SUBORDINATOR and last.dep_ in ("mark", "advmod"):
            # "Trump ... 'absolutely right' when he said ...": the other attribution sits in a subordinate clause
            # of the content, which is all the outer speaker's
            return True
        if not apply:
            return True
        r.set_span(cs, ce, ctx.text)
        if not any(ch in QUOTE_CHARS for ch in r.text):
            r.quote_type = "indirect"
        return True
