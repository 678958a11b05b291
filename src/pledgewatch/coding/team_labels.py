"""The team's hand-coded statements (`data/training/coding_team.csv`): more training rows for the act/aid models.

coding_dev (../shared/eval/coding_dev) codes 737 of the ~4,000 statements the pipeline finds in its 280 articles. The
project's coders hand-coded others of those articles' statements the same way (ANNOTATION.md and CODING.md, blind:
from the statement, its cue, the extracted speaker and the paragraphs around it; see data/training/README.md for who,
how, and their agreement with coding_dev's coders on items coded by both). The file holds no article text (the
corpus licence forbids it): each row names its statement by article id and character span, and `make train` finds
the statement again in the pipeline's run on coding_dev's articles (`rows`).

The rows come only from coding_dev's articles, and the trainers group folds by article, so a fold model never sees
the team's rows of the articles it scores: the coding_dev figures stay out of fold, and the held-out twins (other
articles) are untouched.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .. import config

PATH = config.DATA / "training" / "coding_team.csv"
MIN_OVERLAP = 0.5  # share of the coded span that the pipeline's statement must cover


def load(path: Path = PATH) -> list[dict]:
    """The coded rows (booleans and offsets parsed; speaker_is_official True, False or None); [] where the file is
    absent."""
    if not path.is_file():
        return []
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            r["char_start"], r["char_end"] = int(r["char_start"]), int(r["char_end"])
            for k in ("is_statement", "aid_related", "speaker_correct", "sure"):
                r[k] = r.get(k, "").strip().lower() == "true"
            official = (r.get("speaker_is_official") or "").strip().lower()
            r["speaker_is_official"] = official == "true" if official in ("true", "false") else None
            out.append(r)
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> float:
    return max(0, min(a1, b1) - max(a0, b0)) / max(1, a1 - a0)


def match(coded: list[dict], stmts: list[dict]) -> dict[int, int]:
    """{index in `coded`: index in `stmts`}: each coded row to the statement of its article that covers most of its
    span (>= MIN_OVERLAP), one-to-one, best first."""
    by_art: dict[str, list[int]] = {}
    for j, s in enumerate(stmts):
        by_art.setdefault(str(s["article_id"]), []).append(j)
    cand = sorted(((_overlap(c["char_start"], c["char_end"], stmts[j]["char_start"], stmts[j]["char_end"]), i, j)
                   for i, c in enumerate(coded) for j in by_art.get(str(c["article_id"]), ())), reverse=True)
    pairs, used = {}, set()
    for ov, i, j in cand:
        if ov < MIN_OVERLAP:
            break
        if i in pairs or j in used:
            continue
        pairs[i] = j
        used.add(j)
    return pairs


def rows(stmts: list[dict], feats: list[dict], exclude: set[str] = frozenset(),
         path: Path = PATH) -> tuple[list[dict], list[dict]]:
    """(feature dicts, labels) of the team's coded statements found in a run's statements (`stmts`, with their
    `feats`), leaving out the statements in `exclude` (statement ids that a coding_dev item already labels)."""
    coded = load(path)
    X, labels = [], []
    for i, j in sorted(match(coded, stmts).items()):
        c, s = coded[i], stmts[j]
        if s["statement_id"] in exclude:
            continue
        X.append(feats[j])
        labels.append(label(c) | {"statement_id": s["statement_id"]})
    return X, labels


def label(c: dict) -> dict:
    """The training/scoring label of one coded row (as coding.train's: act, aid, is_statement, group, set, article);
    a row that is no statement is `other` and not aid-related."""
    art = str(c["article_id"])
    return {"act": c["speech_act"] if c["is_statement"] else "other",
            "aid": c["aid_related"] if c["is_statement"] else False,
            "is_statement": c["is_statement"], "group": art, "set": "team", "article": art}
