"""A phrase opening a sentence that names whose words the rest of it gives: "In her opinion, Europe is wary of
...", "In the opinion of US intelligence services, Russia's ... threats are aimed at ...", "In his words,
Belarus highly appreciates ...". Translated Polish and Belarusian news report an interview this way, right after
the speaker's quotation; the annotation guide counts such a phrase as a cue like "according to X". The nouns are
the `opinion_noun` list of statement_words.csv; the speaker is the possessive ("his": the pronoun resolver's) or
the "of" phrase. Not "in my opinion" (the writer's own), nor a phrase inside a sentence ("Russia, in his opinion,
...") or without its comma.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .mention_span import source_mention

_PHRASE = re.compile(r"\bIn (?:(his|her|their|its)|the) ([a-z]+)\b")
_SENTENCE_END = ".!?\"”:;…"


def _opens_sentence(text, start):
    """The phrase at `start` opens its paragraph or sentence (also glued: "the chancellor emphasized.In his ...")."""
    before = text[max(0, start - 3):start]
    if start == 0 or "\n" in before:
        return True
    stripped = text[:start].rstrip(" \t")
    return not stripped or stripped[-1] in _SENTENCE_END or stripped[-1] == "\n"


def _speaker(doc, noun, owner):
    """(token span of the speaker, token index of the comma after the phrase) or None: the possessive before the
    noun, else the object of its "of" phrase ("In the opinion of X,")."""
    nxt = noun.i + 1
    if owner:
        return (noun.i - 1, noun.i), nxt
    of = doc[nxt] if nxt < len(doc) and doc[nxt].lower_ == "of" else None
    if of is None:
        return None
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    return source_mention(pobj), max(pobj.right_edge.i, of.i) + 1


def sentence_end(doc, first):
    """Offset of the end of the sentence holding token `first` (its last word or closing mark)."""
    sent = first.sent
    last = sent.end - 1
    while last > first.i and (doc[last].is_punct and doc[last].text not in "\"”'’" or doc[last].is_space):
        last -= 1
    return doc[last].idx + len(doc[last])


def opinions(f):
    """Statements of "In his opinion, A" phrases, added to finder f (a content already taken is left alone)."""
    ctx = f.ctx
    doc, text = ctx.doc, ctx.text
    for m in _PHRASE.finditer(text):
        if m.group(2) not in L.OPINION_NOUN or not _opens_sentence(text, m.start()):
            continue
        noun = doc[ctx.tok_at(m.start(2))]
        if noun.idx != m.start(2):
            continue
        found = _speaker(doc, noun, m.group(1))
        if found is None:
            continue
        span, comma = found
        if comma >= len(doc) - 1 or doc[comma].text != ",":
            continue
        first = doc[comma + 1]
        cs, ce = first.idx, sentence_end(doc, first)
        if ce <= cs or f.overlaps(cs, ce):
            continue
        f.add(cs, ce, text[m.start():noun.idx + len(noun)], f"in {noun.lower_}", span, noun.i)
