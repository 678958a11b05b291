"""Reference tables for speaker resolution: officials (names, aliases, roles over time), role words, and countries,
capitals, nationality adjectives and international bodies. All three are researcher-editable CSVs in
data/reference/ (officials.csv, roles.csv, countries.csv); this module loads them once and offers lookups.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .. import config, glued
from .edits import deletions, within

TITLES_FILE = "title_words.csv"


def _titles(path=None) -> dict[str, str]:
    """{title word: "m", "f" or ""} from title_words.csv (comment lines start with #)."""
    return {r["word"].strip(): (r.get("gender") or "").strip() for r in config.reference_rows(path or TITLES_FILE)}


# Words that may precede a name without being part of it (honorifics, ranks, titles); lower-case, no dot: those of
# title_words.csv and the dotted titles the tokenizer keeps with their dot (sentence_stops.csv, glued.titles()).
TITLE_WORDS = set(_titles()) | {w.lower() for w in glued.titles()}
# the honorifics among them that tell a person's gender ("mr" -> "m")
HONORIFIC_GENDER = {w: g for w, g in _titles().items() if g}


@functools.lru_cache(maxsize=1 << 16)
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return s.replace("’", "'").replace("ł", "l").replace("Ł", "L").lower().strip()


def fold(s: str) -> str:
    """Lower-case, accents removed, apostrophes unified: the key for comparing names (memoised: the same names and
    role words are folded over and over)."""
    if s.__class__ is str:
        return _fold(s)
    if not s:
        return _fold("")
    return _fold(str(s) if isinstance(s, str) else s)  # (anything else raises, as unicodedata.normalize does)


# compiled once: module-level re.sub/findall look the pattern up in re's cache on every call (these run per token)
_WORD = re.compile(r"[\w'’.-]+")
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
_BRACKETS = re.compile(r"[\[\]()]")
_COUNTRY_TOKEN = re.compile(r"[\w.’'-]+")


def words(s: str) -> list[str]:
    return _WORD.findall(s or "")


def strip_possessive(s: str) -> str:
    return _POSSESSIVE.sub("", (s or "").strip())


def clean_name(s: str) -> tuple[str, list[str]]:
    """'Mr Macron' -> ('Macron', ['Mr']); 'President [Joe] Biden' -> ('Joe Biden', ['President'])."""
    s = _INVISIBLE.sub("", s or "")
    s = strip_possessive(_BRACKETS.sub("", s)).strip(" ,.;:\"'“”")
    w = s.split()
    lead = []
    places = reference().places
    while len(w) > 1 and (w[0].lower().strip(".,") in TITLE_WORDS or w[0].lower() in {"the", "of"}
                          or (len(w) > 2 and strip_possessive(w[0]) in places)):
        lead.append(w.pop(0))
    # a name ends with a name: drop trailing junk such as "Jr." only when something remains
    return " ".join(w), lead


@dataclass
class Official:
    name: str
    aliases: list[str]
    role: str
    country: str
    start: _dt.date | None
    end: _dt.date | None
    gender: str
    official: bool

    def valid(self, date) -> bool:
        if date is None:
            return True
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    def given_agrees(self, given: str) -> bool:
        """A folded given name may be the row's: it agrees (`givens_agree`: the same name, or the same initial and
        not of two genders) with the given name of the full name or an alias ("joe" / "Joseph Biden"; "mykola" is not
        "Dmytro Kuleba"), and is no name of the row's other gender ("Jill Biden" is not Joe Biden, "Diane Russell"
        not Daniel Russel); a row with no full name agrees with none."""
        if self.gender and _given_gender(given) not in ("", self.gender):
            return False
        return any(givens_agree(fold(a).split()[0], given) for a in [self.name, *self.aliases] if len(a.split()) > 1)

    def given_close(self, given: str) -> bool:
        """A folded given name is a spelling of the row's given name or an alias's (a prefix either way, or within
        two edits, three for names of nine letters: "wolodymyr", "voludimir" / "Volodymyr", "mychajlo" /
        "Mykhailo"); "marley" is not "Magdalena" Andersson."""
        for a in [self.name, *self.aliases]:
            g = fold(a).split()[0] if len(a.split()) > 1 else ""
            if g and (g.startswith(given) or given.startswith(g) or within(g, given, 3 if len(given) >= 9 else 2)):
                return True
        return False


def _date(s):
    try:
        return _dt.date.fromisoformat(s.strip()) if s and s.strip() else None
    except ValueError:
        return None


def _as_date(d):
    if d is None or d != d:  # NaT, like NaN, is unequal to itself: an undated article (pandas' NaT is a datetime)
        return None
    if isinstance(d, _dt.datetime):
        return d.date()
    if isinstance(d, _dt.date):
        return d
    try:
        import pandas as pd

        if pd.isna(d):
            return None
        return pd.Timestamp(d).date()
    except Exception:
        return None


def _read(name):
    path = config.reference(name)
    if not path.is_file():
        return []
    return config.reference_rows(path)


@dataclass
class Reference:
    officials: list[Official] = field(default_factory=list)
    by_full: dict = field(default_factory=dict)      # folded full name/alias -> [Official]
    by_surname: dict = field(default_factory=dict)   # folded surname -> [Official]
    roles: list[tuple[str, str, bool, str]] = field(default_factory=list)  # (pattern, role, official, kind), longest first
    role_countries: dict = field(default_factory=dict)  # pattern -> country the title implies ("sen." -> United States)
    places: dict = field(default_factory=dict)       # surface -> row dict (case-sensitive)
    places_lower: dict = field(default_factory=dict)
    # look-up memos (the tables are read once and never change; bounded)
    _role_memo: dict = field(default_factory=dict, repr=False, compare=False)
    _role_res: list = field(default_factory=list, repr=False, compare=False)
    _role_key: tuple = field(default=(), repr=False, compare=False)
    _near_memo: dict = field(default_factory=dict, repr=False, compare=False)
    _del_index: dict = field(default_factory=dict, repr=False, compare=False)  # form with <= 2 deletions -> surnames
    _del_key: int = field(default=-1, repr=False, compare=False)

    # ---- officials
    def official(self, name: str, date=None, country: str = "") -> Official | None:
        """The officials.csv entry for a (title-stripped) person name, at the article's date where that decides."""
        key = fold(name)
        if not key:
            return None
        cands = self.by_full.get(key)
        ws = key.split()
        if not cands:
            cands = list(self.by_surname.get(ws[-1], []))
            if not cands and len(ws) > 1:  # misspelt or unlisted transliteration (Zlenski, Zielnski for Zelenski)
                cands = [o for k in self.near_surnames(ws[-1]) for o in self.by_surname[k]
                         if _near_person(o, ws[0], ws[-1], k)]
            if len(ws) > 1:  # a given name must agree (Mykola Kuleba is not Dmytro Kuleba)
                cands = [o for o in cands if o.given_agrees(ws[0])]
        if not cands:
            return None
        if country:
            c2 = [o for o in cands if o.country == country]
            cands = c2 or cands
        valid = [o for o in cands if o.valid(_as_date(date))]
        people = {o.name for o in (valid or cands)}
        if len(people) > 1:
            return None
        return (valid or cands)[-1] if not valid else valid[-1]

    def near_surnames(self, surname: str) -> list[str]:
        """Listed surnames one edit away (two for long names) from `surname`; only names of 6+ letters, so short
        names never collide. Used only with an agreeing given name (see official)."""
        if len(surname) < 6:
            return []
        hit = self._near_memo.get((surname, len(self.by_surname)))
        if hit is None:
            limit = 1 if len(surname) < 9 else 2
            # two names within `limit` edits share a form with up to `limit` letters deleted from each: only the
            # listed surnames that share one are compared
            if self._del_key != len(self.by_surname):
                self._del_key, self._del_index = len(self.by_surname), {}
                for k in self.by_surname:
                    for form in deletions(k, 2):
                        self._del_index.setdefault(form, set()).add(k)
            near = set().union(*(self._del_index.get(form, ()) for form in deletions(surname, limit)))
            hit = self._near_memo[(surname, len(self.by_surname))] = tuple(
                k for k in self.by_surname if k in near and abs(len(k) - len(surname)) <= limit
                and within(k, surname, limit))
            if len(self._near_memo) > 50_000:
                self._near_memo.clear()
        return list(hit)

    def official_by_role(self, kind_roles: set[str], country: str, date) -> Official | None:
        """The one official holding a role (normalised names, e.g. {'President'}) for a country at a date."""
        date = _as_date(date)
        if not country or date is None:
            return None
        hits = {o.name: o for o in self.officials if o.country == country and o.valid(date)
                and self.role_norm(o.role) in kind_roles}
        return next(iter(hits.values())) if len(hits) == 1 else None

    # ---- roles
    def role_matches(self, text: str) -> list[tuple[str, str, bool, str]]:
        """Role patterns found in text (longest first, non-overlapping)."""
        low = " " + fold(text) + " "
        if self._role_key != (id(self.roles), len(self.roles)):  # (re)compile when the role list is (re)set
            self._role_key = (id(self.roles), len(self.roles))
            self._role_res = [re.compile(r"(?<![\w-])" + re.escape(pat) + r"(?![\w-])") for pat, *_ in self.roles]
            self._role_memo.clear()
        hit = self._role_memo.get(low)
        if hit is None:
            hit = self._role_memo[low] = tuple(self._role_matches(low))
            if len(self._role_memo) > 50_000:  # bounded: memory stays flat on any corpus
                self._role_memo.clear()
        return list(hit)

    def _role_matches(self, low: str, positions: bool = False) -> list[tuple]:
        out, used = [], []
        for (pat, role, off, kind), rx in zip(self.roles, self._role_res, strict=True):
            if pat not in low:  # (a pattern that is not a substring cannot match: skip the regex)
                continue
            for m in rx.finditer(low):
                if any(m.start() < e and s < m.end() for s, e in used):
                    continue
                used.append((m.start(), m.end()))
                out.append((pat, role, off, kind, m.start()))
        out.sort(key=lambda x: x[4])
        return out if positions else [x[:4] for x in out]

    def role_country(self, text: str) -> str:
        """The country a title implies on its own ("Sen." -> United States), else ''."""
        for pat, *_ in self.role_matches(text):
            if pat in self.role_countries:
                return self.role_countries[pat]
        return ""

    def role_norm(self, text: str) -> str:
        m = self.role_matches(text)
        return m[0][1] if m else ""

    def role_official(self, text: str) -> bool | None:
        """True/False from the role words (ignoring those after 'former'); None if no role word."""
        low = fold(text)
        low = re.sub(r"\b(former|ex-|then-|late)\s*[\w-]*( [\w-]+)?", " ", low)
        m = self.role_matches(low)
        if not m:
            return None
        if len({x[2] for x in m}) == 1:
            return m[0][2]
        return self._head_role_official(low)

    def _head_role_official(self, low: str) -> bool:
        """Role words of both kinds: the head of the first noun phrase decides, the last role word before its first
        "of", "at", "with", "for", "and" or comma ("chief market analyst with AvaTrade" is an analyst, "founder of the
        website and its executive director" a founder, "Deputy Minister of Foreign Affairs" a minister)."""
        low = " " + low + " "
        hits = self._role_matches(low, positions=True)  # (pattern, role, official, kind, start), in text order
        cut = re.search(r"\s(of|at|with|for|and|from|in)\s|,|;", low)
        before = [x for x in hits if cut is None or x[4] < cut.start()] or hits
        return before[-1][2]

    # ---- places, nationalities, bodies
    def place(self, surface: str) -> dict | None:
        s = strip_possessive(surface.strip()).strip(" ,.")
        if s.lower().startswith("the "):
            s = s[4:]
        row = self.places.get(s)
        if row is None and not (s.isupper() and len(s) <= 5):
            row = self.places_lower.get(s.lower())
        return row

    def adjective(self, country: str) -> str:
        """Nationality adjective of a country or body ('Russia' -> 'Russian'), else ''."""
        for surface, row in self.places.items():
            if row.get("kind") == "adjective" and row.get("country") == country:
                return surface
        return ""

    def find_places(self, text: str):
        """Every countries.csv row text names (nationality adjective, country, capital, region, body), in text order:
        at each word every chunk from four words down to one, the possessive and a final dot stripped. Overlapping
        rows all come ("the Donetsk People's Republic" gives the republic's row, then the region's, Ukraine), and a
        row may come more than once: `find_country` takes the first; a caller wanting one row per name must skip the
        words a longer row covers."""
        toks = _COUNTRY_TOKEN.findall(text or "")
        for i in range(len(toks)):
            for n in (4, 3, 2, 1):
                chunk = " ".join(toks[i:i + n])
                chunk2 = strip_possessive(chunk)
                for c in (chunk, chunk2, chunk2.rstrip(".")):
                    row = self.places.get(c)
                    if row and row.get("country"):
                        yield row

    def find_countries(self, text: str) -> list[str]:
        """Every country/body text names, each once, in text order (`find_places`)."""
        return list(dict.fromkeys(row["country"] for row in self.find_places(text)))

    def find_country(self, text: str) -> str:
        """The first country/body named in text (nationality adjective, country, capital, body), else '': the
        first of `find_countries`, without reading the rest of text."""
        return next((row["country"] for row in self.find_places(text)), "")


def official_spelling_wins(canonical: str, spellings: list[str], off: Official) -> bool:
    """The article spells this official two ways, a foreign transliteration or a misspelling first (`canonical`) and
    the officials.csv spelling too (among `spellings`, the person's names in the article): "Sergei Ławrow" ...
    "Lavrov", "Aleksander Łukaszenko" ... "Lukashenko", "Jen Pskai" ... "Psaki"; the officials.csv name is then the
    canonical one. An English variant the table lists ("Zelenskiy" beside "Zelensky") is the article's own spelling
    and stays, and so does any spelling of an article that never uses the table's."""
    sur = canonical.split()[-1] if canonical.split() else ""
    osur = fold(off.name).split()[-1]
    if not sur or fold(sur) == osur:
        return False
    listed = {a.split()[-1] for a in [off.name] + off.aliases if a.split()}
    if sur.isascii() and sur in listed:
        return False
    return any(n.split() and fold(n).split()[-1] == osur for n in spellings)


def _near_person(o: Official, given: str, surname: str, listed: str) -> bool:
    """A misspelt surname (`surname`, one or two edits from the `listed` one) names the official only with a
    spelling of their given name, and keeps the surname's first letter unless the given name is the same ("Serhiy
    Gaidai" / Serhiy Haidai; "Sergey Radchenko", a professor, is not Serhiy Marchenko)."""
    if not o.given_close(given):
        return False
    return surname[:1] == listed[:1] or any(fold(a).split()[0] == given for a in [o.name, *o.aliases]
                                            if len(a.split()) > 1)


def givens_agree(a: str, b: str) -> bool:
    """Two folded given names may be one person's: the same name, or the same initial ("joe" / "joseph", "j") and
    not of two genders by first_names.csv ("jill" is not "joe": Jill Biden is not the Joe Biden of the article)."""
    if a == b:
        return True
    ga, gb = _given_gender(a), _given_gender(b)
    return a[:1] == b[:1] and not (ga and gb and ga != gb)


def _given_gender(given: str) -> str:
    """'f' or 'm' where first_names.csv gives a folded given name one gender only, else ''."""
    from .gender import FEMALE, MALE

    f, m = given in FEMALE, given in MALE
    return "f" if f and not m else "m" if m and not f else ""


@functools.lru_cache(maxsize=1)
def reference() -> Reference:
    ref = Reference()
    for r in _read("officials.csv"):
        aliases = [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]
        o = Official(r["name"].strip(), aliases, (r.get("role") or "").strip(), (r.get("country") or "").strip(),
                     _date(r.get("from")), _date(r.get("to")), (r.get("gender") or "").strip(),
                     (r.get("official") or "yes").strip().lower() != "no")
        ref.officials.append(o)
        for a in [o.name] + aliases:
            k = fold(a)
            if len(k.split()) > 1:
                ref.by_full.setdefault(k, []).append(o)
            ref.by_surname.setdefault(k.split()[-1], []).append(o)
            if " " in k and k.startswith("von der "):
                ref.by_surname.setdefault("leyen", []).append(o)
    for lst in list(ref.by_surname.values()) + list(ref.by_full.values()):
        uniq = []
        for o in lst:
            if o not in uniq:
                uniq.append(o)
        lst[:] = uniq
    roles = []
    for r in _read("roles.csv"):
        roles.append((fold(r["pattern"]), r["role"].strip(), (r.get("official") or "").strip().lower() == "yes",
                      (r.get("kind") or "").strip()))
        if (r.get("country") or "").strip():
            ref.role_countries[fold(r["pattern"])] = r["country"].strip()
    ref.roles = sorted(roles, key=lambda x: -len(x[0]))
    for r in _read("countries.csv"):
        s = r["surface"].strip()
        ref.places[s] = r
        ref.places_lower.setdefault(s.lower(), r)
    return ref
