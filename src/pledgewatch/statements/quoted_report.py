"""A speech cue inside somebody's quotation whose subject is a third party: that party's statement (guide only).

Construction: inside a speaker's direct quotation, a finite cue verb with a noun or name for its subject (somebody
other than the quoted speaker, inside the quotation too) and its own complement clause after it reports that third
party's words: "Russia reports that it withdraws its troops" and "Our analysts say that they can remain in a dangerous
position" inside a president's quoted speech, "Our partners tell us that the jets will come" inside a minister's.
Under the guide's convention (ANNOTATION.md: the statement belongs to the innermost speaker; the team's gold keeps
both rows here) the third party gets a statement with the complement, kept to its sentence, to its complement clause
(the quoted speaker's words after it are not the third party's: '"NATO says that ..., and we agree"') and inside the
quotation, marked reported (not direct) unless it is a quotation of its own, beside the quoted speaker's statement.

Not: the quoted speaker naming itself ('"The EU urges Russia to ...," the EU statement said'; after resolution, a
third party who is the quoted speaker, '"...," it said. "The EU urges ..."': `self_reported`); a pronoun subject
("I said it many times", "we are told": the quoted speaker's own words, or a pronoun the quotation does not resolve);
a document or speech for the subject ('"Article 5 says that ..."', '"The report says ..."': data/reference
`document_noun`, `doc_heads`); a cue that reports no speech event (non-finite, modal, negated: `grammar.FINITE_TAGS`,
the vetoes); a relative clause ("people who say that ..."); under PolNeAR's convention (the outer speaker keeps the
clause).

The finder sets the row aside (`Finder.reported`) until its last step, so every step before it sees the quotation
as the quoted speaker's alone (a quotation after it continues the quoted speaker, nesting keeps the quoted speaker's
row whole, "it was stated that" after it takes the quoted speaker); the row is `in_quotation`, so the next pronoun's
antecedent is the quoted speaker, not it (`speakers.resolve_speakers`), and `self_reported` can drop it. Round 34."""

from __future__ import annotations

from . import lexicon as L
from .content.clause import clause
from .grammar import FINITE_TAGS
from .model import kept_rows
from .speakers.words import DOC_HEADS
from .speaking import can_speak


def quoted_report(f, site, k):
    """The third party's statement of cue site.v inside quotation k (the module docstring), or None."""
    ctx, v, subj = f.ctx, site.v, site.subj
    if v.tag_ not in FINITE_TAGS or v.dep_ in ("relcl", "acl") or subj.pos_ not in ("NOUN", "PROPN") \
            or not can_speak(subj):
        return None  # (a relative clause describes its head: "people who say that ...")
    if any(c.dep_ == "neg" for c in v.children) or any(a.dep_ in ("aux",) and a.tag_ == "MD" for a in v.children):
        return None
    if subj.lemma_.lower() in L.DOCUMENT_NOUN | DOC_HEADS or subj.lower_ in DOC_HEADS:
        return None  # (a document or a speech, no third party: '"Article 5 says that ..."', '"The report says ..."':
        # the quoted speaker cites it, and no speaker inside the quotation names its author)
    q = ctx.quotes[k]
    if not q.start <= subj.idx < q.end or _names_quoted_speaker(f, q, subj):
        return None  # (a subject outside the quotation is the quoted speaker's own, `subjects.subject`)
    cl = clause(ctx, v, f.nesting)
    if not cl or cl[2].i < v.i or not q.start <= cl[2].idx < q.end:
        return None  # (a complement after the cue only: "A, our analysts say" inside a quotation is the quote's;
        # and inside the quotation: not the quoted speaker's own cue after it, '"B pointed out that A," X continued')
    last = v.doc[v.sent.end - 1]
    head_end = _last_word(cl[2])
    for c in v.children:  # (a predicate conjoined to the cue without a subject of its own is still the third
        # party's: '"The secretary stated that the path remains open, but would require de-escalation"')
        if c.dep_ == "conj" and c.i > cl[2].i and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            head_end = max(head_end, _last_word(c), key=lambda t: t.i)
    cs, ce = cl[0], min(cl[1], q.end, last.idx + len(last), head_end.idx + len(head_end))
    # (`clause` runs on to the end of the quotation the clause opens in: here that is the quoted speaker's, so the
    # clause stops with its sentence and with its complement's head: the quoted speaker's own words after it are
    # not the third party's, '"Russia says that it withdraws, but I say that it is lying," Biden said')
    if not (q.start <= cs < ce):
        return None
    row = site.add(f, (cs, ce), root=cl[2].i, allow_direct=ctx.quote_containing(cs) != k)  # (direct: a quotation
    # of its own inside the quotation, "when Trump said 'in 24 hours I will ...'")
    if row is not None:  # (set aside until the finder's last step: the quotation and its words stay the quoted
        # speaker's for every step before, `Finder.reported`)
        f.rows.remove(row)
        f.reported.append(row)
        row.in_quotation = True
    return row


def _last_word(head):
    """The last word of head's subtree, before trailing punctuation, spaces and a dangling conjunction ("..., and")."""
    edge = head.right_edge
    while edge.i > head.i and (edge.is_punct or edge.is_space or edge.dep_ == "cc"):
        edge = head.doc[edge.i - 1]
    return edge


def _names_quoted_speaker(f, q, subj):
    """subj's word is in the mention of the speaker whose statement holds quotation q: the speaker naming itself
    ('"The EU urges Russia to ...," the EU statement said'), no third party."""
    doc = f.ctx.doc
    return any(r.speaker_span and r.char_start <= q.start + 2 and q.end - 2 <= r.char_end and subj.lower_ in {
        t.lower_ for t in doc[r.speaker_span[0]:r.speaker_span[1]]} for r in f.rows)


def self_reported(rows):
    """rows (resolved) without a third party's statement whose speaker is the quoted speaker after all ('"The EU
    sees no grounds ...," it said. "The EU urges Russia to ..."': "it" is the EU): the speaker's own words; nor one
    that no quoted speaker's row holds ('Zelensky met reporters. "President Biden told me that ..."': no speaker
    for the quotation, so no statement inside it either). The row
    links (`_joins`, `speaker_of`: row indices) follow the rows kept."""
    quoted = [r for r in rows if not r.get("_in_quotation")]

    def holders(r):
        return [o for o in quoted if o["char_start"] <= r["char_start"] and r["char_end"] <= o["char_end"]]

    drop = {n for n, r in enumerate(rows) if r.get("_in_quotation") and (not holders(r) or any(
        o.get("speaker_name") not in (None, "UNKNOWN") and o.get("speaker_name") == r.get("speaker_name")
        for o in holders(r)))}  # (no row holds it: a quotation with no quoted speaker, no third party inside one)
    if not drop:
        return rows
    return kept_rows(rows, [n for n in range(len(rows)) if n not in drop])
