"""A non-person speaker that names governments (coding.identity, step 3): a joint speaker of countries, capitals
or official bodies ("Poland and Lithuania"), a group with a plural of governments ("EU states", "US and its allies"),
or one government's body named by its country and a `government_body` noun ("the US treasury"). Each returns a
countries.csv-like row (`country`, `official`) or None.
"""

from __future__ import annotations

import re

JOINT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
THE = re.compile(r"^the\s+", re.I)


def joint_governments(ref, name: str) -> dict | None:
    """A joint speaker made only of countries, capitals or bodies that speak officially ("Poland and Lithuania",
    "U.S. and Britain", "Washington and London", "the US and EU"): their governments speak, an office; the country
    is the first member's (DATA_DICTIONARY: a joint speaker takes its first member's)."""
    parts = [THE.sub("", p) for p in JOINT.split(name.strip()) if p.strip()]
    if len(parts) < 2:
        return None
    places = [ref.place(p) for p in parts]
    if not all(places) or any((p.get("official") or "").lower() != "yes" for p in places):
        return None
    return places[0]


def _government_plural(ref, part: str, after_place: bool) -> bool:
    """One part of a group speaker names governments: its head is a `government_plural` word ("EU states", "both
    countries", "numerous western governments") or an `ally_plural` word with a place or bloc word before it, or
    a `group_owner` word ('its', 'their') right after a named country ("NATO allies", "Ukraine's Western partners",
    "US and its allies"; not "Trump's allies"); every word before the head is a place, a bloc word or a
    `group_modifier`."""
    from .words import of

    words = part.split()
    if not words:
        return False
    head, mods = words[-1].lower(), [w.lower() for w in words[:-1]]
    bloc = of("bloc_speaker")
    placed = [w.lower() for w in words[:-1] if ref.find_country(w) or w.lower() in bloc]
    if any(w not in of("group_modifier") and w not in placed for w in mods):
        return False
    if head in of("government_plural"):
        return True
    return head in of("ally_plural") and (bool(placed) or (after_place and bool(of("group_owner") & set(mods))))


def governments_group(ref, name: str) -> dict | None:
    """A group speaker made of governments, with at least one plural of them ("EU states", "G7 countries", "US and
    its allies", "Kyiv and Western countries", "only the Baltic states and Poland"): its governments speak, an office
    (CODING.md: governments and ministries). The country is a named member's (DATA_DICTIONARY: a joint speaker takes
    its first member's) and otherwise left to the other evidence (a bloc has none of its own)."""
    parts = [THE.sub("", p) for p in JOINT.split(name.strip()) if p.strip()]
    first, plural = None, False
    for p in parts:
        place = ref.place(p)
        if place is not None and (place.get("official") or "").lower() == "yes":
            first = first or place
        elif _government_plural(ref, p, first is not None):
            plural = True
        else:
            return None
    if not plural:
        return None
    return {"country": (first or {}).get("country") or "", "official": "yes"}


def government_body(ref, name: str) -> dict | None:
    """A body of one government named by its country, nationality or international body and a `government_body`
    noun of coding_words.csv ("the US treasury", "the German chancellery", "the Ukrainian side", "the United Nations
    refugee agency", "the Swedish Defence Research Agency"): that government or body speaks, an office (CODING.md:
    governments, ministries, bodies of the UN), of that country; `body: True` marks the match. The name begins with
    the place ("United States treasury", "UN's ... agency"); an outlet has a `media_modifier` word between ("the
    Kremlin news agency") and is no body of the government."""
    from .words import of

    words = THE.sub("", name.strip()).split()
    if len(words) < 2 or words[-1].lower() not in of("government_body"):
        return None
    for n in range(min(3, len(words) - 1), 0, -1):
        place = ref.place(" ".join(words[:n]))
        if place is not None:
            break
    if place is None or not place.get("country") or (place.get("official") or "").lower() == "no":
        return None
    if {w.lower() for w in words[n:-1]} & of("media_modifier"):
        return None
    return {"country": place["country"], "official": "yes", "body": True}


_BODY_COUNTRIES: dict[int, tuple] = {}  # id(ref) -> (ref, its body-only countries); the ref kept alive beside its id


def _body_countries(ref) -> frozenset:
    """The `country` values of countries.csv that only international bodies carry (module doc of
    `international_body`), read once per reference object (a Reference is not hashable: kept by identity)."""
    hit = _BODY_COUNTRIES.get(id(ref))
    if hit and hit[0] is ref:
        return hit[1]
    body, state = set(), set()
    for r in ref.places.values():
        kind, country = r.get("kind") or "", r.get("country") or ""
        if kind == "body" and (r.get("official") or "").lower() == "yes":
            body.add(country)
        elif kind == "country":
            state.add(country)
    if len(_BODY_COUNTRIES) >= 8:  # a few references at most (tests build their own): never grows without bound
        _BODY_COUNTRIES.clear()
    _BODY_COUNTRIES[id(ref)] = (ref, frozenset(body - state))
    return _BODY_COUNTRIES[id(ref)][1]


def international_body(ref, country: str) -> bool:
    """`country` is an international body that speaks officially (countries.csv: a row of kind `body` with official
    yes for it, and no row of kind `country`): NATO, the EU, the UN, the OSCE ..."""
    return country in _body_countries(ref)


def organ_of_international_body(ref, typ: str, country: str, official) -> bool:
    """A non-person speaker whose own words give it an international body as its country and no office either way
    ("the UN's joint coordination centre", "EU sources", "NATO's military committee"): a body or source of that
    organisation, an office (CODING.md: officials and bodies of NATO / EU / UN). Role words that make no office keep
    theirs ("EU farmers", "UN experts"); persons are judged by their role."""
    return typ != "person" and official is None and bool(country) and international_body(ref, country)
