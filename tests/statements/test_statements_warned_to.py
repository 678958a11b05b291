"""A warning whose content is what its addressee is told to do or not to do: "warn" + object + to-infinitive
(cues.csv `warned` takes `to`, as `told` does). "The FBI warned election officials to strengthen their
security" is a reported speech act with content (ANNOTATION.md), the one warned part of it as in "urged allies to
send"; before, "warn" took only a clause or a content preposition ("warned that", "warned against"), so the
sentence gave no statement at all.

The object is content only before the infinitive (the `to` frame), never alone: "He warned Putin on Tuesday." gives
no row. Sentences paraphrased from five articles: a Malaysian police chief (a Canadian wire story), the State
Department to US citizens (a corpus article outside coding_dev), the FBI to state election officials and China to
North Korea (two US political news articles), Democrats to the Federal Reserve (a third)."""

from __future__ import annotations

import pytest

from support import extract_rows

WARNED_TO = [
    ("The national police chief, Mohamad Harun, warned the public on Monday not to speculate about the ruler's "
     "abdication.", "Mohamad Harun", "not to speculate about the ruler's abdication"),
    ("The State Department warned US citizens to leave Ukraine immediately.", "State Department",
     "US citizens to leave Ukraine immediately"),
    ("Last month, the FBI warned state election officials to strengthen their security after hackers broke into two "
     "voter databases.", "FBI", "state election officials to strengthen their security"),
    ("China, the North's only ally, said it was opposed to the test and warned North Korea to refrain from further "
     "provocations.", "China", "North Korea to refrain from further provocations"),
    ("Many liberal Democrats have also warned the central bank not to raise rates this year.",
     "Many liberal Democrats", "the central bank not to raise rates this year"),
]


@pytest.mark.parametrize("text,speaker,content", WARNED_TO,
                         ids=["police_chief", "state_department", "fbi", "china", "democrats"])
def test_warned_addressee_to_act_is_a_statement(nlp, text, speaker, content):
    rows = [r for r in extract_rows(nlp, text) if r["cue"] == "warned"]
    assert len(rows) == 1, [(r["cue"], r["text"]) for r in rows]
    assert content in rows[0]["text"] and rows[0]["speaker_name"] == speaker, rows[0]


@pytest.mark.parametrize("text", [
    "He warned Putin on Tuesday.",  # an object alone is no content
    "Residents were warned not to leave their homes.",  # a passive names no one who warned
])
def test_no_warned_row_without_an_addressee_frame(nlp, text):
    assert not [r for r in extract_rows(nlp, text) if r["cue_lemma"] == "warn"]


@pytest.mark.parametrize("text,content", [
    ("The minister warned that Russia would attack again.", "that Russia would attack again"),
    ("The minister warned Russia against any attack.", "Russia against any attack"),
])
def test_warned_clauses_and_prepositions_as_before(nlp, text, content):
    rows = extract_rows(nlp, text)
    assert [r["text"] for r in rows] == [content]
