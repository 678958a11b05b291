"""Names the NER did not tag PERSON that the sentence itself describes as a person.

The small model often tags a person's name ORG ("Franz-Stefan Gady", "Sabalenka") or nothing; such a name never
enters the index, so "he"/"she" after it resolves to someone named earlier and its own quotes go to the wrong
person. The grammar right after the name says it is a person (no word list of names):

- an appositive whose head is a person noun (a roles.csv role or a person head of speaker_words.csv):
  "Franz-Stefan Gady, a research fellow ... the International Institute ... Strategic Studies, cautioned ...";
- a relative clause with "who": "Sabalenka, who could become the world number one, is ...";
- an age in commas: "Shaun Pinner, 48, from Watford, ...".

`described_names(idx)` lists the (start, end) of such names; `ArticleIndex` indexes them as people before it
links the bare surnames elsewhere in the article to the people it knows.
"""

from __future__ import annotations

import re

from ..names import fold
from .words import (
    APPOSITIVE_PERSONS,
    DESC_HEADS,
    GENERIC_PERSON,
    GOV_HEADS,
    GROUP_HEADS,
    ORG_HEADS,
    PERSON_NOUNS,
    PRON_ALL,
    TITLE_SET,
)

# entity labels that make a capitalised run something other than a person's name (ORG is the small model's usual
# mistake for a person, so it does not count here)
_THING_LABELS = {"GPE", "NORP", "LOC", "FAC", "DATE", "EVENT", "LAW", "PRODUCT", "CARDINAL", "ORDINAL", "TIME",
                 "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "LANGUAGE"}
# place labels the small model also puts on an unfamiliar surname ("Oleksii [Vlasenko]GPE, 32,"): they do not count
# on the words after an untagged first word (a given name), where the run is no place countries.csv knows and the
# sentence describes it as a person; a nationality or party word (NORP: "the Wisconsin Republican") always counts
_PLACE_LABELS = {"GPE", "LOC"}


def _name_runs(idx):
    """(start, end) of each run of title-case proper nouns (a hyphen may join them) outside any indexed person."""
    toks, n, nxt = idx.toks, len(idx.toks), 0
    for i in idx.propn_at:
        if i < nxt or i in idx.tok_person:
            continue
        j = i
        while j < n and (toks[j].pos_ == "PROPN" or (toks[j].text == "-" and not toks[j].whitespace_)) \
                and j not in idx.tok_person:
            j += 1
        nxt = max(j, i + 1)
        yield i, j


_APOSTROPHE = re.compile(r"['’]")


def _could_be_a_name(idx, i, j) -> bool:
    """1 to 4 title-case words, none an organisation or group head, a title, a place or a pronoun."""
    run = idx.doc[i:j]
    words = [t for t in run if t.text != "-"]
    if not 1 <= len(words) <= 4 or run.text.isupper():
        return False
    if any(not (t.is_title and _APOSTROPHE.sub("", t.text).isalpha()) for t in words):
        return False
    low = {t.lower_ for t in words}
    if low & (ORG_HEADS | GOV_HEADS | GROUP_HEADS) or any(fold(t.text).strip(".") in TITLE_SET for t in words):
        return False
    labels = {t.ent_type_ for t in run}
    if len(words) > 1 and not words[0].ent_type_:  # a given name, then a surname the NER took for a place
        labels = {words[0].ent_type_} | {t.ent_type_ for t in words[1:]} - _PLACE_LABELS
    if labels & _THING_LABELS or fold(run.text) in PRON_ALL:
        return False
    return not (idx.ref.place(run.text) or any(idx.ref.place(t.text) for t in words))


def _person_noun(idx, tok) -> bool:
    """A common noun that names a person: "fellow", "analyst", "minister", "player", "spokesman", "member"."""
    if tok.pos_ != "NOUN":
        return False
    low = tok.lower_
    return low in DESC_HEADS or low in GENERIC_PERSON or low in APPOSITIVE_PERSONS or bool(idx.ref.role_matches(low))


def _described_as_person(idx, i, j) -> bool:
    """The run is followed by a comma and then by an appositive person noun, a who-clause or an age."""
    doc = idx.doc
    if j + 1 >= len(doc) or doc[j].text != ",":
        return False
    root = doc[i:j].root
    nxt = doc[j + 1]
    if nxt.like_num and len(nxt.text) <= 3 and nxt.text.isdigit() and j + 2 < len(doc) and doc[j + 2].text == ",":
        return 16 <= int(nxt.text) <= 110  # "Shaun Pinner, 48, from Watford"
    for c in root.children:
        if c.i <= j:
            continue
        if c.dep_ == "appos" and _person_noun(idx, c):
            return True  # "Franz-Stefan Gady, a research fellow ..."
        if c.dep_ == "relcl" and any(g.lower_ == "who" and g.i == j + 1 for g in c.children):
            return True  # "Sabalenka, who could become ..."
    return False


def described_names(idx) -> list[tuple[int, int]]:
    """(start, end) of the names the sentence describes as a person that the index does not hold yet."""
    doc, n = idx.doc, len(idx.doc)
    # (a comma right after the run is a condition of _described_as_person, tested first: most runs have none)
    return [(i, j) for i, j in _name_runs(idx) if j + 1 < n and doc[j].text == ","
            and _could_be_a_name(idx, i, j) and _described_as_person(idx, i, j)]


def index_described(idx) -> None:
    """Index each described name as a person, with that description as evidence (so it is no "weak" person)."""
    for st, en in described_names(idx):
        idx.described.add(fold(idx.doc[st:en].text))
        p = idx.add_mention(st, en)
        if p is not None:
            p.evidence += 2


def mark_appositive_persons(idx) -> None:
    """A name in apposition after a person noun is a person, whatever else the text says of it: "his Estonian
    counterpart, Kadri Saar", "her colleague, Liisi Vromen", "his old friend, Ivo Brandt" (a person noun as
    `_person_noun` reads it, or one of `person_nouns`). The description is evidence, so the name is no "weak" person that a he/she skips when a strong one
    is near ("Minister X spoke with his counterpart, Y. She said ...": Y)."""
    doc = idx.doc
    for s, e, p, *_ in idx.mentions:
        root = doc[s:e].root
        h = root.head
        if root.dep_ == "appos" and h.i < s and (_person_noun(idx, h) or (h.pos_ == "NOUN" and h.lower_ in PERSON_NOUNS)):
            p.evidence = max(p.evidence, 2)
