"""The article's government: the country of an unnamed official source that its own mentions do not give.

"A defense official said" in an article that quotes the Pentagon, the US Air Force and Colin Kahl, "officials said"
beside Antony Blinken and Linda Thomas-Greenfield, "MPs" beside Kwasi Kwarteng: the unnamed source speaks for the one
government the article's identified officials belong to. Read after coding.identity.recompute has settled every
speaker's own evidence; only rows left with no country change, and rows whose country is only the statements
stage's guess from the sentences around (no row of the speaker has evidence of its own; the guess stays where the
article's officials belong to several governments and it is one of them).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..statements.gender import GIVEN
from ..statements.names import fold
from ..statements.speakers.blocs import BLOC_HOMES, names_the_bloc
from ..statements.speakers.words import GOV_HEADS, ORG_HEADS
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
    `UNKNOWN`, blocs ("the West"; "the bloc's presidency" with the article's bloc: `_the_bloc`), groups of
    governments ("foreign governments") and sources owned by a pronoun ("its officials") are left alone.

    Where the article's evidenced officials belong to several governments, a source with no country, or whose
    country is only a guess that none of them belongs to (the statements stage's guess from the sentences around,
    which is often the country the sentence is about: "the authorities said" of a Russian push, in an article that
    quotes Oleksandr Kubrakov and the German government, was Russia), speaks for the government of the evidenced
    official quoted nearest its statements (`nearest_government`); a guess that is one of the article's
    governments stays."""
    quoted: dict = defaultdict(list)  # article -> [(char_start, country)] of its evidenced officials
    for r, (_, _, cs, _), c, o in zip(records, ids, countries, officials, strict=True):
        if cs and o and c:
            quoted[text_of(r.get("article_id"))].append((_start(r), c))
    evidenced = {_key(r) for r, (_, _, cs, _) in zip(records, ids, strict=True) if cs}
    out = list(countries)
    rows_of: dict = defaultdict(list)
    for i, r in enumerate(records):
        home = {c for _, c in quoted.get(text_of(r.get("article_id")), ())}
        if (out[i] and _key(r) in evidenced) or not officials[i] or not home:
            continue
        sid = _key(r)[1]
        words = sid.lower().split()
        if sid in ("", "UNKNOWN") or _names_person(sid) or bloc_speaker(r) or (out[i] and _owned_or_named(r, sid)) or \
                _the_bloc(r, out[i]) or (
                words and (words[-1] in of("government_plural") or words[-1] in of("ally_plural"))):
            continue
        if out[i] and len(home) > 1 and out[i] in home:
            continue  # the stage's guess is one of the governments the article quotes: kept
        rows_of[_key(r)].append(i)
    for (art, _), rows in rows_of.items():
        c = nearest_government(quoted[art], [_start(records[i]) for i in rows])
        for i in rows:
            out[i] = c or out[i]
    return out


_JOIN = re.compile(r",|&|\band\b")
_BODY_HEADS = ORG_HEADS | GOV_HEADS


def _names_person(sid: str) -> bool:
    """A named person, alone or joined with others ("Lloyd Austin and Antony Blinken"): every part joined by "and"
    or a comma a person's name (`_person_part`); bodies joined so are none ("Energy and Climate Ministry", "Foreign
    and Commonwealth Office", "Defence Ministry and Armed Forces")."""
    parts = [p.strip() for p in _JOIN.split(sid) if p.strip()]
    if len(parts) <= 1:
        return is_proper_name(sid)
    return all(_person_part(p) for p in parts)


def _person_part(part: str) -> bool:
    """A proper name (`is_proper_name`) that begins with a given name of first_names.csv or holds no body or
    government head word of the speaker words ("Liam Fox", "Mira Castell"; not "Climate Ministry", "Armed Forces")."""
    words = fold(part).split()  # folded as the given names are on loading ("André" -> "andre")
    return is_proper_name(part) and (words[0] in GIVEN or not set(words) & _BODY_HEADS)


def _start(r) -> int:
    try:
        return int(r.get("char_start") or 0)
    except (TypeError, ValueError):
        return 0


def nearest_government(quoted: list[tuple[int, str]], starts: list[int]) -> str:
    """The government an unnamed official source speaks for, among the article's evidenced officials `quoted`
    ([(char_start, country)]): the one country where they have one; else, for each of the source's statements
    (`starts`), the country of the evidenced official quoted nearest it (the one before on a tie; none where two
    countries are quoted as near on the same side), and the country most of its statements get (on a tie, the one
    of those tied that a statement gets first). "A senior official said ..." between two quotes of Antony
    Blinken in an article that quotes Sergei Lavrov further down: United States."""
    homes = {c for _, c in quoted}
    if len(homes) <= 1:
        return next(iter(homes), "")
    near = [c for c in (_nearest(quoted, s) for s in starts) if c]
    if not near:
        return ""
    cnt = Counter(near)
    n = max(cnt.values())
    return next(c for c in near if cnt[c] == n)


def _nearest(quoted: list[tuple[int, str]], start: int) -> str:
    def dist(q):
        return abs(q[0] - start), q[0] > start

    best = min(dist(q) for q in quoted)
    found = {c for q in quoted for c in [q[1]] if dist(q) == best}
    return next(iter(found)) if len(found) == 1 else ""


def _the_bloc(r, country: str) -> bool:
    """An unnamed speaker described through "the bloc" whose statements-stage country is the article's bloc ("the
    bloc's presidency": EU, `statements/speakers/blocs.py`, whose test of the name this is): the article's evidence
    for that speaker, not a guess of the sentences around, so no other government of the article replaces it."""
    return country in BLOC_HOMES and names_the_bloc(text_of(r.get("speaker_name")))


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
