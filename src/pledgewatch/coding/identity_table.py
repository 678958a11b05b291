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

from collections import Counter, defaultdict

import pandas as pd

from ..statements.speakers.words import INDEF, NAME_PARTICLES
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
    return sid if is_proper_name(sid) else ""


def _article_evidence(records: list[dict]) -> dict:
    """{(speaker key, article_id): (country votes by strength, official votes by strength, context countries)}."""
    ev: dict = defaultdict(lambda: (Counter(), Counter(), Counter()))
    for r in records:
        k = _key(r)
        if not k:
            continue
        c, o, cs, os_ = _identity.identify(r)
        cv, ov, ctx = ev[(k, text_of(r.get("article_id")))]
        if c and cs:
            cv[(c, cs)] += 1
        elif text_of(r.get("speaker_country")):
            ctx[text_of(r.get("speaker_country"))] += 1
        if o is not None and os_:
            ov[(bool(o), os_)] += 1
    return ev


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


def _person_row(key: str, arts: dict, rows: list[dict]) -> dict:
    cv, ov, ctx_articles = Counter(), Counter(), Counter()
    evidenced = 0
    for (c_votes, o_votes, ctx) in arts.values():
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
    dates = pd.to_datetime(pd.Series([r.get("published") for r in rows]), errors="coerce").dropna()
    return {"speaker_id": key, "country": country, "country_evidence": evidence, "official": official,
            "official_evidence": _EVIDENCE.get(ostrength, ""), "n_statements": len(rows), "n_articles": len(arts),
            "n_evidenced_articles": evidenced,
            "n_countries": len({text_of(r.get("speaker_country")) for r in rows} - {""}),
            "first_date": dates.min() if len(dates) else pd.NaT, "last_date": dates.max() if len(dates) else pd.NaT}


def _records(frame: pd.DataFrame) -> list[dict]:
    cols = [c for c in _NEEDED if c in frame.columns]
    return frame[cols].to_dict("records")


def build(frame: pd.DataFrame) -> pd.DataFrame:
    """The identity table of the named persons of a statements frame (see the module docstring)."""
    records = _records(frame)
    ev = _article_evidence(records)
    by_person: dict = defaultdict(dict)
    for (k, aid), v in ev.items():
        by_person[k][aid] = v
    rows_of: dict = defaultdict(list)
    for r in records:
        k = _key(r)
        if k:
            rows_of[k].append(r)
    out = [_person_row(k, by_person[k], rows_of[k]) for k in sorted(by_person)]
    table = pd.DataFrame(out, columns=COLUMNS)
    table["official"] = table["official"].astype("boolean")
    return table


def _article_majority(ctx: Counter) -> str:
    """The country most of a person's rows in one article give from their context, '' on a tie."""
    (top, n), *rest = ctx.most_common()
    return "" if rest and rest[0][1] == n else top


def apply(frame: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """frame with `speaker_country` / `speaker_is_official` filled from the table where the article gives no
    evidence of its own about the person; other rows untouched."""
    if frame.empty or table.empty:
        return frame
    records = _records(frame)
    ev = _article_evidence(records)
    ident = table.set_index("speaker_id")
    countries = frame["speaker_country"].tolist()
    officials = frame["speaker_is_official"].tolist()
    for i, r in enumerate(records):
        k = _key(r)
        if not k or k not in ident.index:
            continue
        cv, ov, ctx = ev[(k, text_of(r.get("article_id")))]
        t = ident.loc[k]
        if not cv and t["country"]:
            countries[i] = t["country"]
        elif not cv and len(ctx) > 1:
            countries[i] = _article_majority(ctx) or countries[i]
        if not ov and not pd.isna(t["official"]):
            officials[i] = bool(t["official"])
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
