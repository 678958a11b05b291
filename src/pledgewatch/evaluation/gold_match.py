"""A gold set against the pipeline's statements: the sets and their tables' columns, the gold statements and their
convention, one-to-one matching by span overlap, and the error rows (the sentence around a miss) of one set."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from .. import config

SETS = ("seeds", "ukraine_dev", "ggt_dev", "polnear_dev")
CODING_SETS = ("coding_dev",)  # hand-coded statements (items.jsonl), scored by ../shared/eval/score_coding.py
CODING_COLUMNS = ["set", "figures", "items", "matched", "pledge_f1", "appeal_f1", "delivery_f1", "refusal_f1",
                  "warning_f1", "macro_f1_acts", "speech_act_acc", "aid_related_f1", "capabilities_f1",
                  "speaker_acc", "official_acc", "country_acc"]
CODING_ERROR_COLUMNS = ["set", "item_id", "article_id", "what", "gold", "pred", "statement", "pred_text"]
ERROR_COLUMNS = ["set", "article_id", "kind", "text", "sentence", "gold_speaker", "pred_speaker", "gold_cue",
                 "pred_cue", "coverage"]
CONVENTIONS = {"guide": {"quote_parts": "split", "nesting": "inner"},
               "polnear": {"quote_parts": "join", "nesting": "outer"}}
SCORE_COLUMNS = ["set", "convention", "quote_parts", "nesting", "articles", "gold", "pred", "statements_p_03", "statements_r_03", "statements_f1_03",
                 "statements_f1_08", "speaker_acc", "speaker_mention_acc", "cue_acc", "pledge_f1", "appeal_f1",
                 "capabilities_f1", "seconds"]


def eval_dir() -> Path:
    return config.SHARED / "eval"


def available() -> bool:
    return (eval_dir() / "score.py").is_file()


def import_shared(path: Path, name: str):
    """A script of ../shared imported as a module under `name` (not copied into the project: shared material)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_scorer():
    """Import ../shared/eval/score.py as a module."""
    return import_shared(eval_dir() / "score.py", "pledgewatch_shared_score")


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_gold(set_dir: Path, scorer) -> tuple[list[dict], list[dict]]:
    """(articles, gold) of one set, with gold filtered and normalised the way score.py's main() does it."""
    arts = _read_jsonl(set_dir / "articles.jsonl")
    gold_path = set_dir / "gold.jsonl"
    gold = _read_jsonl(gold_path) if gold_path.is_file() else [g for a in arts for g in scorer.brat_gold(a)]
    ids = {str(a["id"]) for a in arts}
    gold = [g for g in gold if str(g["article_id"]) in ids]
    for g in gold:
        g["article_id"] = str(g["article_id"])
    return arts, gold


def gold_convention(set_dir: Path) -> str:
    """"polnear" when the set's gold is built from brat annotations (PolNeAR), else "guide" (gold.jsonl written to
    ANNOTATION.md); a key of CONVENTIONS. Decided by the data, never the name."""
    if (set_dir / "gold.jsonl").is_file():
        return "guide"
    with open(set_dir / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                return "polnear" if json.loads(line).get("brat") else "guide"
    return "guide"


def match(gold: list[dict], pred: list[dict], scorer, threshold: float = 0.3):
    """score.py's matching, returning the pairs: [(gold_index, pred_index, coverage)]."""
    by_art_g, by_art_p = {}, {}
    for i, g in enumerate(gold):
        by_art_g.setdefault(g["article_id"], []).append(i)
    for j, p in enumerate(pred):
        by_art_p.setdefault(p["article_id"], []).append(j)
    pairs = []
    for aid, gi in by_art_g.items():
        pj = by_art_p.get(aid, [])
        gw = {i: scorer.words(gold[i]["content"]) for i in gi}
        pw = {j: scorer.words(pred[j].get("text") or pred[j].get("content")) for j in pj}
        pairs += one_to_one(((scorer.coverage(gw[i], pw[j]), i, j) for i in gi for j in pj), threshold)
    return pairs


def one_to_one(candidates, threshold: float) -> list[tuple]:
    """score.py's matching: (coverage, i, j) candidates taken best first, each i and each j at most once, while the
    coverage reaches `threshold`; returns the (i, j, coverage) pairs."""
    pairs, used_i, used_j = [], set(), set()
    for c, i, j in sorted(candidates, reverse=True):
        if c < threshold:
            break
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        pairs.append((i, j, c))
    return pairs


_SENT_END = re.compile(r"(?<=[.!?\"”])\s+(?=[\"“A-Z])|\n+")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence(s) of `text` holding [start, end): cut at sentence ends and paragraph breaks, capped."""
    if start < 0:
        return ""
    lo = 0
    for m in _SENT_END.finditer(text, max(0, start - limit), start):
        lo = m.end()
    lo = max(lo, start - limit)
    m = _SENT_END.search(text, end)
    hi = min(m.start() if m else len(text), end + limit)
    return text[lo:hi].strip()


_QUOTE_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})


def _find(text: str, content: str) -> int:
    """Offset of a gold content in the clean text; ingest may have normalised quotation marks (same length)."""
    pos = text.find(content)
    if pos < 0:
        pos = text.translate(_QUOTE_FOLD).find(content.translate(_QUOTE_FOLD).strip("\"' ,"))
    return pos


def _errors(set_name: str, arts: list[dict], gold: list[dict], pred: list[dict], scorer, texts: dict) -> list[dict]:
    pairs = match(gold, pred, scorer)
    mg = {i for i, _, _ in pairs}
    mp = {j for _, j, _ in pairs}
    rows = []
    for i, g in enumerate(gold):
        if i in mg:
            continue
        text = texts.get(g["article_id"], "")
        pos = _find(text, g["content"])
        rows.append({"set": set_name, "article_id": g["article_id"], "kind": "miss", "text": g["content"],
                     "sentence": sentence_around(text, pos, pos + len(g["content"])) if pos >= 0 else "",
                     "gold_speaker": g.get("speaker") or g.get("speaker_text", ""), "pred_speaker": "",
                     "gold_cue": g.get("cue", ""), "pred_cue": "", "coverage": None})
    for j, p in enumerate(pred):
        if j in mp or p["article_id"] not in {g["article_id"] for g in gold}:
            continue
        text = texts.get(p["article_id"], "")
        rows.append({"set": set_name, "article_id": p["article_id"], "kind": "false_hit", "text": p.get("text", ""),
                     "sentence": sentence_around(text, int(p.get("char_start", -1)), int(p.get("char_end", -1))),
                     "gold_speaker": "", "pred_speaker": p.get("speaker_name") or p.get("speaker_text") or "",
                     "gold_cue": "", "pred_cue": p.get("cue", ""), "coverage": None})
    for i, j, c in pairs:
        g, p = gold[i], pred[j]
        gs = g.get("speaker") or ""
        ps = p.get("speaker_name") or ""
        if not gs or gs == "UNKNOWN":  # PolNeAR has mentions only: compare mentions there
            gs, ps = g.get("speaker_text", ""), p.get("speaker_text") or ""
            ok = not gs or bool(set(scorer.words(gs)) & set(scorer.words(ps)))
        else:
            ok = scorer.same_speaker(gs, ps)
        if not ok:
            text = texts.get(p["article_id"], "")
            rows.append({"set": set_name, "article_id": g["article_id"], "kind": "wrong_speaker", "text": g["content"],
                         "sentence": sentence_around(text, int(p.get("char_start", -1)), int(p.get("char_end", -1))),
                         "gold_speaker": gs, "pred_speaker": ps, "gold_cue": g.get("cue", ""),
                         "pred_cue": p.get("cue", ""), "coverage": round(c, 2)})
    return rows


def _flat(name: str, n_arts: int, res: dict, seconds: float, convention: str = "guide") -> dict:
    def f1(key):
        v = res.get(key)
        return v.get("f1") if isinstance(v, dict) else None

    s03 = res.get("statements@0.3", {})
    return {"set": name, "convention": convention, **CONVENTIONS[convention], "articles": n_arts, "gold": res.get("gold"), "pred": res.get("pred"),
            "statements_p_03": s03.get("p"), "statements_r_03": s03.get("r"), "statements_f1_03": s03.get("f1"),
            "statements_f1_08": f1("statements@0.8"), "speaker_acc": res.get("speaker_acc"),
            "speaker_mention_acc": res.get("speaker_mention_acc"), "cue_acc": res.get("cue_acc"),
            "pledge_f1": f1("pledge"), "appeal_f1": f1("appeal"), "capabilities_f1": f1("capabilities"),
            "seconds": round(seconds, 1)}
