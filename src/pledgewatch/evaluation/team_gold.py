"""The team's blind Ukraine gold (`data/gold/ukraine_team.csv`): statements annotated to ANNOTATION.md in 280 of
coding_dev's articles, scored by `make eval` like ukraine_dev, whole and by article half.

ukraine_dev has 20 articles and the rules were written against it; its held-out twin fell 0.08 in F1 and 0.12 in
speaker accuracy (#14). These 280 articles (fourteen draws, batch 1-14 in ukraine_team_articles.csv:
15, 15, 9, 9, 9, 9, 9, 9, 9, 9 and 9 per md5 half of coding_dev, 1,500-8,500 characters, each drawn with a fixed seed,
then draw 12: the 16 articles left of 1,500-12,000 characters, A 10, B 6; draw 13: the 33 left under 1,500;
draw 14: the 9 left, all over 12,000) were annotated by forty-eight annotators who read the guide and the articles only, never an extractor's output: see
data/gold/README.md. The file holds no article text (the corpus licence forbids it): each row names its content (and
the speaker's mention and role, where the text holds them verbatim) by article id and character span in the `text` (or `title`) of `../shared/eval/coding_dev/articles.jsonl`, and `build`
writes a set folder (`articles.jsonl`, `gold.jsonl`) that score.py reads as it reads any gold set.

Half A (md5 of the article id even) is the half the project develops on; half B stands in for the held-out twin: its
rows are scored, never read for rules.

CONTRACT:
    SET: the set's name in `make eval`.
    load(path) -> list[dict]: the rows (offsets int, booleans parsed, capabilities a list); [] where absent.
    build(work_dir, path, ids_path) -> Path | None: the set folder, or None where the file or coding_dev is absent.
    article_ids(path, rows) -> list[str]: the annotated articles (ARTICLES_PATH), those with no statement included.
    half(article_id) -> "A" | "B".
    batches(path) -> {article_id: batch}: each annotated article's draw ({} where the list is absent).
    read_articles(path) -> {id: article}: a JSON-lines articles file by id.
    from_annotations(records, articles) -> list[dict]: annotators' JSON lines (guide fields, exact `content`,
        optional `occurrence`) turned into offset rows (the mention and the role as spans too, QUOTED); raises
        ValueError on content not found.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from .. import config
from ..coding.folds import half_of

SET = "ukraine_team"
PATH = config.DATA / "gold" / "ukraine_team.csv"
SECOND_PATH = config.DATA / "gold" / "ukraine_team_second.csv"
ARTICLES_PATH = config.DATA / "gold" / "ukraine_team_articles.csv"  # every annotated article, with none or more rows
COLUMNS = ["article_id", "field", "char_start", "char_end", "speaker_text_span", "speaker_text", "speaker_span",
           "speaker", "speaker_type", "speaker_role_span", "speaker_role", "speaker_country", "cue", "quote_type",
           "speech_act", "aid_related", "capabilities", "annotator"]
# the mention, the canonical speaker (a group "as written") and the role may be words of the article: a short one is
# kept as written, a longer one as a span of the text ("start:end", the occurrence nearest the content)
QUOTED = ("speaker_text", "speaker", "speaker_role")
MAX_LITERAL_WORDS = 5


def half(article_id) -> str:
    """"A" where the md5 of the article id is even (the development half), else "B" (coding.folds.half_of)."""
    return half_of(article_id)


def articles_path() -> Path:
    return config.SHARED / "eval" / "coding_dev" / "articles.jsonl"


def _csv_rows(path: Path) -> list[dict]:
    """The rows of one of data/gold's CSV files, its "#" comment lines skipped; [] where the file is absent."""
    if not Path(path).is_file():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(row for row in fh if not row.startswith("#")))


def load(path: Path = PATH) -> list[dict]:
    """The gold rows: offsets as int, `in_title` and `aid_related` as bool, `capabilities` as a list."""
    out = []
    for r in _csv_rows(path):
        r["char_start"], r["char_end"] = int(r["char_start"]), int(r["char_end"])
        r["aid_related"] = r["aid_related"].strip().lower() == "true"
        r["in_title"] = r.pop("field") == "title"
        r["capabilities"] = [c for c in r["capabilities"].split("|") if c]
        out.append(r)
    return out


def article_ids(path: Path = ARTICLES_PATH, rows: list[dict] | None = None) -> list[str]:
    """The annotated articles' ids (an article in which the annotator found no statement included); where the list
    is absent, the ids of `rows`."""
    if Path(path).is_file():
        return [r["article_id"] for r in _csv_rows(path)]
    return list(dict.fromkeys(r["article_id"] for r in rows or ()))


def batches(path: Path = ARTICLES_PATH) -> dict[str, str]:
    """Each annotated article's draw (`batch`: "1", "2", ...); {} where the list is absent."""
    return {r["article_id"]: r["batch"] for r in _csv_rows(path)}


def read_articles(path: Path) -> dict[str, dict]:
    """The articles of a JSON-lines file by id (gold_match's reader)."""
    from .gold_match import _read_jsonl

    return {str(a["id"]): a for a in _read_jsonl(path)}


def gold_records(rows: list[dict], articles: dict[str, dict]) -> list[dict]:
    """The rows as the guide's JSON records, `content` cut from the article's text (or title) by its span."""
    out = []
    for r in rows:
        a = articles[r["article_id"]]
        source = (a.get("title") or "") if r["in_title"] else a["text"]
        rec = {k: v for k, v in r.items() if k not in ("char_start", "char_end", "annotator")}
        rec["content"] = source[r["char_start"]:r["char_end"]]
        for key in QUOTED:
            spans = [tuple(map(int, sp.split(":"))) for sp in rec.pop(f"{key}_span", "").split("|") if sp]
            rec[key] = "; ".join([a["text"][start:end] for start, end in spans] + ([rec[key]] if rec[key] else []))
        out.append(rec)
    return out


def build(work_dir: Path, path: Path = PATH, ids_path: Path = ARTICLES_PATH) -> Path | None:
    """Write `work_dir/ukraine_team/{articles,gold}.jsonl` from the offsets file, the list of annotated articles and
    coding_dev's articles."""
    rows = load(path)
    if not rows or not articles_path().is_file():
        return None
    articles = read_articles(articles_path())
    ids = article_ids(ids_path, rows)
    set_dir = Path(work_dir) / SET
    set_dir.mkdir(parents=True, exist_ok=True)
    from ..io import write_text

    write_text("".join(json.dumps({k: articles[i].get(k) for k in ("id", "date", "title", "text")}) + "\n"
                       for i in ids), set_dir / "articles.jsonl")
    write_text("".join(json.dumps(g) + "\n" for g in gold_records(rows, articles)), set_dir / "gold.jsonl")
    return set_dir


def _offset(source: str, content: str, occurrence: int) -> int:
    pos = -1
    for _ in range(max(1, occurrence)):
        pos = source.find(content, pos + 1)
        if pos < 0:
            raise ValueError(f"content not found (occurrence {occurrence}): {content[:60]!r}")
    return pos


def from_annotations(records: list[dict], articles: dict[str, dict], annotator: str = "") -> list[dict]:
    """Annotators' guide records (exact `content`, optional `occurrence`) as offset rows in COLUMNS."""
    out = []
    for g in records:
        a = articles[str(g["article_id"])]
        in_title = bool(g.get("in_title"))
        source = (a.get("title") or "") if in_title else a["text"]
        start = _offset(source, g["content"], int(g.get("occurrence") or 1))
        row = {"article_id": str(g["article_id"]), "field": "title" if in_title else "text",
               "char_start": start, "char_end": start + len(g["content"]),
               **{k: g.get(k) or "" for k in ("speaker_type", "speaker_country", "cue", "quote_type", "speech_act")},
               "aid_related": "true" if g.get("aid_related") else "false",
               "capabilities": "|".join(g.get("capabilities") or []), "annotator": annotator}
        for key in QUOTED:
            row[f"{key}_span"], row[key] = _span_or_literal(a["text"], g.get(key) or "", 0 if in_title else start)
        out.append({k: row[k] for k in COLUMNS})
    return out


def _span_or_literal(text: str, words: str, near: int) -> tuple[str, str]:
    """("", words) where `words` are short (MAX_LITERAL_WORDS: a name, "the minister"); for longer words of the
    article ("a member of the crew on a yacht linked to ..."), ("start:end", "") of their occurrence (as whole words)
    in `text` starting nearest `near`; a longer value the text does not hold verbatim (the annotator joined two
    descriptions) is cut at its semicolons and commas and each part kept so: spans joined by "|", literals by "; "."""
    if len(words.split()) <= MAX_LITERAL_WORDS:
        return "", words
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]
    if hits:
        best = min(hits, key=lambda h: abs(h - near))
        return f"{best}:{best + len(words)}", ""
    parts = [p.strip() for p in re.split(r"[;,]", words) if p.strip()]
    if len(parts) < 2:
        return "", words
    kept = [_span_or_literal(text, part, near) for part in parts]
    return "|".join(sp for sp, _ in kept if sp), "; ".join(lit for _, lit in kept if lit)


def agreement(path: Path = PATH, second_path: Path = SECOND_PATH) -> dict | None:
    """score.py's figures of the second annotator's statements (as predictions) against the first annotator's (as
    gold) on the articles both annotated; None where either file or ../shared is absent."""
    from .gold_match import available, load_scorer

    first, second = load(path), load(second_path)
    if not first or not second or not available() or not articles_path().is_file():
        return None
    articles = read_articles(articles_path())
    both = {r["article_id"] for r in second}
    gold = [g for g in gold_records(first, articles) if g["article_id"] in both]
    pred = [{**p, "text": p["content"], "speaker_name": p["speaker"]} for p in gold_records(second, articles)]
    return load_scorer().score(gold, pred)


def main() -> int:
    """Print the set's size by half and the annotators' agreement (`python -m pledgewatch.evaluation.team_gold`)."""
    rows = load()
    if not rows:
        print(f"{PATH} not found")
        return 0
    ids = article_ids(rows=rows)
    for h in "AB":
        part = [r for r in rows if half(r["article_id"]) == h]
        print(f"half {h}: {sum(half(i) == h for i in ids)} articles, {len(part)} statements")
    res = agreement()
    if res is not None:
        print("agreement (second annotator scored against the first, score.py):")
        print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
