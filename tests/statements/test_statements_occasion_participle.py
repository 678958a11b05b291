"""Round 36 (issue #14), `vetoes.occasion_participle`: a bare present participle of a speech verb opening the
sentence with only a topic for object, set off by a comma before a cue verb of its own speaker ("Speaking about
the goals of the summit, Zelenskyy said ...") is the topic of that statement, not a second one (ukraine_team's gold
gives no row for the participle in its readable halves). The host cue keeps its statement. A veto of the guide's
convention (GUIDE_VETOES), the bare-participle sibling of `occasion_gerund`. The passages are read from ../shared
(`shared_text`), each from a different article."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

FRONTED = [
    (shared_text("Speaking about the goals of the summit", "by itself."), "Speaking", "Russia can only be forced"),
    (shared_text("Speaking of economic issues, Scholz", "build new ones."), "Speaking", "that Europe wants"),
    (shared_text("Speaking about the war in Wednesday", "crisis peacefully"), "Speaking", "“relevant countries”"),
]


@pytest.mark.parametrize("body, participle, host_content", FRONTED)
def test_a_fronted_speech_participle_with_a_topic_gives_no_statement_and_the_host_cue_keeps_its_own(
        nlp, body, participle, host_content):
    rows = extract_rows(nlp, body)
    assert not [r for r in rows if r["cue"].startswith(participle)], [(r["text"], r["cue"]) for r in rows]
    assert any(r["text"].startswith(host_content) for r in rows), [(r["text"], r["cue"]) for r in rows]


def test_under_polnear_convention_the_participle_is_no_cue_as_scored(nlp):
    # round 36 kept the participle's row under PolNeAR's convention (its annotators mark it); round 37: "speak" is
    # none of score.py's verbs of saying, so there the row could only be a false hit (guide_only_cue); the host
    # cue's row stays
    body = shared_text("Speaking of economic issues, Scholz", "build new ones.")
    rows = extract_rows(nlp, body, nesting="outer")
    assert not [r for r in rows if r["cue"] == "Speaking of"]
    assert rows


NOT_FRONTED = [
    # a participle with a clause of its own reports that clause
    ("Declaring that the city needed a fresh start, the mayor said the budget would pass.", "Declaring",
     "that the city needed a fresh start"),
    # a finite speech verb with a topic stays a statement
    ("The minister spoke about the sanctions package at length.", "spoke about", "the sanctions package"),
]


@pytest.mark.parametrize("body, cue, content", NOT_FRONTED)
def test_a_participle_with_its_own_clause_or_a_finite_cue_keeps_its_statement(nlp, body, cue, content):
    rows = extract_rows(nlp, body)
    assert any(r["cue"] == cue and r["text"].startswith(content) for r in rows), [(r["text"], r["cue"]) for r in rows]


OWN_OBJECT = [
    (shared_text("Accusing governments of wasting sanctions", "should be used only"), "Accusing", "governments of"),
    (shared_text("Announcing her resignation on Friday", "no o"), "Announcing", "her resignation"),
]


@pytest.mark.parametrize("body, cue, content", OWN_OBJECT)
def test_a_fronted_speech_participle_with_its_own_object_keeps_its_statement(nlp, body, cue, content):
    rows = extract_rows(nlp, body)
    assert any(r["cue"] == cue and r["text"].startswith(content) for r in rows), [(r["text"], r["cue"]) for r in rows]


SILENT_HOST = [
    # the host cue says nothing of its own: the participle's topic is the sentence's only statement (round 36's review)
    ("Speaking about the war, the minister told reporters.", "the war"),
    ("Speaking about the war, the minister said on Friday.", "the war"),
    ("Speaking about the sanctions, the envoy said.", "the sanctions"),
]


@pytest.mark.parametrize("body, topic", SILENT_HOST)
def test_a_fronted_participle_keeps_its_row_where_the_host_cue_has_no_content(nlp, body, topic):
    rows = extract_rows(nlp, body)
    assert any(r["cue"].startswith("Speaking") and r["text"] == topic for r in rows), [(r["text"], r["cue"]) for r in rows]
