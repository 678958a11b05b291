"""Issue 14, round 33: a request verb whose direct object is the one pressed ("press", `addressee_object_cue` in
statement_words.csv) gives no statement where that object is a thing and nothing is said
(`statements.pressed_thing`): "press home its advantage", "press the button", "press his agenda". With someone
pressed, a "for" phrase or a clause it still does. Real passages from four articles (ukraine_team half A, the corpus
outside coding_dev, polnear_train's even half), read from ../shared, and invented near misses."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

NO_ROW = [
    # ukraine_team half A (and its copy in the corpus): the object is an advantage
    shared_text("Russian forces last month made further gains", "before the bulk of the US aid arrives in Ukraine."),
    # ukraine_team half A: a button pressed inside a quotation; the quotation is the emphasized row's
    shared_text('"There is no reason to press the button,"', "emphasized the former Russian official."),
    # polnear_train even: an agenda, twice
    shared_text("Sanders has found ways to press his agenda", "to larger bills."),
    # polnear_train even: the Russians' advantage
    shared_text("The Russians have been pressing their advantage", "in recent months"),
]


@pytest.mark.parametrize("text", NO_ROW, ids=["advantage", "button", "agenda", "their_advantage"])
def test_a_thing_pressed_is_no_statement(nlp, text):
    rows = extract_rows(nlp, text)
    assert not [r for r in rows if r["cue"].split()[-1].startswith("press")], [(r["cue"], r["text"]) for r in rows]


def test_the_quotation_keeps_its_own_cue(nlp):
    rows = extract_rows(nlp, shared_text('"There is no reason to press the button,"',
                                         "emphasized the former Russian official."))
    assert [(r["cue"], r["text"]) for r in rows] == [("emphasized", "There is no reason to press the button")]


@pytest.mark.parametrize("text,content", [
    # polnear_train even: someone pressed, on a question
    (shared_text("Maddow tried to press Warren", "running mate"),
     "Warren on whether or not she would be Clinton\u2019s running mate"),
    # polnear_train even: someone pressed to act
    (shared_text("But the leader of last week", "capture the Senate."),
     "Schumer to take a crack at gun laws early on if Democrats capture the Senate"),
    # polnear_train even: a case with its clause, what is argued
    (shared_text("Brainard, a Fed governor", "global stability."),
     "the case that low rates are important for domestic economic growth and for global stability"),
    ("Zelensky pressed NATO for more weapons.", "NATO for more weapons"),
    ("Kyiv pressed for more air defence.", "more air defence"),
    ("Zelensky pressed Germany and France to send tanks.", "Germany and France to send tanks"),
])
def test_someone_pressed_or_something_said_is_a_statement(nlp, text, content):
    rows = extract_rows(nlp, text)
    assert content in [r["text"] for r in rows], [(r["cue"], r["text"]) for r in rows]
