"""The team's hand-coded statements: the committed file's shape, and finding each coded span in a run's statements."""

import csv

from pledgewatch.coding import team_labels

ACTS = {"pledge", "delivery", "appeal", "refusal", "warning", "assessment", "other"}


def test_committed_file_has_labels_and_no_text():
    rows = team_labels.load()
    assert len(rows) >= 2000
    with open(team_labels.PATH, encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert not {"text", "statement", "context"} & set(header)  # the corpus licence: spans, never text
    assert {r["speech_act"] for r in rows} <= ACTS
    assert all(r["char_end"] > r["char_start"] >= 0 for r in rows)
    # every act the models learn is there in numbers
    acts = [r["speech_act"] for r in rows if r["is_statement"]]
    assert acts.count("pledge") >= 50 and acts.count("appeal") >= 50 and acts.count("warning") >= 100


def _stmt(sid, art, a, b):
    return {"statement_id": sid, "article_id": art, "char_start": a, "char_end": b}


def test_match_takes_the_statement_covering_most_of_the_span_one_to_one():
    coded = [{"article_id": "x", "char_start": 100, "char_end": 200},
             {"article_id": "x", "char_start": 150, "char_end": 210},
             {"article_id": "y", "char_start": 0, "char_end": 50}]
    stmts = [_stmt("s1", "x", 90, 205), _stmt("s2", "x", 300, 400), _stmt("s3", "y", 40, 90)]
    pairs = team_labels.match(coded, stmts)
    assert pairs == {0: 0}  # row 1 loses s1 to row 0 (which covers more); row 2 overlaps s3 by 10 of 50 chars only


def test_match_ignores_other_articles():
    coded = [{"article_id": "x", "char_start": 0, "char_end": 100}]
    assert team_labels.match(coded, [_stmt("s", "z", 0, 100)]) == {}


def test_rows_leave_statements_an_item_labels_and_code_non_statements_other(tmp_path):
    path = tmp_path / "team.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["article_id", "char_start", "char_end", "is_statement", "speech_act", "aid_related", "sure"])
        w.writerow(["x", 0, 100, "true", "pledge", "true", "true"])
        w.writerow(["x", 200, 300, "false", "appeal", "true", "true"])
        w.writerow(["x", 400, 500, "true", "warning", "false", "true"])
    stmts = [_stmt("a", "x", 0, 100), _stmt("b", "x", 200, 300), _stmt("c", "x", 400, 500)]
    feats = [{"f": 1.0}, {"f": 2.0}, {"f": 3.0}]
    X, labels = team_labels.rows(stmts, feats, exclude={"c"}, path=path)
    assert X == [{"f": 1.0}, {"f": 2.0}]
    assert [(lab["act"], lab["aid"], lab["set"]) for lab in labels] == [("pledge", True, "team"), ("other", False, "team")]
    assert labels[0]["article"] == "x"


def test_make_eval_scores_a_run_against_the_team_rows():
    """A run that codes every coded statement as the team did scores 1.0; one that calls everything `other` finds
    no pledge, appeal or warning."""
    from pledgewatch.evaluation.gold_coding import team_figures

    rows = team_labels.load()
    perfect = [{"statement_id": str(i), "article_id": r["article_id"], "char_start": r["char_start"],
                "char_end": r["char_end"], "speech_act": r["speech_act"] if r["is_statement"] else "other",
                "aid_related": r["aid_related"] and r["is_statement"]} for i, r in enumerate(rows)]
    f = team_figures(perfect)
    assert f["matched"] == 1.0
    assert f["pledge_f1"] == f["appeal_f1"] == f["warning_f1"] == f["speech_act_acc"] == f["aid_related_f1"] == 1.0
    flat = team_figures([p | {"speech_act": "other", "aid_related": False} for p in perfect])
    assert flat["pledge_f1"] == flat["appeal_f1"] == flat["warning_f1"] == 0.0
    assert 0.3 < flat["speech_act_acc"] < 0.7  # `other` is the largest class, not the only one
