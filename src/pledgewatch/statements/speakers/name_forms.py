"""Two forms of a person's name the mention index must neither split into two people nor drop.

Particle surnames: the article names a person in full, "Beth Van Schaack", and then by the surname alone, which
begins with a name particle (name_particles in speaker_words.csv): "Van Schaack said", "De Gaulle", "Von der
Leyen". The particle is no given name, so the short form is the person named in full (and the reverse order: "Van
Schaack" first, "Beth Van Schaack" later). Without this the short form makes a second person that has none of the
roles the text gave at the full name ("Beth Van Schaack, the US ambassador-at-large, ...").

Given names that are common nouns: "according to Bill Thorson, the village board chair": "bill" is a not-name
word ("the Online Safety Bill"), but as the FIRST of several words of a PERSON entity and a given name (gender.py's
first-name lists) it is the person's first name, not a sign the entity names a thing.
"""

from __future__ import annotations

from ..gender import FEMALE, MALE
from ..names import fold
from .words import NAME_PARTICLES, NOT_NAME_WORDS


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
