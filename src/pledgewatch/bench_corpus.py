"""The benchmark's corpus at a scale (`build_corpus`): the corpus's two files, copies 2.. made synthetic (`_mix`)
so that ingest keeps them; see pledgewatch.bench (SYNTHETIC SCALE)."""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

_PARA = re.compile(r"(\n\s*\n)")
_SENT = re.compile(r"(?<=[.!?\u201d\"])(\s+)(?=[A-Z\u201c\"])")


def _units(text: str) -> list[str]:
    """An article cut in units (paragraphs, or sentences when it has fewer than 4 paragraphs), separators kept."""
    parts = _PARA.split(text)
    if len(parts) < 7:
        parts = _SENT.split(text)
    return parts  # [unit, sep, unit, sep, ..., unit]


def _mix(texts: list[str], copy: int) -> list[str]:
    """Synthetic copy number `copy` of a list of texts: unit p of every article is exchanged with unit p of another
    article (a seeded permutation per position), so each copy holds exactly the corpus's units (same words, same
    quotes) while no synthetic article is a near-duplicate of an original (ingest's MinHash de-duplication would
    otherwise set every copy aside)."""
    units = [_units(t) for t in texts]
    out = [list(u) for u in units]
    depth = max(len(u) for u in units)
    for pos in range(0, depth, 2):
        have = [i for i, u in enumerate(units) if len(u) > pos]
        perm = list(have)
        random.Random(copy * 100_003 + pos).shuffle(perm)
        for i, j in zip(have, perm, strict=True):
            out[i][pos] = units[j][pos]
    return ["".join(u) for u in out]


def build_corpus(src: Path, dest: Path, scale: int) -> int:
    """The corpus `scale` times into dest/ (same two formats); copies 2.. are synthetic (_mix) with unique ids.
    Returns the number of input records."""
    dest.mkdir(parents=True, exist_ok=True)
    n = 0
    with (src / "gdelt_articles.jsonl").open(encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    with (dest / "gdelt_articles.jsonl").open("w", encoding="utf-8") as out:
        for k in range(scale):
            texts = _mix([r.get("text") or "" for r in lines], k) if k else None
            for i, r in enumerate(lines):
                r = dict(r)
                if k:
                    r["id"] = f"{r['id']}-syn{k}"
                    r["text"] = texts[i]
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
    with (src / "guardian_2022.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    with (dest / "guardian_2022.csv").open("w", encoding="utf-8", newline="") as out:
        w = csv.DictWriter(out, fieldnames=fields)
        w.writeheader()
        for k in range(scale):
            texts = _mix([r.get("articles") or "" for r in rows], k) if k else None
            for i, r in enumerate(rows):
                r = dict(r)
                if k:
                    r["articles"] = texts[i]
                w.writerow(r)
                n += 1
    return n


__all__ = ["build_corpus"]
