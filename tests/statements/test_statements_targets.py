"""Round 11, non-statements: a criticism, accusation or request whose frame is nothing but its target's name
("the pope once more implicitly criticized Moscow"; `content.frame.target_only`). Sentences written after constructions
seen in different articles (corpus, hand-coded coding_dev rows, polnear_train's even half), parsed with the real
model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


@pytest.mark.parametrize("sentence", [
    # a Polish outlet, 2022 (hand-coded not a statement): "for which Russia accused Ukraine"
    "He gave an example of the fire at a kindergarten in Stanica Lugansk, for which Russia accused Ukraine.",
    # after AP, 2022 (hand-coded not a statement), in our words: "once more implicitly criticized Moscow"
    "Addressing a crowd of thousands in St. Peter's Square, the pope once more implicitly criticized Moscow.",
    # a US outlet, 2016 (polnear_train): "also criticized Clinton" with a time and place only
    shared_text("Donald Trump also", "in Hartford, Conn."),
    # a US outlet, 2016 (polnear_train): "blamed Clinton" with an adverb only
    "At the convention Trump blamed Clinton directly.",
])
def test_a_bare_target_is_no_statement(nlp, sentence):
    assert extract_rows(nlp, sentence) == []


@pytest.mark.parametrize("sentence, content", [
    ("Russia accused Ukraine of shelling a kindergarten in Stanica Lugansk.",
     "Ukraine of shelling a kindergarten in Stanica Lugansk"),
    ("Francis criticized Russia's war in Ukraine.", "Russia's war in Ukraine"),
    ("The minister urged Germany to send tanks.", "Germany to send tanks"),
    # thanks are what was said: not a target_cue verb
    ("Zelensky thanked the Chinese leader, Xi Jinping.", "the Chinese leader, Xi Jinping"),
])
def test_a_target_with_what_was_said_stays(nlp, sentence, content):
    assert [r["text"] for r in extract_rows(nlp, sentence)] == [content]
