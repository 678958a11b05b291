"""A postposed cue with a one-word time or channel adjunct before its speaker (`postposed.adjunct_speaker`, round 38):
"A - said in June the spokesman of the Kremlin X", "A - said on TVN24 Dr. X", "A - said on Friday the head of
Russian diplomacy X in an interview" (translated Polish news; the parse takes the speaker for the verb's object or
the preposition's, so neither the dialogue-dash quotation nor the bare sentence had a speaker). Invented sentences
after the constructions of four articles."""

from __future__ import annotations

import pytest

from support import extract_rows


def _rows(nlp, body):
    return [(r["cue"], r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, mention, content", [
    ("- We think the sanctions only pour oil on the fire - said in June the spokesman of the Kremlin Dmitry Orlov, "
     "adding that the deliveries raise the risk.", "the spokesman of the Kremlin Dmitry Orlov",
     "We think the sanctions only pour oil on the fire"),
    ("- The pressure will grow for some time.Concessions are expected from the West - said on TVN24 Dr. Adam Nowicki, "
     "director of the institute.", "Dr. Adam Nowicki",
     "The pressure will grow for some time.Concessions are expected from the West"),
    ('"We will not send troops" - said in Brussels the NATO chief Jens Stoltenberg.', "the NATO chief Jens Stoltenberg",
     "We will not send troops"),
], ids=["dash-in-june", "dash-on-tvn24", "quotation-in-brussels"])
def test_a_quotation_before_a_postposed_cue_and_its_adjunct_is_the_named_speakers(nlp, body, mention, content):
    rows = _rows(nlp, body)
    assert rows[0] == ("said", mention, content)


@pytest.mark.parametrize("body, mention, content", [
    ("There will be no war on our part, but someone may want to provoke one - said on Friday the head of Russian "
     "diplomacy Sergei Lavrov in an interview with radio stations.", "the head of Russian diplomacy Sergei Lavrov",
     "There will be no war on our part, but someone may want to provoke one"),
    ("The talks will continue next week - said on Monday the Polish foreign minister Radek Kowal.",
     "the Polish foreign minister Radek Kowal", "The talks will continue next week"),
], ids=["bare-lavrov-in-an-interview", "bare-on-monday"])
def test_a_sentence_before_a_postposed_cue_and_its_adjunct_is_the_named_speakers(nlp, body, mention, content):
    assert _rows(nlp, body) == [("said", mention, content)]


@pytest.mark.parametrize("body, mention", [
    ("- We will send more shells - we read in a statement of the National Security Bureau.",
     "the National Security Bureau"),
    ("- We will send more shells - he said on Monday in Warsaw.", "he"),
], ids=["we-read-in-a-statement", "pronoun-then-adjuncts"])
def test_other_postposed_speakers_are_unchanged(nlp, body, mention):
    """Near misses: a reading cue's source, a speaker before the adjuncts."""
    assert [m for _, m, _ in _rows(nlp, body)] == [mention]


def test_a_sentence_after_the_speaker_with_a_verb_is_not_a_closing_adjunct(nlp):
    """Near miss: the bare construction needs the sentence to end after the speaker or a verbless phrase."""
    body = "The talks will continue next week - said on Monday the minister Radek Kowal, who flew to Kyiv."
    assert all(r["cue"] != "said" for r in extract_rows(nlp, body))


@pytest.mark.parametrize("body, mention", [
    ('"We will win" - said in New York the UN chief Antonio Guterres.', "the UN chief Antonio Guterres"),
    ("- We will win - said on 24 February the president Andrzej Duda.", "the president Andrzej Duda"),
    ("- We will win - said on Polsat News the deputy minister Pawel Jablonski.", "the deputy minister Pawel Jablonski"),
], ids=["in-new-york", "on-24-february", "on-polsat-news"])
def test_an_adjunct_of_several_words_is_one_named_entity(nlp, body, mention):
    """Review of round 38: the adjunct is the whole named entity the preposition opens, not its first word ("York the
    UN chief ..." before)."""
    assert [m for c, m, _ in _rows(nlp, body) if c == "said"] == [mention]


@pytest.mark.parametrize("body, mention", [
    ("The sanctions only pour oil on the fire - said on Friday the spokesman of the Kremlin Dmitry Orlov in Moscow.",
     "the spokesman of the Kremlin Dmitry Orlov"),
    ("The deliveries will come in spring - wrote on Twitter the head of the Chancellery Michal Nowak in a post on "
     "Sunday.", "the head of the Chancellery Michal Nowak"),
    ("Russia is not ready for talks - said on Monday Ukraine's envoy Vadym Kowal in an interview.",
     "Ukraine's envoy Vadym Kowal"),
], ids=["in-moscow", "in-a-post-on-sunday", "in-an-interview"])
def test_a_verbless_phrase_may_close_the_sentence_after_the_speaker(nlp, body, mention):
    """`_closing_adjunct`: the bare construction's sentence may end with a phrase without a verb after the speaker."""
    rows = [(c, m) for c, m, _ in _rows(nlp, body)]
    assert rows and rows[0][1] == mention, rows


@pytest.mark.parametrize("body, mention", [
    ("- We will rebuild it - said in Kyiv Oblast Governor Oleksiy Kovalenko.", "Governor Oleksiy Kovalenko"),
    ("- Two drones were shot down - said in Chernihiv Oblast Governor Viacheslav Chaus.", "Governor Viacheslav Chaus"),
    ('"The school will open in September" - said in Kyiv Oblast Governor Ruslan Kravets.', "Governor Ruslan Kravets"),
], ids=["kyiv-oblast", "chernihiv-oblast", "quotation-kyiv-oblast"])
def test_a_place_the_parse_compounds_with_the_speaker_is_the_adjunct_up_to_the_title(nlp, body, mention):
    """Round 39 (a risk round 38's review left): "said in Kyiv Oblast Governor X", where the parse makes the place a
    compound of the name, gave the mention "Oblast Governor X" (the adjunct one word); the adjunct now runs over the
    place's proper nouns up to the title (`_adjunct_end`)."""
    assert [m for c, m, _ in _rows(nlp, body) if c == "said"] == [mention]


@pytest.mark.parametrize("body, mention", [
    ("- We hold the line - said in Kyiv Mayor Vitali Klitschko.", "Mayor Vitali Klitschko"),
    ("- The talks will continue - said in Warsaw the spokesman of the ministry Lukasz Jasina.",
     "the spokesman of the ministry Lukasz Jasina"),
    ("- The city is calm - said in Kharkiv City Mayor Ihor Terekhov.", "Mayor Ihor Terekhov"),
], ids=["title-right-after-the-place", "determiner-after-the-place", "entity-place"])
def test_a_title_right_after_the_place_or_a_place_of_its_own_is_unchanged(nlp, body, mention):
    """Near misses: a title right after the one-word place, a place the parse keeps apart, a place the NER tags."""
    assert [m for c, m, _ in _rows(nlp, body) if c == "said"] == [mention]
