"""A request addressed to a country or bloc named right after "called on" ("called on Germany to send tanks"): the
place is the addressee, and the request with its infinitive is the caller's statement
(`content.frame.addressed_place`); a speech verb in the infinitive ("called on China to condemn the strikes") is
the act requested, no statement of the caller's own."""

from __future__ import annotations

import pytest

from support import extract_rows

CASES = [
    ("Volodymyr Zelensky called on Germany to send Leopard tanks to the front without delay.",
     "called on", "Germany to send Leopard tanks"),
    ("Edgars Rinkevics of Latvia is calling on Canada to back the designation of Russia as a terrorist state.",
     "is calling on", "Canada to back the designation"),
    ("In Istanbul, Antonio Guterres called on Poland and Hungary to fully honour the grain accord.",
     "called on", "Poland and Hungary to fully honour"),
]


@pytest.mark.parametrize("text,cue,content", CASES, ids=["country", "present_progressive", "two_countries"])
def test_a_place_after_called_on_is_the_addressee(nlp, text, cue, content):
    rows = extract_rows(nlp, text)
    assert any(r["cue"] == cue and r["text"].startswith(content) for r in rows), [(r["cue"], r["text"]) for r in rows]


def test_a_speech_verb_in_the_request_is_no_statement_of_the_caller(nlp):
    rows = extract_rows(nlp, "Annalena Baerbock called on Beijing to condemn the strikes on Kharkiv.")
    assert [(r["cue"], r["text"]) for r in rows] == [("called on", "Beijing to condemn the strikes on Kharkiv")]


def test_a_place_with_no_infinitive_after_it_is_no_content(nlp):
    rows = extract_rows(nlp, "Emmanuel Macron called for calm in Kharkiv on Sunday.")
    assert all("Kharkiv" not in r["text"] for r in rows), [r["text"] for r in rows]


def test_a_time_after_a_phone_call_is_no_addressee(nlp):
    rows = extract_rows(nlp, "Olaf Scholz called Emmanuel Macron on Sunday evening to confirm the summit dates.")
    assert all(not r["text"].startswith("Sunday") for r in rows), [(r["cue"], r["text"]) for r in rows]


def test_a_place_parted_from_the_infinitive_is_no_content_alone(nlp):
    rows = extract_rows(nlp, "NATO called on the United States and Canada, in a joint note, to speed up deliveries of shells.")
    assert all(r["text"] != "the United States and Canada" for r in rows), [(r["cue"], r["text"]) for r in rows]
