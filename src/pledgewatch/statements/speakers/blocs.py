"""A speaker described through "the bloc" ("the bloc's presidency", "the bloc's top justice official", "the bloc's
energy chief"): the bloc is the one the article is about, the EU or NATO, not the country the sentences around
name (which gave "the bloc's presidency" the United Kingdom or Russia). Round 42.

Construction: a token of the speaker's mention is a `bloc_nouns` noun ("bloc") with the determiner "the" and no
modifier of its own ("the Soviet bloc", "the western bloc", "a bloc of states" are no such bloc); its country is
the `bloc_homes` country the article's named bodies give most often (entities the gazetteer maps to EU or NATO:
"EU", "the European Union", "Nato"), none on a tie or where the article names neither.
"""

from __future__ import annotations

import collections

from .words import word_list

_BLOC_NOUNS = word_list("bloc_nouns")
_BLOC_HOMES = word_list("bloc_homes")
_BODY_KINDS = ("body",)


def named_bloc(doc, sp) -> bool:
    """The speaker's mention (token span sp) holds "the bloc" with no modifier of its own."""
    if not sp:
        return False
    for t in doc[sp[0]:sp[1]]:
        if t.lower_ in _BLOC_NOUNS and t.pos_ == "NOUN":
            kids = list(t.children)
            if any(c.lower_ == "the" and c.dep_ == "det" for c in kids) and not any(
                    c.dep_ in ("amod", "compound", "nmod", "prep") for c in kids):
                return True
    return False


def article_bloc(doc, ref) -> str:
    """The `bloc_homes` country the article's named bodies give most often ("EU", "the European Union", "Nato"),
    '' on a tie or where it names none."""
    counts = collections.Counter()
    for e in doc.ents:
        row = ref.place(e.text)
        if row is not None and row.get("kind") in _BODY_KINDS and row.get("country") in _BLOC_HOMES:
            counts[row["country"]] += 1
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return ""
    return top[0][0]


def bloc_country(doc, ref, sp) -> str:
    """The country of a speaker described through "the bloc" (module doc), else ''."""
    return article_bloc(doc, ref) if named_bloc(doc, sp) else ""
