"""Which part of the speaker resolver produced each wrong speaker (round 37's mechanism table; analysis only).

usage: .venv/bin/python tools/speaker_mechanisms.py RUN_DIR SET_DIR OUT.json
  RUN_DIR: a `pledgewatch run` output (its articles.parquet); SET_DIR: a gold set (gold.jsonl with speaker and
  speaker_text, or a coding set's items.jsonl) -- only the readable half (md5 of the article id even) is read, unless
  a fourth argument --all says the whole set is readable (the dev sets: ukraine_dev, ggt_dev).
Re-extracts those articles with every Resolver method wrapped (no change to the package), matches gold to rows as
score.py does, and prints, per mechanism (the innermost resolver method that returned the final name; a continued
quotation; the final shape check), the right and wrong speakers and the articles with a wrong one, and per wrong one
its kind: M the mention at the cue is not the gold's (the finder), U UNKNOWN for a name, F another form of the
gold's name (shared words), E another entity. OUT.json lists every wrong speaker with its trace.
"""
import collections
import functools
import json
import sys
from pathlib import Path

import gold_pairs

from pledgewatch import io, statements  # noqa: E402
from pledgewatch.nlp import load_nlp  # noqa: E402
from pledgewatch.statements import speakers as SP  # noqa: E402
from pledgewatch.statements.speakers.resolver import Resolver  # noqa: E402

TRACE, ROWS = [], {}
GENERIC = {"resolver._person_record", "resolver.resolve_row", "resolver._after_credit"}
STOP = {"the", "a", "an", "of", "s", "and", "in", "at", "for", "to", "on", "by", "with"}
S = gold_pairs.scorer()


def _wrap(name, fn):
    @functools.wraps(fn)
    def w(*a, **k):
        out = fn(*a, **k)
        rec = out[0] if isinstance(out, tuple) and out and isinstance(out[0], dict) else out
        if isinstance(rec, dict) and "speaker_name" in rec:
            TRACE.append((name, rec["speaker_name"]))
        return out
    return w


def instrument():
    for klass in Resolver.__mro__:
        if klass.__module__.startswith("pledgewatch.statements.speakers"):
            for nm, fn in list(vars(klass).items()):
                if callable(fn) and not nm.startswith("__") and not isinstance(fn, (staticmethod, classmethod)):
                    setattr(klass, nm, _wrap(f"{klass.__module__.rsplit('.', 1)[1]}.{nm}", fn))
    resolve_row, settle = Resolver.resolve_row, SP._settle

    def rr(self, r):
        TRACE.clear()
        out = resolve_row(self, r)
        r["_trace"], r["_raw"] = list(TRACE), out[0]["speaker_name"]
        return out

    def st(res, r, rec, person):
        before = rec["speaker_name"]
        p = settle(res, r, rec, person)
        ROWS[(r.get("char_start"), r.get("char_end"))] = {
            "trace": r.get("_trace", []), "raw": r.get("_raw", before), "settled": before != rec["speaker_name"],
            "speaker_of": r.get("speaker_of"), "has_mention": bool(r.get("speaker_span"))}
        return p
    Resolver.resolve_row, SP._settle = rr, st


def mechanism(t) -> str:
    if t.get("speaker_of") is not None:
        return "continued quotation"
    if t.get("settled"):
        return "settle (shape check)"
    chain = [n for n, nm in t.get("trace", []) if nm == t.get("raw") and n not in GENERIC]
    return chain[0] if chain else ("previous speaker (no mention)" if not t.get("has_mention") else "resolve_row")


def kind(g, p) -> str:
    gm, pm = set(S.words(g.get("speaker_text") or "")) - STOP, set(S.words(p.get("speaker_text") or "")) - STOP
    if g.get("speaker_text") and not gm & pm:
        return "M"
    if p["speaker_name"] == "UNKNOWN":
        return "U"
    return "F" if (set(S.words(g["speaker"])) - STOP) & (set(S.words(p["speaker_name"])) - STOP) else "E"


def _sentence(text, start, end, pad=200) -> str:
    """The text around a row: from the sentence end before it (or `pad` characters) to the one after."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - pad, 0)
    hi = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] + [end + pad, len(text)])
    return text[lo:hi + 1].strip(". \n")


def main(run_dir, set_dir, out, every=False):
    set_dir = Path(set_dir)
    half = None if every else "A"
    if (set_dir / "gold.jsonl").is_file():
        gold = gold_pairs.gold_rows(set_dir, S, half)
    else:  # a coding set: items with statement and speaker
        gold = [{"article_id": str(x["article_id"]), "content": x["statement"], "speaker": x["speaker"]}
                for x in map(json.loads, open(set_dir / "items.jsonl")) if x.get("is_statement")
                and gold_pairs.in_half(x["article_id"], half)]
    ids = {g["article_id"] for g in gold}
    # (io.article_records: an unknown date None, as in the run; with NaT ggt_dev gave 100 wrong speakers, not 42)
    arts = [a for a in io.article_records(Path(run_dir) / "articles.parquet") if a["article_id"] in ids]
    texts = {a["article_id"]: a["text"] for a in arts}
    instrument()
    nlp, rows = load_nlp(), []
    for a in arts:
        ROWS.clear()
        for r in statements.extract(nlp(a["text"]), a):
            rows.append({**r, "article_id": a["article_id"], **ROWS.get((r["char_start"], r["char_end"]), {})})
    table, wrong = collections.defaultdict(lambda: [0, 0, set(), collections.Counter()]), []
    for g, p in gold_pairs.pairs(gold, rows, S):
        if not g.get("speaker") or g["speaker"] == "UNKNOWN":
            continue
        t = table[mechanism(p)]
        if S.same_speaker(g["speaker"], p["speaker_name"]):
            t[0] += 1
            continue
        k = kind(g, p)
        t[1] += 1
        t[2].add(g["article_id"])
        t[3][k] += 1
        wrong.append({"article_id": g["article_id"], "gold": g["speaker"], "gold_text": g.get("speaker_text"),
                      "pred": p["speaker_name"], "pred_text": p.get("speaker_text"), "kind": k,
                      "mechanism": mechanism(p), "cue": p.get("cue"), "trace": p.get("trace"),
                      "gold_cue": g.get("cue"), "content": g.get("content"), "text": p.get("text"),
                      "sentence": _sentence(texts[g["article_id"]], p["char_start"], p["char_end"])})
    print("right wrong articles  mechanism  (kinds of the wrong: M mention, U UNKNOWN, F form, E another entity)")
    for m, (r, w, a, k) in sorted(table.items(), key=lambda x: -x[1][1]):
        print(f"{r:5d} {w:5d} {len(a):5d}  {m}  {dict(k)}")
    json.dump(wrong, open(out, "w"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:4], every=sys.argv[4:5] == ["--all"])
