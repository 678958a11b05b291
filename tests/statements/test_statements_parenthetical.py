"""'A, X said, B' where B holds a verb of the cue lexicon that is no speech event of its own (a gerund, participle or
infinitive without a subject): B is still the second part. Sentences written after constructions in different
PolNeAR and Ukraine-corpus articles."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("sentence, lead, tail", [
    ("Eggleston's meeting with the Democrats on Capitol Hill, officials said, was aimed at explaining the "
     "president's executive actions.", "Eggleston's meeting with the Democrats on Capitol Hill",
     "was aimed at explaining the president's executive actions"),
    ("The campaign, organisers said, is aimed at urging donors to give more to Ukraine.", "The campaign",
     "is aimed at urging donors to give more to Ukraine"),
    ("The visit, the embassy said, was meant to reassure allies worried about the front.", "The visit",
     "was meant to reassure allies worried about the front"),
    ("The delegation, the ministry said, travelled to Kyiv after announcing a new package of air defence.",
     "The delegation", "travelled to Kyiv after announcing a new package of air defence"),
])
def test_a_verbal_without_speaker_does_not_stop_the_second_part(nlp, sentence, lead, tail):
    rows = [r["text"] for r in extract_rows(nlp, sentence)]
    assert lead in rows and tail in rows, rows
    joined = [r["text"] for r in extract_rows(nlp, sentence, quote_parts="join", nesting="outer")]
    assert f"{lead} {tail}" in joined


def test_a_nested_cue_with_its_own_speaker_still_counts(nlp):
    rows = [r["text"] for r in extract_rows(
        nlp, "Almost all revenues, they promise, will go to a provision they say could exclude the poor.")]
    assert "could exclude the poor" in rows
