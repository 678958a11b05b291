"""Names of bodies the reference tables know: the outlet names and aliases of outlets.csv and the `surface` of
organisations.csv's non-official bodies (media, think tanks, NGOs, companies), folded. The small model tags some of
them PERSON ("Politico reports", "images from Maxar"); a mention that is exactly such a name is no person
(`not_names.NotNamesMixin._not_a_name`), so it is never the antecedent of a "he" or "she" nor a person speaker; a
mention that ends in one after a describing noun ("Russian energy giant Gazprom") is that body
(`mention._as_organisation`)."""

from __future__ import annotations

import functools

from ... import config
from ..names import fold


@functools.lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
    """Folded names and aliases of outlets.csv, domain aliases ("guardian.com") left out."""
    names = (n.strip() for row in config.reference_rows("outlets.csv")
             for n in [row.get("outlet") or "", *(row.get("aliases") or "").split("|")])
    return frozenset(fold(n) for n in names if n and "." not in n)


@functools.lru_cache(maxsize=1)
def known_bodies() -> frozenset[str]:
    """Folded names of outlets.csv and of organisations.csv's bodies that are no public office (media, think tanks,
    NGOs, companies; capitalised surfaces only: not its generic common nouns)."""
    out = set()
    for row in config.reference_rows("organisations.csv"):
        surface = (row.get("surface") or "").strip()
        if surface[:1].isupper() and (row.get("official") or "").strip() == "no":
            out.add(fold(surface))
    return frozenset(out | outlet_names())


@functools.lru_cache(maxsize=1)
def media_bodies() -> frozenset[str]:
    """Folded names of news media: outlets.csv's names and aliases and organisations.csv's `media` rows. "The bank
    said" after "according to the FT" is never the paper (`organisations._recent_org`)."""
    out = set()
    for row in config.reference_rows("organisations.csv"):
        if (row.get("kind") or "").strip() == "media" and (row.get("surface") or "").strip():
            out.add(fold(row["surface"].strip()))
    return frozenset(out | outlet_names())


@functools.lru_cache(maxsize=1)
def media_countries() -> dict[str, str]:
    """Folded name -> country of organisations.csv's `media` rows ("economist" -> United Kingdom)."""
    return {fold(row["surface"].strip()): (row.get("country") or "").strip()
            for row in config.reference_rows("organisations.csv")
            if (row.get("kind") or "").strip() == "media" and (row.get("surface") or "").strip()}


@functools.lru_cache(maxsize=1)
def outlet_keys() -> dict[str, str]:
    """Folded name or alias of outlets.csv -> the folded outlet name without "the" ("nyt", "the new york times"
    -> "new york times"): one key per outlet however the article writes it."""
    out = {}
    for row in config.reference_rows("outlets.csv"):
        key = fold(row.get("outlet") or "").removeprefix("the ").strip()
        for n in [row.get("outlet") or "", *(row.get("aliases") or "").split("|")]:
            if n.strip() and "." not in n:
                out[fold(n.strip())] = key
    return out


def trailing_body(span) -> str:
    """The name of a known body that is the whole mention or ends it after a common noun that describes it
    ("Russian energy giant Gazprom", "the news site Politico"): the trailing run of proper nouns, when it is one
    (else ""). Not after a possessive or an adjective, which say whose body it is ("Russia's Defense Ministry",
    "the British Defence Ministry")."""
    j = len(span)
    while j > 0 and span[j - 1].pos_ == "PROPN":
        j -= 1
    if j > 0 and not (span[j - 1].pos_ == "NOUN" and span[j - 1].is_lower):
        return ""
    name = span[j:].text
    return name if name and fold(name) in known_bodies() else ""
