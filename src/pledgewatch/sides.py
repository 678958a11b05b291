"""Which side of the war a country or body is on, from `data/reference/countries.csv` (columns `side`, `side_source`).

    side_of("Germany") -> "donor";  side_of("Ukraine") -> "recipient";  side_of("Russia") -> "adversary";
    side_of("China") -> "other";    side_of("") -> ""  (unknown country)

Sides: `donor` (governments and bodies that give support to Ukraine: the Kiel Ukraine Support Tracker's donors, the
EU, NATO, G7, IMF, World Bank), `recipient` (Ukraine), `adversary` (Russia, Belarus, the occupation authorities,
Russia's suppliers Iran and North Korea), `other` (everyone else). Researchers change a side by editing the CSV;
`side_source` says why each country has its side.
"""

from __future__ import annotations

import functools

from . import config

SIDES = ("donor", "recipient", "adversary", "other")


@functools.lru_cache(maxsize=1)
def sides() -> dict[str, str]:
    """{country (as in the CSV's `country` column, and lower-cased): side}."""
    out: dict[str, str] = {}
    for row in config.reference_rows("countries.csv"):
        country, side = (row.get("country") or "").strip(), (row.get("side") or "").strip()
        if country and side:
            if side not in SIDES:
                raise ValueError(f"countries.csv: unknown side {side!r} for {country!r} (expected one of {SIDES})")
            out.setdefault(country, side)
            out.setdefault(country.lower(), side)
    return out


def side_of(country: object) -> str:
    """The side of a country name (`speaker_country` values), '' when unknown or empty."""
    if not isinstance(country, str) or not country.strip():
        return ""
    c = country.strip()
    table = sides()
    return table.get(c) or table.get(c.lower(), "")


def countries_on(side: str) -> set[str]:
    """Every country name (as in the CSV) with this side."""
    rows = config.reference_rows("countries.csv")
    return {r["country"].strip() for r in rows if (r.get("side") or "").strip() == side and r["country"].strip()}
