"""Audit the coding of a corpus run by reading: a seeded sample to judge, and the summary of the judgments.

usage:
  .venv/bin/python tools/corpus_audit.py sample RUN_DIR RAW.jsonl OUT.csv --seed N [--per-article 2]
  .venv/bin/python tools/corpus_audit.py trace RUN_DIR SAMPLE.csv OUT.csv
  .venv/bin/python tools/corpus_audit.py summary JUDGED.csv [--md OUT.md]
  .venv/bin/python tools/corpus_audit.py recall RUN_DIR RAW.jsonl OUT.csv --seed N [--n 200] [--per-article 2]
  .venv/bin/python tools/corpus_audit.py recall-summary JUDGED.csv

`sample` draws, with a seed declared before drawing, at most `--per-article` statements per article in each stratum
(repeats, `is_repeat`, left out): `pledge` (coded pledge), `appeal` (coded appeal), `aid` (aid_related true),
`capability` (one capability or more) and `miss` (coded neither pledge nor appeal, but with a commitment or request
shape: a `future`/`obligation_modal` word of coding_words.csv up to five words before a `give_verb`, a `request`
word in the content, or a cue lemma of class `request_lemma`). A statement is drawn once (the first stratum in that
order that takes it). OUT.csv holds the coded fields, the text around the statement and empty judgment columns:
  is_statement (y/n), speaker_ok (y/n), act_gold (the guide's act), aid_gold (y/n), caps_gold (categories, |),
  cls (the mechanism class of a wrong call, free text), note.
The sample carries corpus text: keep it outside the repository.

`recall` (round 42) draws, with a seed declared before drawing, up to `--n` statements coded anything but `pledge`
(repeats left out) whose clause frames (statements/clause_frame.py, the articles parsed again) have a **commitment
shape**: a clause, or the cue's own xcomp, whose predicate chain holds a `give_lemma` or `commissive` word of
coding_words.csv, in commitment modality as coding/clause_parts.py's `commitment` reads it (future, reported
"would", "is to", a present intent) or in any tense but past or perfect (present, modal, direct "would"; the
hypothetical ones are drawn and judged not pledge); or a commissive cue ("pledged", "vowed"). At most `--per-article` rows of an
article. The judged figure is the share the guide codes pledge: the miss rate of the shape (`recall_summary`).

`trace` codes the sampled statements again with their clause frames (their articles parsed again) and records per
statement which part of the decision made the act (tools/act_mechanisms.py: `decided` = model, residual,
construction, rows or default, with the constructions and phrase rows that fired) and the aid call
(tools/aid_mechanisms.py: the first anchor, the act, the model or a context construction).

`summary` reads a judged CSV and prints, per stratum, precision with Wilson 95% intervals: statement (of all rows),
speaker (of statements), act (the coded act for `pledge`/`appeal`; for `miss`, the share the guide codes pledge or
appeal: the miss rate of the shape), aid (`aid` rows), capabilities (exact set, `capability` rows), and the classes
of the wrong calls with their row and article counts. Rows judged `is_statement = n` count as wrong for the act,
aid and capability precision (the table counts them).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pledgewatch.analysis.base import wilson as _wilson  # noqa: E402

STRATA = {"pledge": 60, "appeal": 60, "aid": 40, "capability": 40, "miss": 60}
JUDGED = ("is_statement", "speaker_ok", "act_gold", "aid_gold", "caps_gold", "cls", "note")


def wilson(k: int, n: int) -> tuple[float, float]:
    """The Wilson score interval of k successes in n trials (`analysis.base.wilson`; (0, 1) when n is 0)."""
    if n == 0:
        return 0.0, 1.0
    lo, hi = _wilson(k, n)
    return float(lo), float(hi)


def _tokens(text: str) -> list[str]:
    return [t.strip(".,;:!?\"'()“”‘’").lower() for t in str(text).split()]


def shape(text: str, cue_lemma: str, words) -> bool:
    """A commitment or request shape: a future/obligation modal up to five words before a give verb, a request
    word in the content, or a request cue."""
    toks = _tokens(text)
    modal, give, req = (words.of("future") | words.of("obligation_modal"), words.of("give_verb"),
                        words.of("request"))
    if str(cue_lemma).lower() in words.of("request_lemma") or req & set(toks):
        return True
    return any(t in modal and give & set(toks[i + 1:i + 6]) for i, t in enumerate(toks))


def strata_of(st: pd.DataFrame, words) -> pd.DataFrame:
    """Boolean columns, one per stratum."""
    caps = st["capabilities"].map(lambda c: len(c) if c is not None else 0)
    act = st["speech_act"].astype(str)
    out = pd.DataFrame(index=st.index)
    out["pledge"], out["appeal"] = act.eq("pledge"), act.eq("appeal")
    out["aid"], out["capability"] = st["aid_related"].astype(bool), caps.gt(0)
    shaped = pd.Series([shape(t, c, words) for t, c in zip(st["text"], st["cue_lemma"], strict=True)], index=st.index)
    out["miss"] = ~act.isin(["pledge", "appeal"]) & shaped
    return out


def draw(st: pd.DataFrame, flags: pd.DataFrame, seed: int, per_article: int = 2, sizes=None) -> pd.DataFrame:
    """The sample: each stratum in STRATA's order from a shuffle fixed by `seed`, at most `per_article` rows of an
    article per stratum, a statement drawn once."""
    rng, taken, parts = random.Random(seed), set(), []
    for name, size in (sizes or STRATA).items():
        idx = sorted(i for i in flags.index[flags[name]] if st.at[i, "statement_id"] not in taken)
        rng.shuffle(idx)
        per, pick = {}, []
        for i in idx:
            a = st.at[i, "article_id"]
            if per.get(a, 0) < per_article and len(pick) < size:
                per[a] = per.get(a, 0) + 1
                pick.append(i)
        taken.update(st.loc[pick, "statement_id"])
        parts.append(st.loc[pick].assign(stratum=name))
    return pd.concat(parts, ignore_index=True)


def context(text: str, art: str, start: int, end: int, width: int = 300) -> str:
    """The article text around the statement (by its offsets, else where its text first occurs)."""
    if art[start:end] != text:
        at = art.find(text[:60])
        start, end = (at, at + len(text)) if at >= 0 else (0, 0)
    return art[max(0, start - width):start] + " [[" + art[start:end] + "]] " + art[end:end + width // 2]


def sample(run: Path, raw: Path, out: Path, seed: int, per_article: int) -> pd.DataFrame:
    from pledgewatch.coding import words
    st = pd.read_parquet(run / "statements.parquet")
    st = st[~st["is_repeat"].astype(bool)].reset_index(drop=True)
    picked = draw(st, strata_of(st, words), seed, per_article)
    arts = {}
    for line in raw.open(encoding="utf-8"):
        d = json.loads(line)
        arts[str(d["id"])] = d.get("text", "")
    picked["capabilities"] = picked["capabilities"].map(lambda c: "|".join(sorted(c)) if c is not None else "")
    picked["context"] = [context(t, arts.get(a, ""), s, e) for t, a, s, e in
                         zip(picked["text"], picked["article_id"], picked["char_start"], picked["char_end"], strict=True)]
    cols = ["stratum", "statement_id", "article_id", "speaker_name", "speaker_country", "speaker_is_official",
            "cue", "quote_type", "speech_act", "aid_related", "capabilities", "text", "context"]
    picked = picked[cols].assign(**{c: "" for c in JUDGED})
    picked.to_csv(out, index=False)
    return picked


def trace(run: Path, sample_csv: Path, out: Path) -> pd.DataFrame:
    import tempfile

    sys.path.insert(0, str(ROOT / "tools"))
    import act_mechanisms
    import aid_mechanisms

    from pledgewatch.coding.train_rows import with_frames

    ids = set(pd.read_csv(sample_csv, keep_default_na=False)["statement_id"])
    st = pd.read_parquet(run / "statements.parquet")
    st = st[st["statement_id"].isin(ids)]
    arts = pd.read_parquet(run / "articles.parquet")
    with tempfile.TemporaryDirectory() as tmp:
        arts[arts["article_id"].isin(set(st["article_id"]))].to_parquet(Path(tmp) / "articles.parquet")
        st = with_frames(st, Path(tmp))
    acts, aids = act_mechanisms.traced(st), aid_mechanisms.traced_coding(st)
    rows = [{"statement_id": s, "act_now": a["ours"], "decided": a["decided"], "rules_act": a["rules_act"],
             "construction": a["construction"], "act_rows": a["rows"], "side": a["side"],
             "aid_now": aids[s]["aid"], "aid_mechanism": aid_mechanisms.mechanism(aids[s]),
             "p_aid": aids[s]["p_aid"]} for s, a in acts.items()]
    got = pd.DataFrame(rows)
    got.to_csv(out, index=False)
    return got


def commitment_shape(frame, row: dict) -> bool:
    """The recall read's shape: a commissive cue, or a clause whose predicate chain gives or commits (`give_lemma` |
    `commissive`) in a committing modality (clause_parts.commitment) or any tense not past or perfect (a present
    "we are providing", a direct "would", a modal; a hypothetical is drawn and judged). Frames missing: False."""
    from pledgewatch.coding import clause_parts
    from pledgewatch.coding import words as W

    if str(row.get("cue_lemma", "")).lower() in W.of("commissive"):
        return True
    if not frame:
        return False
    cue = frame.get("cue") or {}
    if str(cue.get("lemma", "")).lower() in W.of("commissive"):
        return True
    clauses = list(frame.get("clauses") or []) + ([cue["x"]] if cue.get("x") else [])
    lemmas = W.of("give_lemma") | W.of("commissive")
    return any(set(cl["pred"]) & lemmas and (clause_parts.commitment(cl, row) or cl["tense"] not in ("past", "perfect"))
               for cl in clauses)


def recall_draw(st: pd.DataFrame, shaped: pd.Series, seed: int, n: int, per_article: int = 2) -> pd.DataFrame:
    """The recall sample: rows not coded pledge with the shape, from a shuffle fixed by `seed`, at most
    `per_article` of an article, up to `n` rows (the first k of the draw are a draw of k)."""
    flags = pd.DataFrame({"recall": shaped & st["speech_act"].astype(str).ne("pledge")}, index=st.index)
    return draw(st, flags, seed, per_article, sizes={"recall": n})


def non_pledge_rows(run: Path) -> pd.DataFrame:
    """The run's statements a recall read draws from: not repeats, not coded pledge."""
    st = pd.read_parquet(run / "statements.parquet")
    return st[~st["is_repeat"].astype(bool) & st["speech_act"].astype(str).ne("pledge")].reset_index(drop=True)


def write_recall(st: pd.DataFrame, shaped: pd.Series, picked: pd.DataFrame, raw: Path, out: Path,
                 cols: list[str]) -> pd.DataFrame:
    """The drawn rows with their context in the article (`context`), the judgment columns empty, written to out."""
    arts = {str(d["id"]): d.get("text", "") for d in map(json.loads, raw.open(encoding="utf-8"))}
    picked = picked.assign(context=[context(t, arts.get(a, ""), s, e) for t, a, s, e in
                                    zip(picked["text"], picked["article_id"], picked["char_start"],
                                        picked["char_end"], strict=True)])
    picked = picked[cols + ["context"]].assign(pledge="", construction="", note="")
    picked.to_csv(out, index=False)
    print(f"shaped {int(shaped.sum())} of {len(st)} non-pledge rows in {st.loc[shaped, 'article_id'].nunique()} "
          f"articles; drawn {len(picked)}")
    return picked


def recall(run: Path, raw: Path, out: Path, seed: int, n: int, per_article: int) -> pd.DataFrame:
    from pledgewatch import statements
    from pledgewatch.coding.train_rows import with_frames

    st = with_frames(non_pledge_rows(run), run)
    shaped = pd.Series([commitment_shape(f, r) for f, r in zip(st[statements.FRAME_KEY], st.to_dict("records"),
                                                                 strict=True)], index=st.index)
    picked = recall_draw(st.drop(columns=[statements.FRAME_KEY]), shaped, seed, n, per_article)
    return write_recall(st, shaped, picked, raw, out, ["stratum", "statement_id", "article_id", "speaker_name",
                                                       "speaker_country", "cue", "quote_type", "speech_act", "text"])


def recall_summary(df: pd.DataFrame) -> str:
    """The miss rate of the shape: rows judged pledge `yes` of those judged, with Wilson 95% (strict: borderline not a
    miss; lenient: borderline a miss), and the misses by construction (rows, articles)."""
    j = df[df["pledge"].astype(str).str.strip().ne("")]
    v = j["pledge"].astype(str).str.strip().str.lower()
    n, yes, border = len(j), int(v.eq("yes").sum()), int(v.eq("borderline").sum())
    lines = []
    for name, k in (("strict", yes), ("lenient", yes + border)):
        lo, hi = wilson(k, n)
        lines.append(f"- {name}: {k} / {n} = {k / n if n else 0:.3f} (Wilson 95% {lo:.3f}-{hi:.3f})")
    miss = j[v.eq("yes")]
    g = miss.groupby("construction").agg(rows=("statement_id", "size"), articles=("article_id", "nunique"))
    lines += ["", "| construction | rows | articles |", "|---|---|---|"]
    lines += [f"| {c} | {r['rows']} | {r['articles']} |" for c, r in g.sort_values("rows", ascending=False).iterrows()]
    return "\n".join(lines)


def _yes(v) -> bool:
    return str(v).strip().lower() in ("y", "yes", "true", "1")


def _caps(v) -> frozenset:
    return frozenset(x.strip() for x in str(v if isinstance(v, str) else "").split("|") if x.strip())


def judge_rows(df: pd.DataFrame) -> pd.DataFrame:
    """Per row: ok_statement, ok_speaker, ok_act, ok_aid, ok_caps (None where the field is not judged)."""
    rows = []
    for r in df.to_dict("records"):
        st = _yes(r["is_statement"])
        ok = {"ok_statement": st, "ok_speaker": _yes(r["speaker_ok"]) if st else None}
        gold = str(r["act_gold"]).strip() if st else "other"
        if r["stratum"] in ("pledge", "appeal"):
            ok["ok_act"] = gold == r["speech_act"]
        elif r["stratum"] == "miss":
            ok["ok_act"] = gold not in ("pledge", "appeal")
        if r["stratum"] == "aid":
            ok["ok_aid"] = st and _yes(r["aid_gold"])
        if r["stratum"] == "capability":
            ok["ok_caps"] = st and _caps(r["caps_gold"]) == _caps(r["capabilities"])
        rows.append(ok)
    return pd.concat([df.reset_index(drop=True), pd.DataFrame(rows)], axis=1)


def summary(df: pd.DataFrame) -> str:
    """A markdown table of precision per stratum and field, then the classes of the wrong calls."""
    j = judge_rows(df)
    lines = ["| stratum | field | right / n | precision | Wilson 95% |", "|---|---|---|---|---|"]
    for name in STRATA:
        part = j[j["stratum"] == name]
        for f in ("statement", "speaker", "act", "aid", "caps"):
            col = part.get("ok_" + f)
            if col is None or col.isna().all():
                continue
            v = col.dropna().astype(bool)
            lo, hi = wilson(int(v.sum()), len(v))
            lines.append(f"| {name} | {f} | {int(v.sum())} / {len(v)} | {v.mean():.2f} | {lo:.2f}-{hi:.2f} |")
    wrong = j[j["cls"].astype(str).str.strip().ne("") & j["cls"].notna()]
    if len(wrong):
        lines += ["", "| stratum | class | rows | articles |", "|---|---|---|---|"]
        g = wrong.groupby(["stratum", "cls"]).agg(rows=("statement_id", "size"), articles=("article_id", "nunique"))
        for (s, c), r in g.sort_values("rows", ascending=False).iterrows():
            lines.append(f"| {s} | {c} | {r['rows']} | {r['articles']} |")
    return "\n".join(lines)


def draw_arguments(parser, n: int | None = None):
    """A draw's arguments: the run, the raw corpus, the output, a declared seed, at most --per-article rows of one
    article, and --n rows where the draw has a size (`recall`, and nominal_audit.py's `draw`)."""
    for name in ("run", "raw", "out"):
        parser.add_argument(name, type=Path)
    parser.add_argument("--seed", type=int, required=True)
    if n is not None:
        parser.add_argument("--n", type=int, default=n)
    parser.add_argument("--per-article", type=int, default=2)
    return parser


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    draw_arguments(sub.add_parser("sample"))
    t = sub.add_parser("trace")
    t.add_argument("run", type=Path)
    t.add_argument("sample", type=Path)
    t.add_argument("out", type=Path)
    m = sub.add_parser("summary")
    m.add_argument("judged", type=Path)
    m.add_argument("--md", type=Path)
    draw_arguments(sub.add_parser("recall"), n=200)
    rs = sub.add_parser("recall-summary")
    rs.add_argument("judged", type=Path)
    a = p.parse_args(argv)
    if a.cmd == "recall":
        recall(a.run, a.raw, a.out, a.seed, a.n, a.per_article)
        return 0
    if a.cmd == "recall-summary":
        print(recall_summary(pd.read_csv(a.judged, keep_default_na=False)))
        return 0
    if a.cmd == "sample":
        got = sample(a.run, a.raw, a.out, a.seed, a.per_article)
        print(got.groupby("stratum", sort=False).agg(rows=("statement_id", "size"),
                                                     articles=("article_id", "nunique")).to_string())
        return 0
    if a.cmd == "trace":
        got = trace(a.run, a.sample, a.out)
        print(got["decided"].value_counts().to_string())
        return 0
    text = summary(pd.read_csv(a.judged, keep_default_na=False))
    if a.md:
        a.md.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
