"""Names the NER did not tag PERSON that stand right after a title or an office: the title says a person follows.

The small model tags "Avril Haines" ORG in "the top U.S. spy chief, DNI Avril ..., told lawmakers", swallows
"Ron Desantis" into a place run in "the governor of Florida Ron Desantis (...) described the war as ...", and takes
"Liz Truss on Sunday" for something else in translated copy ("- said the Minister ... Foreign Affairs Liz Truss on
Sunday"). Such a name never enters the index, so the row's mention is a description no one fits (`UNKNOWN`) or
goes to someone named earlier. The construction, on the parse and the first-name lists (no list of names):

- a given name (first_names.csv) starting one or two more title-case words, none a title, place, body or group
  word, the end of a run of proper nouns or the run itself (a place entity the NER began at the word before may
  hold it: "[Florida Ron Desantis]GPE");
- right after a title word ("Sir Malcolm Rifkind", "DNI Avril Haines": an acronym of capitals), a person noun or
  role ("foreign secretary Sir ...", "spokesman John Kirby"), or the last word of an office's "of" phrase that
  hangs on a person noun or role ("the governor of Florida Ron Desantis", "the Minister ... Foreign Affairs Liz
  Truss").

`index_missed_names(idx)` indexes the names `described.py` finds and then these, before the index links bare
surnames to the people it knows.
"""

from __future__ import annotations

import re

from ..gender import GIVEN
from ..names import fold
from .described import index_described, mark_appositive_persons
from .words import DESC_HEADS, GENERIC_PERSON, GOV_HEADS, GROUP_HEADS, ORG_HEADS, PRON_ALL, TITLE_SET

# entity labels that make title-case words something other than a person's name (ORG is the small model's usual
# mistake for a person, so it does not count)
_THING_LABELS = {"GPE", "NORP", "LOC", "FAC", "DATE", "EVENT", "LAW", "PRODUCT", "CARDINAL", "ORDINAL", "TIME",
                 "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "LANGUAGE"}
# an acronym title before a name ("DNI", "CIA", "FBI"): capitals only, punctuation, not a word list
_ACRONYM = re.compile(r"[A-Z]{2,5}")
# a generational suffix after a surname ("Charles Elliott III", "Jr."): such names are left to the index as they were
_SUFFIX = re.compile(r"(?:[JS]r\.?|II|III|IV)")


def _name_word(idx, tok, any_label: bool = False) -> bool:
    """A title-case word that may be part of a person's name: no title, body, group, place or thing (by its entity
    label too, unless `any_label`)."""
    low = tok.lower_
    return tok.is_title and re.sub(r"['’-]", "", tok.text).isalpha() and (any_label or tok.ent_type_ not in
                                                                           _THING_LABELS) \
        and fold(tok.text).strip(".") not in TITLE_SET and low not in ORG_HEADS and low not in GOV_HEADS \
        and low not in GROUP_HEADS and low not in PRON_ALL and not idx.ref.place(tok.text)


def _person_word(idx, tok) -> bool:
    """A noun (or title-case title) naming a person: "governor", "Minister", "spokesman", "chief"."""
    low = tok.lower_
    return low in DESC_HEADS or low in GENERIC_PERSON or fold(tok.text).strip(".") in TITLE_SET \
        or bool(idx.ref.role_matches(low))


def _after_place(idx, k: int) -> bool:
    """doc[k] continues a place entity (GPE, LOC) the NER began at the word before ("the governor of [Florida Ron
    Desantis]GPE"): the label belongs to the place, not to the name glued to it."""
    prev = idx.toks[k - 1] if k else None
    return prev is not None and idx.toks[k].ent_iob_ == "I" and prev.ent_iob_ == "B" and prev.ent_type_ in {"GPE", "LOC"}


def _titled_before(idx, k: int) -> bool:
    """The word before doc[k] makes what follows a person: a title, an acronym title, a person noun or role, or the
    last word of an "of" phrase on one ("the governor of [Florida]", "the Minister of Foreign [Affairs]")."""
    if k == 0:
        return False
    prev = idx.toks[k - 1]
    if _person_word(idx, prev) or (_ACRONYM.fullmatch(prev.text) and prev.ent_type_ not in _THING_LABELS):
        return True
    t = prev
    while t.dep_ in {"compound", "amod"} and t.head.i > t.i:  # (up to the name itself: "[Florida] Ron Desantis")
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of":
        return _person_word(idx, t.head.head)
    return False


def titled_names(idx) -> list[tuple[int, int]]:
    """(start, end) of each given name + one or two name words right after a title or office (module docstring)
    that the index does not hold yet."""
    toks, n, out = idx.toks, len(idx.toks), []
    for k, tok in enumerate(toks):
        if k in idx.tok_person or not tok.is_title or fold(tok.text) not in GIVEN or tok.pos_ != "PROPN":
            continue
        j = k + 1
        glued = _after_place(idx, k)
        while j < n and j - k < 3 and toks[j].pos_ == "PROPN" and j not in idx.tok_person and (
                _name_word(idx, toks[j]) or (glued and toks[j].ent_iob_ == "I" and _name_word(idx, toks[j], True))):
            j += 1
        if j - k < 2 or (j < n and ((toks[j].pos_ == "PROPN" and toks[j].is_title) or _SUFFIX.fullmatch(toks[j].text))):
            continue  # a first name alone, a longer run (a body's name: "Mark Twain Prize Committee"), "Elliott III"
        if (_name_word(idx, tok) or _after_place(idx, k)) and _titled_before(idx, k):
            out.append((k, j))
    return out


def index_titled(idx) -> None:
    """Index each titled name as a person, the title as evidence (so it is no "weak" person)."""
    for st, en in titled_names(idx):
        p = idx.add_mention(st, en)
        if p is not None:
            p.evidence += 2


def index_missed_names(idx) -> None:
    """The names the NER did not tag PERSON: described by the sentence (described.py), then titled (this module)."""
    index_described(idx)
    index_titled(idx)
    mark_appositive_persons(idx)  # (names the NER did tag PERSON, after a person noun: described.py)
