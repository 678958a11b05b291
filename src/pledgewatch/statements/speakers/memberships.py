"""A membership description: a person described as a member or part of a body that holds public office.

"Serhii Dvornyk, a member ... Ukraine's mission to the UN", "X, a Labour member of ... London Assembly", "X, part of
Y's team in the presidential office", "X, a senior member ... Russia's negotiating team": no title of roles.csv names
the office, the body does. The body's words are the list `member_bodies` of speaker_words.csv (legislatures, a
country's diplomatic mission or delegation, its cabinet, government or presidential office, its negotiating team).
A member of another body ("a member of the Ukrainian armed forces", "a member of the Pirate Party", "a member of
... Wikimedia Polska management team") is no office by this rule, and a former member ("a former member of the
Duma") holds none.

`member_of_office(text)` is read by `roles.role_of` (such an appositive is the person's role) and by the coding
stage (`coding.identity`: the role makes an office where roles.csv has no word for it).
"""

from __future__ import annotations

import functools
import re

from ..names import fold
from .words import word_list

# "(a|an|the|one) (up to three modifiers) member|part of BODY": the modifiers are a party, a rank or a nationality
_MEMBER = re.compile(r"^(?:(?:a|an|the|one)\s+)?(?P<mods>(?:[\w'’.-]+\s+){0,3}?)(?:member|part)\s+of\s+(?P<body>.+)$")
# where the body's noun phrase ends: a clause or a second description after it
_END = re.compile(r"\s*(?:[,;(–—]|\s(?:who|which|that|and|since|until)\s).*$")
_PAST = re.compile(r"\b(?:former|ex|then|onetime|retired)\b")


@functools.lru_cache(maxsize=1)
def _bodies() -> re.Pattern:
    words = sorted(word_list("member_bodies"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def member_of_office(text: str) -> bool:
    """The description is a current member of a body that holds public office (the module's docstring)."""
    m = _MEMBER.match(fold(text or "").strip())
    if m is None or _PAST.search(m.group("mods")):
        return False
    return bool(_bodies().search(_END.sub("", m.group("body"))))
