"""The article's government: the country of an unnamed official source that its own mentions do not give.

"A defense official said" in an article that quotes the Pentagon, the US Air Force and Colin Kahl, "officials said"
beside Antony Blinken and Linda Thomas-Greenfield, "MPs" beside Kwasi Kwarteng: the unnamed source speaks for the one
government the article's identified officials belong to. Read after coding.identity.recompute has settled every
speaker's own evidence; only rows left with no country change.
"""

from __future__ import annotations

from collections import defaultdict

from ._match import text_of
from .identity import _key, bloc_speaker
from .identity_table import is_proper_name
from .words import of


def article_government(records, ids, countries: list[str], officials: list[bool]) -> list[str]:
    """An unnamed official source with no country of its own ("officials", "A defense official", "a senior energy
    official", "MPs", "the Department") in an article whose official sources with evidence of their own all have one
    country (the Pentagon, the US Air Force and Colin Kahl; Robert Habeck and the German economic ministry): that
    country, the government the article quotes. Named persons, `UNKNOWN`, blocs ("the West") and groups of
    governments ("foreign governments") are left alone."""
    homes: dict = defaultdict(set)
    for r, (_, _, cs, _), c, o in zip(records, ids, countries, officials, strict=True):
        if cs and o and c:
            homes[text_of(r.get("article_id"))].add(c)
    out = list(countries)
    for i, r in enumerate(records):
        home = homes.get(text_of(r.get("article_id")), ())
        if out[i] or not officials[i] or len(home) != 1:
            continue
        sid = _key(r)[1]
        words = sid.lower().split()
        if sid in ("", "UNKNOWN") or is_proper_name(sid) or bloc_speaker(r) or (
                words and (words[-1] in of("government_plural") or words[-1] in of("ally_plural"))):
            continue
        out[i] = next(iter(home))
    return out
