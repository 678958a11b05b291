"""Nested attribution ("A said that B promised X") under the two conventions: `nesting="inner"` (ANNOTATION.md:
the statement is B's, X) and `nesting="outer"` (PolNeAR: it is A's, the whole clause), on real sentences from the
PolNeAR articles parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def run(nlp, body, **kw):
    return [(r["speaker_text"], r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]

MERRILL = "Clinton spokesman Nick Merrill says Machado promised to continue supporting Clinton."
HOLM = ('City Attorney Brad Holm said that the advertisement "unmistakably and wrongfully" suggests that Phoenix and '
        "its officers support Trump's campaign.")


def test_inner_speaker_keeps_the_nested_clause_by_default(nlp):
    assert run(nlp, MERRILL) == [("Machado", "promised", "to continue supporting Clinton")]


def test_outer_speaker_keeps_the_whole_clause(nlp):
    assert run(nlp, MERRILL, nesting="outer") == [
        ("Clinton spokesman Nick Merrill", "says", "Machado promised to continue supporting Clinton")]
    assert run(nlp, HOLM, nesting="outer") == [
        ("City Attorney Brad Holm", "said", shared_text("that the advertisement", "support Trump’s campaign", straight=True))]


def test_outer_keeps_both_statements_of_a_sentence_with_two_cues(nlp):
    """Nothing is nested here: both conventions give the same two statements."""
    body = ("Stumpf said on Tuesday that the lowest-paid bank workers make $12 an hour. The Wall Street Journal "
            "reports that bonuses were $500 to $2,000 every three months.")
    assert run(nlp, body, nesting="outer") == run(nlp, body) and len(run(nlp, body)) == 2


def test_nesting_is_checked(nlp):
    with pytest.raises(ValueError, match="nesting"):
        run(nlp, MERRILL, nesting="both")


@pytest.mark.parametrize("nesting", ["inner", "outer"])
@pytest.mark.parametrize("body, speaker, content", [
    ('Trump says he\'d sit Putin down and tell him "no more nonsense."', "Trump",
     'he\'d sit Putin down and tell him "no more nonsense."'),
    ("He said that a swap involved difficult trade-offs but that if Mr. Obama opted to make one, he should have "
     "insisted on getting all imprisoned Americans out.", "He", shared_text("that a swap involved", "imprisoned Americans out")),
    ("Trump said that Romney begged him for an endorsement and would have dropped to his knees if Trump had asked "
     "him to do so.", "Trump", "that Romney begged him for an endorsement and would have dropped to his knees if "
     "Trump had asked him to do so"),
    ("The minister said Germany would deliver the tanks and would tell Kyiv about it soon.", "The minister",
     "Germany would deliver the tanks and would tell Kyiv about it soon"),
])
def test_a_speech_verb_that_reports_no_speech_event_is_part_of_the_outer_words(nlp, body, speaker, content,
                                                                                 nesting):
    """grammar.unrealised: a bare infinitive sharing a modal, a modal of its own, an if-clause."""
    assert run(nlp, body, nesting=nesting) == [(speaker, body.split(speaker, 1)[1].split()[0], content)]


def test_a_past_tense_conjunct_after_a_modal_and_a_gerund_after_with_are_speech_events(nlp):
    rows = run(nlp, "The minister said Germany would deliver the tanks and promised more ammunition.")
    assert [r[1] for r in rows] == ["said", "promised"]
    rows = run(nlp, "Russia told the US to stop sending arms to Ukraine, with Moscow's ambassador warning that "
                    "western deliveries of weapons were inflaming the conflict.")
    assert [r[1] for r in rows] == ["told", "warning"]
