"""Repeated statements: the second and later copies of one statement are marked, never dropped.

A live blog quotes the same sentence of a minister in several updates; two wire versions of one story (kept by
ingest as overlapping articles, manifest flag "overlaps ID (Jaccard j): kept, may repeat statements") carry the same
quotes. Counting each copy would weigh a statement by how often it was re-printed. `mark` sets

    is_repeat  True for every copy after the first (in the table's order: input order, then position)
    repeat_of  the statement_id of the first copy (None on first copies)

A statement repeats an earlier one when both have the same speaker (speaker_id, else speaker_name, case ignored;
two statements without a speaker match only inside one article) and the same or nearly the same words:
- the same normalised text (case, punctuation, quote marks and spacing ignored), or
- word-set Jaccard >= JACCARD (0.8), or
- the shorter one has at least MIN_WORDS_CONTAINED (8) distinct words and CONTAINED (0.9) of them are in the other
  (a live blog repeats a quote trimmed: "...", or with a sentence more).
and both are in the same article or in articles ingest linked as overlapping (near-duplicates it kept).

The pipeline calls `RepeatIndex.mark` on each chunk of the statements table in order (state carries across chunks,
so a copy in a later chunk still finds its first); `mark(df)` does a whole table at once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import pandas as pd

JACCARD = 0.8
CONTAINED = 0.9
MIN_WORDS_CONTAINED = 8

_WORD = re.compile(r"\w+")
_OVERLAP_FLAG = re.compile(r"overlaps (.+?) \(Jaccard")


def words(text: object) -> list[str]:
    """Lower-cased words of a text (punctuation, quote marks and spacing ignored)."""
    return _WORD.findall(str(text or "").lower().replace("’", "'"))


def speaker_key(row) -> str:
    """One speaker's key: speaker_id when set, else speaker_name, lower-cased; '' when unknown."""
    for col in ("speaker_id", "speaker_name"):
        v = row.get(col)
        if isinstance(v, str) and v.strip():
            return v.strip().lower()
    return ""


def same_words(a: list[str], b: list[str]) -> bool:
    """Whether two statements' words are the same or nearly the same (see the module docstring)."""
    if not a or not b:
        return False
    if a == b:
        return True
    sa, sb = set(a), set(b)
    inter = len(sa & sb)
    if inter / len(sa | sb) >= JACCARD:
        return True
    short = min(len(sa), len(sb))
    return short >= MIN_WORDS_CONTAINED and inter / short >= CONTAINED


def overlaps_from_manifest(rows: Iterable[dict]) -> dict[str, set[str]]:
    """{article_id: ids of the earlier articles ingest found it overlaps} from manifest rows (their `flags`)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        aid, flags = r.get("article_id"), r.get("flags")
        if isinstance(aid, str) and isinstance(flags, str):
            for other in _OVERLAP_FLAG.findall(flags):
                out[aid].add(other)
                out[other].add(aid)
    return dict(out)


class RepeatIndex:
    """The statements seen so far, by speaker; `mark` flags the repeats in the next chunk of rows."""

    def __init__(self, related: dict[str, set[str]] | None = None):
        self.related: dict[str, set[str]] = defaultdict(set)
        for a, others in (related or {}).items():  # overlap is mutual
            for b in others:
                self.related[a].add(b)
                self.related[b].add(a)
        # speaker key -> article_id -> [(order seen, words, statement_id)] of first copies: a statement is compared
        # only with the first copies of its own speaker in its own article and the articles that overlap it
        self._seen: dict[str, dict[str, list[tuple[int, list[str], str]]]] = defaultdict(lambda: defaultdict(list))
        self._n = 0

    def add_overlaps(self, rows: Iterable[dict]) -> None:
        """Link the articles that these manifest rows say overlap (see `overlaps_from_manifest`)."""
        for aid, others in overlaps_from_manifest(rows).items():
            for b in others:
                self.related[aid].add(b)
                self.related[b].add(aid)

    def find(self, article_id: str, speaker: str, ws: list[str]) -> str | None:
        """The statement_id of the first copy this statement repeats (the earliest seen), or None."""
        by_article = self._seen.get(speaker)
        if not by_article:
            return None
        # an unknown speaker ('') is compared within its own article only
        articles = {article_id} | (self.related.get(article_id, set()) if speaker else set())
        best = None
        for aid in articles:
            for n, seen_ws, sid in by_article.get(aid, ()):
                if best is not None and n > best[0]:
                    break
                if same_words(ws, seen_ws):
                    best = (n, sid)
                    break
        return best[1] if best else None

    def _add(self, article_id: str, speaker: str, ws: list[str], statement_id: str) -> None:
        self._seen[speaker][article_id].append((self._n, ws, statement_id))
        self._n += 1

    def mark(self, df: pd.DataFrame) -> pd.DataFrame:
        """The rows with `is_repeat` and `repeat_of` set (a copy; rows in the order given)."""
        out = df.copy()
        is_rep, rep_of = [], []
        cols = [c for c in ("article_id", "speaker_id", "speaker_name", "text", "statement_id") if c in out.columns]
        for values in zip(*(out[c].tolist() for c in cols), strict=True):
            row = dict(zip(cols, values, strict=True))
            aid, spk, ws = str(row.get("article_id")), speaker_key(row), words(row.get("text"))
            first = self.find(aid, spk, ws)
            if first is None:
                self._add(aid, spk, ws, str(row.get("statement_id")))
            is_rep.append(first is not None)
            rep_of.append(first)
        out["is_repeat"] = pd.Series(is_rep, index=out.index, dtype=bool)
        out["repeat_of"] = pd.Series(rep_of, index=out.index, dtype="str")  # as schema.validate coerces it
        return out


def mark(df: pd.DataFrame, related: dict[str, set[str]] | None = None) -> pd.DataFrame:
    """A whole statements table with `is_repeat` and `repeat_of` (see the module docstring)."""
    return RepeatIndex(related).mark(df)


def first_copies(df: pd.DataFrame) -> pd.DataFrame:
    """The rows that are not repeats (every row when the table has no `is_repeat` column)."""
    if "is_repeat" not in df.columns:
        return df
    return df[~df["is_repeat"].fillna(False).astype(bool)]
