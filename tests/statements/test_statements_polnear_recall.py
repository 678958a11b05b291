"""Constructions PolNeAR's convention (nesting="outer", quote_parts="join") counts as statements and the annotation
guide does not (issue #14, recall on PolNeAR): a question put to a speaker, told with a participle or a passive
(statements/questions_put.py), and the noun-phrase object of a speech verb (statements/speech_objects.py). Sentences
from different PolNeAR news articles (Breitbart, Politico, USA Today, HuffPost, the New York Times) and a GGT one,
parsed with the real model. A passage of the shared sets is named by its first and last words and read from
../shared (support.shared_text: the tests skip where it is absent), not copied here."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

OUTER = {"quote_parts": "join", "nesting": "outer"}


def _text(body) -> str:
    """A sentence written here, or (first words, last words) of a passage of ../shared/eval."""
    return body if isinstance(body, str) else shared_text(*body)

QUESTIONS = [
    # Breitbart, March 2016: a reduced participle opening the sentence, the answer after it
    (('Asked if it had', 'wouldn’t do it.”'),
     shared_text("if it had appeared", "his initial statement"), ""),
    # Breitbart, March 2016: an "about" phrase, up to the comma
    (('Asked about her own', 'see what happens.”'),
     shared_text("about her own", "Republican frontrunner Trump"), ""),
    # USA Today, December 2015: a passive with its asker as agent
    (('Recently, Herman Cain, the', 'U.S. as refugees.'),
     shared_text("why young Syrian", "U.S. as refugees"), "a caller"),
    # Politico, November 2015: "when asked by X whether ..."
    (('When asked by a', 'to the reporter.'),
     shared_text("whether this differed", "Jews to register"), "a reporter"),
]


@pytest.mark.parametrize("body, question, asker", QUESTIONS)
def test_a_question_put_is_a_statement_under_the_outer_convention(nlp, body, question, asker):
    body = _text(body)
    rows = extract_rows(nlp, body, **OUTER)
    hits = [r for r in rows if r["text"] == question]
    assert [(r["cue_lemma"], r["speaker_text"]) for r in hits] == [("ask", asker)], [r["text"] for r in rows]


@pytest.mark.parametrize("body, question, asker", QUESTIONS)
def test_the_guide_convention_keeps_a_question_put_out(nlp, body, question, asker):
    assert not any(r["text"] == question for r in extract_rows(nlp, _text(body)))


OBJECTS = [
    # HuffPost, December 2015: the phrases the parse hung on the verb carry on the object
    (shared_text("The star then", "friend in tears.", straight=True),
     shared_text("an incident at", "friend in tears", straight=True), "The star"),
    # HuffPost, November 2015: not the clause after the comma
    (('Real estate mogul and', 'of his rallies.'), shared_text("a chart of racist", "inaccurate crime statistics"),
     "Donald Trump"),
    # the New York Times, 2016
    (('At the same time,', 'government information secure.'),
     shared_text("difficulties in keeping", "government information secure"), "Obama"),
    # USA Today, January 2016
    (('During a campaign stop', 'ones on guns.'),
     shared_text("his promise to", "ones on guns"),
     "the Republican presidential candidate"),
]


OBJECTS += [
    # Politico, 2016: "pointed to" (object_cue_preposition): the object of "to" is the content
    (('As proof, she pointed', 'hedge fund billionaires.'),
     shared_text("attacks on her", "hedge fund billionaires"), "she"),
    # the Washington Post, 2016
    (('Clinton is pointing to', 'York Daily News.'),
     shared_text("a recent interview", "York Daily News"), "Clinton"),
    # Politico, 2016
    (('But despite his own', 'advancing gun measures.'),
     shared_text("the GOP as the", "advancing gun measures"), "Tester"),
]


@pytest.mark.parametrize("body, content, speaker", OBJECTS)
def test_the_object_of_a_speech_verb_is_its_content_under_the_outer_convention(nlp, body, content, speaker):
    body = _text(body)
    rows = extract_rows(nlp, body, **OUTER)
    assert [r["text"] for r in rows] == [content]
    assert speaker.split()[-1] in rows[0]["speaker_text"] + " " + rows[0]["speaker_name"]


@pytest.mark.parametrize("body", [
    # GGT: the guide counts no claimed responsibility, whatever the convention of another set
    shared_text("Al-Qaeda-linked al-Shabaab claimed", "for the attack."),
    OBJECTS[0][0],
])
def test_the_guide_convention_keeps_a_speech_verbs_object_out(nlp, body):
    assert extract_rows(nlp, _text(body)) == []


def test_a_pronoun_object_is_no_content(nlp):
    # the New York Times, 2016: "Facebook reported it" names nothing said
    assert extract_rows(nlp, "Facebook reported it to the police on Monday.", **OUTER) == []


@pytest.mark.parametrize("body, content, speaker", [
    # Politico, 2015
    (('O’Malley’s move was first', 'reported by MSNBC.'), "O’Malley’s move", "MSNBC"),
    # the New York Times, 2016
    (("Tinder's ban of Ms.", 'reported by BuzzFeed.'), "Tinder's ban of Ms. Gedrich", "BuzzFeed"),
    # USA Today, 2016
    (('Both incidents were claimed', 'fear and panic.'),
     "Both incidents", "the so-called Islamic State"),
])
def test_a_passive_speech_verb_with_its_source_as_agent(nlp, body, content, speaker):
    body = _text(body)
    rows = extract_rows(nlp, body, **OUTER)
    assert [(r["text"], r["speaker_text"]) for r in rows] == [(content, speaker)]
    assert extract_rows(nlp, body) == []


def test_a_passive_verb_off_the_list_is_left_alone(nlp):
    # after the New York Times, 2016 (in our words): a criticism by many is no attribution of its subject
    body = ("The central bank's chair, Jane Doe, has been criticized again and again by many Wall Street traders "
            "for not lifting interest rates quickly enough.")
    assert extract_rows(nlp, body, **OUTER) == []
