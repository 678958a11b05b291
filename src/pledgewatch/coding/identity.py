"""The speaker's identity: `speaker_country` and `speaker_is_official` recomputed from the speaker's own fields.

The statements stage may take a speaker's country from words near the quote ("Lithuania's Landsbergis said Russia
..." coded Russia). Here both columns come only from what identifies the speaker (CODING.md, ANNOTATION.md):

1. `officials.csv`: the person named by `speaker_name` (or `speaker_id`) at the statement's date gives country and
   office (`statements.names.reference().official`); a listed person out of office at that date keeps the country,
   and the title of an office they held is their former one ("President Trump" in 2023 is no official);
2. the speaker's own mention: role and nationality words in `speaker_role`, `speaker_text` and `speaker_name`
   ("Brazilian President" -> Brazil, "a German source" -> Germany, "Ukraine's operational command" -> Ukraine),
   titles that imply a country (`roles.csv` column `country`: "Taoiseach" -> Ireland, "Sen." -> United States),
   and role words that make an office (`roles.csv` column `official`: minister, spokesperson ...) or a membership
   ("one of Ukraine's delegation at the UN": speakers.memberships), read through coding.identity_words (a plural
   office, a relative of an office holder, a nationality word that is part of the person's own name); an
   occupation or breakaway authority ("pro-Russian separatists", "Melitopol's Moscow-installed mayor") is the
   republic it names as one, else Russia, not the Ukrainian place it names (coding.identity_occupation);
3. the organisation's home: a speaker named like a place or body of `countries.csv` (Kremlin, Pentagon, NATO, EU)
   or an organisation of `organisations.csv` (Tass -> Russia, not official; ISW -> United States, not official); a
   name headed by such an organisation keeps its home whatever nationality another mention gives ("New York Times"
   with the mention "Russian official trade figures"); a country's body named by a `government_body` noun ("the
   US treasury", "the Ukrainian side") is its government, an office; a non-person speaker whose own words give it
   an international body (countries.csv kind `body`: UN, EU, NATO, OSCE ...) and no office either way is a body or
   source of it, an office ("the UN's joint coordination centre", "EU sources": identity_governments);
   where the mention gives no country otherwise, the body it names after "at" / "in" is the speaker's employer
   ("deputy director at the IMF": coding.identity_employer);
4. consistency: within an article, every row of one `speaker_id` gets the country and official status of its best
   evidenced row (an official entry beats a role word, which beats the organisation), so "he" and "Landsbergis"
   agree with "Lithuanian Foreign Minister Gabrielius ..."; where no row of the speaker has evidence, the
   statements stage's value most of its rows give, for all of them ("a senior official" is one country in one
   article); a bloc speaker ("western officials") takes no country from the sentences around; an unnamed official
   left with none, or left with only that guess of the sentences around, takes the one country of the article's
   evidenced officials, or, where they have several, the country of the one quoted nearest it unless the guess is
   one of theirs (coding.identity_article).

Also: role words judge an office by the head of the role's first noun phrase ("chief market analyst" is an
analyst: `names.Reference.role_official`), and a title any organisation has (director, spokesperson, head) held at
an NGO, company or outlet of organisations.csv is no public office ("director general of ... International
Committee of ... Red Cross").

Where none of these says anything (a "foreign minister" whose nationality the mention does not state, a person
missing from officials.csv), both columns keep the statements stage's value: that stage reads the article around
the speaker's mentions, which the coding stage does not see (the nationality at any mention of the person, an
unnamed official's own hyphenated words or the article's other sources of its kind, then the sentences around it:
statements/speakers/__init__.py `_settle`). On coding_dev this fallback is right more often than wrong (country
accuracy 0.78 without it, 0.82 with it), so it stays.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections import Counter, defaultdict
from itertools import pairwise

from ..statements import names as _names
from ._match import read_table, text_of
from .identity_employer import employer_home, without_field
from .identity_governments import (
    THE,
    government_body,
    governments_group,
    joint_governments,
    organ_of_international_body,
)
from .identity_occupation import occupation_identity
from .identity_words import (
    advised_country,
    based_home,
    former_owner_staff,
    group_office,
    institution_home,
    owner_country,
    plural_office,
    summit_party,
    without_own_name,
)

# evidence strength: higher wins within a speaker's rows
_OFFICIAL_ENTRY, _MENTION, _ORG = 3, 2, 1


@functools.lru_cache(maxsize=1)
def organisations() -> list[tuple[str, re.Pattern, str, bool]]:
    """(lower-case surface, whole-word pattern, country, official) from organisations.csv, longest surface first."""
    rows = read_table("organisations.csv")
    rows.sort(key=lambda r: -len(r["surface"]))
    out = []
    for r in rows:
        s = r["surface"]
        # acronyms (AP, RT, CIA) only as written; a one-word name also a common noun only capitalised ("Memorial",
        # the Russian NGO, not "a Holocaust memorial"; "Wagner", not "wagner")
        flags = 0 if s.isupper() or (" " not in s and s[:1].isupper()) else re.I
        out.append((s.lower(), re.compile(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", flags), r.get("country") or "",
                    (r.get("official") or "").lower() == "yes"))
    return out


def _org(text: str) -> tuple[str, bool] | None:
    low = text.lower()
    for surface, rx, country, official in organisations():
        if surface in low and rx.search(text):  # (a surface that is not a substring cannot match: skip the regex)
            return country, official
    return None


def _named_organisation(name: str) -> str:
    """The home of the organisations.csv organisation a speaker's name begins with ("New York Times", "Telegraph",
    "BBC Russian", "New York Times Kyiv": the outlet, its service or bureau), else ''. A nationality word at another
    mention of the speaker ("Russian official trade figures", "The Russian news agency") or after the
    organisation's name is no home of its own; a name that begins otherwise ("Russian foreign office") is left to the
    other evidence."""
    name = THE.sub("", name.strip())
    low = name.lower()
    for surface, rx, country, _official in organisations():
        if country and low.startswith(surface) and rx.match(name):
            return country
    return ""


_HOST = re.compile(r"\b(to|in|at)\s+(the\s+)?[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*)*")
# a country after "on" is the subject of the speaker's expertise, not the speaker's ("specialist on Russia",
# "an expert on Ukraine at the Carnegie Endowment")
_TOPIC = re.compile(r"\b(on|about)\s+(the\s+)?[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*)*")
_FORMER = re.compile(r"\b(former|ex|retired)\b", re.I)


def _office(ref, text: str) -> bool | None:
    """Office from role words; a former office holder ("Former Slovak Prime Minister") holds none unless a current
    role comes first, a relative of one none, a body's member or a unit one (identity_words.group_office)."""
    group = group_office(text.split(" ; "))  # a relative of an office holder: False; a body's member, a unit: True
    if group is False:
        return False
    m = _FORMER.search(text)
    ro = ref.role_official(text if m is None else text[:m.start()])
    return bool(ro) if m is not None else True if ro is None and group else ro


def _out_of_office(ref, off, role: str, mention: str, ro: bool | None) -> bool | None:
    """A person officials.csv lists, out of office at the statement's date: the title of an office they held
    (per officials.csv) is their former office ("President Trump" in 2023, "Foreign Minister Kuleba" in 2025), so
    it makes no official; another title still does ("Senator"), and no title at all makes none."""
    if not ro:
        return False
    held = {ref.role_norm(o.role) or o.role for o in ref.officials if o.name == off.name}
    said = {m[1] for m in ref.role_matches(" ; ".join(x for x in (role, mention) if x)) if m[2]}
    return bool(said - held)


# role kinds (roles.csv column `kind`) that any organisation has: a head, a spokesperson, an adviser, an official
_ANY_BODY_KINDS = frozenset({"head", "official", "spokesperson", "adviser"})


def _titles_of_any_body(ref, text: str) -> bool:
    """The official-making role words of text are all titles any organisation has (president, director, chief,
    spokesperson), none a public office of its own (minister, ambassador, senator, general)."""
    offs = [m for m in ref.role_matches(text) if m[2]]
    return bool(offs) and all(m[3] in _ANY_BODY_KINDS for m in offs)


_TOKEN = re.compile(r"[a-z][a-z-]*")


def _head_of_private_body(ref, text: str) -> bool:
    """The official-making role words of text are all titles any organisation has (head, director, president,
    spokesperson) and the text names the body by a `private_body` noun of coding_words.csv ("head of Moscow-based
    group Military ...", "president of a Jewish congregation in Milan", "director of ... Eastern Studies
    Center", "museum director"): no public office, whatever place the body's name gives (CODING.md: NGOs, think
    tanks, companies, academics are no officials). organisations.csv bodies are `_titles_of_any_body`'s."""
    from .words import of

    return _titles_of_any_body(ref, text) and bool(set(_TOKEN.findall(text.lower())) & of("private_body"))


def _date(value):
    """A datetime.date or None (NaT and NaN included: statements.names compares dates with < and NaT would raise)."""
    try:
        import pandas as pd

        if value is None or pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    d = _names._as_date(value)
    return d if isinstance(d, _dt.date) and not (d != d) else None


def _person_name(name: str) -> str:
    return _names.clean_name(name)[0] if name and name != "UNKNOWN" else ""


def identify(row: dict) -> tuple[str, bool | None, int, int]:
    """(country, official-or-None, strength of the country evidence, strength of the official evidence) of one
    statement row from its speaker fields only."""
    key = tuple(text_of(row.get(k)).strip() for k in ("speaker_name", "speaker_id", "speaker_role", "speaker_text",
                                                        "speaker_type")) + (_date(row.get("published")),)
    return _identify(*key)


@functools.lru_cache(maxsize=1 << 14)
def _identify(name: str, sid: str, role: str, mention: str, typ: str, date) -> tuple[str, bool | None, int, int]:
    ref = _names.reference()
    entry, former = _listed_entry(ref, name, sid, typ, date)
    if entry is not None:
        return entry
    country, official, cs, os_ = "", None, 0, 0
    if former is not None:  # listed, but not in office at this date: the country holds, the office is the role's
        country, cs = former.country, _OFFICIAL_ENTRY
    own = " ; ".join(x for x in (role, mention, name if name != "UNKNOWN" else "") if x)
    ro = _mention_office(ref, name, role, mention, typ, own, former, date)
    occupied = None if cs else occupation_identity(ref, own)  # "the Moscow-installed mayor", "separatist officials"
    if ro is None and occupied is not None:
        ro = occupied[1]
    if ro is not None:
        official, os_ = ro, _MENTION
    c = "" if cs else (occupied[0] if occupied else _mention_country(ref, name, role, mention, typ, own, date))
    if c:
        country, cs = c, _MENTION
    country, official, cs, os_ = _organisation_evidence(ref, name, typ, own, country, official, cs, os_)
    country, official, cs, os_ = _named_body(ref, name, typ, country, official, cs, os_)
    if organ_of_international_body(ref, typ, country, official):  # "the UN's joint coordination centre"
        official, os_ = True, _ORG
    return country, official, cs, os_


def _listed_entry(ref, name: str, sid: str, typ: str, date):
    """(the officials.csv answer of a person in office at date, or None; the entry of a listed person out of office
    at date, or None): step 1 of the module docstring."""
    if typ in ("person", "unknown", ""):
        for cand in dict.fromkeys(x for x in (sid, name) if x and x != "UNKNOWN"):
            off = ref.official(_person_name(cand), date)
            if off is not None and off.valid(_names._as_date(date)):
                return (off.country, off.official, _OFFICIAL_ENTRY, _OFFICIAL_ENTRY), None
            if off is not None:
                return None, off
    return None, None


def _mention_office(ref, name: str, role: str, mention: str, typ: str, own: str, former, date) -> bool | None:
    """The office the speaker's own words give (role words of the role and mention; for a non-person, its name),
    None where they give none: step 2 of the module docstring."""
    # former office holders and people described by an organisation's role are judged by the role words
    ro = _office(ref, " ; ".join(x for x in (role, mention) if x)) if (role or mention) else None
    if former is not None:
        ro = _out_of_office(ref, former, role, mention, ro)
    if ro is None and name and name != "UNKNOWN" and typ != "person":
        ro = ref.role_official(name)
        ro = plural_office(ref, name) if ro is None else ro  # "governors of those regions"
        ro = True if ro is None and summit_party(own) else ro  # "participants in the ... summit"
    if ro and (_head_of_private_body(ref, " ; ".join(x for x in (role, mention) if x))
               or former_owner_staff(ref, " ; ".join(x for x in (role, mention) if x), _names._as_date(date))):
        ro = False  # no public office: a private body's head; a former office holder's or a candidate's aide
    return ro


def _mention_country(ref, name: str, role: str, mention: str, typ: str, own: str, date) -> str:
    """The country the speaker's own words give (nationality and place words, titles, a base, an owner, an
    institution, whom an adviser serves, an employer), else '': step 2 of the module docstring."""
    # a country after "to", "in" or "at" is the post's host, not the speaker's ("ambassador to Poland",
    # "UNHCR representative in Ukraine"), one after "on" or "about" the topic of their expertise
    # a person's name whose word is a nationality ("Tracey German") gives no nationality
    placed = " ; ".join(without_own_name([x for x in (role, mention, name) if x and x != "UNKNOWN"], name)) if typ == "person" else own
    # a place naming a field of study is its subject ("a fellow at the Centre for Russian Studies")
    placed, role = without_field(ref, placed), without_field(ref, role)
    c = ref.find_country(_TOPIC.sub(" ", _HOST.sub(" ", placed))) or ref.role_country(own)
    c = c or based_home(own) or owner_country(ref, name, date)  # "the Washington-based Institute"
    c = c or ("" if typ not in ("person", "unknown", "") else owner_country(ref, mention, date))  # "Johnson's aide"
    c = c or ("" if typ != "person" else institution_home(ref, role))  # "professor at King's College London"
    c = c or advised_country(ref, placed)  # "adviser to ... Ukrainian interior ministry"
    return c or employer_home(ref, placed)  # "head of analysis in the US Department of Energy"


def _organisation_evidence(ref, name: str, typ: str, own: str, country: str, official, cs: int, os_: int) -> tuple:
    """(country, official, cs, os_) after the organisation the name is headed by and an organisations.csv body the
    speaker's words name: step 3 of the module docstring."""
    home = _named_organisation(name) if typ != "person" else ""
    if home:  # the organisation the name is headed by, not a nationality its mention gives ("Russian government data")
        country, cs = home, _MENTION
    org = _org(own)
    if org is not None:
        oc, oo = org
        if not country and oc:
            country, cs = oc, _ORG
        if official is None or (not oo and typ != "person"):  # "a Reuters reporter", "Tass" are not officials
            official, os_ = oo, _ORG
        elif official and not oo and _titles_of_any_body(ref, own):
            # who leads or speaks for an NGO, a company or an outlet holds no public office ("director general of ...
            # International Committee of ... Red Cross", "a spokesman for Human Rights Watch")
            official, os_ = False, _MENTION
    return country, official, cs, os_


def _named_body(ref, name: str, typ: str, country: str, official, cs: int, os_: int) -> tuple:
    """(country, official, cs, os_) after a non-person speaker named like a place, governments or a government's
    body: step 3 of the module docstring."""
    if typ != "person" and name and name != "UNKNOWN":
        place = (ref.place(name) or joint_governments(ref, name) or governments_group(ref, name)
                 or government_body(ref, name))
        if place and place.get("country"):
            country, cs = place["country"], max(cs, _MENTION)
        if place and (official is None or place.get("body")) and (place.get("official") or "").lower() in ("yes", "no"):
            # (a government body's name outweighs a role word inside it: "refugee" in "the UN refugee agency")
            official, os_ = place["official"].lower() == "yes", _MENTION
    return country, official, cs, os_


def host(row: dict) -> str:
    """The country a speaker's post is in ("ambassador to Poland" -> Poland) or their expertise is about
    ("specialist on Russia" -> Russia), from the role and mention, else ''."""
    own = " ; ".join(text_of(row.get(k)) for k in ("speaker_role", "speaker_text"))
    hosts = [m.group(0) for rx in (_HOST, _TOPIC) for m in rx.finditer(own)]
    return _names.reference().find_country(" ; ".join(hosts)) if hosts else ""


_WORD = re.compile(r"[a-z]+")


def bloc_speaker(row: dict) -> bool:
    """The speaker's own mention names a bloc (`bloc_speaker` words of coding_words.csv: "western officials", "a
    western official", "Western diplomats"; `bloc_phrase` pairs of words in a row: "world leaders", not "world
    heavyweight champion"): no single country. Such a speaker takes no country
    from the sentences around (the statements stage's fallback, which is the country the sentence talks about:
    "western officials" coded Russia); a country its own mention names still counts ("US and western governments")."""
    from .words import of

    own = " ".join(text_of(row.get(k)) for k in ("speaker_name", "speaker_role", "speaker_text")).lower()
    words = _WORD.findall(own)
    return bool(set(words) & of("bloc_speaker")) or any(f"{a} {b}" in of("bloc_phrase") for a, b in pairwise(words))


def _key(r: dict) -> tuple[str, str]:
    return text_of(r.get("article_id")), text_of(r.get("speaker_id")) or text_of(r.get("speaker_name"))


def _fallback(r: dict, key, blocs: set) -> str:
    """The statements stage's country of a row without evidence of its own ('' for a bloc speaker, and where it is
    the post's host: "ambassador to Poland" speaks for the sending country, unknown here)."""
    if key in blocs or (key[1] in ("", "UNKNOWN") and bloc_speaker(r)):
        return ""
    c = text_of(r.get("speaker_country"))
    return "" if c and c == host(r) else c


def _majority(values: list) -> object:
    """The most frequent non-empty value, None on a tie or when there is none."""
    (top, n), *rest = Counter(v for v in values if v not in ("", None)).most_common() or [(None, 0)]
    return None if rest and rest[0][1] == n else top


def recompute(records: list[dict]) -> tuple[list[str], list[bool]]:
    """speaker_country and speaker_is_official for each row, consistent for one speaker_id within an article: the
    best evidenced row's values, and where no row of the speaker has evidence, the statements stage's value most of
    its rows give (its rows agree: "a senior official" is one country in one article); a bloc speaker
    (`bloc_speaker`) with no country of its own gets none."""
    ids = [identify(r) for r in records]
    best_c: dict = {}
    best_o: dict = {}
    votes: dict = defaultdict(Counter)
    blocs = {_key(r) for r in records if _key(r)[1] not in ("", "UNKNOWN") and bloc_speaker(r)}
    rows_of: dict = defaultdict(list)
    for r, (c, o, cs, os_) in zip(records, ids, strict=True):
        key = _key(r)
        if key[1] in ("", "UNKNOWN"):
            continue
        rows_of[key].append(r)
        if c:
            votes[key][(cs, c)] += 1
        if o is not None and os_ > best_o.get(key, (0, None))[0]:
            best_o[key] = (os_, o)
    for key, cnt in votes.items():
        (cs, c), _ = max(cnt.items(), key=lambda kv: (kv[0][0], kv[1]))
        best_c[key] = c
    stage_c = {k: _majority([_fallback(r, k, blocs) for r in rs]) for k, rs in rows_of.items() if k not in best_c}
    stage_o = {}  # official: most rows' value; on a tie, an office any row names (the rows agree either way)
    for k, rs in rows_of.items():
        vals = [bool(r.get("speaker_is_official")) for r in rs if r.get("speaker_is_official") is not None]
        if k not in best_o and vals:
            m = _majority(vals)
            stage_o[k] = m if m is not None else any(vals)
    countries, officials = [], []
    for r, (c, o, _, _) in zip(records, ids, strict=True):
        key = _key(r)
        c = best_c.get(key, c) or stage_c.get(key) or ("" if key in stage_c else _fallback(r, key, blocs))
        countries.append(c)
        bo = best_o.get(key)
        o = bo[1] if bo is not None else o
        if o is None:
            o = stage_o.get(key)
        if o is None:
            o = bool(r.get("speaker_is_official")) if r.get("speaker_is_official") is not None else False
        officials.append(bool(o))
    from .identity_article import article_government, bare_group_office

    return article_government(records, ids, countries, officials), bare_group_office(records, ids, officials)

