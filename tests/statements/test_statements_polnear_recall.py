"""Constructions PolNeAR's convention (nesting="outer", quote_parts="join") counts as statements and the annotation
guide does not (issue #14, recall on PolNeAR): a question put to a speaker, told with a participle or a passive
(statements/questions_put.py), the noun-phrase object of a speech verb (statements/speech_objects.py) and a passive
speech verb with its source as agent (statements/passive_sources.py). Passages of different PolNeAR news articles
(Breitbart, Politico, USA Today, HuffPost, the New York Times, the Washington Post) and a GGT one, parsed with the
real model. The shared text is research-licensed: a passage, and the content and speaker expected in it, are named by
their article (the first 10 hex digits of md5(id)) and character offsets and read from ../shared
(support.shared_span: the tests skip where it is absent); no word of them is committed here."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_span

OUTER = {"quote_parts": "join", "nesting": "outer"}

QUESTIONS = [
    # Breitbart, March 2016: a reduced participle opening the sentence, the answer after it
    (("a308154244", 16323, 16471), ("a308154244", 16329, 16402), None),
    # Breitbart, March 2016: an "about" phrase, up to the comma
    (("159f8e8602", 939, 1154), ("159f8e8602", 945, 1024), None),
    # USA Today, December 2015: a passive with its asker as agent
    (("ee2975dd25", 3116, 3316), ("ee2975dd25", 3260, 3315), ("ee2975dd25", 3251, 3259)),
    # Politico, November 2015: "when asked by X whether ..."
    (("8f25de1955", 688, 876), ("8f25de1955", 713, 779), ("8f25de1955", 702, 712)),
]


def _read(span, straight: bool = False) -> str:
    """The text of a (key, start, end) span of ../shared/eval, "" for None."""
    return shared_span(*span, straight=straight) if span else ""


@pytest.mark.parametrize("body, question, asker", QUESTIONS)
def test_a_question_put_is_a_statement_under_the_outer_convention(nlp, body, question, asker):
    rows = extract_rows(nlp, _read(body), **OUTER)
    hits = [r for r in rows if r["text"] == _read(question)]
    assert [(r["cue_lemma"], r["speaker_text"]) for r in hits] == [("ask", _read(asker))], [r["text"] for r in rows]


@pytest.mark.parametrize("body, question, asker", QUESTIONS)
def test_the_guide_convention_keeps_a_question_put_out(nlp, body, question, asker):
    assert not any(r["text"] == _read(question) for r in extract_rows(nlp, _read(body)))


# (passage, content, speaker, straight quotation marks as the pipeline's ingest gives them)
OBJECTS = [
    # HuffPost, December 2015: the phrases the parse hung on the verb carry on the object
    (("bded8c7822", 1461, 1557), ("bded8c7822", 1484, 1556), ("bded8c7822", 1461, 1469), True),
    # HuffPost, November 2015: not the clause after the comma
    (("186ef1ed08", 87, 324), ("186ef1ed08", 164, 220), ("186ef1ed08", 133, 145), False),
    # the New York Times, 2016
    (("f9c0a8a4ce", 4757, 4852), ("f9c0a8a4ce", 4798, 4851), ("f9c0a8a4ce", 4775, 4780), False),
    # USA Today, January 2016
    (("f7cfce92fa", 3542, 3718), ("f7cfce92fa", 3628, 3717), ("f7cfce92fa", 3581, 3618), False),
    # Politico, 2016: "pointed to" (object_cue_preposition): the object of "to" is the content
    (("fca54b251a", 292, 379), ("fca54b251a", 317, 378), ("fca54b251a", 302, 305), False),
    # the Washington Post, 2016
    (("74ea3edda1", 4625, 4731), ("74ea3edda1", 4648, 4730), ("74ea3edda1", 4625, 4632), False),
    # Politico, 2016
    (("823263cc48", 2470, 2580), ("823263cc48", 2526, 2579), ("823263cc48", 2502, 2508), False),
]


@pytest.mark.parametrize("body, content, speaker, straight", OBJECTS)
def test_the_object_of_a_speech_verb_is_its_content_under_the_outer_convention(nlp, body, content, speaker,
                                                                                straight):
    rows = extract_rows(nlp, _read(body, straight), **OUTER)
    assert [r["text"] for r in rows] == [_read(content, straight)]
    assert _read(speaker).split()[-1] in rows[0]["speaker_text"] + " " + rows[0]["speaker_name"]


@pytest.mark.parametrize("body, straight", [
    # GGT: the guide counts no claimed responsibility, whatever the convention of another set
    (("8289d8f9a4", 5332, 5397), False),
    (OBJECTS[0][0], True),
])
def test_the_guide_convention_keeps_a_speech_verbs_object_out(nlp, body, straight):
    assert extract_rows(nlp, _read(body, straight)) == []


def test_a_pronoun_object_is_no_content(nlp):
    # in our words, after the New York Times, 2016: "X reported it" names nothing said
    assert extract_rows(nlp, "The company reported it to the police on Tuesday.", **OUTER) == []


@pytest.mark.parametrize("body, content, speaker", [
    # Politico, 2015
    (("6c6b0ddd62", 847, 891), ("6c6b0ddd62", 847, 862), ("6c6b0ddd62", 885, 890)),
    # the New York Times, 2016
    (("f99fc750f3", 2764, 2823), ("f99fc750f3", 2764, 2791), ("f99fc750f3", 2814, 2822)),
    # USA Today, 2016
    (("861fb0f0aa", 2885, 2980), ("861fb0f0aa", 2885, 2899), ("861fb0f0aa", 2916, 2943)),
])
def test_a_passive_speech_verb_with_its_source_as_agent(nlp, body, content, speaker):
    rows = extract_rows(nlp, _read(body), **OUTER)
    assert [(r["text"], r["speaker_text"]) for r in rows] == [(_read(content), _read(speaker))]
    assert extract_rows(nlp, _read(body)) == []


def test_a_passive_verb_off_the_list_is_left_alone(nlp):
    # after the New York Times, 2016 (in our words): a criticism by many is no attribution of its subject
    body = ("The central bank's chair, Jane Doe, has been criticized again and again by many Wall Street traders "
            "for not lifting interest rates quickly enough.")
    assert extract_rows(nlp, body, **OUTER) == []
