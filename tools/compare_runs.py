"""compare_runs.py: did a change move a gold set's figures, or only which articles happened to be drawn?

    python tools/compare_runs.py SET_DIR OLD_STATEMENTS NEW_STATEMENTS [--half A|B] [--batch N]

SET_DIR is a gold set folder (../shared/eval/ukraine_dev, or data/interim/eval/sets/ukraine_team as make eval builds
it); OLD_ and NEW_STATEMENTS are two runs' statements.csv on its articles (e.g. data/interim/eval/ukraine_team/
statements.csv before and after a change). Prints F1@0.3, F1@0.8 and speaker accuracy of both runs (score.py's
figures), their difference and its 95% paired article-bootstrap interval (evaluation.intervals.paired_delta);
--half and --batch keep one half (ukraine_team's md5 halves) or one draw (data/gold/ukraine_team_articles.csv).
"""
import argparse
import sys
from pathlib import Path

import gold_pairs

from pledgewatch.evaluation import intervals  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--batch")
    a = ap.parse_args()
    scorer = gold_pairs.scorer()
    gold = gold_pairs.gold_rows(a.set_dir, scorer, a.half, a.batch)
    old, new = (intervals.article_counts(gold, scorer.load_pred(str(p)), scorer) for p in (a.old, a.new))
    print(f"{len(old)} articles, {len(gold)} gold statements; new - old, 95% paired article-bootstrap interval:")
    for r in intervals.paired_delta(old, new):
        print(f"  {r['metric']:8} {r['old']:.3f} -> {r['new']:.3f}  {r['delta']:+.3f} [{r['lo']:+.3f}, {r['hi']:+.3f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
