"""The occupation and breakaway authorities in Ukraine: a speaker whose own mention marks it as the occupier's.

Construction: the speaker's own words (role, mention, name) mark an authority set up by the occupier, by a breakaway
word ("a minister in Luhansk's self-proclaimed republic", "a separatist commander", "an unrecognised state") or by a
compound of the occupier and a participle of installing or backing ("Melitopol's Moscow-installed mayor", "a
Russian-controlled town council", "a Kremlin-backed deputy"). The Ukrainian place such a mention names is the
territory, not the speaker's country: a pro-Moscow self-proclaimed leadership of Luhansk was coded Ukraine from
"Luhansk". The country is the breakaway republic where the mention names one as a republic ("Donetsk's republic",
"the DPR": countries.csv `Donetsk People's Republic`), else the occupier (Russia); the speaker is an official
(CODING.md: governments, their bodies and spokespeople) unless other words of the mention say otherwise (a company:
"Gazprom, the Kremlin-controlled energy giant").

    occupation_identity(ref, "a police chief in Luhansk's self-declared republic") -> ("Luhansk People's Republic", True)
    occupation_identity(ref, "Zaporizhzhia's Moscow-appointed regional head") -> ("Russia", True)
    occupation_identity(ref, "pro-Russian Hungarian politicians") -> None   (another country; no breakaway word)

A mention that names another country besides Russia, Ukraine and the two republics ("Russian-backed separatists in
Georgia") is left to the other evidence, and so is one naming both republics (two authorities, no one country).
Word classes (coding_words.csv): `breakaway_word`, `occupier_word`, `installed_participle`, `republic_word`.
"""

from __future__ import annotations

import re

from ..statements.names import _COUNTRY_TOKEN, strip_possessive
from .words import of

_REPUBLICS = {"donetsk": "Donetsk People's Republic", "luhansk": "Luhansk People's Republic",
              "lugansk": "Luhansk People's Republic", "dpr": "Donetsk People's Republic",
              "dnr": "Donetsk People's Republic", "lpr": "Luhansk People's Republic",
              "lnr": "Luhansk People's Republic"}
_COMPOUND = re.compile(r"\b([a-z]+)\s*-\s*([a-z]+)\b")
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*")
_WORDS = re.compile(r"[a-z]+")
_OCCUPATION_SIDE = {"Russia", "Ukraine", "Donetsk People's Republic", "Luhansk People's Republic"}


def _marked(low: str, named: set[str]) -> bool:
    """An occupier-participle compound ("Moscow-installed"), or a breakaway word ("self-proclaimed", "separatists")
    beside the occupier ("pro-Russian separatists") or a place of the occupied side ("Luhansk's self-proclaimed
    republic"): "Kurdish separatists" are another conflict's."""
    if any(a in of("occupier_word") and b in of("installed_participle") for a, b in _COMPOUND.findall(low)):
        return True
    return bool(set(_TOKEN.findall(low)) & of("breakaway_word")) and bool(
        named & _OCCUPATION_SIDE or set(_WORDS.findall(low)) & of("occupier_word"))


def _countries(ref, text: str) -> set[str]:
    """Every country, region or body of countries.csv that text names (as `Reference.find_country`, all of them)."""
    toks, found = _COUNTRY_TOKEN.findall(text or ""), set()
    for i in range(len(toks)):
        for n in (4, 3, 2, 1):
            chunk = " ".join(toks[i:i + n])
            for c in (chunk, strip_possessive(chunk), strip_possessive(chunk).rstrip(".")):
                row = ref.places.get(c)
                if row and row.get("country"):
                    found.add(row["country"])
    return found


def occupation_identity(ref, own: str) -> tuple[str, bool] | None:
    """(country, official) of a speaker whose own words mark an occupation or breakaway authority, else None."""
    low = (own or "").lower()
    named = _countries(ref, own)
    toks = set(_WORDS.findall(low))
    republics = {_REPUBLICS[t] for t in toks if t in _REPUBLICS and (t in ("dpr", "dnr", "lpr", "lnr")
                                                                     or toks & of("republic_word"))}
    republics |= named & {"Donetsk People's Republic", "Luhansk People's Republic"}
    if not _marked(low, named | republics) or named - _OCCUPATION_SIDE or len(republics) > 1:
        return None
    return (next(iter(republics)) if republics else "Russia"), True
