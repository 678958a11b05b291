"""A quotation closed by "texted" (a written message, as "tweeted" and "wrote") is the texter's (cues.csv, round 28);
"the regulator" is a body, never the person named last (speaker_words.csv org_heads, round 28). Invented sentences."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ('The committee released the messages on Friday. Some allies were pressing for a delay. "The only way is to '
     'delay the vote," Greene texted. "Tell him now."', "The only way is to delay the vote", "Greene"),
    ('The mayor, Tom Reed, was in Kyiv on Monday. "We arrived safely and the trains run," Reed texted his deputy. '
     "The visit was not announced.", "We arrived safely", "Tom Reed"),
    ('Shelling went on through the night, said the commander, Oleh Marko. "The bridge is down and we are cut off," '
     "Marko texted.", "The bridge is down", "Oleh Marko"),
    pytest.param('Shelling went on. "The bridge is down and we are cut off," the commander, Oleh Marko, texted from '
                 "the front.", "The bridge is down", "Oleh Marko",
                 marks=pytest.mark.xfail(strict=True, reason="the parser takes 'texted' after an appositive for no "
                                         "verb: no cue (round 28, left alone)")),
], ids=["greene-texted", "mayor-texted-his-deputy", "surname-texted", "appositive-texted"])
def test_a_texted_quotation_is_the_texters(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content", [
    ('Alexander Isavnin, a digital rights advocate, said the ban was expected. "The actions of the platform are a '
     'threat to citizens," the regulator said in a statement.', "The actions of the platform"),
    ('The head of the bank, John Carver, said rates would stay. "Lenders must hold more capital," the regulator '
     "said on Tuesday.", "Lenders must hold more capital"),
    ('Energy minister Anna Berg promised help for households. "Prices will rise by a fifth in April," the regulator '
     "announced.", "Prices will rise by a fifth"),
], ids=["after-an-advocate", "after-a-bank-head", "after-a-minister"])
def test_the_regulator_is_a_body_not_the_person_named_last(nlp, body, content):
    rows = extract_rows(nlp, body)
    row = next(r for r in rows if r["text"].startswith(content))
    assert row["speaker_type"] == "organization" and "regulator" in row["speaker_name"]
