"""Speaker resolution measured on its own, with the gold mentions (independent of the extractor).

    python -m pledgewatch.evaluation.speakers [seeds ukraine_dev ggt_dev] [-v]

For each gold statement of ../shared/eval/<set>: find its content in the article text, locate the gold
`speaker_text` mention nearest before (else after) the content, give all of an article's rows to
`resolve_speakers` in one call, and compare `speaker_name` with the gold `speaker` by score.py's `same_speaker`
(gold UNKNOWN is not scored, as in score.py). Also reports agreement of speaker_role (a shared content word, or both
empty) and speaker_country (equal) where the gold has those fields. Skips with a message where ../shared is absent.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys

from .. import config
from ..nlp import load_nlp
from ..statements.speakers import resolve_speakers
from .gold_match import load_scorer


def _score_module():
    return load_scorer()  # ../shared/eval/score.py


def _articles(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        a = json.loads(line)
        title, date = a.get("title") or "", (a.get("date") or "")[:10]
        try:
            pub = dt.date.fromisoformat(date) if date else None
        except ValueError:
            pub = None
        out[str(a["id"])] = {"article_id": str(a["id"]), "text": (title + "\n\n" if title else "") + a["text"],
                             "published": pub, "title_chars": len(title)}
    return out


def _nearest_mention(doc, text, speaker_text, cs, ce):
    """Token span of the occurrence of speaker_text nearest before or after text[cs:ce] (not inside it), or None."""
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(speaker_text) + r"(?!\w)", text):
        if m.end() <= cs:
            d = cs - m.end()
        elif m.start() >= ce:
            d = m.start() - ce
        else:
            continue
        if best is None or d < best[0]:
            best = (d, m.start(), m.end())
    if not best:
        return None
    sp = doc.char_span(best[1], best[2], alignment_mode="expand")
    return (sp.start, sp.end) if sp is not None else None


def _gold_rows(doc, text, gs):
    """Rows for resolve_speakers from an article's gold statements (content found in the text, the gold mention
    located nearest to it), sorted by content offset; each keeps its gold as `_gold`."""
    rows = []
    for g in gs:
        content = g["content"]
        pos = text.find(content)
        if pos < 0:
            content = content.strip("“”\"' ,.")
            pos = text.find(content)
        if pos < 0:
            continue
        cs, ce = pos, pos + len(content)
        span = _nearest_mention(doc, text, g["speaker_text"], cs, ce) if g.get("speaker_text") else None
        rows.append({"speaker_span": span, "cue_i": None, "char_start": cs, "char_end": ce, "speaker_text": "",
                     "_gold": g})
    rows.sort(key=lambda r: r["char_start"])
    return rows


_ROLE_GLUE = frozenset(r["word"] for r in config.word_list("role_glue"))  # "of", "the": shared, not agreeing


def _role_agrees(sc, g, r):
    gr, pr = (g.get("speaker_role") or "").lower(), (r.get("speaker_role") or "").lower()
    return (not gr and not pr) or bool(gr and pr and (set(sc.words(gr)) & set(sc.words(pr))) - _ROLE_GLUE)


def evaluate(setname: str, nlp=None, verbose: bool = False) -> dict:
    sc = _score_module()
    base = config.SHARED / "eval" / setname
    arts = _articles(base / "articles.jsonl")
    gold = [json.loads(x) for x in open(base / "gold.jsonl", encoding="utf-8") if x.strip()]
    by_article = collections.defaultdict(list)
    for g in gold:
        by_article[str(g["article_id"])].append(g)
    nlp = nlp or load_nlp()
    ok = total = role_ok = country_ok = n_attr = 0
    errors = []
    for aid, gs in by_article.items():
        art = arts.get(aid)
        if art is None:
            continue
        doc = nlp(art["text"])
        rows = _gold_rows(doc, art["text"], gs)
        resolve_speakers(doc, rows, art)
        for r in rows:
            g = r["_gold"]
            if "speaker_role" in g:
                n_attr += 1
                role_ok += _role_agrees(sc, g, r)
                country_ok += (g.get("speaker_country") or "") == (r.get("speaker_country") or "")
            if not g.get("speaker") or g["speaker"] == "UNKNOWN":
                continue
            total += 1
            good = sc.same_speaker(g["speaker"], r["speaker_name"])
            ok += good
            if not good:
                errors.append((aid, g.get("speaker_text"), g["speaker"], r["speaker_name"], r["speaker_type"]))
    res = {"set": setname, "speaker_acc": round(ok / max(1, total), 3), "n": total}
    if n_attr:
        res.update(role_agree=round(role_ok / n_attr, 3), country_agree=round(country_ok / n_attr, 3))
    if verbose:
        for e in errors:
            print("  ", e, file=sys.stderr)
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=["seeds", "ukraine_dev", "ggt_dev"])
    ap.add_argument("-v", "--verbose", action="store_true", help="print the wrong speakers")
    a = ap.parse_args(argv)
    if not (config.SHARED / "eval" / "score.py").is_file():
        print(f"../shared is absent ({config.SHARED}): nothing to evaluate")
        return 0
    nlp = load_nlp()
    for s in a.sets:
        print(json.dumps(evaluate(s, nlp, a.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
