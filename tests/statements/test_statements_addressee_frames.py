"""The one warned or appealed to is part of the content, as "pressed NATO for more weapons" is (ANNOTATION.md's
example; ukraine_dev's gold "Russia against deploying chemical weapons in Ukraine"):

- a cue that takes a content preposition but no object ("warned against", "cautioned against") keeps its object
  when that preposition follows it: "warned Russia against deploying ..." (`content.frame._addressee_before_prep`);
- a request verb that takes a to-infinitive and a content preposition ("appealed for / to") keeps the "to" phrase
  of the one asked before the request: "appealed to viewers to support ...", "appealed to NATO for more weapons"
  (`content.frame.addressee_to`).

Real passages from four corpus articles outside coding_dev, read from ../shared (`shared_text`), and near misses."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

WARNED = [
    (shared_text("President Joe Biden has previously warned", "chemical weapons in Ukraine."),
     "Russia against deploying chemical weapons in Ukraine"),
    (shared_text("The Iranian supreme leader, Ayatollah", "a further invasion"),
     "Erdoğan against a further invasion"),
    (shared_text("the Chinese president, Xi Jinping, warned", "over Taiwan"),
     "the US president, Joe Biden, against \u201cplaying with fire\u201d over Taiwan"),
    (shared_text("Moscow has repeatedly warned Helsinki", "western military alliance"),
     "Helsinki and Stockholm against joining the western military alliance"),
]


@pytest.mark.parametrize("text,content", WARNED, ids=["biden_russia", "khamenei_erdogan", "xi_biden",
                                                       "moscow_nordics"])
def test_the_one_warned_against_is_content(nlp, text, content):
    rows = extract_rows(nlp, text)
    assert any(r["text"] == content for r in rows), [(r["cue"], r["text"]) for r in rows]


def test_appealed_to_an_audience_to_act(nlp):
    text = shared_text("Zelenskiy on Sunday made a surprise video appearance", "in any way you can")
    rows = extract_rows(nlp, text)
    assert any(r["text"].startswith("viewers to support his country") for r in rows), [r["text"] for r in rows]


@pytest.mark.parametrize("text,content", [
    ("Kuleba appealed to NATO for more weapons.", "NATO for more weapons"),
    ("Zelensky appealed to the allies for more air defence.", "the allies for more air defence"),
    ("Biden appealed to Congress to pass the aid bill.", "Congress to pass the aid bill"),
    ("The minister cautioned Washington against sending longer-range missiles.",
     "Washington against sending longer-range missiles"),
])
def test_invented_addressees(nlp, text, content):
    rows = extract_rows(nlp, text)
    assert [r["text"] for r in rows] == [content]


@pytest.mark.parametrize("text", [
    "The company appealed to the court.",  # no request after the "to" phrase
    "Biden warned Putin on Tuesday.",  # no content preposition after the object
    "A decision could be appealed to the U.S. Court of Appeals for the 4th Circuit.",  # "for" inside a name
])
def test_no_request_no_row(nlp, text):
    assert extract_rows(nlp, text) == []


def test_a_phrase_cues_particle_after_an_object_is_a_time(nlp):
    """"called X, Y, on Friday to ...": "on" is no content preposition of the one called (a phrase cue's particle,
    a date after it), so the reported statement stays the speaker's "said" clause."""
    rows = extract_rows(nlp, 'Truss said she had called the Ukrainian foreign minister, Dmytro Kuleba, on Friday to '
                             '"discuss efforts to secure the release of prisoners".')
    assert [r["cue"] for r in rows] == ["said"], [(r["cue"], r["text"]) for r in rows]


def test_warned_against_without_an_object_unchanged(nlp):
    rows = extract_rows(nlp, "The ministry warned against travel to Russia.")
    assert [r["text"] for r in rows] == ["travel to Russia"]
