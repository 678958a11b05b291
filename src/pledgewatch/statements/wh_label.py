"""A naming verb whose object is a fronted relative or interrogative pronoun and whose name given is a quotation
"troops who face what one US general called a "very critical" few weeks", "What the commission described as a
"package of remedies and relief" was ...", "in response to what it called "hostile and unfriendly" actions".

Under the guide's convention (`conventions.polnear_convention` false; PolNeAR's has `wh_naming.py`): the quoted
words are the subject's, with a clear speaker and the naming verb as cue, so they are a statement (the guide:
"quotation marks with a clear speaker"; no scare quotes of the journalist's own); the content is the words inside
the quotation marks, as for any direct quote. The quotation opens right after the verb or after the words of the
`wh_label_lead` list ("as", "a", "an", "the").

Not taken: the verb inside a quotation or the headline ("what we call 'waviness'" is the quoted speaker's), a
passive ("what was described as a "fiasco"": the pronoun is no object and nobody is named), an unquoted name ("what
he called excessive amounts"), a name of one quoted word given by a pronoun ("what he called "threats" by the West":
the team's gold reads it as a scare quote; given by a noun or a name it is that party's word, "which the Italian
prime minister, Mario Draghi, described as "obscene"", which the team's gold keeps: merge of round 38's two versions
of this rule), a verb that gave a statement already, and words another statement already holds unless the naming's
subject is a third party's noun or name (`_third_party`: "at what the governor described as a "traction substation""
inside the mayor's statement is the governor's too, as ukraine_dev's gold has it; the same speaker's naming inside
their own statement, "X hailed what he called "an independent path" taken by ...", stays one statement, as the
guide's "one cue ... gives one statement" and the team's gold keep it).
"""

from __future__ import annotations

from . import lexicon as L
from .attribution import convention_speaker, written_cue
from .conventions import polnear_convention
from .grammar import cue_of, naming_wh
from .outer_verbs import free_span


def _label_quotation(ctx, v):
    """The index of the quotation that opens right after naming verb v (past the `wh_label_lead` words), inside
    v's clause, or None."""
    doc = v.doc
    j = v.i + 1
    while j <= v.right_edge.i and doc[j].lower_ in L.WH_LABEL_LEAD and j - v.i <= 2:
        j += 1
    if j > v.right_edge.i:
        return None
    k = ctx.quote_containing(doc[j].idx + len(doc[j]))
    if k is None or not ctx.quotes[k].closed or not doc[j].idx <= ctx.quotes[k].open < doc[j].idx + len(doc[j]):
        return None  # (a quotation never closed would run the label to the paragraph's end)
    return k


def label_row(ctx, st) -> bool:
    """Statement st is exactly the quoted name a naming verb with a fronted pronoun object gives (its cue that verb,
    the quotation opening right after it): the words after the closing mark are the noun the name is given to
    ("a "very critical" few weeks"), not the speaker's, so `quote_close.quote_tails` does not run the content on;
    under the guide's convention only, and for a name of two words or more or one given by a noun or a name (a
    one-word name given by a pronoun keeps its tail, as before)."""
    if st.cue_i is None or ctx.outer:
        return False  # (under PolNeAR's convention `wh_naming` gives the clause after the verb, as before)
    v = ctx.doc[st.cue_i]
    if naming_wh(v) is None:
        return False
    k = _label_quotation(ctx, v)
    return k is not None and (st.char_start, st.char_end) == ctx.trim(ctx.quotes[k].start, ctx.quotes[k].end) \
        and (_words(ctx, k) or not _pronoun(_namer(v)))


def _words(ctx, k) -> bool:
    """Quotation k holds two words or more (one quoted word named by a pronoun, "what he called "threats" by the
    West", is read as a scare quote: the team's gold leaves it out; named by a noun or a name, "which the Italian
    prime minister, Mario Draghi, described as "obscene"", it is that third party's word: the team's gold keeps it)."""
    return len(ctx.text[ctx.quotes[k].start:ctx.quotes[k].end].split()) >= 2


def _namer(v):
    """Naming verb v's subject, or None."""
    return next((c for c in v.children if c.dep_ == "nsubj"), None)


def _pronoun(subj) -> bool:
    """The namer is a pronoun (or there is none)."""
    return subj is None or subj.pos_ == "PRON"


def quoted_labels(f):
    """Statements of the quoted names given by `wh_naming_cue` verbs with a fronted pronoun object, under the
    guide's convention only."""
    if polnear_convention(f.nesting):
        return
    ctx = f.ctx
    for v in ctx.doc:
        if naming_wh(v) is None or v.idx < ctx.title_chars or ctx.quote_containing(v.idx) is not None:
            continue
        k = _label_quotation(ctx, v)
        if k is None or any(r.cue_i == v.i for r in f.rows):
            continue
        cs, ce = ctx.quotes[k].start, ctx.quotes[k].end
        subj = _namer(v)
        if not _words(ctx, k) and _pronoun(subj):
            continue
        if subj is not None and subj.lower_ in L.WH_LABEL_READER:
            continue  # the writer asking the reader: 'What do you call "a strategic partnership" if ...?'
        cue = cue_of(v, ctx.verbs, ctx.forms, False)
        found = None if cue is None else convention_speaker(ctx, v, cue, False)
        if found is None:
            continue
        inside = not free_span(f, cs, ce)
        if inside and not _third_party(f, found[0], cs, ce):
            continue
        row = f.add(cs, ce, *written_cue(v, cue, before=ctx.quotes[k].open), found[1], v.i)
        if row is not None and inside:
            # (inside another speaker's words, as `quoted_report`'s rows: no antecedent for the next pronoun, "He
            # said ..." after it is still the host's; dropped by `self_reported` if it resolves to the host speaker)
            row.in_quotation = True


def _third_party(f, subj, cs, ce) -> bool:
    """The naming lies inside other statements' words and its subject is a third party's noun or name, not a
    pronoun for their speaker ("Kamyshin said one attack hit Krasne, at what the governor of the region described
    as a "traction substation"": the governor's words, as the guide's nested attribution keeps the innermost
    speaker's; "he said he found himself in tears in what he called "the loneliest moment"" stays one statement):
    every statement it overlaps holds it whole, at a speaker mention other than subj."""
    if subj.pos_ == "PRON":
        return False
    over = [r for r in f.rows if r.char_start < ce and cs < r.char_end]
    return all(r.char_start <= cs and ce <= r.char_end and (r.char_start, r.char_end) != (cs, ce)
               and not (r.speaker_span and r.speaker_span[0] <= subj.i < r.speaker_span[1]) for r in over)
