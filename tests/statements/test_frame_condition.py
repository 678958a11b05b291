"""Conditions the parse does not mark (statements/frame_condition.py): the clause after "provided that", "as long
as", "on condition that", "if and when" is the clause frame's `cond`. Invented sentences, run through the real
pipeline (parse, extract)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import extract_rows


def conditions(nlp, body: str) -> list[list[str]]:
    return [cl["cond"]["pred"] for cl in extract_rows(nlp, body)[0][statements.FRAME_KEY]["clauses"] if cl.get("cond")]


@pytest.mark.parametrize(("body", "pred"), [
    ("\u201cThe Ukrainian army can hold the line provided that the shells arrive in time,\u201d Lloyd Austin said.",
     "arrive"),
    ("\u201cKyiv can win this war as long as the allies keep sending weapons,\u201d Kaja Kallas told reporters.",
     "send"),
    ("\u201cWe will deliver the jets on condition that they stay inside Ukraine,\u201d Mette Frederiksen said.",
     "stay"),
    ("\u201cUkraine will prevail if and when the partners send the missiles,\u201d Andriy Yermak wrote.", "send"),
    ("\u201cThe brigades could retake the south so long as the West keeps arming them,\u201d Gabrielius Landsbergis"
     " said.", "arm"),
    # a bare "provided" that opens a clause with its own subject
    ("\u201cWe will send the tanks, provided Berlin agrees,\u201d Mette Frederiksen said.", "agree"),
    # "it" that names a party, with a verb other than the open-ended ones: a condition
    ("\u201cWe will fund the army as long as it holds the line,\u201d Mette Frederiksen said.", "hold"),
])
def test_a_condition_phrase_gives_the_clause_its_condition(nlp, body, pred):
    assert [p[-1] for p in conditions(nlp, body)] == [pred]


@pytest.mark.parametrize("body", [
    # "provided" as the verb of a participle with its own agent: no condition
    "\u201cUkraine can win with the artillery provided by Berlin,\u201d Lloyd Austin said.",
    # "as long as" inside a relative clause is that clause's, not the head's
    "\u201cWe back the brigades that hold out as long as they can,\u201d Kaja Kallas said.",
    # "provided" as a conjoined verb ("sent ... and provided ..."), its infinitive no condition of the send clause
    "\u201cWe have sent the tanks and provided ammunition to keep them running,\u201d Mette Frederiksen said.",
    # an open-ended pledge: "as long as it takes / it is needed" sets no condition
    "\u201cWe will keep training the Ukrainian crews as long as it takes,\u201d Mette Frederiksen said.",
    "\u201cWe will keep the troops in Estonia as long as it is truly needed,\u201d Mette Frederiksen said.",
])
def test_no_condition_without_a_condition_phrase_on_the_head(nlp, body):
    assert conditions(nlp, body) == []


def test_a_rejected_phrase_does_not_hide_a_later_condition(nlp):
    """An open-ended "as long as it takes" sets no condition, and the condition phrase after it still does."""
    body = ("\u201cWe will fund the army as long as it takes, provided that the parliament agrees,\u201d Mette"
            " Frederiksen said.")
    assert [p[-1] for p in conditions(nlp, body)] == ["agree"]
