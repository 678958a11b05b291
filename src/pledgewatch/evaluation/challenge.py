"""Construction challenge sets: invented sentences, one construction per group, run through extraction and coding.

The held-out twins of the gold sets are other articles, written in constructions the dev sets may never show. A
challenge set (data/challenge/*.csv, README there) lists the ways a construction is written (a pledge with "is
ready to", a refusal with "ruled out", a speaker named after a pronoun ...), each with a few invented sentences in
news style, written from the annotation guide before the pipeline's output was looked at. Each group's rows are split
`dev` (a rule's author may read its failures) and `test` (scored only): a rule written for a construction should
pass the group's `test` rows it never read, which a rule fitted to one sentence does not.

Row columns: `set` (the file's stem), `construction`, `split` (dev | test), `text` (one short article body), `words`
(a few words of the statement's content that pick the statement out), then what is expected, each optional (blank:
not checked): `expect_statement` (false: no statement holds `words`), `expect_act` (an act, or `!act`: any act but
that one, for a look-alike whose act the guide leaves open but which must not be that act), `expect_aid` (true | false),
`expect_speaker` (a word of the speaker's canonical name, case-insensitive), `expect_official` (true | false: the
speaker holds or speaks for a public office, CODING.md) and `expect_country` (the speaker's country as the pipeline
writes it, "United States", "NATO", case-insensitive; `none`: no country).

    python -m pledgewatch.evaluation.challenge [CSV ...] [--split dev|test] [--failures]

prints each construction's passes by split and writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from pledgewatch import config

DIR = config.ROOT / "data" / "challenge"
CHECKS = ("expect_statement", "expect_act", "expect_aid", "expect_speaker", "expect_official", "expect_country")
NO_COUNTRY = "none"


def load(paths=None) -> pd.DataFrame:
    """The challenge rows of `paths` (default: every CSV in data/challenge), with a `set` column."""
    paths = [Path(p) for p in paths] if paths else sorted(DIR.glob("*.csv"))
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False).assign(set=p.stem) for p in paths]
    rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    for col in CHECKS:  # a set without a column leaves it blank (not NaN where another set has it)
        rows[col] = rows[col].fillna("") if col in rows else ""
    bad = rows[~rows["split"].isin(["dev", "test"])]
    if len(bad):
        raise ValueError(f"split must be dev or test: {bad[['set', 'construction']].values.tolist()[:5]}")
    blank = rows[rows["words"].str.strip() == ""]
    if len(blank):  # blank words would pick any statement
        raise ValueError(f"words must name the statement: {blank[['set', 'construction']].values.tolist()[:5]}")
    return rows


def _coded(nlp, text: str) -> list[dict]:
    """The statements of one text, extracted and coded as the pipeline's units code an article (ids, date and outlet
    by `pipeline.units.article_rows`); the pipeline's prefilter, which skips texts with no cue, is not applied."""
    from pledgewatch import coding, statements
    from pledgewatch.pipeline.units import article_rows

    art = {"article_id": "challenge", "text": text, "title": "", "title_chars": 0}
    rows = article_rows(art, statements.extract(nlp(text), art))
    if not rows:
        return []
    return coding.code_statements(pd.DataFrame(rows)).to_dict("records")


def _truth(value: str) -> bool:
    return value.strip().lower() in {"true", "1", "yes"}


def _act_holds(expected: str, act: str) -> bool:
    """`act` is `expected`, or, where `expected` is `!x`, any act but x."""
    return act != expected[1:] if expected.startswith("!") else act == expected


def check(row: dict, coded: list[dict]) -> str:
    """'' where `row`'s expectations hold for the coded statements of its text, else what went wrong."""
    hits = [r for r in coded if row["words"].lower() in r["text"].lower()]
    if row["expect_statement"] and not _truth(row["expect_statement"]):
        return f"statement found: {hits[0]['text']!r}" if hits else ""
    if not hits:
        return f"no statement holds {row['words']!r} (found: {[r['text'] for r in coded]})"
    hit, wrong = hits[0], []
    if row["expect_act"] and not _act_holds(row["expect_act"], hit["speech_act"]):
        wrong.append(f"act {hit['speech_act']} (expected {row['expect_act']})")
    if row["expect_aid"] and bool(hit["aid_related"]) != _truth(row["expect_aid"]):
        wrong.append(f"aid_related {hit['aid_related']}")
    if row["expect_speaker"] and row["expect_speaker"].lower() not in str(hit["speaker_name"]).lower():
        wrong.append(f"speaker {hit['speaker_name']!r}")
    return "; ".join(wrong + _identity_wrong(row, hit))


def _identity_wrong(row: dict, hit: dict) -> list[str]:
    """What of `expect_official` and `expect_country` the statement `hit` fails."""
    wrong = []
    if row.get("expect_official") and bool(hit.get("speaker_is_official")) != _truth(row["expect_official"]):
        wrong.append(f"official {bool(hit.get('speaker_is_official'))}")
    want = (row.get("expect_country") or "").strip().lower()
    got = hit.get("speaker_country")
    got = "" if got is None or pd.isna(got) else str(got)
    if want and got.strip().lower() != ("" if want == NO_COUNTRY else want):
        wrong.append(f"country {got!r} (expected {row['expect_country']!r})")
    if wrong:  # who the pipeline took the speaker to be, to read the failure by
        wrong.append(f"[speaker {hit.get('speaker_name')!r}, role {hit.get('speaker_role')!r}]")
    return wrong


def run(rows: pd.DataFrame, nlp=None) -> pd.DataFrame:
    """`rows` with `failure` ('' where the row passes) and `passed`."""
    if nlp is None:
        from pledgewatch.nlp import load_nlp

        nlp = load_nlp()
    cache: dict[str, list[dict]] = {}
    failures = []
    for row in rows.to_dict("records"):
        if row["text"] not in cache:
            cache[row["text"]] = _coded(nlp, row["text"])
        failures.append(check(row, cache[row["text"]]))
    return rows.assign(failure=failures, passed=[not f for f in failures])


def summary(result: pd.DataFrame) -> pd.DataFrame:
    """Passes / rows per set, construction and split (columns dev and test, 'passed/rows')."""
    g = result.groupby(["set", "construction", "split"])["passed"].agg(["sum", "count"])
    cells = (g["sum"].astype(int).astype(str) + "/" + g["count"].astype(str)).unstack("split").fillna("")
    return cells.reset_index()


def totals(result: pd.DataFrame) -> pd.DataFrame:
    """Pass rate per set and split."""
    return result.groupby(["set", "split"])["passed"].agg(passed="sum", rows="count", rate="mean").round(3).reset_index()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", nargs="*", help="challenge CSVs (default: data/challenge/*.csv)")
    ap.add_argument("--split", choices=["dev", "test"], help="only this split's rows")
    ap.add_argument("--failures", action="store_true", help="print each failing row")
    args = ap.parse_args(argv)
    rows = load(args.csv)
    if args.split:
        rows = rows[rows["split"] == args.split]
    result = run(rows)
    with pd.option_context("display.width", 200, "display.max_rows", None, "display.max_colwidth", 120):
        print(summary(result).to_string(index=False))
        print(totals(result).to_string(index=False))
        if args.failures:
            for r in result[~result["passed"]].to_dict("records"):
                print(f"[{r['set']} / {r['construction']} / {r['split']}] {r['failure']}\n    {r['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
