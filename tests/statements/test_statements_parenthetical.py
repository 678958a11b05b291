"""'A, X said, B' where B holds a verb of the cue lexicon that is no speech event of its own (a gerund, participle or
infinitive without a subject): B is still the second part. Sentences written after constructions in different
PolNeAR and Ukraine-corpus articles, or PolNeAR passages read from ../shared by their first and last words
(support.shared_text, skipped where absent)."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


@pytest.mark.parametrize("sentence, lead, tail", [
    # a PolNeAR article (read from ../shared, up to the end of the clause the test needs)
    (shared_text("Eggleston's meeting with", "president's executive actions"),
     shared_text("Eggleston's meeting with", "on Capitol Hill"), shared_text("was aimed at", "president's executive actions")),
    ("The campaign, organisers said, is aimed at urging donors to give more to Ukraine.", "The campaign",
     "is aimed at urging donors to give more to Ukraine"),
    ("The visit, the embassy said, was meant to reassure allies worried about the front.", "The visit",
     "was meant to reassure allies worried about the front"),
    ("The delegation, the ministry said, travelled to Kyiv after announcing a new package of air defence.",
     "The delegation", "travelled to Kyiv after announcing a new package of air defence"),
])
def test_a_verbal_without_speaker_does_not_stop_the_second_part(nlp, sentence, lead, tail):
    rows = [r["text"] for r in extract_rows(nlp, sentence)]
    assert tail in rows and lead not in rows, rows  # (a bare subject before the cue is no part: subject_lead)
    joined = [r["text"] for r in extract_rows(nlp, sentence, quote_parts="join", nesting="outer")]
    assert f"{lead} {tail}" in joined


def test_a_nested_cue_with_its_own_speaker_still_counts(nlp):
    rows = [r["text"] for r in extract_rows(
        nlp, "Nearly all the revenue, they promise, will go to a scheme they say could exclude the poor.")]
    assert "could exclude the poor" in rows


@pytest.mark.parametrize("body, lead, rest", [
    # the New York Times, December 2015: a verbless second part, hung on the host verb "had"
    (shared_text("Ms. Malik also", "the United States."),
     shared_text("Ms. Malik also", "two in-person interviews"),
     shared_text("the first by", "the United States")),
    # the Washington Post, 2016: an infinitive clause carrying on "makes sense"
    (shared_text("So it makes sense,", "public’s mind now."),
     "So it makes sense", shared_text("for Democrats to", "public’s mind now")),
    # the New York Times, 2016 ("says" in the present)
    (shared_text("It's to the advantage", "the global economy."),
     shared_text("It's to the advantage", "the United States"), shared_text("to help write", "the global economy")),
])
def test_a_verbless_rest_carrying_on_the_host_clause_is_the_second_part(nlp, body, lead, rest):
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows] == [lead, rest]
