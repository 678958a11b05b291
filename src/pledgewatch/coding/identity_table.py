"""One identity per named person across a run: the corpus identity table (`speakers.parquet`) and its use.

The coding stage settles `speaker_country` and `speaker_is_official` per article (coding.identity.recompute: the
best evidenced row of a `speaker_id` in the article). An article that says nothing about who a person is (no
officials.csv entry, no role or nationality words at any of the person's mentions) leaves the statements stage's
guess: the country the surrounding sentences name most, which is the country the person talks about as often as
the person's own ("Vadym Skibitsky" coded Belarus in the article where he warns about Belarus, Ukraine in the
others). Read across the run, the same person is identified by other articles.

`build(frame)`: one row per named person (`speaker_id` that is a proper name: see `is_proper_name`) with
- `country`: the country of the person's evidenced mentions (officials.csv 3, the mention's own role and
  nationality words 2, an organisation named in the mention 1: votes weighted by that strength), else, where no
  article gives evidence, the country most of the person's articles give (by their context) when at least two
  articles and two thirds of them agree; `country_evidence` says which (`officials`, `mention`, `organisation`, `articles`, ``);
- `official`: the same for `speaker_is_official` (evidenced mentions only; null where none);
- counts and dates: statements, articles, articles with evidence, distinct countries given before the table was
  applied (`n_countries`), first and last date.

`apply(frame, table)`: a person's rows in an article with no evidence of its own about the person take the table's
country and official status (where the table has no country, the country most of the person's rows in that article
give, so that one article gives one person one country); an article that identifies the person keeps what it says (one speaker_id, one identity
within an article: coding.identity.recompute). The official status is taken only from evidence of the same office
period: an officials.csv entry is dated and is evidence in every article, so the table's `official` only fills
people officials.csv does not list.

Unnamed and generic speakers ("a senior official", "the ministry", "Foreign Ministry") are not pooled: the same
words stand for different people in different articles.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict

import pandas as pd

from ..statements import names as _names
from ..statements.speakers.words import INDEF, NAME_PARTICLES, PRON_ALL
from . import identity as _identity
from ._match import text_of

COLUMNS = ["speaker_id", "country", "country_evidence", "official", "official_evidence", "n_statements",
           "n_articles", "n_evidenced_articles", "n_countries", "first_date", "last_date"]
_EVIDENCE = {3: "officials", 2: "mention", 1: "organisation"}
_MAJORITY = 2 / 3  # share of a person's unevidenced articles that must agree for the table to use their country
_MIN_ARTICLES = 2  # ... and how many of them at least: one article's context is that article's guess, not the run's
_NEEDED = ["article_id", "published", "speaker_name", "speaker_id", "speaker_role", "speaker_text", "speaker_type",
           "speaker_country", "speaker_is_official"]


def is_proper_name(name: str) -> bool:
    """A person's name of two words or more, every word capitalised but name particles ("Ursula von der Leyen"),
    not opened by a determiner ("An Ukrinform correspondent", "The official") nor holding a role word alone."""
    words = (name or "").split()
    if len(words) < 2 or name == "UNKNOWN":
        return False
    if words[0].lower() in INDEF or words[0].lower() == "the":
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


def _key(row: dict) -> str:
    if text_of(row.get("speaker_type")) != "person":
        return ""
    sid = text_of(row.get("speaker_id")) or text_of(row.get("speaker_name"))
    return sid if _proper(sid) else ""


_proper = functools.lru_cache(maxsize=1 << 14)(is_proper_name)


@functools.lru_cache(maxsize=1 << 14)
def _listed(name: str, sid: str) -> bool:
    ref = _names.reference()
    return any(ref.official(_identity._person_name(x), None) is not None for x in (sid, name) if x and x != "UNKNOWN")


def _identify(r: dict) -> tuple:
    """identity.identify of a row, with what cannot change its answer left out so that one person's rows share one
    look-up: a mention that is a pronoun or part of the name ("he", "Kuleba") and, for a person officials.csv does
    not list, the date."""
    name, sid, role, mention, typ = (text_of(r.get(k)).strip() for k in
                                     ("speaker_name", "speaker_id", "speaker_role", "speaker_text", "speaker_type"))
    words = set(name.lower().split())
    if mention.lower() in PRON_ALL or (mention and set(mention.lower().split()) <= words):
        mention = ""
    date = _identity._date(r.get("published")) if _listed(name, sid) else None
    return _identity._identify(name, sid, role, mention, typ, date)


def _evidence(rows: list[dict]) -> tuple[Counter, Counter, Counter]:
    """(country votes by strength, official votes by strength, context countries) of one person's rows in one
    article."""
    cv, ov, ctx = Counter(), Counter(), Counter()
    for r in rows:
        c, o, cs, os_ = _identify(r)
        if c and cs:
            cv[(c, cs)] += 1
        elif text_of(r.get("speaker_country")):
            ctx[text_of(r.get("speaker_country"))] += 1
        if o is not None and os_:
            ov[(bool(o), os_)] += 1
    return cv, ov, ctx


def _groups(records: list[dict]) -> dict:
    """{person key: {article_id: [row indices]}} of the rows of proper-named persons, in row order."""
    out: dict = defaultdict(lambda: defaultdict(list))
    for i, r in enumerate(records):
        k = _key(r)
        if k:
            out[k][text_of(r.get("article_id"))].append(i)
    return out


def _values(records, idx) -> set:
    return {(text_of(records[i].get("speaker_country")), bool(records[i].get("speaker_is_official"))) for i in idx}


def _person_evidence(records: list[dict], arts: dict) -> dict:
    """{article_id: evidence} of one person. Every row counts where the person has several articles or differing
    values; a person of one article whose rows agree needs only its most described row (the label of the evidence)."""
    if len(arts) > 1 or any(len(_values(records, idx)) > 1 for idx in arts.values()):
        return {aid: _evidence([records[i] for i in idx]) for aid, idx in arts.items()}
    (aid, idx), = arts.items()
    best = max(idx, key=lambda i: len(text_of(records[i].get("speaker_role"))) + len(text_of(records[i].get("speaker_text"))))
    return {aid: _evidence([records[best]])}


def _weighted(votes: Counter):
    """(value, strength) of the most weighted value of votes keyed (value, strength), or (None, 0)."""
    tot: Counter = Counter()
    best: dict = {}
    for (v, s), n in votes.items():
        tot[v] += n * s
        best[v] = max(best.get(v, 0), s)
    if not tot:
        return None, 0
    v = max(tot, key=lambda x: (tot[x], best[x], str(x)))
    return v, best[v]


def _person_row(key: str, ev: dict, rows: list[dict]) -> dict:
    cv, ov, ctx_articles = Counter(), Counter(), Counter()
    evidenced = 0
    for (c_votes, o_votes, ctx) in ev.values():
        cv.update(c_votes)
        ov.update(o_votes)
        evidenced += bool(c_votes)
        if not c_votes and ctx:
            ctx_articles[ctx.most_common(1)[0][0]] += 1
    country, strength = _weighted(cv)
    evidence = _EVIDENCE.get(strength, "")
    if country is None:
        country, evidence = "", ""
        if ctx_articles:
            top, n = ctx_articles.most_common(1)[0]
            if n >= _MIN_ARTICLES and n / sum(ctx_articles.values()) >= _MAJORITY:
                country, evidence = top, "articles"
    official, ostrength = _weighted(ov)
    dates = [d for d in (r.get("published") for r in rows) if d is not None and not pd.isna(d)]
    return {"speaker_id": key, "country": country, "country_evidence": evidence, "official": official,
            "official_evidence": _EVIDENCE.get(ostrength, ""), "n_statements": len(rows), "n_articles": len(ev),
            "n_evidenced_articles": evidenced,
            "n_countries": len({text_of(r.get("speaker_country")) for r in rows} - {""}),
            "first_date": min(dates) if dates else pd.NaT, "last_date": max(dates) if dates else pd.NaT}


def _records(frame: pd.DataFrame) -> list[dict]:
    cols = [c for c in _NEEDED if c in frame.columns]
    return [dict(zip(cols, v, strict=True)) for v in zip(*(frame[c].tolist() for c in cols), strict=True)]


def build(frame: pd.DataFrame) -> pd.DataFrame:
    """The identity table of the named persons of a statements frame (see the module docstring)."""
    records = _records(frame)
    out = []
    for k, arts in sorted(_groups(records).items()):
        rows = [records[i] for idx in arts.values() for i in idx]
        out.append(_person_row(k, _person_evidence(records, arts), rows))
    table = pd.DataFrame(out, columns=COLUMNS)
    table["official"] = table["official"].astype("boolean")
    table["first_date"] = pd.to_datetime(table["first_date"])
    table["last_date"] = pd.to_datetime(table["last_date"])
    return table


def _article_majority(ctx: Counter) -> str:
    """The country most of a person's rows in one article give from their context, '' on a tie."""
    (top, n), *rest = ctx.most_common()
    return "" if rest and rest[0][1] == n else top


def _settled(records, idx, country: str, official) -> bool:
    """The rows already say what the table would give them (nothing to weigh)."""
    vals = _values(records, idx)
    if len(vals) > 1:
        return False
    (c, o), = vals
    return (not country or c == country) and (official is None or o == official)


def apply(frame: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """frame with `speaker_country` / `speaker_is_official` filled from the table where the article gives no
    evidence of its own about the person; other rows untouched."""
    if frame.empty or table.empty:
        return frame
    records = _records(frame)
    ident = {r.speaker_id: (r.country, None if pd.isna(r.official) else bool(r.official))
             for r in table.itertuples(index=False)}
    countries = frame["speaker_country"].tolist()
    officials = frame["speaker_is_official"].tolist()
    for k, arts in _groups(records).items():
        if k not in ident:
            continue
        country, official = ident[k]
        for idx in arts.values():
            if _settled(records, idx, country, official):
                continue
            cv, ov, ctx = _evidence([records[i] for i in idx])
            for i in idx:
                if not cv and country:
                    countries[i] = country
                elif not cv and len(ctx) > 1:
                    countries[i] = _article_majority(ctx) or countries[i]
                if not ov and official is not None:
                    officials[i] = official
    out = frame.copy()
    out["speaker_country"] = countries
    out["speaker_is_official"] = officials
    return out


def from_parts(paths) -> pd.DataFrame:
    """The identity table of a run's statement part files (pipeline.TableSink), reading only the speaker columns."""
    import pyarrow.parquet as pq

    frames = []
    for p in paths:
        cols = [c for c in _NEEDED if c in pq.read_schema(p).names]
        frames.append(pq.read_table(p, columns=cols).to_pandas())
    return build(pd.concat(frames, ignore_index=True)) if frames else pd.DataFrame(columns=COLUMNS)


def arrow_transform(table: pd.DataFrame):
    """A function (pyarrow.Table -> pyarrow.Table) that applies the identity table to one part of the statements
    table, for TableSink.transform; only the two identity columns are replaced, with their own types."""
    import pyarrow as pa

    def _apply(t):
        cols = [c for c in _NEEDED if c in t.column_names]
        if "speaker_country" not in cols or "speaker_is_official" not in cols:
            return t
        before = t.select(cols).to_pandas()
        after = apply(before, table)
        for name in ("speaker_country", "speaker_is_official"):
            i = t.column_names.index(name)
            t = t.set_column(i, t.schema.field(i), pa.array(after[name].tolist(), type=t.schema.field(i).type))
        return t

    return _apply
