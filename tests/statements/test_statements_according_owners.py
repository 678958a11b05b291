"""An "according to Y" closing the sentence of a speech verb whose row runs over it (`according_verbs`, the guide's
convention): the verb's speaker owns the words, Y only relays them (ANNOTATION.md, nested attribution: the
innermost speaker); one statement, not two. Invented sentences after the constructions of four articles."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


def _rows(nlp, body, **kw):
    return [(r["cue"], r["speaker_text"], r["text"]) for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("body, cue, mention, content", [
    ("In response to the drills, the US said it had seen no change in Russia's nuclear posture, according to a "
     "Pentagon spokesman.", "said", "the US", "it had seen no change in Russia's nuclear posture"),
    ("The minister told reporters the talks had failed, according to the Interfax news agency.", "told",
     "The minister", "the talks had failed"),
    ("Xi told Lukashenko during the meeting that their friendship would remain unbreakable, according to Chinese "
     "state media.", "told", "Xi", "that their friendship would remain unbreakable"),
    ("The cabinet said that it had approved the withdrawal from the council, according to a government decree.",
     "said", "The cabinet", "that it had approved the withdrawal from the council"),
], ids=["us-said", "minister-told", "xi-told", "cabinet-said"])
def test_a_closing_according_to_leaves_the_speech_verb_its_words(nlp, body, cue, mention, content):
    """"X said A, according to Y": one statement, X's, ending before the phrase; no row for Y."""
    assert _rows(nlp, body) == [(cue, mention, content)]


@pytest.mark.parametrize("body, content", [
    ("Vulin is also accused of taking part in a smuggling ring, according to US authorities.",
     "Vulin is also accused of taking part in a smuggling ring"),
    ("A series of attacks on local officials suggests a growing resistance, according to US officials.",
     "A series of attacks on local officials suggests a growing resistance"),
    ("According to the inquiry, the guard found himself behind a pillar.", "the guard found himself behind a pillar"),
    ("Russia, according to the ministry, agreed to withdraw its troops from the island.", None),
], ids=["passive", "subject-cannot-speak", "pronoun-object", "agree-no-cue"])
def test_according_to_keeps_its_row_where_no_speech_verb_has_a_row(nlp, body, content):
    """Near misses: a passive, a subject that names nobody, a verb with no words of its own, a verb that is no cue:
    the phrase keeps its statement."""
    rows = _rows(nlp, body)
    assert [c.lower() for c, _, _ in rows] == ["according to"]
    if content is not None:
        assert rows[0][2] == content


def test_a_phrase_that_closes_no_sentence_is_left_alone(nlp):
    """Near miss: "X said A, according to Y, and B": the phrase closes no sentence; X's row keeps its words as
    before."""
    body = ("The minister said the talks had failed, according to Interfax, and the delegation flew home on "
            "Tuesday.")
    assert _rows(nlp, body) == [("said", "The minister", "the talks had failed, according to Interfax, and the "
                                 "delegation flew home on Tuesday")]


@pytest.mark.parametrize("body", [
    "The minister told reporters the talks had failed, according to the Interfax news agency.",
    "Xi told Lukashenko during the meeting that their friendship would remain unbreakable, according to Chinese "
    "state media.",
])
def test_polnear_convention_is_unchanged(nlp, body):
    """Under PolNeAR's convention the reporter keeps the clause (nesting._closing_tag, test_statements_closing_
    according.py)."""
    assert "according to" in [c.lower() for c, _, _ in _rows(nlp, body, **OUTER)]


def test_a_phrase_over_words_before_the_verbs_clause_keeps_its_row(nlp):
    """Review of round 38: where the "according to" row holds words before the speech verb's clause (a first
    conjunct), the phrase's speaker keeps them: nothing is dropped."""
    body = ("Two people were killed when Russia shelled Kharkiv overnight, and rescuers said more were trapped, "
            "according to the regional governor.")
    rows = _rows(nlp, body)
    assert [c.lower() for c, _, _ in rows] == ["according to", "said"]
    assert rows[0][2].startswith("Two people were killed")


def test_the_innermost_speech_verb_ends_before_the_phrase_too(nlp):
    """Review of round 38: every speech verb's row over the phrase ends before it, the innermost's included (the
    outer one is dropped by nesting)."""
    body = "The minister said Russia had told Kyiv the talks were over, according to Interfax."
    assert _rows(nlp, body) == [("had told", "Russia", "the talks were over")]


def test_a_phrase_in_brackets_leaves_no_bracket(nlp):
    """Review of round 38: "(according to Y)" is cut at its opening bracket."""
    body = "The minister said that talks had failed (according to Interfax)."
    assert _rows(nlp, body) == [("said", "The minister", "that talks had failed")]
