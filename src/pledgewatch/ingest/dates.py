"""Publication dates with their provenance, never a guess presented as fact.

Order (first that decides wins), `date_source` says which:
    metadata   a date field (record field, YAML front matter, sidecar, HTML metadata)
    filename   a timestamp in the file name or record id (20220125T090000Z_GB_en_..., breitbart_2016-09-12_...)
    text_date  an explicit full date the text gives as its own: a dateline ('KYIV, March 19, 2024', 'Published ...'),
               else the latest event date ('on Tuesday, March 19, 2024') when no later date or year is mentioned;
               historical references ('since February 24, 2022') are skipped
    war_day    'the 755th day of the war' / 'day 151 of the invasion' (day 1 = 2022-02-24)
    weekday    a weekday with a month and day ('on Tuesday, April 7') whose year is the only one, among the years
               the text mentions (and the two after each), where that day falls on that weekday
    unknown    nothing decides: `date_reason` says why
"""

from __future__ import annotations

import datetime as dt
import re

from .. import config

WAR_DAY_ONE = dt.date(2022, 2, 24)
MIN_YEAR = 1990

WORDS_FILE = "word_lists.csv"  # lists month, weekday, no_date
MONTHS = {r["word"]: int(r["value"]) for r in config.word_list("month", WORDS_FILE)}  # 'january' ... and 'sept'
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
WEEKDAYS = {r["word"]: int(r["value"]) for r in config.word_list("weekday", WORDS_FILE)}
NO_DATE = frozenset(r["word"] for r in config.word_list("no_date", WORDS_FILE))


def _alternation(words) -> str:
    """The words capitalised as one regex alternation, longest first (a form never cut short by its prefix)."""
    return "|".join(sorted((w.capitalize() for w in words), key=lambda w: (-len(w), w)))


# a month as written ('January', 'Jan', 'Sept', 'Sep.') and a weekday ('Tuesday'), from the lists above
_MON = rf"(?P<mon>{_alternation(MONTHS)})\.?"
_WD = rf"(?P<wd>{_alternation(WEEKDAYS)})"


_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_STAMP = re.compile(r"(?<![0-9A-Za-z])(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:T\d{4,6}Z?)?(?![0-9A-Za-z])")
_STAMP_T = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})T\d{4,6}Z?")
_SEP_DATE = re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d{2})[-_./](?P<m>\d{1,2})[-_./](?P<d>\d{1,2})(?![0-9])")

# full dates in prose: 'March 19, 2024', 'Mar. 19, 2024', '19 March 2024', 'Tuesday, 19 March 2024', '2024-03-19'
_MDY = re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b")
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\s*,?\s+(?P<y>(?:19|20)\d{{2}})\b")
_HISTORICAL = re.compile(
    r"(?:since|from|until|till|to|between|before|after|by|of|in|through|starting|began|begun|beginning|start|"
    r"anniversary|ago|last|previous|earlier|as of|back)\W*(?:on\W+)?(?:the\W+)?$", re.I)
_OWN = re.compile(r"(?:\bon|\btoday|\btonight|\bdated|published|updated|posted|last updated|"
                  r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W*(?:the\W+)?$", re.I)
_DATELINE_LINE = re.compile(r"^\s*(?:published|updated|posted|last updated|date|dated|first published)\b", re.I)

_ORD = r"(?P<n>\d{1,4})(?:st|nd|rd|th)"
_WAR = r"(?:(?:full[- ]scale|Russian|Russia's|Russia's full[- ]scale|the)\s+)*(?:war|invasion|aggression|full-scale war)"
_WAR_DAY = re.compile(
    rf"\b(?:the\s+)?{_ORD}\s+day\s+(?:of|since)\s+{_WAR}|\bday\s+(?P<n2>\d{{1,4}})\s+of\s+{_WAR}", re.I)
_WD_MD = re.compile(rf"\b{_WD},?\s+(?:the\s+)?(?:{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON.replace('mon', 'mon2')})\b(?!,?\s*(?:19|20)\d{{2}})")
_YEAR = re.compile(r"(?<![\d$£€.,])(?:19|20)\d{2}(?![\d%])")


def _mk(y, m, d, today=None) -> dt.date | None:
    try:
        out = dt.date(int(y), int(m), int(d))
    except (ValueError, TypeError):
        return None
    today = today or dt.date.today()
    if out.year < MIN_YEAR or out > today + dt.timedelta(days=2):
        return None
    return out


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")[:4] if s.lower().startswith("sept") else s.lower().rstrip(".")[:3]]


def parse_metadata_date(value) -> tuple[dt.date | None, str | None]:
    """A date from a metadata value (str, date, datetime, epoch number): (date, problem)."""
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value:  # NaN
            return None, None
        v = float(value)
        if v > 1e11:  # milliseconds
            v /= 1000
        try:
            return dt.datetime.fromtimestamp(v, dt.UTC).date(), None
        except (OverflowError, OSError, ValueError):
            return None, f"metadata date {value!r} is not a valid timestamp"
    s = str(value).strip()
    if not s or s.lower() in NO_DATE:
        return None, None
    m = _ISO.search(s) or _STAMP.search(s)
    if m:
        d = _mk(m["y"], m["m"], m["d"])
        if d:
            return d, None
    m = _MDY.search(s) or _DMY.search(s)
    if m:
        d = _mk(m["y"], _month(m["mon"]), m["d"])
        if d:
            return d, None
    try:
        from dateutil import parser as dparser

        d = dparser.parse(s, fuzzy=False, default=dt.datetime(1, 1, 1)).date()
        if d.year >= MIN_YEAR and d <= dt.date.today() + dt.timedelta(days=2):
            return d, None
    except (ValueError, OverflowError, TypeError):
        pass
    return None, f"metadata date {s[:40]!r} could not be read"


def date_from_name(name: str) -> dt.date | None:
    if not name:
        return None
    for rx in (_STAMP_T, _SEP_DATE, _STAMP):
        for m in rx.finditer(name):
            d = _mk(m["y"], m["m"], m["d"])
            if d:
                return d
    return None


def _text_date(text: str) -> tuple[dt.date | None, str | None, list[str]]:
    """Own date stated in the text; also returns the historical mentions it skipped.

    A dateline (in the first line after the title, or on a 'Published/Updated ...' line) decides. Otherwise an
    event date introduced by 'on', 'today' or a weekday counts only if it is the latest full date in the text and no
    later year is mentioned (an article is not older than what it reports)."""
    dateline: list[tuple[dt.date, str]] = []
    own: list[tuple[dt.date, str]] = []
    every: list[dt.date] = []
    skipped: list[str] = []
    lines = text.split("\n", 4)
    head_end = sum(len(x) + 1 for x in lines[:3]) if len(lines) > 2 and not lines[1] else len(lines[0]) + 1
    head_end = min(head_end + 120, len(text))
    for rx in (_MDY, _DMY, _ISO):
        for m in rx.finditer(text):
            g = m.groupdict()
            d = _mk(m["y"], _month(g["mon"]) if g.get("mon") else g["m"], m["d"])
            if not d:
                continue
            every.append(d)
            before = text[max(0, m.start() - 40): m.start()]
            line_start = text.rfind("\n", 0, m.start()) + 1
            phrase = m.group(0)
            if _DATELINE_LINE.match(text[line_start: m.start() + 1]) or (
                    m.start() < head_end and m.start() - line_start < 60 and not _HISTORICAL.search(before)):
                dateline.append((d, phrase))
            elif _HISTORICAL.search(before):
                skipped.append(phrase)
            elif _OWN.search(before):
                own.append((d, phrase))
            else:
                skipped.append(phrase)
    if dateline:
        d, phrase = dateline[0]
        return d, phrase, skipped
    if own:
        d, phrase = max(own)
        max_year = max((int(y) for y in _YEAR.findall(text)), default=d.year)
        if d >= max(every) and d.year >= max_year:
            return d, phrase, skipped
        skipped.append(phrase)
    return None, None, skipped


def _war_day(text: str) -> tuple[dt.date | None, str | None]:
    for m in _WAR_DAY.finditer(text):
        n = int(m["n"] or m["n2"])
        if 1 <= n <= 20000:
            return WAR_DAY_ONE + dt.timedelta(days=n - 1), m.group(0)
    return None, None


def _weekday(text: str) -> tuple[dt.date | None, str | None, str | None]:
    years = {int(y) for y in _YEAR.findall(text)}
    today = dt.date.today()
    candidates = {y + k for y in years for k in (0, 1, 2) if MIN_YEAR <= y + k <= today.year}
    first_problem = None
    for m in _WD_MD.finditer(text):
        mon = m["mon"] or m["mon2"]
        day = m["d"] or m["d2"]
        wd = WEEKDAYS[m["wd"].lower()]
        fits = sorted(y for y in candidates if (d := _mk(y, _month(mon), day, today)) and d.weekday() == wd)
        if len(fits) == 1:
            return _mk(fits[0], _month(mon), day, today), m.group(0), None
        if first_problem is None:
            if not candidates:
                first_problem = f"'{m.group(0)}' has no year and the text mentions none"
            elif not fits:
                first_problem = f"'{m.group(0)}' fits none of the years the text mentions"
            else:
                first_problem = f"'{m.group(0)}' fits several years ({', '.join(map(str, fits))})"
    return None, None, first_problem


def resolve_date(meta_value=None, names=(), text: str = "", title: str = "") -> tuple[dt.date | None, str, str]:
    """(published, date_source, date_reason): see the module docstring for the order."""
    notes = []
    d, problem = parse_metadata_date(meta_value)
    if d:
        return d, "metadata", f"metadata value {str(meta_value)[:40]!r}"
    if problem:
        notes.append(problem)
    for name in names:
        d = date_from_name(str(name or ""))
        if d:
            return d, "filename", f"timestamp in {str(name)[:60]!r}"
    full = f"{title}\n{text}" if title and not text.startswith(title) else text
    d, phrase, skipped = _text_date(full)
    if d:
        return d, "text_date", f"date stated in the text: {phrase!r}"
    d, phrase = _war_day(full)
    if d:
        reason = f"{phrase!r} (day 1 = {WAR_DAY_ONE.isoformat()})"
        wd = re.search(rf"\b{_WD}\b", full)
        if wd:
            ok = WEEKDAYS[wd["wd"].lower()] == d.weekday()
            reason += f"; consistent with '{wd['wd']}'" if ok else f"; NB the text also says '{wd['wd']}'"
        return d, "war_day", reason
    d, phrase, problem = _weekday(full)
    if d:
        return d, "weekday", f"{phrase!r} checked against the calendar"
    if skipped:
        notes.append("dates in the text are historical references (" + ", ".join(repr(s) for s in skipped[:2]) + ")")
    if problem:
        notes.append(problem)
    if not notes:
        notes.append("no date in metadata, name or text")
    return None, "unknown", "; ".join(notes)


__all__ = ["resolve_date", "parse_metadata_date", "date_from_name", "WAR_DAY_ONE"]
