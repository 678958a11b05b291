"""`frame_bare_control` (statements.clause_frame `_controlled`): after "help", the parser reads the object as the
subject of a bare infinitive ("help | Kyiv | rebuild"); the frame keeps it among the clause's objects, as for "help
us to survive". Shapes beside the own_offer example of tests/coding/test_pledge_outcomes.py."""

from __future__ import annotations

import pytest

from pledgewatch.statements.clause_frame import FRAME_KEY
from support import extract_rows


@pytest.mark.parametrize("body, start, obj", [
    # a future, a place name as the object, the infinitive with an object and a time adverbial
    ('"We will help Kyiv rebuild the grid before winter," the Dutch foreign minister said.', "We will help", "kyiv"),
    # a past tense after a fronted adverbial, a definite plural object
    ('"Last spring we helped the farmers sow their fields," the Polish agriculture minister said.', "Last spring",
     "farmers"),
    # a progressive with a noun subject, an adjective in the object
    ('"Our engineers are helping the Ukrainian army repair its bridges," the Czech defence minister said.',
     "Our engineers", "army"),
])
def test_the_object_of_help_before_a_bare_infinitive_stays_the_object(nlp, body, start, obj):
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(start)]
    assert rows
    helps = [cl for cl in rows[0][FRAME_KEY]["clauses"] if cl["pred"][-1:] == ["help"]]
    assert helps and obj in helps[0]["obj"]
