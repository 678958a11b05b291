"""Repeated statements: the second and later copies of one statement are marked, never dropped.

A live blog quotes the same sentence of a minister in several updates; two versions of one story carry the same
quotes: an exact copy or near-duplicate of an earlier record under its own article id (ingest's dedupe mode 'keep',
the default: processed, `duplicate_of` in its article and manifest rows) or an article ingest found overlapping an
earlier one below the near-duplicate threshold (manifest flag "overlaps ID (Jaccard j): kept, may repeat
statements"). Counting each copy would weigh a statement by how often it was re-printed. `mark` sets

    is_repeat  True for every copy after the first (in the table's order: input order, then position)
    repeat_of  the statement_id of the first copy (None on first copies)

A statement repeats an earlier one when both have the same speaker (speaker_id, else speaker_name, case ignored;
two statements without a speaker match only inside one article) and the same or nearly the same words:
- the same normalised text (case, punctuation, quote marks and spacing ignored), or
- word-set Jaccard >= JACCARD (0.8), or
- the shorter one has at least MIN_WORDS_CONTAINED (8) distinct words and CONTAINED (0.9) of them are in the other
  (a live blog repeats a quote trimmed: "...", or with a sentence more).
and both are in the same article or in related articles: ingest linked them as overlapping, or one is a copy of the
other (`duplicate_of`). A copy is also related to every article its first copy is related to (a copy of an article
that overlaps a third one finds that third one's first copies too).

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


def link_rows(rows: Iterable[dict], related: dict[str, set[str]]) -> None:
    """Add to `related` ({article_id: ids of the articles it is related to}, mutual) what manifest rows, in input
    order, say: the earlier articles ingest found a record overlaps (its `flags`) and, for a copy that was processed
    (`duplicate_of` on a row whose status is not 'duplicate'), the record it copies and every article that one is
    related to already."""
    for r in rows:
        aid, flags = r.get("article_id"), r.get("flags")
        if not isinstance(aid, str):
            continue
        others = set(_OVERLAP_FLAG.findall(flags)) if isinstance(flags, str) else set()
        first = r.get("duplicate_of")
        if isinstance(first, str) and first and first != aid and r.get("status") != "duplicate":
            others |= {first} | set(related.get(first, ()))
        for other in others - {aid}:
            related.setdefault(aid, set()).add(other)
            related.setdefault(other, set()).add(aid)


def overlaps_from_manifest(rows: Iterable[dict]) -> dict[str, set[str]]:
    """{article_id: ids of the articles it is related to} from a run's manifest rows (see `link_rows`)."""
    out: dict[str, set[str]] = {}
    link_rows(rows, out)
    return out


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
        self._spans: dict[str, tuple[str, int, int]] = {}  # statement_id -> (article_id, char_start, char_end)

    def add_overlaps(self, rows: Iterable[dict]) -> None:
        """Link the articles that these manifest rows (the next ones of the run, in input order) say are related:
        overlapping, or a copy and its first copy (see `link_rows`)."""
        link_rows(rows, self.related)

    def find(self, article_id: str, speaker: str, ws: list[str], span: tuple[int, int] | None = None) -> str | None:
        """The statement_id of the first copy this statement repeats (the earliest seen), or None. Not a statement
        whose span (article_id, span) holds this one's: its words are part of that statement's, where they stand,
        no re-print (a third party's words inside a quotation, `statements.quoted_report`, '"The president says
        that ...," his spokesman said', both speakers unknown)."""
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
                if same_words(ws, seen_ws) and not self._holds(sid, article_id, span):
                    best = (n, sid)
                    break
        return best[1] if best else None

    def _holds(self, sid: str, article_id: str, span: tuple[int, int] | None) -> bool:
        held = self._spans.get(sid)
        return span is not None and held is not None and held[0] == article_id and held[1] <= span[0] \
            and span[1] <= held[2]

    def _add(self, article_id: str, speaker: str, ws: list[str], statement_id: str,
             span: tuple[int, int] | None = None) -> None:
        if span is not None:
            self._spans[statement_id] = (article_id, *span)
        self._seen[speaker][article_id].append((self._n, ws, statement_id))
        self._n += 1

    def mark(self, df: pd.DataFrame) -> pd.DataFrame:
        """The rows with `is_repeat` and `repeat_of` set (a copy; rows in the order given)."""
        out = df.copy()
        is_rep, rep_of = [], []
        cols = [c for c in ("article_id", "speaker_id", "speaker_name", "text", "statement_id", "char_start",
                            "char_end") if c in out.columns]
        for values in zip(*(out[c].tolist() for c in cols), strict=True):
            row = dict(zip(cols, values, strict=True))
            aid, spk, ws = str(row.get("article_id")), speaker_key(row), words(row.get("text"))
            span = _span(row)
            first = self.find(aid, spk, ws, span)
            if first is None:
                self._add(aid, spk, ws, str(row.get("statement_id")), span)
            is_rep.append(first is not None)
            rep_of.append(first)
        out["is_repeat"] = pd.Series(is_rep, index=out.index, dtype=bool)
        out["repeat_of"] = pd.Series(rep_of, index=out.index, dtype="str")  # as schema.validate coerces it
        return out


def _span(row: dict) -> tuple[int, int] | None:
    """The row's (char_start, char_end), or None when the table has none."""
    try:
        return int(row["char_start"]), int(row["char_end"])
    except (KeyError, TypeError, ValueError):
        return None


def mark(df: pd.DataFrame, related: dict[str, set[str]] | None = None) -> pd.DataFrame:
    """A whole statements table with `is_repeat` and `repeat_of` (see the module docstring)."""
    return RepeatIndex(related).mark(df)


def first_copies(df: pd.DataFrame) -> pd.DataFrame:
    """The rows that are not repeats (every row when the table has no `is_repeat` column)."""
    if "is_repeat" not in df.columns:
        return df
    return df[~df["is_repeat"].fillna(False).astype(bool)]
