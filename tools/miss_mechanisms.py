"""Why the extraction misses gold statements, one mechanism per miss (round 43, issue #14; docs/AUDIT.md).

usage: .venv/bin/python tools/miss_mechanisms.py SET_DIR RUN_DIR OUT.csv [--half A]
  SET_DIR: a gold set folder (articles.jsonl, gold.jsonl: measure.py's OUT/work/sets/ukraine_team, or
  ../shared/eval/NAME); RUN_DIR: a `pledgewatch run` on it (statements.csv, articles.parquet); --half A reads one
  half only: always pass it for a set with an unread half (ukraine_team); the dev sets are read whole.
A miss is a gold statement no row matches at coverage 0.3 (score.py's greedy matching). Its mechanism: where a row's
character span covers the content, whether that row is matched to another gold statement (`covered_matched_other`,
`part_matched_other`) or not (`part_unmatched`: a cut span); where none does, what the finder makes of the gold
cue's token on the parsed article (`lexicon_miss`, `verb_vetoed`, `no_speaker`, `speaker_no_content`, `cue_row_other`,
`according_no_row`, `gold_no_cue`, `gold_colon`, `not_located`). Approximate where a content occurs twice.
"""
from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

import gold_pairs
import pandas as pd

from pledgewatch.evaluation import gold_match, team_gold
from pledgewatch.nlp import load_nlp
from pledgewatch.statements import attribution, grammar, vetoes
from pledgewatch.statements.finder import Finder

AUX = {"to", "has", "have", "had", "was", "is", "were", "will", "also", "the", "did", "not"}


def _greedy(S, gs, ps):
    """Indices (gold, pred) matched at 0.3, score.py's way (`gold_match.one_to_one`), and the pred -> gold map."""
    pairs = gold_match.one_to_one(((S.coverage(S.words(g["content"]), S.words(p["text"])), i, j)
                                   for i, g in enumerate(gs) for j, p in enumerate(ps)), 0.3)
    return {i for i, _, _ in pairs}, {j: i for i, j, _ in pairs}


def _span_mechanism(text, g, ps, mate):
    """(mechanism, start) from the rows' spans over gold statement g's content, or (None, start) if none touches."""
    k = text.find(g["content"])
    k = k if k >= 0 else text.find(g["content"][:30])
    if k < 0:
        return "not_located", k
    a, b = k, k + len(g["content"])
    best, j = 0.0, None
    for n, p in enumerate(ps):
        ov = max(0, min(b, int(p["char_end"])) - max(a, int(p["char_start"]))) / max(1, b - a)
        if ov > best:
            best, j = ov, n
    if best >= 0.8 and j in mate:
        return "covered_matched_other", k
    if best > 0:
        return ("part_matched_other" if j in mate else "part_unmatched"), k
    return None, k


def _cue_mechanism(f, rows, doc, g, k):
    """What the finder makes of the gold cue's token near offset k."""
    ctx = f.ctx
    words = re.findall(r"[\w']+", (g.get("cue") or "").lower())
    if not words:
        return "gold_colon" if (g.get("cue") or "").strip() == ":" else "gold_no_cue"
    near = [t for t in doc if abs(t.idx - k) < 400 + len(g["content"]) and t.lower_ in words and t.lower_ not in AUX]
    if "according" in words:
        return "according_no_row" if any(t.lower_ == "according" for t in near) else "not_located"
    if not near:
        return "not_located"
    tok = min(near, key=lambda t: abs(t.idx - k))
    cue = grammar.cue_of(tok, ctx.verbs, ctx.forms, tok.idx < ctx.title_chars)
    if cue is None:
        return "lexicon_miss"
    if vetoes.vetoed(ctx, tok, cue) is not None:
        return "verb_vetoed"
    if attribution.speaker(ctx, tok, cue) is None:
        return "no_speaker"
    return "cue_row_other" if any(r.get("cue_i") == tok.i for r in rows) else "speaker_no_content"


def mechanisms(set_dir: Path, run_dir: Path, half: str | None, nlp) -> pd.DataFrame:
    S = gold_pairs.scorer()
    _, gold = gold_pairs.gold_set(set_dir, S, half=half)
    if half is None and set(team_gold.batches()) & {g["article_id"] for g in gold}:
        raise SystemExit("a set with an unread half (the team's articles): pass --half A")
    st = pd.read_csv(run_dir / "statements.csv", keep_default_na=False)
    arts = pd.read_parquet(run_dir / "articles.parquet")
    arts = {str(r["article_id"]): r for r in arts.to_dict("records")}
    pred, by_art = collections.defaultdict(list), collections.defaultdict(list)
    for r in st.to_dict("records"):
        pred[str(r["article_id"])].append(r)
    for g in gold:
        by_art[g["article_id"]].append(g)
    out = []
    for aid, gs in by_art.items():
        ps, art = pred.get(aid, []), arts.get(aid)
        ug, mate = _greedy(S, gs, ps)
        missed = [g for i, g in enumerate(gs) if i not in ug]
        if not missed:
            continue
        text = art["text"] if art is not None else ""
        found = None
        for g in missed:
            mech, k = _span_mechanism(text, g, ps, mate) if text else ("not_located", -1)
            if mech is None:
                if found is None:
                    found = _article_finder(nlp, aid, art)
                mech = _cue_mechanism(*found, g, k)
            out.append({"article_id": aid, "mechanism": mech, "cue": g.get("cue", ""), "content": g["content"]})
    return pd.DataFrame(out)


def _article_finder(nlp, aid, art):
    """(finder, its rows, doc) of one processed article."""
    doc = nlp(art["text"])
    a = {"article_id": aid, "text": art["text"], "title": art.get("title") or "",
         "title_chars": int(art.get("title_chars") or 0), "published": "", "outlet": ""}
    f = Finder(doc, a)
    return f, f.run(), doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=Path)
    ap.add_argument("run_dir", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--half", choices=["A"])
    a = ap.parse_args()
    df = mechanisms(a.set_dir, a.run_dir, a.half, load_nlp())
    df.to_csv(a.out, index=False)
    print(df.groupby("mechanism").agg(n=("mechanism", "size"), articles=("article_id", "nunique")).to_string())


if __name__ == "__main__":
    main()
