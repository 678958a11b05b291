"""The body a speaker works at or in, named after "at" / "in" in the speaker's own mention or role.

Construction: a title followed by "at" / "in" and the name of a body, not of a bare place: "head of analysis in
the US Department of Energy", "deputy director at the IMF", "Hélène Dubois at the French Institute for Strategic
Studies", "a past dean at the London School of Economics". The body is
the speaker's employer, so its country (or the international body itself) is the speaker's. identity.identify
strips "in Kyiv", "to Poland", "at the UN" from the role before its nationality look-up (a post's host: "ambassador
to Poland", "UNHCR representative in Ukraine") and `institution_home` reads "at" only after a role that is no
office; this reads the employer of any title, and only where the rest of the mention gave no country.

A body is a phrase with an `employer_noun`, `government_body` or `private_body` word of coding_words.csv
(department, ministry, institute, university ...) or a body or organisation of countries.csv (IMF, NATO); a bare
country, region or city ("in Ukraine", "in Luhansk") is a host. After a `posted_noun` (ambassador, envoy,
representative, correspondent ...: someone posted at a body that is not theirs: "alternate representative at the
United Nations", "a reporter at the White House") the phrase is a host too.

`without_field`: a field of study named by a place or nationality ("a fellow at the Centre for Russian Studies",
"lecturer in Ukrainian history"): the place is the field's subject, neither the speaker's country nor the employer's
home; identity.identify takes it out of the text every country look-up of the mention reads.
"""

from __future__ import annotations

import functools
import re

from .words import of

_AT_IN = re.compile(r"\b(?:at|in)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?[A-Z][\w'’.-]*)*)")
_WORD = re.compile(r"[a-z][a-z-]*")


def _is_body(ref, phrase: str) -> bool:
    words = set(_WORD.findall(phrase.lower()))
    if words & (of("employer_noun") | of("government_body") | of("private_body")):
        return True
    place = ref.place(phrase)
    return bool(place) and (place.get("kind") or "") in ("body", "organization")


def employer_home(ref, text: str) -> str:
    """The country (or international body) of the body named after the first "at" / "in" that names one, unless a
    `posted_noun` stands before it, else ''."""
    for m in _AT_IN.finditer(text or ""):
        before = set(_WORD.findall(text[:m.start()].lower()))
        if before & of("posted_noun"):
            return ""
        if _is_body(ref, m.group(1)):
            country = ref.find_country(m.group(1))
            if country:
                return country
    return ""


@functools.lru_cache(maxsize=1)
def _field_run() -> re.Pattern:
    """A run of capitalised words right before a `study_field` noun ("Russian and Eurasian Studies", "Russian,
    Eurasian and East European Studies"); a comma only inside a list closed by "and" / "&", so the run never
    reaches back over a comma into the body's name ("University of Warsaw, Ukrainian Studies")."""
    nouns = "|".join(sorted(map(re.escape, of("study_field")), key=len, reverse=True))
    w = r"[A-Z][\w'’.-]*"
    run = rf"((?:(?:{w},\s+)*(?:{w}\s+)+(?:and|&)\s+)?(?:{w}\s+)+)"
    return re.compile(r"(?<![\w-])" + run + r"(?i:" + nouns + r")(?![\w-])")


def without_field(ref, text: str) -> str:
    """text with every field of study named by place or nationality words taken out: a run of capitalised words
    holding a place, right before a `study_field` noun of coding_words.csv ("a fellow at the Centre for Russian
    Studies" -> "a fellow at the Centre for"). A nationality before the body's own noun stays ("the Latvian
    Institute of ...")."""
    if not text:
        return text
    return _field_run().sub(lambda m: " " if ref.find_country(m.group(1)) else m.group(0), text)
