"""Speaker constructions of the round-26 challenge set (data/challenge/speakers.csv), each on invented sentences from
three different "articles":

- a he/she at a continuation cue ('"...," he added') goes on from the previous speaker: a person merely named since
  ("The talks with Chancellor X ran late") is no speaker the verb continues (pronouns._same_speaker_again,
  `continuation_cues` of speaker_words.csv); at a plain "said" that person still takes the pronoun;
- "The 61-year-old said": an age with no noun after it is the person the passage is about
  (common_nouns.age_alone);
- a name in apposition after a person noun ("his counterpart, X", "his colleague, X") is a person
  (described.mark_appositive_persons).
"""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, expected", [
    ('"Our budget is fixed," Mayor John Ode said on Friday. The meeting with Governor Tim Barr ran late. '
     '"We will not cut the aid to the shelters," he added.', "We will not cut the aid", "John Ode"),
    ('"The bridge will reopen in May," Transport Minister Karen Lute told reporters. Her deputy, Alice Varga, '
     'stood beside her. "The trucks will come first," she added.', "The trucks will come first", "Karen Lute"),
    ('"The harvest is smaller this year," farmer Pedro Alves said near Porto. His neighbour Rui Costa sold his '
     'land last year. "Prices will rise," he continued.', "Prices will rise", "Pedro Alves"),
], ids=["added-after-pp", "added-after-appositive", "continued-after-a-subject"])
def test_a_continuation_cue_goes_on_from_the_previous_speaker(nlp, body, content, expected):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == expected


def test_a_plain_cue_still_takes_the_person_named_since(nlp):
    # (the construction the continuation cue leaves alone: "he said" after a new person is named)
    body = ('"Our budget is fixed," Mayor John Ode said on Friday. Governor Tim Barr arrived later. '
            '"We will not cut the aid to the shelters," he said.')
    r = row_of(extract_rows(nlp, body), "We will not cut the aid")
    assert r["speaker_name"] == "Tim Barr"


@pytest.mark.parametrize("body, content, expected", [
    ("Mayor Tom Hill opened the bridge on Sunday. The 70-year-old told reporters that the new bridge would carry "
     "heavy lorries.", "that the new bridge", "Tom Hill"),
    ('Jana Novak, a nurse, left Kharkiv in May. "We had no power for a month," the 44-year-old said.',
     "We had no power", "Jana Novak"),
    ("Senator Rita Moss spoke at the rally in Leeds. The 61-year-old said the council would not close the library.",
     "the council would not", "Rita Moss"),
], ids=["mayor", "nurse", "senator"])
def test_an_age_alone_is_the_person_the_passage_is_about(nlp, body, content, expected):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == expected


def test_an_indefinite_age_is_a_person_as_written(nlp):
    r = row_of(extract_rows(nlp, "A 34-year-old told reporters that the trains to the border were full."),
               "that the trains")
    assert r["speaker_type"] == "person"
    assert "34-year-old" in r["speaker_name"]


@pytest.mark.parametrize("body, content, expected", [
    ("Spanish Defence Minister Luis Gomez spoke with his Estonian counterpart, Kadri Saar, on Friday.\n\nShe said "
     "Tallinn would send more shells.", "Tallinn would send", "Kadri Saar"),
    ("Mayor Piotr Zalewski toured the shelter with his colleague, Liisi Vromen, on Sunday.\n\nShe said the city would "
     "open two more kitchens.", "the city would open", "Liisi Vromen"),
    ("Senator Mark Ode travelled to the border with his old friend, Aigerim Saari, last week.\n\nShe said the camps "
     "needed more blankets.", "the camps needed", "Aigerim Saari"),
], ids=["counterpart", "colleague", "friend"])
def test_a_name_in_apposition_to_a_person_noun_is_a_person(nlp, body, content, expected):
    # (a given name the gender list does not know: the apposition is the evidence that it names a person, so the
    # she is not left UNKNOWN beside a strong "he")
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == expected
