"""`pledgewatch eval` (= `make eval`): score the whole pipeline on the gold sets in ../shared/eval.

For each set (seeds, ukraine_dev, ggt_dev, polnear_dev) the pipeline runs end to end on the set's `articles.jsonl`
(ingest + statement extraction + coding, exactly what `pledgewatch run` does), then `../shared/eval/score.py` scores
the statements table against the set's `gold.jsonl` (or, for PolNeAR, gold built from the brat annotations).
The figures are score.py's own (its `score()` function is imported from ../shared and called as-is; its JSON is
kept verbatim in reports/eval/scores.json).

Two annotation conventions (CONVENTIONS), each a pair of extractor settings:
- "guide" (ANNOTATION.md; seeds, ukraine_dev and ggt_dev gold): a statement interrupted by its cue ('"A," X said.
  "B."', 'A, he says, B') or continued without a new cue is one statement per part (`quote_parts="split"`), and in
  "A said that B promised X" the statement is B's, X (`nesting="inner"`);
- "polnear" (PolNeAR's brat annotations): the parts are one discontinuous statement (`quote_parts="join"`) and the
  nested attribution is A's, "B promised X" (`nesting="outer"`).
A set whose gold comes from brat annotations (no gold.jsonl, articles carry `brat`; decided by the data, not the
set's name) is scored under "polnear", and ALSO under "guide", as a second row "<set> (guide)"; columns
`convention`, `quote_parts` and `nesting` say which.

CONTRACT:
    score_all(sets=None, work_dir=None) -> (scores_df, errors_df)
        scores_df: one row per set and convention: set, convention, quote_parts, nesting, articles, gold, pred, statements_p_03, statements_r_03, statements_f1_03,
        statements_f1_08, speaker_acc, speaker_mention_acc, cue_acc, pledge_f1, appeal_f1, capabilities_f1, seconds.
        errors_df: set, article_id, kind (miss|false_hit|wrong_speaker), text, sentence, gold_speaker,
        pred_speaker, gold_cue, pred_cue, coverage.
    add_arguments(parser), main(args) -> int: the CLI.

The hand-coded coding sets (CODING_SETS: coding_dev, items.jsonl) are run the same way and scored with
../shared/eval/score_coding.py (`score_coding_sets`): speech acts, aid relation, capabilities, speaker, official and
country; the figures are printed beside the gold sets' and written to reports/eval/coding_scores.csv, every
disagreement of half A's articles to reports/eval/coding_errors.csv (one row per item and field), with the coding model's
cross-validated figures (from `make train`) as a second row.

The error analysis pairs gold and predicted statements with score.py's own matching (coverage >= 0.3 of the gold
content's words, one-to-one, best first) and lists misses, false hits and wrong speakers with their sentence, in
reports/eval/errors.md (readable) and reports/eval/errors.csv.
The team's blind Ukraine gold (`team_gold`, data/gold/ukraine_team.csv: offsets into 78 of coding_dev's articles) is
built into data/interim/eval/sets/ and scored the same way, as a row for the whole set and one per article half
("ukraine_team A", "ukraine_team B"); its errors are listed for half A only (half B stands in for a held-out twin).

Where ../shared is absent it prints a message and exits 0 (score_all returns empty frames).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

import pandas as pd

from .. import config
from . import team_gold
from .gold_coding import (
    _coding_flat,
    _model_cv,
    coding_errors,
    load_coding_scorer,
    score_coding_sets,
)
from .gold_match import (
    _QUOTE_FOLD,
    _SENT_END,
    CODING_COLUMNS,
    CODING_ERROR_COLUMNS,
    CODING_SETS,
    CONVENTIONS,
    ERROR_COLUMNS,
    SCORE_COLUMNS,
    SETS,
    _errors,
    _find,
    _flat,
    _read_jsonl,
    available,
    eval_dir,
    gold_convention,
    load_gold,
    load_scorer,
    match,
    one_to_one,
    sentence_around,
)

# the parts' names, importable from here as before the split
__all__ = [
    "SETS",
    "CODING_SETS",
    "CODING_COLUMNS",
    "CODING_ERROR_COLUMNS",
    "ERROR_COLUMNS",
    "CONVENTIONS",
    "SCORE_COLUMNS",
    "eval_dir",
    "available",
    "load_scorer",
    "_read_jsonl",
    "load_gold",
    "gold_convention",
    "match",
    "one_to_one",
    "_SENT_END",
    "sentence_around",
    "_QUOTE_FOLD",
    "_find",
    "_errors",
    "_flat",
    "load_coding_scorer",
    "_coding_flat",
    "coding_errors",
    "score_coding_sets",
    "_model_cv",
]


def score_all(sets=None, work_dir=None, *, progress: bool = False, raw_json: dict | None = None,
              intervals: list | None = None):
    """Run the pipeline on each gold set and score it; returns (scores_df, errors_df). See the module docstring.
    `intervals`, a list, receives the rows of evaluation.intervals (article-bootstrap intervals) of each set."""
    if not available():
        return pd.DataFrame(columns=SCORE_COLUMNS), pd.DataFrame(columns=ERROR_COLUMNS)
    scorer = load_scorer()
    work_dir = Path(work_dir) if work_dir else config.INTERIM / "eval"
    names = [s for s in (sets or SETS) if (eval_dir() / s / "articles.jsonl").is_file()]
    scores, errors = [], []
    for name in names:
        _score_set(name, eval_dir() / name, work_dir, scorer, scores, errors, progress, raw_json,
                   intervals=intervals)
    if sets is None or team_gold.SET in sets:
        set_dir = team_gold.build(work_dir / "sets")
        if set_dir is not None:
            _score_set(team_gold.SET, set_dir, work_dir, scorer, scores, errors, progress, raw_json,
                       halves=True, intervals=intervals)
    return pd.DataFrame(scores, columns=SCORE_COLUMNS), pd.DataFrame(errors, columns=ERROR_COLUMNS)


def _score_set(name, set_dir, work_dir, scorer, scores, errors, progress, raw_json, halves=False,
               intervals=None) -> None:
    """Score one set under its own convention (its errors listed) and the guide's; with `halves`, also one row per
    article half (team_gold.half), and errors listed for half A only (half B stands in for a held-out twin).
    `intervals` (a list) receives the set's article-bootstrap intervals under its own convention (_intervals)."""
    from ..pipeline import run

    arts, gold = load_gold(set_dir, scorer)
    convention = gold_convention(set_dir)
    # the gold's own convention first (its errors are listed), then the guide's too: nothing hidden
    for conv in dict.fromkeys((convention, "guide")):
        own = conv == convention
        row_name = name if own else f"{name} ({conv})"
        t0 = time.perf_counter()
        result = run(raw=set_dir / "articles.jsonl", out=work_dir / (name if own else f"{name}_{conv}"),
                     progress=progress, **CONVENTIONS[conv])
        seconds = time.perf_counter() - t0
        pred = scorer.load_pred(str(result.paths["statements"]))
        res = scorer.score(gold, pred)
        if raw_json is not None:
            raw_json[row_name] = res
        scores.append(_flat(row_name, len(arts), res, seconds, conv))
        parts = [(h, [a for a in arts if team_gold.half(a["id"]) == h]) for h in "AB"] if halves and own else []
        for h, part in parts:
            ids = {str(a["id"]) for a in part}
            g_h = [g for g in gold if g["article_id"] in ids]
            p_h = [p for p in pred if str(p["article_id"]) in ids]
            res_h = scorer.score(g_h, p_h)
            if raw_json is not None:
                raw_json[f"{row_name} {h}"] = res_h
            scores.append(_flat(f"{row_name} {h}", len(part), res_h, 0.0, conv))
        if own and intervals is not None:
            intervals.extend(_intervals(name, gold, pred, scorer, halves))
        if own:
            texts = dict(zip(result.articles["article_id"].astype(str), result.articles["text"], strict=True))
            listed = [a for a in arts if team_gold.half(a["id"]) == "A"] if halves else arts
            ids = {str(a["id"]) for a in listed}
            errors.extend(_errors(name, listed, [g for g in gold if g["article_id"] in ids],
                                  [p for p in pred if str(p["article_id"]) in ids], scorer, texts))


def _intervals(name: str, gold: list[dict], pred: list[dict], scorer, halves: bool) -> list[dict]:
    """evaluation.intervals' rows of one set; with `halves` (ukraine_team), also each half and each draw (batch)."""
    from . import intervals as iv

    counts = iv.article_counts(gold, pred, scorer)
    rows = iv.interval_rows(name, counts)
    if halves:
        batch = team_gold.batches()
        for h in "AB":
            rows += iv.interval_rows(f"{name} {h}", counts[counts["article_id"].map(team_gold.half) == h])
        for b in sorted(set(batch.values()), key=lambda v: (len(v), v)):
            rows += iv.interval_rows(f"{name} draw {b}", counts[counts["article_id"].map(batch) == b])
    return rows


def _print_intervals(rows: list[dict]) -> None:
    """One line per set: each figure with its 95% article-bootstrap interval."""
    print("\n95% intervals, resampling articles (reports/eval/intervals.csv):")
    by: dict = {}
    for r in rows:
        by.setdefault((r["set"], r["articles"]), []).append(r)
    for (name, n), rs in by.items():
        cells = [f"{r['metric']} {r['value']:.3f} [{r['lo']:.3f}, {r['hi']:.3f}]" for r in rs]
        print(f"  {name} ({n} articles): " + "; ".join(cells))


def _md_escape(s) -> str:
    return str(s if s is not None else "").replace("|", "\\|").replace("\n", " ")


def errors_markdown(scores: pd.DataFrame, errors: pd.DataFrame, command: str) -> str:
    out = ["# Statement extraction: error analysis", "", f"Command: `{command}`", "",
           "Scores (score.py; F1 at 30% / 80% word coverage of the gold content; `convention`: the extractor "
           "settings the pipeline ran under, `polnear` where the gold comes from brat annotations (interrupted "
           "quotations are one statement, a nested attribution is the outer speaker's), see docs/DATA_DICTIONARY.md):", "",
           scores.to_markdown(index=False) if _has_tabulate() else "```\n" + scores.to_string(index=False) + "\n```",
           "", "Kinds: **miss** = gold statement with no prediction covering 30% of its words; **false_hit** = "
           "prediction matching no gold statement; **wrong_speaker** = matched, but the canonical speaker (PolNeAR: "
           "the mention) differs.", ""]
    for name in scores["set"]:
        if name not in set(errors["set"]) and " (" in name:
            continue  # a set scored a second time under the other convention: its errors are not listed
        grp = errors[errors["set"] == name]
        counts = grp["kind"].value_counts().to_dict()
        out += [f"## {name}", "", "  ".join(f"{k}: {v}" for k, v in counts.items()) or "no errors", ""]
        for aid, ag in grp.groupby("article_id", sort=False):
            out += [f"### {aid}", ""]
            for r in ag.itertuples():
                if r.kind == "miss":
                    out.append(f"- **miss** (gold speaker {_md_escape(r.gold_speaker)}, cue "
                               f"`{_md_escape(r.gold_cue)}`): {_md_escape(r.text)}")
                elif r.kind == "false_hit":
                    out.append(f"- **false hit** (pred speaker {_md_escape(r.pred_speaker)}, cue "
                               f"`{_md_escape(r.pred_cue)}`): {_md_escape(r.text)}")
                else:
                    out.append(f"- **wrong speaker**: gold {_md_escape(r.gold_speaker)} / pred "
                               f"{_md_escape(r.pred_speaker)}: {_md_escape(r.text)}")
                if r.sentence:
                    out.append(f"  - sentence: _{_md_escape(r.sentence)}_")
            out.append("")
    return "\n".join(out) + "\n"


def _has_tabulate() -> bool:
    return importlib.util.find_spec("tabulate") is not None


def add_arguments(parser) -> None:
    parser.add_argument("--sets", nargs="*", default=None,
                        help=f"gold sets to score (default: {' '.join(SETS + (team_gold.SET,) + CODING_SETS)})")
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="where each set's pipeline output goes (default data/interim/eval/)")
    parser.add_argument("--out", type=Path, default=None, help="error analysis folder (default reports/eval/)")
    parser.add_argument("--progress", action="store_true", help="show the pipeline's progress bars")


def _challenge(out: Path) -> None:
    """The construction challenge sets (evaluation.challenge): pass rates by set and split printed, every row's
    result written to challenge.csv."""
    from ..io import write_csv
    from . import challenge

    result = challenge.run(challenge.load())
    print("\nconstruction challenge sets (data/challenge; invented sentences, *_blind written without the rules):")
    with pd.option_context("display.width", 200):
        print(challenge.totals(result).to_string(index=False))
    write_csv(result.drop(columns=["text"]), out / "challenge.csv")
    print(f"challenge rows and failures: {out / 'challenge.csv'}")


def main(args) -> int:
    out = Path(getattr(args, "out", None) or config.REPORTS / "eval")
    if not available():
        print(f"pledgewatch eval: {eval_dir()} not found (../shared is not part of a fresh clone); no gold set scored.")
        if not getattr(args, "sets", None):
            _challenge(out)  # invented sentences, committed: they need no ../shared
        return 0
    from ..io import write_csv, write_text

    raw: dict = {}
    ivs: list = []
    sets = getattr(args, "sets", None) or None
    gold_sets = [s for s in sets if s not in CODING_SETS] if sets else None
    coding_sets = [s for s in sets if s in CODING_SETS] if sets else None
    scores, errors = (score_all(gold_sets, getattr(args, "work_dir", None), progress=getattr(args, "progress", False),
                                raw_json=raw, intervals=ivs) if gold_sets != [] else
                      (pd.DataFrame(columns=SCORE_COLUMNS), pd.DataFrame(columns=ERROR_COLUMNS)))
    cscores, cerrors = (score_coding_sets(coding_sets, getattr(args, "work_dir", None),
                                          progress=getattr(args, "progress", False), raw_json=raw)
                        if coding_sets != [] else (pd.DataFrame(columns=CODING_COLUMNS),
                                                   pd.DataFrame(columns=CODING_ERROR_COLUMNS)))
    command = "pledgewatch eval" + (f" --sets {' '.join(sets)}" if sets else "")
    with pd.option_context("display.width", 200, "display.max_columns", 30):
        print(scores.to_string(index=False))
    if len(cscores):
        print("\ncoding (score_coding.py on the hand-coded sets; beside the gold sets' pledge_f1, appeal_f1 and "
              "capabilities_f1 above):")
        with pd.option_context("display.width", 250, "display.max_columns", 30):
            print(cscores.to_string(index=False))
        write_csv(cscores, out / "coding_scores.csv")
        write_csv(cerrors, out / "coding_errors.csv")
        print(f"coding disagreements: {out / 'coding_errors.csv'} ({len(cerrors)} rows)")
    if not sets:
        _challenge(out)
    if ivs:
        _print_intervals(ivs)
        from .intervals import COLUMNS as IV_COLUMNS

        write_csv(pd.DataFrame(ivs, columns=IV_COLUMNS), out / "intervals.csv")
    write_csv(scores, out / "scores.csv")
    write_csv(errors, out / "errors.csv")
    write_text(json.dumps(raw, indent=1) + "\n", out / "scores.json")
    write_text(errors_markdown(scores, errors, command), out / "errors.md")
    print(f"\nscore.py JSON per set: {out / 'scores.json'}\nerror analysis: {out / 'errors.md'} (and errors.csv)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    import argparse

    ap = argparse.ArgumentParser(prog="pledgewatch eval")
    add_arguments(ap)
    sys.exit(main(ap.parse_args()))
