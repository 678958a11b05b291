"""The recall read of the nominal shape (round 42, #13 part two): statements coded anything but pledge whose main
clause carries a commitment as a noun.

usage:
  .venv/bin/python tools/nominal_audit.py draw RUN_DIR RAW.jsonl OUT.csv --seed N [--n 90] [--per-article 2]
  .venv/bin/python tools/nominal_audit.py summary JUDGED.csv

The shape, on the statement's own parse (en_core_web_sm): a noun of `commitment_noun` (data/reference/audit_words.csv:
commitment, determination, support, goal, mission, ...) that is its sentence's root, or the subject, object or
attribute of a verb (any clause's), or the object of a preposition on a verb ("reminds of the unwavering support
of the EU"); (a first version asked for the root's arguments only: 45 rows in 36 articles, too few to read 60 at
two an article; widened before any row was read, the seed unchanged)
and that has an owner or a complement: a possessive ("our determination"), a to/for/of phrase ("commitment to
NATO", "support of the EU") or a clause ("determination to continue", "mission is to devote time": the copula's
xcomp counts for a subject noun). Rows are drawn as corpus_audit.py's recall (repeats and pledges left out, seeded,
at most `--per-article` an article); the judged column `pledge` (yes / no / borderline) gives the miss rate
(corpus_audit.recall_summary). The draw carries corpus text: keep it outside the repository.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import corpus_audit as ca
import pandas as pd

CORE = {"ROOT", "nsubj", "nsubjpass", "dobj", "attr", "appos"}
COMPLEMENT_PREP = {"to", "for", "of"}


def _has_owner(t) -> bool:
    kids = list(t.children)
    if any(k.dep_ == "poss" or k.dep_ in ("acl", "relcl") for k in kids):
        return True
    if any(k.dep_ == "prep" and k.lower_ in COMPLEMENT_PREP for k in kids):
        return True
    # a subject noun whose copula takes a clause: "our mission is to devote time"
    return t.dep_ in ("nsubj", "nsubjpass") and any(k.dep_ in ("xcomp", "ccomp") for k in t.head.children)


def audit_words(name: str) -> set[str]:
    """The words of one class of data/reference/audit_words.csv (the tools' own word classes)."""
    from pledgewatch import config

    with open(config.DATA / "reference" / "audit_words.csv", encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return next({w.strip().lower() for w in r["words"].split("|") if w.strip()} for r in rows if r["class"] == name)


def nominal_shape(doc, nouns: set[str]) -> bool:
    for t in doc:
        if t.lower_ not in nouns or t.pos_ not in ("NOUN", "PROPN") or not _has_owner(t):
            continue
        head = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if t.dep_ == "ROOT" or (t.dep_ in CORE | {"pobj"} and head.pos_ in ("VERB", "AUX")):
            return True
    return False


def draw(run: Path, raw: Path, out: Path, seed: int, n: int, per_article: int) -> pd.DataFrame:
    from pledgewatch.nlp import load_nlp
    nlp = load_nlp()
    st = ca.non_pledge_rows(run)
    nouns = audit_words("commitment_noun")
    shaped = pd.Series([nominal_shape(d, nouns) for d in nlp.pipe(st["text"].astype(str), batch_size=64)],
                       index=st.index)
    picked = ca.recall_draw(st, shaped, seed, n, per_article)
    return ca.write_recall(st, shaped, picked, raw, out, ["statement_id", "article_id", "speaker_name",
                                                          "speaker_country", "cue", "speech_act", "text"])


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    ca.draw_arguments(sub.add_parser("draw"), n=90)
    s = sub.add_parser("summary")
    s.add_argument("judged", type=Path)
    a = p.parse_args(argv)
    if a.cmd == "draw":
        draw(a.run, a.raw, a.out, a.seed, a.n, a.per_article)
    else:
        print(ca.recall_summary(pd.read_csv(a.judged, keep_default_na=False)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
