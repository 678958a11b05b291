"""gold_offsets.py: annotators' guide records (JSON lines with exact `content`) -> the offsets CSV of data/gold/.

    python tools/gold_offsets.py --articles ../shared/eval/coding_dev/articles.jsonl --out data/gold/ukraine_team.csv \
        --second-out data/gold/ukraine_team_second.csv --second ann1:ARTICLE_ID [--second ...] ann1=PATH ann2=PATH ...

Each NAME=PATH is one annotator's gold.jsonl (ANNOTATION.md's fields; `occurrence` where a content string occurs more
than once). A `--second NAME:ARTICLE_ID` marks an article that NAME annotated as the second annotator: those rows go to
--second-out (inter-annotator agreement), the first annotator's to --out. The annotation files themselves hold corpus
text and stay outside the repository.
"""
import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from pledgewatch.evaluation import team_gold  # noqa: E402

HEADER = ("# The team's blind Ukraine gold: statements per ../shared/eval/ANNOTATION.md in coding_dev's articles, as "
          "character spans of each article's `text` (or `title` where field = title). See data/gold/README.md.\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--second-out")
    ap.add_argument("--second", action="append", default=[], help="NAME:ARTICLE_ID (repeatable)")
    ap.add_argument("files", nargs="+", help="NAME=PATH")
    a = ap.parse_args()
    arts = team_gold.read_articles(Path(a.articles))
    second = {tuple(s.split(":", 1)) for s in a.second}
    first_rows, second_rows = [], []
    for spec in a.files:
        name, path = spec.split("=", 1)
        recs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
        for row in team_gold.from_annotations(recs, arts, annotator=name):
            (second_rows if (name, row["article_id"]) in second else first_rows).append(row)
    for rows, out in ((first_rows, a.out), (second_rows, a.second_out)):
        if not out:
            continue
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            fh.write(HEADER)
            w = csv.DictWriter(fh, fieldnames=team_gold.COLUMNS)
            w.writeheader()
            w.writerows(rows)
        print(f"{out}: {len(rows)} statements in {len({r['article_id'] for r in rows})} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
