"""The loop the PolNeAR-only constructions share (`questions_put.py`, `speech_objects.py`, `passive_sources.py`,
`passive_verdicts.py`, `wh_naming.py`, `hearsay.py`): under the outer convention only, every verb (or adverb) of the document whose lemma
is in the construction's word lists and that stands outside every quotation (a quoted speaker's words are not the
reporter's attribution), optionally not in the headline; a content span is taken only where it is not empty and no
statement already covers any of it.
"""

from __future__ import annotations

from .conventions import polnear_convention


def outer_verbs(f, *lexicons, headline: bool = True):
    """Tokens of finder f's document whose lower-case lemma is in one of `lexicons`, outside every quotation (and
    outside the headline unless `headline`); none unless f runs under PolNeAR's convention
    (`conventions.polnear_convention`)."""
    if not polnear_convention(f.nesting):
        return
    ctx = f.ctx
    for v in ctx.doc:
        lemma = v.lemma_.lower()
        if not any(lemma in lex for lex in lexicons) or (not headline and v.idx < ctx.title_chars) \
                or ctx.quote_containing(v.idx) is not None:
            continue
        yield v


def free_span(f, cs: int, ce: int) -> bool:
    """text[cs:ce] is not empty and no statement finder f already holds overlaps it."""
    return ce > cs and not f.overlaps(cs, ce)
