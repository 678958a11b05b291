"""The gold-matching wrapper the analysis tools share (act_mechanisms, aid_mechanisms, speaker_mechanisms,
speaker_practice, compare_runs): load a gold set or one half of it, pair its rows with a run's rows by score.py's
matching (evaluation.gold_match.match), and code a run's statements again with coding._code_one wrapped.

Halves are the md5 halves (coding.folds.half_of: "A" where the md5 of the article id is even, the half one may read);
`half=None` keeps every row. Imported by the tools from their own folder (`import gold_pairs`).
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from pledgewatch import coding  # noqa: E402
from pledgewatch.coding.folds import half_of  # noqa: E402
from pledgewatch.evaluation import gold_match, team_gold  # noqa: E402


def scorer():
    """../shared/eval/score.py, imported as a module."""
    return gold_match.load_scorer()


def in_half(article_id, half: str | None) -> bool:
    return not half or half_of(str(article_id)) == half


def gold_set(set_dir: Path, S, half: str | None = None, batch: str | None = None) -> tuple[list[dict], list[dict]]:
    """(articles, gold statements) of a set folder (articles.jsonl, gold.jsonl; gold_match.load_gold), the gold of
    one half and one draw (data/gold's `batch`) if given."""
    arts, gold = gold_match.load_gold(Path(set_dir), S)
    draws = team_gold.batches() if batch else {}
    return arts, [g for g in gold if in_half(g["article_id"], half)
                  and (not batch or draws.get(g["article_id"]) == batch)]


def gold_rows(set_dir: Path, S, half: str | None = None, batch: str | None = None) -> list[dict]:
    """The gold statements of a set folder, of one half and one draw if given (`gold_set`)."""
    return gold_set(set_dir, S, half, batch)[1]


def team_rows(S, half: str | None = None) -> list[dict]:
    """ukraine_team's gold statements (team_gold.build in a temporary folder), of one half if given; [] where the
    team's offsets or coding_dev's articles are absent."""
    with tempfile.TemporaryDirectory() as tmp:
        set_dir = team_gold.build(Path(tmp))
        return [] if set_dir is None else gold_rows(set_dir, S, half)


def dev_rows(name: str, S) -> list[dict]:
    """A dev set's gold statements (../shared/eval/NAME, read whole)."""
    return gold_rows(gold_match.eval_dir() / name, S)


def coding_items(half: str | None = None) -> list[dict]:
    """coding_dev's items (items.jsonl), of one half if given."""
    path = gold_match.eval_dir() / "coding_dev" / "items.jsonl"
    return [it for it in map(json.loads, open(path, encoding="utf-8")) if in_half(it["article_id"], half)]


def pairs(gold: list[dict], pred: list[dict], S) -> list[tuple[dict, dict]]:
    """(gold row, our row) of every one-to-one match (score.py's matching); our rows' article ids as strings."""
    rows = [dict(p, article_id=str(p["article_id"])) for p in pred]
    return [(gold[i], rows[j]) for i, j, _ in gold_match.match(gold, rows, S)]


def code_wrapped(stmts, wrapper) -> None:
    """Code `stmts` again (their coded columns dropped but the speaker's country and office) with coding._code_one
    replaced by `wrapper(original)`'s result while it runs; the caller's wrapper records what it needs."""
    original = coding._code_one
    coding._code_one = wrapper(original)
    try:
        keep = ("speaker_country", "speaker_is_official")
        coding.code_statements(stmts.drop(columns=[c for c in coding.ADDED_COLUMNS if c in stmts and c not in keep]))
    finally:
        coding._code_one = original
