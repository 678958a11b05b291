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
disagreement to reports/eval/coding_errors.csv (one row per item and field), with the coding model's
cross-validated figures (from `make train`) as a second row.

The error analysis pairs gold and predicted statements with score.py's own matching (coverage >= 0.3 of the gold
content's words, one-to-one, best first) and lists misses, false hits and wrong speakers with their sentence, in
reports/eval/errors.md (readable) and reports/eval/errors.csv.
Where ../shared is absent it prints a message and exits 0 (score_all returns empty frames).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import time
from pathlib import Path

import pandas as pd

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


def load_scorer():
    """Import ../shared/eval/score.py as a module (not copied into the project: it is shared material)."""
    path = eval_dir() / "score.py"
    spec = importlib.util.spec_from_file_location("pledgewatch_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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


def score_all(sets=None, work_dir=None, *, progress: bool = False, raw_json: dict | None = None):
    """Run the pipeline on each gold set and score it; returns (scores_df, errors_df). See the module docstring."""
    if not available():
        return pd.DataFrame(columns=SCORE_COLUMNS), pd.DataFrame(columns=ERROR_COLUMNS)
    from ..pipeline import run

    scorer = load_scorer()
    work_dir = Path(work_dir) if work_dir else config.INTERIM / "eval"
    names = [s for s in (sets or SETS) if (eval_dir() / s / "articles.jsonl").is_file()]
    scores, errors = [], []
    for name in names:
        set_dir = eval_dir() / name
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
            if own:
                texts = dict(zip(result.articles["article_id"].astype(str), result.articles["text"], strict=True))
                errors.extend(_errors(name, arts, gold, pred, scorer, texts))
    return pd.DataFrame(scores, columns=SCORE_COLUMNS), pd.DataFrame(errors, columns=ERROR_COLUMNS)


def load_coding_scorer():
    """Import ../shared/eval/score_coding.py (it imports score.py from its own folder)."""
    path = eval_dir() / "score_coding.py"
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("pledgewatch_shared_score_coding", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _coding_flat(name: str, figures: str, res: dict) -> dict:
    def f1(key):
        v = res.get(key)
        return v.get("f1") if isinstance(v, dict) else v

    return {"set": name, "figures": figures, "items": res.get("items"), "matched": res.get("matched"),
            **{f"{a}_f1": f1(a) for a in ("pledge", "appeal", "delivery", "refusal", "warning")},
            "macro_f1_acts": res.get("macro_f1_acts"), "speech_act_acc": res.get("speech_act_acc_matched"),
            "aid_related_f1": f1("aid_related"), "capabilities_f1": f1("capabilities_matched"),
            "speaker_acc": res.get("speaker_acc"), "official_acc": res.get("official_acc"),
            "country_acc": res.get("country_acc")}


def coding_errors(name: str, items: list[dict], pairs: dict, sc) -> list[dict]:
    """Every disagreement between the hand-coded items and the pipeline's matched statements (one row per field)."""
    rows = []

    def add(it, what, gold, pred, p):
        rows.append({"set": name, "item_id": it["item_id"], "article_id": it["article_id"], "what": what,
                     "gold": gold, "pred": pred, "statement": it["statement"], "pred_text": (p or {}).get("text")})

    for it in items:
        p = pairs.get(it["item_id"])
        if p is None:
            if it["is_statement"]:
                add(it, "missed", it["speech_act"], "", None)
            continue
        if not it["is_statement"]:
            add(it, "not_a_statement", "", p.get("speech_act"), p)
            continue
        if it["speech_act"] != p.get("speech_act"):
            add(it, "speech_act", it["speech_act"], p.get("speech_act"), p)
        if bool(it["aid_related"]) != bool(p.get("aid_related")):
            add(it, "aid_related", bool(it["aid_related"]), bool(p.get("aid_related")), p)
        caps = p.get("capabilities")
        caps = set(caps) if caps is not None and not isinstance(caps, float) else set()
        if set(it["capabilities"]) != caps:
            add(it, "capabilities", "|".join(sorted(it["capabilities"])), "|".join(sorted(caps)), p)
        if it.get("speaker") and it["speaker"] != "UNKNOWN" and not sc.same_speaker(it["speaker"],
                                                                                   p.get("speaker_name") or ""):
            add(it, "speaker", it["speaker"], p.get("speaker_name"), p)
        if it.get("speaker_is_official") is not None and bool(it["speaker_is_official"]) != bool(
                p.get("speaker_is_official")):
            add(it, "official", bool(it["speaker_is_official"]), bool(p.get("speaker_is_official")), p)
        if it.get("speaker_country") and sc.country_key(it["speaker_country"]) != sc.country_key(
                p.get("speaker_country")):
            add(it, "country", it["speaker_country"], p.get("speaker_country") or "", p)
    return rows


def score_coding_sets(sets=None, work_dir=None, *, progress: bool = False, raw_json: dict | None = None):
    """Run the pipeline on each hand-coded set (CODING_SETS) and score its coding with score_coding.py; returns
    (coding_scores_df, coding_errors_df). Beside each set's figures, a row with the article-grouped 5-fold
    cross-validated figures of the committed coding model (its metadata, written by `make train`)."""
    if not (eval_dir() / "score_coding.py").is_file():
        return pd.DataFrame(columns=CODING_COLUMNS), pd.DataFrame(columns=CODING_ERROR_COLUMNS)
    from ..pipeline import run

    sc = load_coding_scorer()
    work_dir = Path(work_dir) if work_dir else config.INTERIM / "eval"
    names = [s for s in (sets or CODING_SETS) if (eval_dir() / s / "items.jsonl").is_file()]
    scores, errors = [], []
    for name in names:
        set_dir = eval_dir() / name
        result = run(raw=set_dir / "articles.jsonl", out=work_dir / name, progress=progress)
        pred = sc.load_pred(str(result.paths["statements"]))
        items = _read_jsonl(set_dir / "items.jsonl")
        res, pairs = sc.score(items, pred)
        if raw_json is not None:
            raw_json[name] = res
        from ..coding import model, residual_model

        cv = _model_cv(name)
        # both trained models are cross-fitted by article: a statement of an article they were trained on is coded by
        # the fold model that did not see it, so the pipeline's figures on a training set are out-of-fold
        trained = [n for n, on in (("act/aid model", model.load()), ("residual model", residual_model.load())) if on]
        label = "pipeline (rules" + "".join(f" + cross-fitted {n}" for n in trained) + ")"
        scores.append(_coding_flat(name, label, res))
        errors.extend(coding_errors(name, items, pairs, sc))
        if cv:
            scores.append({"set": name, "figures": "act/aid model, article-grouped 5-fold CV (make train)", **cv})
    return pd.DataFrame(scores, columns=CODING_COLUMNS), pd.DataFrame(errors, columns=CODING_ERROR_COLUMNS)


def _model_cv(name: str) -> dict:
    from ..coding import model

    try:
        meta = json.loads(model.MODEL_PATH.read_text(encoding="utf-8")).get("meta", {})
    except (OSError, ValueError):
        return {}
    cv = meta.get(name, {}).get("cv_grouped_5fold")
    if not cv:
        return {}
    return {**{f"{a}_f1": cv.get(a) for a in ("pledge", "appeal", "delivery", "refusal", "warning")},
            "macro_f1_acts": cv.get("macro_f1_acts"), "speech_act_acc": cv.get("speech_act_acc"),
            "aid_related_f1": cv.get("aid_related_f1")}


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
                        help=f"gold sets to score (default: {' '.join(SETS + CODING_SETS)})")
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="where each set's pipeline output goes (default data/interim/eval/)")
    parser.add_argument("--out", type=Path, default=None, help="error analysis folder (default reports/eval/)")
    parser.add_argument("--progress", action="store_true", help="show the pipeline's progress bars")


def main(args) -> int:
    if not available():
        print(f"pledgewatch eval: {eval_dir()} not found (../shared is not part of a fresh clone); nothing scored.")
        return 0
    from ..io import write_csv, write_text

    raw: dict = {}
    sets = getattr(args, "sets", None) or None
    gold_sets = [s for s in sets if s not in CODING_SETS] if sets else None
    coding_sets = [s for s in sets if s in CODING_SETS] if sets else None
    scores, errors = (score_all(gold_sets, getattr(args, "work_dir", None), progress=getattr(args, "progress", False),
                                raw_json=raw) if gold_sets != [] else
                      (pd.DataFrame(columns=SCORE_COLUMNS), pd.DataFrame(columns=ERROR_COLUMNS)))
    cscores, cerrors = (score_coding_sets(coding_sets, getattr(args, "work_dir", None),
                                          progress=getattr(args, "progress", False), raw_json=raw)
                        if coding_sets != [] else (pd.DataFrame(columns=CODING_COLUMNS),
                                                   pd.DataFrame(columns=CODING_ERROR_COLUMNS)))
    out = Path(getattr(args, "out", None) or config.REPORTS / "eval")
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
