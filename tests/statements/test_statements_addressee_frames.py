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


APPEALED = [
    (shared_text("Zelenskiy on Sunday made a surprise video appearance", "in any way you can"),
     "viewers to support his country"),
    # coding_dev half A (gdelt 20220809T180000Z_PL_en_45d83bd34e): the request a phrase of the one asked
    (shared_text("He also appealed to Germany", "providing weapons."), "Germany for help in providing weapons"),
    # coding_dev half A (gdelt 20240414T220000Z_PL_en_97730f2dbd): a to-infinitive after a long name
    (shared_text("President Joe Biden appealed to the Israeli", "risk of escalation."),
     "the Israeli Prime Minister Benjamin Netanyahu to think very seriously"),
]


@pytest.mark.parametrize("text,start", APPEALED, ids=["zelenskiy_viewers", "germany_help", "biden_netanyahu"])
def test_appealed_to_an_addressee_to_act(nlp, text, start):
    rows = extract_rows(nlp, text)
    assert any(r["cue"] == "appealed" and r["text"].startswith(start) for r in rows), [r["text"] for r in rows]


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


@pytest.mark.parametrize("text", [
    "The Justice Department appealed to the Supreme Court for an emergency stay.",
    "The company appealed to the court for a stay of the ruling.",
    "Lawyers for the group appealed to a federal judge to block the order.",
])
def test_a_legal_appeal_is_no_request(nlp, text):
    """A "to" phrase naming a court or judge (words `court_noun`) is no addressee: a legal appeal, a filing, no row
    (was: "the Supreme Court for an emergency stay"; before round 32 "for an emergency stay")."""
    assert extract_rows(nlp, text) == []


@pytest.mark.parametrize("text,content", [
    ("Putin warned the West of consequences.", "the West of consequences"),
    ("Biden warned Americans of higher gas prices.", "Americans of higher gas prices"),
    ("Stoltenberg warned Kyiv's allies of a long war.", "Kyiv's allies of a long war"),
])
def test_warned_a_name_of_the_danger(nlp, text, content):
    """The content preposition the parse hung on a named, pronoun or possessive object (was: no row)."""
    assert [r["text"] for r in extract_rows(nlp, text)] == [content]


@pytest.mark.parametrize("text", [
    "Biden warned the United States of America.",  # "of" inside a place name
    "Biden warned the leaders of Europe.",  # a common noun's own phrase
])
def test_an_of_phrase_of_the_object_itself_is_no_warning(nlp, text):
    assert extract_rows(nlp, text) == []


@pytest.mark.parametrize("text,content", [
    ("Austin warned Moscow on Monday against any attack on NATO territory.",
     "Moscow on Monday against any attack on NATO territory"),
    ("Zelensky appealed to Congress on Tuesday to pass the aid bill.", "Congress on Tuesday to pass the aid bill"),
    ("Kuleba pressed NATO on Tuesday for more weapons.", "NATO on Tuesday for more weapons"),
])
def test_a_time_between_the_addressee_and_the_request(nlp, text, content):
    """A time adjunct between the one warned or asked and the content preposition or to-infinitive is passed over
    (was: "against any attack ...", "to pass the aid bill"; "pressed" kept its object already)."""
    assert [r["text"] for r in extract_rows(nlp, text)] == [content]


def test_a_time_with_no_content_after_it_unchanged(nlp):
    assert extract_rows(nlp, "Biden warned Putin on Tuesday in Warsaw.") == []
