"""The home of a body named through a possessive of another body the article has introduced.

"The statement by the ministry's defence intelligence directorate" after "Ukraine's defence ministry said", "the
agency's spokesperson" after "the Ukrainian space agency", "the president's office" after "President Zelensky": the
possessor is a common noun standing for a body or office holder the article names elsewhere, and the speaker belongs
to that body's country. Its own mention gives no country; the statements stage's guess from the sentences around is
often the country the sentence is about ("Russian military equipment": Russia), which the adversary veto then reads
as the speaker's side. Read after coding.identity.recompute has settled every speaker's own evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ._match import text_of

# "the ministry's ...", "ministry’s ...": a lower-case noun with a possessive at the head of the speaker's name
_POSSESSOR = re.compile(r"^(?:the\s+)?([a-z][a-z-]+)['’]s?\s+\S")


def possessor(name: str) -> str:
    """The lower-case noun a speaker's name is owned by ("ministry" of "ministry's defence intelligence directorate",
    "agency" of "the agency's spokesperson"), else '' (names owned by a proper name, "Ukraine's defence ministry",
    are read by the other evidence)."""
    m = _POSSESSOR.match(name.strip())
    return m.group(1) if m else ""


def _heads(r) -> set[str]:
    """The last words of a row's name and role, lower case ("ministry" of "Ukrainian defence ministry", "president"
    of a row with the role "President")."""
    out = set()
    for k in ("speaker_name", "speaker_role"):
        words = re.findall(r"[a-z]+", text_of(r.get(k)).lower())
        if words:
            out.add(words[-1])
    return out


def _start(r) -> int:
    try:
        return int(r.get("char_start") or 0)
    except (TypeError, ValueError):
        return 0


def possessor_home(records, ids, key, countries: list[str]) -> list[str]:
    """Each row of a speaker named through a possessive of a common noun (`possessor`) that no row of its own gives
    a country takes the country of the article's rows with evidence of their own whose name or role ends in that
    noun, the one quoted nearest any of the speaker's statements (none where two countries are as near). "The statement by the ministry's defence
    intelligence directorate" beside "Ukraine's defence ministry" is Ukraine's, not Russia's (the sentence's "Russian
    military equipment"); "the agency's spokesperson" beside "the Ukrainian space agency" Ukraine's."""
    evidenced = {key(r) for r, (_, _, cs, _) in zip(records, ids, strict=True) if cs}
    owners: dict = defaultdict(list)  # (article, noun) -> [(char_start, country)]
    for r, (_, _, cs, _), out_c in zip(records, ids, countries, strict=True):
        if cs and out_c:
            for h in _heads(r):
                owners[(text_of(r.get("article_id")), h)].append((_start(r), out_c))
    rows_of: dict = defaultdict(list)
    for i, r in enumerate(records):
        if possessor(key(r)[1]) and key(r) not in evidenced:
            rows_of[key(r)].append(i)
    out = list(countries)
    for (art, sid), rows in rows_of.items():
        found = owners.get((art, possessor(sid)))
        if not found:
            continue
        dist = {c: min(abs(p - _start(records[i])) for p, c2 in found if c2 == c for i in rows) for _, c in found}
        best = min(dist.values())
        near = [c for c, d in dist.items() if d == best]
        for i in rows:
            out[i] = near[0] if len(near) == 1 else out[i]
    return out
