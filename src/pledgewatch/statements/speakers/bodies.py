"""Names of bodies the reference tables know: the outlet names and aliases of outlets.csv and the `surface` of
organisations.csv's non-official bodies (media, think tanks, NGOs, companies), folded. The small model tags some of
them PERSON ("Politico reports", "images from Maxar"); a mention that is exactly such a name is no person
(`not_names.NotNamesMixin._not_a_name`), so it is never the antecedent of a "he" or "she" nor a person speaker; a
mention that ends in one after a describing noun ("Russian energy giant Gazprom") is that body
(`mention._as_organisation`)."""

from __future__ import annotations

import functools

from ... import config
from ...ingest.outlets import canonical
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


def _media_rows() -> dict[str, str]:
    """Folded surface -> country of organisations.csv's `media` rows ("economist" -> United Kingdom)."""
    return {fold(row["surface"].strip()): (row.get("country") or "").strip()
            for row in config.reference_rows("organisations.csv")
            if (row.get("kind") or "").strip() == "media" and (row.get("surface") or "").strip()}


@functools.lru_cache(maxsize=1)
def news_outlets() -> dict[str, str]:
    """Folded name -> country of each news outlet the tables know: organisations.csv's `media` rows and the names
    and aliases of outlets.csv's `kind=media` rows (not the sources of another kind there: "ISW", "UK Government").
    The country is organisations.csv's (by the name or by the outlet's key), else outlets.csv's ISO code as
    country_codes.csv names it ("The Times" -> United Kingdom)."""
    media = _media_rows()
    codes = {(r.get("iso") or "").strip(): (r.get("country") or "").strip()
             for r in config.reference_rows("country_codes.csv")}
    out = dict(media)
    for row in config.reference_rows("outlets.csv"):
        if (row.get("kind") or "").strip() != "media":
            continue
        iso = codes.get((row.get("country") or "").strip().upper(), "")
        for n in [row.get("outlet") or "", *(row.get("aliases") or "").split("|")]:
            if n.strip() and "." not in n and fold(n.strip()) not in out:
                out[fold(n.strip())] = media.get(outlet_key(n.strip()), "") or iso
    return out


@functools.lru_cache(maxsize=1)
def no_news_bodies() -> frozenset[str]:
    """Folded names of bodies the tables give a kind other than news medium: organisations.csv's think tanks, NGOs,
    companies and public bodies, and outlets.csv's sources of another `kind` ("ISW", "UK Government"). "The
    newspaper wrote" is never one of them (`organisations._recent_org`)."""
    out = {fold(row["surface"].strip()) for row in config.reference_rows("organisations.csv")
           if (row.get("kind") or "").strip() in {"think_tank", "ngo", "company", "public_body"}
           and (row.get("surface") or "").strip()}
    for row in config.reference_rows("outlets.csv"):
        if (row.get("kind") or "").strip() not in {"", "media"}:
            out |= {fold(n.strip()) for n in [row.get("outlet") or "", *(row.get("aliases") or "").split("|")]
                    if n.strip() and "." not in n}
    return frozenset(out - _media_rows().keys())


def outlet_key(name: str) -> str:
    """The folded outlet name without "the" that outlets.csv gives a name or alias ("NYT", "the New York Times"
    -> "new york times"; `ingest.outlets.canonical`), else the folded name: one key per outlet however the
    article writes it."""
    if fold(name) not in outlet_names():
        return fold(name)
    known, _ = canonical(name)
    return fold(known).removeprefix("the ").strip()


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
