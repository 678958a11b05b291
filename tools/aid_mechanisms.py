"""Which part of the aid decision produced each aid_related call, against the three hand-labelled sources of
coding_dev's articles (round 38's aid table; analysis only, no change to the package).

usage: .venv/bin/python tools/aid_mechanisms.py RUN_DIR OUT.csv [DEV_RUN_DIR]
  RUN_DIR: a `pledgewatch run` on coding_dev's articles (statements.parquet, articles.parquet; `make eval` writes
  one to data/interim/eval/coding_dev); DEV_RUN_DIR, optional: a run on ukraine_dev's articles (`make eval`'s
  data/interim/eval/ukraine_dev), whose gold (score.py's matching) is a fourth source, read whole (a dev set).
The run's statements are coded again with their clause frames (coding.train_rows.with_frames parses the articles
again) and coding._code_one wrapped, which records per statement the rules' anchors (coding.aid.anchors), the rules'
decision (`rule_aid`), the aid model's probability (the fold model cross-fitting picks), the context constructions
that fire (coding.aid_context, aid_antecedent, aid_subject) and the final call. The labels: coding_dev's items
(score_coding.py's matching), the team's coding rows (data/training, coding.team_labels) and ukraine_team's gold
(data/gold, score.py's matching). Prints aid_related F1 per source and article half (figures only), and, on the
readable half (A: md5 of the article id even) deduplicated by statement, the gold labels per mechanism (a rule's
anchor that a veto on the whole statement overrules, "vetoed:<anchor>": "a £37bn package to help households"). OUT.csv
lists half A's disagreements (and ukraine_dev's) only, with their mechanism: half B's rows are never written or
printed.
"""
import collections
import sys
from pathlib import Path

import gold_pairs
import pandas as pd

from pledgewatch import coding  # noqa: E402
from pledgewatch.coding import _amounts, aid, aid_antecedent, aid_context, aid_subject, team_labels  # noqa: E402
from pledgewatch.coding import model as aid_model  # noqa: E402
from pledgewatch.coding.train_rows import with_frames  # noqa: E402
from pledgewatch.evaluation import gold_coding  # noqa: E402

CONTEXT = (("context_aid", lambda f, low, side: aid_context.context_aid(f, low)),
           ("context_transfer", lambda f, low, side: aid_context.context_transfer(f, low)),
           ("antecedent", lambda f, low, side: aid_antecedent.antecedent_aid(f, low)),
           ("subject", lambda f, low, side: aid_subject.subject_aid(f, low, side)),
           ("context_membership", lambda f, low, side: aid_context.context_membership(f, low, side)))


def traced_coding(stmts: pd.DataFrame) -> dict:
    """{statement_id: trace} of every statement, coded with coding._code_one wrapped."""
    traces = {}

    def wrap(original):
        def wrapped(text, doc, offs, cue_doc, speaker_doc, row, use_model=True):
            res = original(text, doc, offs, cue_doc, speaker_doc, row, use_model)
            low = doc.user_data["pw_lower_list"]
            spans = [sp for _, _, sp in coding._capabilities(text, doc, offs, _amounts.money(text)) if sp is not None]
            feats = res["_features"]
            side = next((k.split("=", 1)[1] for k in feats if k.startswith("side=")), "")
            side = "" if side == "unknown" else side
            models = aid_model.load()
            p = aid_model.for_article(models, coding.text_of(row.get("article_id")))["aid_related"].proba(feats)
            frame = row.get(coding.FRAME_KEY)
            traces[row["statement_id"]] = {
                "anchors": [name for name, _ in aid.anchors(low, spans, side)],
                "rule_aid": bool(feats.get("rule_aid")),
                "p_aid": round(p.get("true", 0.0), 3), "context": [n for n, f in CONTEXT if f(frame, low, side)],
                "act": res["speech_act"], "side": side, "aid": bool(res["aid_related"])}
            return res
        return wrapped

    gold_pairs.code_wrapped(stmts, wrap)
    return traces


def mechanism(t: dict) -> str:
    """The first part of the decision that gives aid (anchor, act, model, context), or "none"; an anchor the rules'
    statement vetoes overrule (a transfer to the adversary, relief at home, a pledge to another party) is
    "vetoed:<anchor>"."""
    if t["anchors"]:
        return ("anchor:" if t["rule_aid"] else "vetoed:") + t["anchors"][0]
    if t["rule_aid"]:
        return "act (no anchor)"
    if t["p_aid"] >= aid_model.AID_ADD:
        return "model add"
    if t["context"]:
        return "context:" + t["context"][0]
    return "none"


def labels(pred: list[dict]) -> list[tuple]:
    """(source, article, statement_id, gold aid) of every labelled statement matched in the run."""
    sc, S = gold_coding.load_coding_scorer(), gold_pairs.scorer()
    items = gold_pairs.coding_items()
    _, pairs = sc.score(items, pred)
    out = [("items", it["article_id"], pairs[it["item_id"]]["statement_id"], bool(it["aid_related"]))
           for it in items if it["item_id"] in pairs and it["is_statement"]]
    coded = team_labels.load()
    out += [("team_rows", coded[i]["article_id"], pred[j]["statement_id"], coded[i]["aid_related"])
            for i, j in team_labels.match(coded, pred).items() if coded[i]["is_statement"]]
    out += [("team_gold", g["article_id"], p["statement_id"], bool(g.get("aid_related")))
            for g, p in gold_pairs.pairs(gold_pairs.team_rows(S), pred, S)]
    return out


def dev_labels(pred: list[dict]) -> list[tuple]:
    """(source, article, statement_id, gold aid) of ukraine_dev's gold statements matched in a run on its articles."""
    S = gold_pairs.scorer()
    return [("ukraine_dev", g["article_id"], p["statement_id"], bool(g.get("aid_related")))
            for g, p in gold_pairs.pairs(gold_pairs.dev_rows("ukraine_dev", S), pred, S)]


def traced(run: Path) -> tuple[pd.DataFrame, dict, list[dict]]:
    """(statements with their clause frames, traces, the run's statement records) of one run."""
    run_rows = pd.read_parquet(run / "statements.parquet")
    stmts = with_frames(run_rows, run)  # (a copy with the frames)
    traces = traced_coding(stmts)
    stored = dict(zip(stmts["statement_id"], stmts["aid_related"], strict=True))
    print(run, "calls that differ from the run's:", sum(t["aid"] != bool(stored[s]) for s, t in traces.items()))
    return stmts, traces, run_rows.to_dict("records")


def readable(source: str, article: str) -> bool:
    """A label one may read: coding_dev's half A, or ukraine_dev (a dev set)."""
    return source == "ukraine_dev" or gold_pairs.in_half(article, "A")


def f1(pairs) -> str:
    tp = sum(g and p for g, p in pairs)
    npred, ngold = sum(p for _, p in pairs), sum(g for g, _ in pairs)
    return f"{2 * tp / max(1, npred + ngold):.3f} (tp {tp}, fp {npred - tp}, fn {ngold - tp}, n {len(pairs)})"


def main() -> int:
    run, out = Path(sys.argv[1]), Path(sys.argv[2])
    stmts, traces, pred = traced(run)
    lab = labels(pred)
    for source in ("items", "team_rows", "team_gold"):
        for half in ("", "A", "B"):
            rows = [(g, traces[s]["aid"]) for src, a, s, g in lab if src == source and gold_pairs.in_half(a, half)]
            print(f"{source:10} {half or 'all':3} aid_related F1 {f1(rows)}")
    if len(sys.argv) > 3:
        dev_stmts, dev_traces, dev_pred = traced(Path(sys.argv[3]))
        dev = dev_labels(dev_pred)
        print(f"{'ukraine_dev':10} all aid_related F1 {f1([(g, dev_traces[s]['aid']) for _, _, s, g in dev])}")
        lab, stmts, traces = lab + dev, pd.concat([stmts, dev_stmts]), {**traces, **dev_traces}
    seen = {}
    for src, a, s, g in lab:
        if readable(src, a):
            seen.setdefault(s, (src, a, g))
    table = collections.Counter((mechanism(traces[s]), g) for s, (_, _, g) in seen.items())
    print("\nreadable rows, one label per statement (items, team rows, team gold, ukraine_dev): mechanism, aid / not")
    for m in sorted({m for m, _ in table}, key=lambda m: (-(table[(m, True)] + table[(m, False)]), m)):  # (ties by name)
        print(f"  {m:32} {table[(m, True)]:5} {table[(m, False)]:5}")
    text = dict(zip(stmts["statement_id"], stmts["text"], strict=True))
    wrong = [{"source": src, "article_id": a, "statement_id": s, "gold": g, "ours": traces[s]["aid"],
              "mechanism": mechanism(traces[s]), **{k: traces[s][k] for k in ("act", "side", "p_aid")},
              "anchors": "|".join(traces[s]["anchors"]), "context": "|".join(traces[s]["context"]), "text": text[s]}
             for src, a, s, g in lab if readable(src, a) and g != traces[s]["aid"]]
    pd.DataFrame(wrong).to_csv(out, index=False)
    print(f"\n{len(wrong)} readable disagreements ({len({w['statement_id'] for w in wrong})} statements) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
