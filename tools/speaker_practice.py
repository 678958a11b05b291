"""What the readable gold does with one shape of speaker, against what the pipeline gives (analysis only).

usage: .venv/bin/python tools/speaker_practice.py RUN_OUT [--mention REGEX] [--around REGEX]
  RUN_OUT: a `pledgewatch eval --work-dir RUN_OUT/work` output (`/work/tools/measure.py`'s OUT) holding the team set
  (work/sets/ukraine_team, half A only: md5 of the article id even) and the dev sets ukraine_dev and ggt_dev (whole).
  --mention: a case-insensitive regex on the gold's speaker_text ("^(the )?Kyiv$"); --around: one on the text around
  the gold content (250 characters either side: "reported,? citing"). Both given: both must match.
Pairs gold to rows as score.py does and prints each matched gold row of the shape (set, article, gold mention, gold
speaker, our mention and speaker, right or wrong by score.py's same_speaker), then the articles per (gold speaker,
our speaker): the "one gold practice in 3+ articles" test a speaker rule has to pass (docs/EVALUATION.md, round 37 on).
"""
import argparse
import collections
import re
from pathlib import Path

import gold_pairs
import pandas as pd

from pledgewatch.evaluation import gold_match  # noqa: E402


def sets(run: Path):
    """(name, set_dir, run_dir, the half one may read: None for the whole set) of the sets this tool may read."""
    yield "team", run / "work" / "sets" / "ukraine_team", run / "work" / "ukraine_team", "A"
    for name in ("ukraine_dev", "ggt_dev"):
        yield name, gold_match.eval_dir() / name, run / "work" / name, None


def pairs(run: Path, S):
    """Every matched (set, gold row, our row, the article's text) of the readable halves (S: score.py)."""
    for name, set_dir, run_dir, half in sets(run):
        if not (set_dir / "articles.jsonl").is_file() or not (run_dir / "statements.csv").is_file():
            continue
        arts, gold = gold_pairs.gold_set(set_dir, S, half)
        texts = {str(a["id"]): a["text"] for a in arts}
        ids = {g["article_id"] for g in gold}
        pred = pd.read_csv(run_dir / "statements.csv", dtype=str, keep_default_na=False).to_dict("records")
        for g, p in gold_pairs.pairs(gold, [p for p in pred if p["article_id"] in ids], S):
            yield name, g, p, texts.get(g["article_id"], "")


def around(text: str, content: str, pad: int = 250) -> str:
    i = text.find(content[:60])
    return "" if i < 0 else text[max(0, i - pad):i + len(content) + pad]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("run", type=Path)
    ap.add_argument("--mention", default="")
    ap.add_argument("--around", default="")
    a = ap.parse_args(argv)
    mention, ctx = re.compile(a.mention, re.I), re.compile(a.around, re.I)
    S = gold_pairs.scorer()
    cells = collections.defaultdict(set)
    for name, g, p, text in pairs(a.run, S):
        if not mention.search(g.get("speaker_text") or "") or (a.around and not ctx.search(around(text, g["content"]))):
            continue
        ok = S.same_speaker(g.get("speaker") or "", p.get("speaker_name") or "")
        cells[(g.get("speaker"), p.get("speaker_name"), ok)].add((name, g["article_id"]))
        print(f"{name:11} {g['article_id'][:28]:28} {'right' if ok else 'WRONG'} | gold {g.get('speaker_text')!r} -> "
              f"{g.get('speaker')!r} | ours {p.get('speaker_text')!r} -> {p.get('speaker_name')!r} | {g['content'][:70]!r}")
    print("\narticles  gold speaker -> ours")
    for (gs, ps, ok), arts in sorted(cells.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(arts):8d}  {gs!r} -> {ps!r}{'' if ok else '  (wrong)'}")


if __name__ == "__main__":
    main()
