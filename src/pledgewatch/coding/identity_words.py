"""Constructions of a speaker's own words that identity.identify reads before its role and nationality look-ups.

- `plural_office`: a group named by the plural of a public office ("City mayors and regional governors", "governors
  of those regions", "a bipartisan group ... three US senators", "Zelenskiy's team of ministers"): the office holders
  speak, an office (CODING.md: legislators, governors and mayors, ministers); a plural of a role that is no office
  ("military experts", "analysts") is none. roles.csv holds singular titles; the plural is read here.
- `kin_headed`: a person described as the relative of an office holder ("wife of the Ukrainian commander at ...
  plant", "the minister's eldest son", "the mother of a soldier"): the relative holds no office of their own, the
  office word belongs to the other person (`kin_noun` of coding_words.csv).
- `based_home`: an organisation described by where it is based ("the Washington-based Institute", "the US-based
  Institute", "head of Moscow-based group Military ...", "the Hague-based organisation"): that place is its
  home, a country for the speaker whose mention says nothing else (identity.identify reads it after the nationality
  words, so "a Ukrainian analyst at a London-based firm" stays Ukrainian).
- `owner_country`: a body or person named as belonging to a listed official in office at the statement's date
  ("Ramaphosa's office", "Mr. Assad's military", "Biden's spokesman"): the
  official's country (officials.csv), not the country of the sentences around ("Ramaphosa's office" was coded
  Russia where the article is about Russia). The office is left to the noun ("Cruz's campaign" holds none). A
  person missing from officials.csv whose own mention is such a possessive ("the premier's aide", "the
  chancellor's spokeswoman" with the owner's name) takes the owner's country the same way (identity.identify
  reads the mention after the name).
- `institution_home`: a person whose role words are no public office, described by the institution they work at or
  the place they work in ("professor in conflict and security ... King's College London", "analyst at ... Polish
  Institute ... International Affairs", "expert at ... Berggruen Institute in the US", "political analyst in Kiev"):
  that place's country. An office holder's "at" / "in" is the post's host ("ambassador in Kyiv": identity._HOST),
  and so is a correspondent's ("a correspondent in Moscow": roles.csv kind `media`).
- `advised_country`: an adviser or aide described by whom they serve ("adviser to ... Ukrainian interior ministry",
  "Advisor to Ukraine's President", "diplomatic adviser to ... Ukrainian president"): the country after "to" / "of"
  is the one they serve, theirs, not a post's host as after "ambassador to" (identity._HOST strips that one; words
  `adviser_noun` of coding_words.csv).
- `summit_party`: a group named as the participants or signatories of a summit ("participants in the ... summit of
  ... Platform", "summit delegates"): the governments taking part speak, an office.
- `armed_plural`: a group named by a plural combatant noun ("Ukrainian fighters", "Russian proxy fighters",
  "Pro-Russian separatists"): armed forces speak, an office; one soldier is a person and holds none.
- `without_own_name`: a person's proper name whose word is a nationality or place ("Tracey German", "Michael
  German"): that word names the person, not their nationality; it is taken out of the text the country is read from.
"""

from __future__ import annotations

import re

from ..statements import names as _names
from ..statements.speakers.memberships import member_of_office

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
# courtesy titles before a surname in a mention ("Ms German", "Dr German"): names.HONORIFIC_GENDER and the
# honorific_titles of speaker_words.csv
_HONORIFICS = frozenset(_names.HONORIFIC_GENDER) | frozenset({"dr", "prof"})


def _singular(word: str) -> str:
    """The singular of a regular English plural noun ("governors" -> "governor", "deputies" -> "deputy", "MPs" ->
    "MP"), else the word; short words and words in -ss/-us/-is are left alone ("US", "press", "Gaius")."""
    low = word.lower()
    if len(word) < 3 or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")):
        return word
    if low.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


def plural_office(ref, name: str) -> bool | None:
    """True/False where the name, its plural nouns read as singulars, holds role words (the head of the first noun
    phrase decides where both kinds occur: `names.Reference.role_official`) and the name itself holds none; None
    otherwise. "governors of those regions" -> True, "military experts" -> False."""
    if not name or ref.role_matches(name):
        return None
    single = _TOKEN.sub(lambda m: _singular(m.group(0)), name)
    if single == name:
        return None
    return ref.role_official(single)


_CUT = re.compile(r"\s(?:of|at|with|for|and|from|in|inside|to)\s|,|;")


def kin_headed(text: str) -> bool:
    """The head of the text's first noun phrase (the last word before its first "of", "and", comma ...) is a
    `kin_noun` ("wife of the Ukrainian commander", "the president's son and likely heir")."""
    from .words import of

    if not text:
        return False
    m = _CUT.search(" " + text.lower() + " ")
    words = _TOKEN.findall((" " + text.lower() + " ")[:m.start()] if m else text.lower())
    return bool(words) and words[-1] in of("kin_noun")


def armed_plural(text: str) -> bool:
    """The head of the text's first noun phrase is the plural of a combatant noun (`armed_plural` of
    coding_words.csv: "Ukrainian fighters inside the plant", "Russian proxy fighters", "Pro-Russian separatists"): a
    unit or side of the armed forces speaks (CODING.md: commanders and armed forces). One soldier or fighter
    speaking ("a sergeant", "one border guard") is a person, no office (roles.csv kind `citizen`)."""
    from .words import of

    if not text:
        return False
    m = _CUT.search(" " + text.lower() + " ")
    words = _TOKEN.findall((" " + text.lower() + " ")[:m.start()] if m else text.lower())
    return bool(words) and words[-1] in of("armed_plural")


_LETTERS = re.compile(r"[^\W\d_]+")


def summit_party(text: str) -> bool:
    """The text names a group by its taking part in a meeting of governments: a `participant_plural` word and a
    `summit_noun` word of coding_words.csv ("participants in the second summit of ... Platform", "summit
    delegates", "signatories of the summit's communique"): the governments taking part speak, an office (CODING.md:
    governments; heads of state). Participants of other gatherings (a conference, a survey) are left alone."""
    from .words import of

    words = set(_LETTERS.findall((text or "").lower()))
    return bool(words & of("participant_plural")) and bool(words & of("summit_noun"))


def group_office(parts: list[str]) -> bool | None:
    """What a description's words say of an office where no role word does: False where one part is a relative's
    (`kin_headed`), True where one is a member of a body that holds office ("a member of Ukraine's mission to ... UN":
    statements.speakers.memberships) or a plural combatant group (`armed_plural`), else None."""
    if any(kin_headed(p) for p in parts):
        return False
    return True if any(member_of_office(p) or armed_plural(p) for p in parts) else None


def without_own_name(parts: list[str], name: str) -> list[str]:
    """parts (role, mention, name) with a person's proper name taken out where one of its words names a place or
    nationality ("Tracey German", "German", "Ms German": the mention is the name), so that only the other words give
    the country ("professor ... at King's College London"); parts unchanged where no word of the name is a place."""
    ref = _names.reference()
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or not any(ref.find_country(w) for w in words):
        return parts
    full = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    out = []
    for p in parts:
        p = full.sub(" ", p)
        rest = [w for w in _TOKEN.findall(p) if w not in words and w.lower().rstrip(".") not in _HONORIFICS]
        out.append(p if rest else "")
    return out


_BASED = re.compile(r"(?<![\w-])((?:[A-Z][\w.'’]*\s+)?[A-Z][\w.'’]*)-based\b")


def based_home(text: str) -> str:
    """The country of the first "<place>-based" in text ("US-based", "Washington-based", "Hague-based"), else ''; a
    city that is the seat of an international body gives no home ("Brussels-based" is no EU body)."""
    ref = _names.reference()
    for m in _BASED.finditer(text or ""):
        words = m.group(1).split()
        for n in range(len(words)):
            place = ref.place(" ".join(words[n:])) or ref.place("The " + " ".join(words[n:]))
            country = (place or {}).get("country") or ""
            if country and (ref.place(country) or {}).get("kind") == "country":
                return country
    return ""


_OWNED = re.compile(r"^(?:the\s+)?(.+?)['’]s\s+\S", re.I)


def owner_country(ref, name: str, date) -> str:
    """The country of the officials.csv person in office at date whose possessive opens the name ("Ramaphosa's
    office" -> South Africa), else ''. A person out of office at that date gives none ("Mr. Sanders's campaign" in
    2016 is no UK general's)."""
    m = _OWNED.match(name or "")
    if m is None:
        return ""
    owner = _names.clean_name(m.group(1))[0]
    off = ref.official(owner, date) if owner else None
    return off.country if off is not None and date is not None and off.valid(date) else ""


_AT_IN = re.compile(r"\b(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’.-]*)*")


def institution_home(ref, role: str) -> str:
    """The country of the place or institution after the first "at" / "in" of a role whose role words are all no
    public office and none a journalist's ("analyst at the Polish Institute ... International Affairs" -> Poland),
    else ''."""
    for m in _AT_IN.finditer(role):
        found = ref.role_matches(role[:m.start()])  # the role words before it ("King" in "King's College" is none)
        if not found or any(r[2] or r[3] == "media" for r in found):
            return ""
        country = ref.find_country(m.group(0))
        if country:
            return country
    return ""


_ADVISED = re.compile(r"\b([A-Za-z]+)\s+(?:to|of)\s+([^;,]+)", re.I)


def advised_country(ref, text: str) -> str:
    """The country named after "to" / "of" behind an `adviser_noun` ("aide to the Ukrainian president" -> Ukraine,
    "adviser to Ukraine's interior ministry" -> Ukraine), else ''."""
    from .words import of

    nouns = of("adviser_noun")
    for m in _ADVISED.finditer(text or ""):
        if m.group(1).lower() in nouns:
            country = ref.find_country(" ".join(m.group(2).split()[:5]))
            if country:
                return country
    return ""


_STAFF = re.compile(r"\b((?:[A-Z][\w.-]+\s+)?[A-Z][\w-]+)(?:['’]s)?\s+((?:[a-z-]+\s*){1,4})")


def former_owner_staff(ref, text: str, date) -> bool:
    """The speaker's own words name them as the staff of a person officials.csv lists but out of office at the
    statement's date ("a Pence adviser" in 2023, "Trump's senior communications adviser" in 2016): an aide, adviser
    or spokesperson of a former office holder or a candidate holds no public office (words `staff_noun` of
    coding_words.csv); the staff of a person in office at the date ("Biden's spokesman" in 2022) are left alone."""
    from .words import of

    if date is None:
        return False
    nouns = of("staff_noun")
    for m in _STAFF.finditer(text or ""):
        if not set(m.group(2).split()) & nouns:  # the noun within the next four lower-case words
            continue
        off = ref.official(_names.clean_name(m.group(1))[0], date)
        if off is not None and not off.valid(date):
            return True
    return False
