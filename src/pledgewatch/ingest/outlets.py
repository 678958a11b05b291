"""The outlet of an article and where its name came from (data/reference/outlets.csv).

`resolve(outlet, url, names, article_id, source_hint)` -> Outlet(outlet, outlet_source, outlet_country). First that
decides wins; `outlet_source` says which:
    metadata    the record's own outlet field (JSON/CSV column, front matter, sidecar, HTML site name)
    export      the source line of a database export (LexisNexis/Nexis Uni/Factiva)
    url_domain  the domain of the record's URL: the outlet outlets.csv gives for it, else the domain itself
    text_signature  a line the outlet prints about itself, in the record's raw text (outlet_signatures.csv: an
                agency's dateline, an app or newsletter promo, an opinion disclaimer), unless the record's id names
                another country of publication
    file_name   a word of the file name that is a one-word alias in outlets.csv (a file named guardian_2022 -> The Guardian)
    id_country  no outlet name, only the country of publication a GDELT-style id carries
                ('20220125T090000Z_GB_en_...' -> GB): `outlet` stays empty, `outlet_country` is set
    unknown     nothing names the outlet
A name given by metadata or an export is kept as written unless it is an alias in outlets.csv (then the table's
name is used: 'The Guardian(London)', 'Guardian.com' -> 'The Guardian') or a domain outlets.csv knows (GDELT's
`domain` column: 'edition.cnn.com' -> 'CNN'). `outlet_country` is the ISO code of outlets.csv for a known outlet,
else the id's country where the id carries one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from .. import config

OUTLET_SOURCES = ("metadata", "export", "url_domain", "text_signature", "file_name", "id_country", "unknown")
_GDELT_ID = re.compile(r"^\d{8}T\d{4,6}Z_(?P<cc>[A-Z]{2})_[a-z]{2,3}_")
_PLACE = re.compile(r"\s*\([^()]*\)\s*$")
MIN_FILE_ALIAS = 4


class Outlet(NamedTuple):
    outlet: str | None
    outlet_source: str
    outlet_country: str | None


class OutletTable(NamedTuple):
    by_domain: dict  # domain -> (outlet, country)
    by_alias: dict  # lower-case alias or outlet name -> (outlet, country)
    file_words: dict  # one-word alias -> (outlet, country)


def _rows(path) -> list[dict]:
    return config.reference_rows(path)


@lru_cache(maxsize=4)
def table(path: str | None = None) -> OutletTable:
    by_domain, by_alias, file_words = {}, {}, {}
    for row in _rows(path or config.reference("outlets.csv")):
        name = (row.get("outlet") or "").strip()
        if not name:
            continue
        country = (row.get("country") or "").strip().upper() or None
        dom = (row.get("domain") or "").strip().lower()
        if dom.startswith("www."):
            dom = dom[4:]
        if dom:
            by_domain[dom] = (name, country)
        aliases = [a.strip().lower() for a in (row.get("aliases") or "").split("|") if a.strip()]
        for a in [name.lower(), *aliases]:
            by_alias.setdefault(a, (name, country))
            if " " not in a and len(a) >= MIN_FILE_ALIAS and "." not in a:
                file_words.setdefault(a, (name, country))
    return OutletTable(by_domain, by_alias, file_words)


def canonical(name: str | None) -> tuple[str | None, str | None]:
    """(outlet name, country): outlets.csv's name when `name` is one of its aliases, else `name` as written."""
    if not name:
        return None, None
    name = " ".join(str(name).split())
    t = table()
    for key in (name.lower(), _PLACE.sub("", name).lower()):
        if key in t.by_alias:
            return t.by_alias[key]
    if re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", name.lower()):  # a domain given as the name (GDELT)
        known, cc = from_url("http://" + name.lower())
        if known != domain_of("http://" + name.lower()):
            return known, cc
    return name, None


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(str(url).strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def from_url(url: str | None) -> tuple[str | None, str | None]:
    """(outlet, country) of a URL: the longest domain of outlets.csv that the host is or ends with; else the host."""
    host = domain_of(url)
    if not host:
        return None, None
    t = table()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        cand = ".".join(parts[i:])
        if cand in t.by_domain:
            return t.by_domain[cand]
    return host, None


def from_file_name(names) -> tuple[str | None, str | None]:
    t = table()
    for name in names:
        for word in re.split(r"[^0-9A-Za-z]+", str(name).lower()):
            if word in t.file_words:
                return t.file_words[word]
    return None, None


@lru_cache(maxsize=4)
def signatures(path: str | None = None) -> list[tuple[str, str | None, re.Pattern]]:
    """(outlet, country, regex) per row of outlet_signatures.csv."""
    t = table()
    out = []
    for row in _rows(path or config.reference("outlet_signatures.csv")):
        name = (row.get("outlet") or "").strip()
        flags = re.M | (re.I if "i" in (row.get("flags") or "") else 0)
        outlet, cc = t.by_alias.get(name.lower(), (name, None))
        try:
            out.append((outlet, cc, re.compile(row["pattern"], flags)))
        except re.error as e:
            raise ValueError(f"outlet_signatures.csv: the pattern of {name!r} is not a valid regex ({e})") from e
    return out


def from_text(text: str | None, id_country: str | None = None) -> tuple[str | None, str | None]:
    """(outlet, country) of the first signature the text holds whose outlet's country agrees with the id's."""
    if not text:
        return None, None
    for outlet, cc, rx in signatures():
        if id_country and cc and cc != id_country:
            continue
        if rx.search(text):
            return outlet, cc
    return None, None


def country_from_id(article_id: str | None) -> str | None:
    m = _GDELT_ID.match(str(article_id or ""))
    return m["cc"] if m else None


def resolve(outlet=None, url=None, names=(), article_id=None, source_hint: str | None = None,
            text: str | None = None) -> Outlet:
    """The outlet of one record. `source_hint` ('export') names where a given `outlet` came from (default
    'metadata'); `names` are the file names the record came from; `text` its raw text."""
    id_cc = country_from_id(article_id)
    if outlet not in (None, "") and str(outlet).strip():
        name, cc = canonical(str(outlet))
        return Outlet(name, source_hint or "metadata", cc or id_cc)
    if url:
        name, cc = from_url(url)
        if name:
            return Outlet(name, "url_domain", cc or id_cc)
    name, cc = from_text(text, id_cc)
    if name:
        return Outlet(name, "text_signature", cc or id_cc)
    name, cc = from_file_name(names)
    if name:
        return Outlet(name, "file_name", cc or id_cc)
    if id_cc:
        return Outlet(None, "id_country", id_cc)
    return Outlet(None, "unknown", None)


__all__ = ["Outlet", "OUTLET_SOURCES", "resolve", "canonical", "from_url", "domain_of", "from_file_name", "from_text",
           "country_from_id", "table"]
