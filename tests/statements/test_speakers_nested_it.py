"""Round 39 (a risk round 38's review left, corpus): an "it" whose statement sits inside another statement's words
means the body or country named as a subject before it in that sentence, inside those words too, not a body named
outside them further back (a news agency a closing "according to" tag credits): `speakers.nested_pronouns`.
Invented sentences after the shapes of three articles."""

from __future__ import annotations

import pytest

from support import extract_rows


def _it(nlp, body):
    rows = [r for r in extract_rows(nlp, body) if r["speaker_text"].lower() == "it"]
    assert len(rows) == 1, rows
    return rows[0]["speaker_name"]


@pytest.mark.parametrize("body, speaker", [
    ('Russia is losing ground, one official said, according to a Press Association report. Earlier this month, western '
     'officials said the war was "challenging", with Moscow making "genuine headway" on the objective it claimed was '
     'the rationale for the invasion.', "Russia"),
    ("Prices rose again, according to a Reuters report. Western officials said Moscow was making headway toward the "
     "goal it claimed was the liberation of the Donbas.", "Russia"),
    ("The US said the Kremlin was hiding losses, which it claimed were small.", "Kremlin"),
], ids=["absolute-with", "relative-clause", "which-clause"])
def test_an_it_inside_another_statement_means_the_body_named_before_it_there(nlp, body, speaker):
    assert _it(nlp, body) == speaker


@pytest.mark.parametrize("body, speaker", [
    ("Exports fell, the BBC reported. Analysts said that oil prices would rise. It claimed that China was neutral.",
     "BBC"),
    ("Prices rose, according to Reuters. NATO said the talks went well. It added that allies were united.", "NATO"),
], ids=["it-outside-any-statement", "it-after-a-body-speaker"])
def test_an_it_outside_other_statements_resolves_as_before(nlp, body, speaker):
    """Near misses: the pronoun's statement stands on its own; the it/they branch as before."""
    assert _it(nlp, body) == speaker
