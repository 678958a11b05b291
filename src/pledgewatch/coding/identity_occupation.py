"""The occupation and breakaway authorities in Ukraine: a speaker whose own title or body is the occupier's.

Construction: in one part of the speaker's own words (role, mention, name), the chain of the speaker's title and the
bodies it hangs on by a linking preposition (`occupation_link`: "a spokesman | for the Moscow-installed
administration | in Melitopol"), up to the first punctuation mark or `occupation_break` word (a place they come from,
whoever acts on them, a clause: "a teacher from ...", "ousted by ...", "who fought ..."), holds an authority noun
marked by the occupier or a breakaway word: an official role of roles.csv, a `government_body`, `republic_word` or
`occupation_body` noun that ends its phrase and that a mark in the same phrase modifies, with no title before the
mark. A mark is a compound of the occupier and an `occupied_marks` word of speaker_words.csv ("Melitopol's
Moscow-installed mayor", "a Russian-controlled town council", "Russia-backed separatists") or a breakaway word
("a minister in Luhansk's self-proclaimed republic", "the pro-Russian separatist militia") beside the occupier or a
place of the occupation's sides. The mark on a body the title hangs on counts only under a title that is an office
or no role at all ("a resident of the self-proclaimed republic" is no authority's), and never under a title the
mention marks Ukrainian ("a Ukrainian official in the Russian-installed administration"). Left alone: a mark on a
place ("a resident of Russian-controlled Melitopol"), on those the speaker fights or who ousted them ("Melitopol's
mayor, ousted by Moscow-installed authorities"), on a company ("the Kremlin-controlled energy giant").

The Ukrainian place such a mention names is the territory, not the speaker's country: a pro-Moscow self-proclaimed
leadership of Luhansk was coded Ukraine from "Luhansk". The country is the breakaway republic the mention names
(countries.csv: "the DPR", "Luhansk People's Republic"), or names by the region it is named after with a
`republic_word` ("Donetsk's republic"), else the occupier's (the country of the `occupier_word` words: Russia); the
speaker holds an office: the authority noun is one (CODING.md: governments, their bodies, armed forces and
spokespeople).

    occupation_identity(ref, "a police chief in Luhansk's self-declared republic") -> ("Luhansk People's Republic", True)
    occupation_identity(ref, "Zaporizhzhia's Moscow-appointed regional head") -> ("Russia", True)
    occupation_identity(ref, "pro-Russian Hungarian politicians") -> None   (another country; no breakaway word)

A mention that names another country besides the occupier, Ukraine and the two republics ("Russian-backed separatists
in Georgia") is left to the other evidence, and so is one naming both republics (two authorities, no one country).
Word classes (coding_words.csv): `breakaway_word`, `occupier_word`, `republic_word`, `occupation_body`,
`occupation_link`, `occupation_break`; `occupied_marks` of speaker_words.csv.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..statements.speakers.words import word_list
from .words import of

_WORD = re.compile(r"[A-Za-z]+(?:['’][sS])?(?:-[A-Za-z]+)*(?:['’][sS])?|[^\sA-Za-z]")
_WORDS = re.compile(r"[a-z]+")


def _chain(part: str) -> list[list[str]]:
    """The phrases of the speaker's title and the bodies it hangs on, in order: "a spokesman for the Moscow-installed
    administration in Melitopol" -> [a spokesman], [the Moscow-installed administration], [Melitopol]."""
    phrases: list[list[str]] = [[]]
    for w in _WORD.findall(part):
        low = w.lower()
        if low in of("occupation_link"):
            phrases.append([])
        elif low in of("occupation_break") or not w[0].isalpha():
            break
        else:
            phrases[-1].append(w)
    return phrases


def _mark(word: str, breakaway_side: bool) -> bool:
    """An occupier-participle compound ("Moscow-installed"), or a breakaway word where the mention names the
    occupier or a place of the occupation's sides ("Kurdish separatists" are another conflict's)."""
    low = word.lower()
    parts = low.split("-")
    if any(a in of("occupier_word") and b in word_list("occupied_marks") for a, b in pairwise(parts)):
        return True
    return breakaway_side and low in of("breakaway_word")


def _authority(ref, noun: str) -> bool:
    low = noun.lower()
    return (low in of("government_body") | of("republic_word") | of("occupation_body")
            or ref.role_official(low) is True)


def _marked_phrase(ref, phrase: list[str], breakaway_side: bool) -> bool:
    """The phrase ends in an authority noun a mark modifies (or a mark that is such a noun: "separatists"), with no
    title before the mark ("a commander fighting Russian-installed ..." is a commander's). A name after the noun is
    the speaker's ("Moscow-installed governor Vladimir Saldo")."""
    while len(phrase) > 1 and phrase[-1][0].isupper() and not _authority(ref, phrase[-1]):
        phrase = phrase[:-1]
    if not phrase or not _authority(ref, phrase[-1]):
        return False
    for k, w in enumerate(phrase):
        if _mark(w, breakaway_side) and (k < len(phrase) - 1 or w.lower() in of("occupation_body")):
            return ref.role_official(" ".join(phrase[:k])) is None
    return False


def _republics(ref) -> dict[str, str]:
    """{a Ukrainian region's canonical name: the countries.csv republic named after it} ("Luhansk": "Luhansk
    People's Republic")."""
    regions = {r["canonical"] for r in ref.places.values() if r.get("kind") == "region" and r.get("country") == "Ukraine"}
    return {c.split()[0]: c for c in {r["country"] for r in ref.places.values() if r.get("kind") == "country"}
            if c.split() and c.split()[0] in regions and set(c.lower().split()) & of("republic_word")}


def occupation_identity(ref, own: str) -> tuple[str, bool] | None:
    """(country, official) of a speaker whose own words mark an occupation or breakaway authority, else None."""
    own = own or ""
    if not any(_mark(w, True) for w in _WORD.findall(own)):
        return None  # no occupier compound or breakaway word at all: most speakers, nothing more to read
    rows = list(ref.find_places(own))
    republic_of = _republics(ref)
    occupier = ref.find_countries(" ".join(sorted(of("occupier_word"))).title())
    named = {r["country"] for r in rows}
    republics = named & set(republic_of.values())
    if set(_WORDS.findall(own.lower())) & of("republic_word"):
        republics |= {republic_of[r["canonical"]] for r in rows if r.get("canonical") in republic_of}
    sides = set(occupier) | set(republic_of.values()) | {"Ukraine"}
    if named - sides or len(republics) > 1:
        return None
    breakaway_side = bool(named or set(_WORDS.findall(own.lower())) & of("occupier_word"))
    for part in own.split(";"):
        chain = _chain(part)
        hits = [j for j, p in enumerate(chain) if _marked_phrase(ref, p, breakaway_side)]
        if not hits or not chain[0]:
            continue
        head = " ".join(chain[0])
        if any(r["country"] == "Ukraine" and r.get("kind") in ("country", "adjective", "people")
               for r in ref.find_places(head)):
            continue  # "a Ukrainian official in the Russian-installed administration"
        if hits[0] > 0 and ref.role_official(head) is False:
            continue  # "a resident of the self-proclaimed republic"
        return (next(iter(republics)) if republics else (occupier[0] if occupier else "")), True
    return None
