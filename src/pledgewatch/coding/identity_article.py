"""The article's government: the country of an unnamed official source that its own mentions do not give.

"A defense official said" in an article that quotes the Pentagon, the US Air Force and Colin Kahl, "officials said"
beside Antony Blinken and Linda Thomas-Greenfield, "MPs" beside Kwasi Kwarteng: the unnamed source speaks for the one
government the article's identified officials belong to. Read after coding.identity.recompute has settled every
speaker's own evidence; only rows left with no country change.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ._match import text_of
from .identity import _key, bloc_speaker
from .identity_table import is_proper_name
from .words import of


def article_government(records, ids, countries: list[str], officials: list[bool]) -> list[str]:
    """An unnamed official source with no country of its own ("officials", "A defense official", "a senior energy
    official", "MPs", "the Department") in an article whose official sources with evidence of their own all have one
    country (the Pentagon, the US Air Force and Colin Kahl; Robert Habeck and the German economic ministry): that
    country, the government the article quotes. The same where the source's country is the statements stage's guess
    from the sentences around (no row of the speaker has evidence of its own): "The Main Intelligence Agency of ...
    Defense Ministry" beside Vadym Skibitsky and Dmytro Kuleba was Belarus, the article's subject. Named persons,
    `UNKNOWN`, blocs ("the West"), groups of governments ("foreign governments") and sources owned by a pronoun
    ("its officials") are left alone."""
    homes: dict = defaultdict(set)
    for r, (_, _, cs, _), c, o in zip(records, ids, countries, officials, strict=True):
        if cs and o and c:
            homes[text_of(r.get("article_id"))].add(c)
    evidenced = {_key(r) for r, (_, _, cs, _) in zip(records, ids, strict=True) if cs}
    out = list(countries)
    for i, r in enumerate(records):
        home = homes.get(text_of(r.get("article_id")), ())
        if (out[i] and _key(r) in evidenced) or not officials[i] or len(home) != 1:
            continue
        sid = _key(r)[1]
        words = sid.lower().split()
        if sid in ("", "UNKNOWN") or is_proper_name(sid) or bloc_speaker(r) or (out[i] and _owned_or_named(r, sid)) or (
                words and (words[-1] in of("government_plural") or words[-1] in of("ally_plural"))):
            continue
        out[i] = next(iter(home))
    return out


def _owned_or_named(r, sid: str) -> bool:
    """A speaker owned by a pronoun ("its officials", "their ministry": the statements stage resolved the owner) or a
    person named by one capitalised word ("Pack", "Counselor": a surname or a title standing for a person)."""
    words = sid.split()
    if words and words[0].lower() in of("group_owner"):
        return True
    return text_of(r.get("speaker_type")) == "person" and len(words) == 1 and words[0][:1].isupper()


_PLURAL = re.compile(r"[a-z]+s")


def bare_group_office(records, ids, officials: list[bool]) -> list[bool]:
    """A group speaker named by a plural noun ("participants", "Crimea Platform participants"), no row of which has
    office evidence of its own, takes the office of the article's speakers with evidence whose names hold every word
    of its name, where they agree ("participants" and "Crimea Platform participants" beside "participants in the
    ... summit of ... Crimea Platform": shorter mentions of one group, which the statements stage names apart).
    "Three sources" beside "US official and other sources" is another group ("three" is not in the longer name).
    Persons named by one word and speakers with evidence of their own are left alone."""
    evidenced: dict = defaultdict(dict)
    for r, (_, o, _, os_), off in zip(records, ids, officials, strict=True):
        if os_ and o is not None:
            evidenced[text_of(r.get("article_id"))].setdefault(_key(r)[1], set()).add(off)
    out = list(officials)
    for i, r in enumerate(records):
        art, sid = _key(r)
        words = sid.split()
        head = words[-1] if words and (len(words) == 1 or text_of(r.get("speaker_type")) == "group") else ""
        if not _PLURAL.fullmatch(head) or sid in evidenced.get(art, {}):
            continue
        own = set(sid.lower().split())
        found = set().union(*(v for s, v in evidenced.get(art, {}).items() if own <= set(s.lower().split())))
        if len(found) == 1:
            out[i] = next(iter(found))
    return out
