"""A present-tense cue verb the tagger took for a plural noun: "Orban claims that sanctions hurt Europe more",
"As the Reuters agency notes, China is the largest exporter", "..., the former ambassador maintains." The small
model tags the third-person form of a reporting verb (claims, notes, maintains, predicts) after a name or a noun as
NNS more often than one would think, and hangs the subject on it as a compound or the verb itself on the clause it
introduces, so the cue verb's own rules never see a verb. Read on the surface of the sentence, in three shapes:

- `SPEAKER CUE-s that A` / `NAME CUE-s A` (a clause with its own subject, a finite verb before any comma; not a
  relative "that": "50 member states that have ..."; without "that" only after a name, as after a common noun the
  clause is as often a relative one: "the expert reports it had requested"): the content is A, to the sentence's
  end ("Trump claims that he should be the exception", "Medvedev claims the West wants to destroy Russia");
- `As SPEAKER CUE-s, A`: the content is the clause after the comma ("As the Guardian notes, the offensive stalled");
- `A, SPEAKER CUE-s.`: the content is the clause before the comma ("The war will last, the Pentagon official
  predicts.").

The speaker is the noun phrase right before the verb, ending in a name or a noun (not a possessive: "Russia's claims
that ..." are the nouns of `nominal.py`; not a pronoun, which the tagger reads right); the cue a `verb` row of
cues.csv whose third-person form the word is; the speaker's vetoes hold (`postposed._speaker_vetoed`). Not in the
headline (title case is `grammar.cue_of`'s), not inside a quotation, not where a statement covers the content.
"""

from __future__ import annotations

from ..inflect import third_person
from .grammar import FINITE_TAGS
from .postposed import _speaker_vetoed
from .speakers.words import GENERIC_PERSON

_NP_POS = ("PROPN", "NOUN", "ADJ", "DET", "NUM")
_HEAD_POS = ("PROPN", "NOUN")
_END = (".", "!", "?")
_NAME_ENTS = ("PERSON", "ORG", "GPE")  # a name the tagger made an adjective ("Orban claims")
_TIME_ENTS = ("DATE", "TIME")  # "This week Orban claims": no part of the speaker
_OPENING_MARKS = (",", ";", ":")  # clause-setting punctuation: before a speaker opening its clause, ending content
_OF = ("of", "for")  # "the head of EU diplomacy", "the UN high commissioner for refugees"


def _cue_lemma(ctx, t):
    """The cue lemma of a plural-noun token that is a reporting verb's third-person form, or None."""
    if t.tag_ != "NNS":
        return None
    lemma = t.lemma_.lower() if t.lemma_.lower() in ctx.verbs else ctx.forms.get(t.lower_)
    cue = ctx.verbs.get(lemma) if lemma else None
    return lemma if cue is not None and cue.kind == "verb" and t.lower_ == third_person(lemma) else None


def _names(p) -> bool:
    """Token p, right before the verb, can end a speaker's noun phrase: a noun or name, or a name or a person noun
    the tagger made an adjective ("Orban", "the Pentagon official"); not a pronoun, a possessive or another
    adjective ("Western claims that ...")."""
    return p.pos_ in _HEAD_POS or p.pos_ == "ADJ" and (p.ent_type_ in _NAME_ENTS or p.lower_ in GENERIC_PERSON)


def _speaker_start(doc, t):
    """The first token of the noun phrase right before t ("the Reuters agency", "the head of EU diplomacy",
    "the UN high commissioner for refugees"), or None where the word before t names nobody (`_names`) or the phrase
    does not open its clause: it follows the sentence's start, a comma, a semicolon, a colon, a conjunction or an
    opening "As" (not a verb or a preposition: "Kyiv rejected the Trump claims ...", "In Budapest Orban claims ...",
    where the phrase is an object; nor a phrase of time: "This week Orban claims ...")."""
    start = t.sent.start
    if t.i - 1 < start or not _names(doc[t.i - 1]):
        return None
    k = t.i - 1
    while k - 1 >= start:
        p = doc[k - 1]
        if p.ent_type_ not in _TIME_ENTS and (p.pos_ in _NP_POS or p.tag_ == "POS" or p.lower_ in _OF and
                                              k - 2 >= start and doc[k - 2].pos_ in _HEAD_POS):
            k -= 1
            continue
        break
    if doc[k].ent_type_ in _TIME_ENTS:
        return None
    before = doc[k - 1] if k > start else None
    opens = before is None or before.text in _OPENING_MARKS or before.pos_ == "CCONJ" or \
        before.lower_ == "as" and before.i == start
    return k if opens else None


def _speaker_head(doc, k, t):
    """The head of the speaker phrase k..t-1: the noun before its first "of"/"for" ("the head of EU diplomacy"),
    else its last word ("the poll", "the Pentagon official"), which the vetoes read as the speaker."""
    cut = next((j for j in range(k + 1, t.i) if doc[j].lower_ in _OF), t.i)
    return doc[cut - 1]


def _named(p) -> bool:
    """p is a name (a proper noun, or a name entity the tagger made a noun or an adjective): a clause right after it
    and the verb is the verb's complement, where after a common noun it is as often a relative clause without
    "that"."""
    return p.pos_ == "PROPN" or p.ent_type_ in _NAME_ENTS  # ("Trump" tagged a noun, with its PERSON entity)


def _finite(doc, first, last):
    """A finite verb or modal among tokens first..last."""
    return any(doc[j].tag_ in FINITE_TAGS for j in range(first, last + 1))


def _content(doc, t, k):
    """(first token, last token) of the content of cue t whose speaker starts at token k, or None."""
    sent = t.sent
    last = sent.end - 1
    while last > t.i and doc[last].is_punct:
        last -= 1
    nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
    before = doc[k - 1] if k > sent.start else None
    if nxt is None or nxt.text in _END:  # "A, SPEAKER predicts."
        if before is None or before.text != "," or k - 2 < sent.start or not _finite(doc, sent.start, k - 2):
            return None
        return doc[sent.start], doc[k - 2]
    if nxt.text == ",":  # "As SPEAKER notes, A", the "As" opening the sentence ("The EU, as Orban claims, is ...")
        if before is None or before.lower_ != "as" or before.i != sent.start or last <= nxt.i or \
                not _finite(doc, nxt.i + 1, last):
            return None
        return doc[nxt.i + 1], doc[last]
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i:
        return None  # the "noun" is the subject of a verb after it: "The Trump tweets he sent on Friday were deleted"
    if nxt.lower_ == "that":
        if nxt.tag_ == "WDT" or nxt.dep_ == "nsubj" or nxt.i + 1 >= sent.end or doc[nxt.i + 1].pos_ in ("VERB", "AUX"):
            return None  # a relative clause on a real plural noun: "50 member states that have French as ..."
        first = t.i + 2
    elif (nxt.tag_ == "PRP" or nxt.pos_ in ("PROPN", "DET")) and _named(doc[t.i - 1]):
        first = t.i + 1  # "Trump claims he is worth ...", not "the expert reports it had requested" (a relative)
    else:
        return None
    if first > last:
        return None
    stop = next((j for j in range(first, last + 1) if doc[j].text in _OPENING_MARKS), last + 1)
    return (doc[first], doc[last]) if _finite(doc, first, stop - 1) else None


def noun_tagged_cues(f):
    """Statements of reporting verbs the tagger took for plural nouns, added to finder f."""
    ctx = f.ctx
    doc = ctx.doc
    for t in doc:
        lemma = _cue_lemma(ctx, t)
        if lemma is None or t.idx < ctx.title_chars or ctx.quote_containing(t.idx) is not None:
            continue
        k = _speaker_start(doc, t)
        found = _content(doc, t, k) if k is not None else None
        if found is None:
            continue
        first, last = found
        cs, ce = ctx.trim(first.idx, last.idx + len(last))
        span = (k, t.i)
        if ce <= cs or f.overlaps(cs, ce) or _speaker_vetoed(f, t, ctx.verbs[lemma], span, _speaker_head(doc, k, t)):
            continue
        f.add(cs, ce, t.text, lemma, span, t.i)
