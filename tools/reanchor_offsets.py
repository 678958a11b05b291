"""Move the character offsets of a hand-coded CSV (data/training/coding_team.csv) from one ingest's article text to
another's, where an ingest change (a boilerplate rule, a cleaning step) removed or changed text before them.

    python tools/reanchor_offsets.py OLD_RUN/articles.parquet NEW_RUN/articles.parquet data/training/coding_team.csv

OLD_RUN is a pipeline run of the coded articles with the ingest the offsets were written against, NEW_RUN one with
today's. Each offset is mapped through difflib's matching blocks of the two texts; a row whose span does not map to
the same words (its text in the old and new article differs) is reported and left unchanged, never dropped. The CSV
is rewritten in place (atomically) with its rows in the same order. Round 29: the Guardian's video captions
(boilerplate.csv guardian_video) moved the offsets of 117 rows in 8 articles."""

from __future__ import annotations

import csv
import difflib
import os
import sys
import tempfile
from pathlib import Path

import pandas as pd


def mapper(old: str, new: str):
    """A function old offset -> new offset (None where the character was removed)."""
    blocks = difflib.SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()

    def at(i: int) -> int | None:
        for a, b, size in blocks:
            if a <= i < a + size or (i == a + size and size):
                return b + (i - a)
        return None
    return at


def main(old_articles: str, new_articles: str, csv_path: str) -> int:
    old = pd.read_parquet(old_articles).set_index("article_id")["text"].to_dict()
    new = pd.read_parquet(new_articles).set_index("article_id")["text"].to_dict()
    path = Path(csv_path)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    head = [ln for ln in lines if ln.startswith("#")]
    rows = list(csv.DictReader(ln for ln in lines if not ln.startswith("#")))
    fields = list(rows[0].keys())
    maps, moved, kept = {}, 0, []
    for r in rows:
        a = r["article_id"]
        if a not in old or a not in new or old[a] == new[a]:
            continue
        at = maps.setdefault(a, mapper(old[a], new[a]))
        s, e = int(r["char_start"]), int(r["char_end"])
        ns, ne = at(s), at(e)
        if ns is None or ne is None or old[a][s:e] != new[a][ns:ne]:
            kept.append((a, s, e))
            continue
        if (ns, ne) != (s, e):
            r["char_start"], r["char_end"] = str(ns), str(ne)
            moved += 1
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.writelines(head)
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, path)
    print(f"{moved} rows moved in {len(maps)} changed articles; {len(kept)} left unchanged (text differs): {kept}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
