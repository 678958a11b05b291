"""Content strategy: a cue whose content is a pro-form pointing back ("X said this at a press conference",
"That's according to X"): the content is what the pro-form stands for, the sentence before it in the same
paragraph or, when the cue's sentence opens its paragraph, the paragraph before (news-agency style: the words in
one paragraph, "Ukrainian Foreign Ministry ... Oleg Nikolenko said this in ... comment seen by Ukrinform." in
the next). The pro-forms are `back_reference` in statement_words.csv."""

from __future__ import annotations

from ..context import WORD
from ..lexicon import BACK_REFERENCE


def pro_form_object(v):
    """The pro-form object right after cue v ("said this at ...", "stated this during ..."), else None; not "this
    week" (a determiner) nor "this is ..." (the subject of a clause)."""
    doc = v.doc
    if v.i + 1 >= len(doc):
        return None
    t = doc[v.i + 1]
    if t.lower_ in BACK_REFERENCE and t.dep_ == "dobj" and t.head.i == v.i and not list(t.children):
        return t
    return None


def pro_form_subject(before):
    """The words before "according to X" are only a demonstrative subject and its copula ("That's according to
    Politico", "This is according to ..."): returns that subject token, else None."""
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if not 1 <= len(words) <= 2 or words[0].lower_ not in BACK_REFERENCE or words[0].dep_ not in ("nsubj", "nsubjpass"):
        return None
    if len(words) == 2 and words[1].lemma_ != "be" and words[1].lower_ not in ("’s", "'s"):
        return None
    return words[0]


def antecedent(ctx, t):
    """(cs, ce) of what the pro-form t stands for: the previous sentence of its paragraph, or the previous
    paragraph when t's sentence opens its own; None at the start of the article, in the title, or when the words
    there are fewer than three."""
    doc, text = ctx.doc, ctx.text
    sent = t.sent
    line = ctx.line_of(t.idx)
    if text[ctx.lines[line]:sent.start_char].strip():
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        if ctx.line_of(prev.start_char) != line:
            return None
        cs, ce = prev.start_char, prev.end_char
    else:
        ln = line - 1
        while ln >= 0 and not text[ctx.lines[ln]:ctx.line_end(ln)].strip():
            ln -= 1
        if ln < 0:
            return None
        cs, ce = ctx.lines[ln], ctx.line_end(ln)
    cs, ce = ctx.trim(cs, ce)
    if cs < ctx.title_chars or len(WORD.findall(text[cs:ce])) < 3 or len(text[cs:ce].split()) < 3:
        return None
    return cs, ce
