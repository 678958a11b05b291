"""A request addressed to a country or bloc named right after "called on" ("called on Germany to send tanks"): the
place is the addressee, and the request with its infinitive is the caller's statement
(`content.frame.addressed_place`); a speech verb in the infinitive ("called on China to condemn the strikes") is
the act requested, no statement of the caller's own."""

from __future__ import annotations

import pytest

from pledgewatch.statements.content.frame import addressed_place
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


def _addressed(nlp, text: str, cue_word: str, prep_word: str) -> bool:
    """addressed_place for the first `cue_word` token of `text` and the first `prep_word` token after it."""
    doc = nlp(text)
    v = next(t for t in doc if t.text == cue_word)
    prep = next(t for t in doc[v.i + 1:] if t.text == prep_word)
    return addressed_place(v, prep)


def test_a_time_after_a_phone_call_is_no_addressee(nlp):
    text = "Olaf Scholz called Emmanuel Macron on Sunday evening to confirm the summit dates."
    assert not _addressed(nlp, text, "called", "on")  # an object before the preposition, a time after it
    assert _addressed(nlp, "Olaf Scholz called on France to confirm the summit dates.", "called", "on")
    rows = extract_rows(nlp, text)
    assert all(not r["text"].startswith("Sunday") for r in rows), [(r["cue"], r["text"]) for r in rows]


def test_a_place_parted_from_the_infinitive_is_no_addressee(nlp):
    parted = "NATO called on the United States and Canada, in a joint note, to speed up deliveries of shells."
    assert not _addressed(nlp, parted, "called", "on")
    # the same request with the infinitive right after the places: the rule's positive, so the near miss is no
    # parse accident
    assert _addressed(nlp, parted.replace(", in a joint note,", ""), "called", "on")
    rows = extract_rows(nlp, parted)
    assert all(r["text"] != "the United States and Canada" for r in rows), [(r["cue"], r["text"]) for r in rows]


# "called upon" is the same request frame as "called on" (cues.csv: the "called for" row takes upon too)
@pytest.mark.parametrize("text,content", [
    ("Volodymyr Zelensky called upon Germany to send more tanks to the front.", "Germany to send more tanks"),
    ("Jens Stoltenberg called upon the allies to speed up deliveries of air defence.",
     "the allies to speed up deliveries"),
    ("Gabrielius Landsbergis called upon the EU to adopt a new sanctions package.", "the EU to adopt a new sanctions"),
], ids=["place", "group", "bloc"])
def test_called_upon_is_a_request_like_called_on(nlp, text, content):
    rows = extract_rows(nlp, text)
    assert [r["cue"] for r in rows] == ["called upon"] and rows[0]["text"].startswith(content), rows


def test_upon_after_another_verb_is_no_request(nlp):
    # near miss: "upon" takes a frame only after "call"
    rows = extract_rows(nlp, "Olena Zelenska said the burden fell upon the mothers of soldiers.")
    assert all(r["cue"] != "fell upon" for r in rows) and [r["cue"] for r in rows] == ["said"], rows
