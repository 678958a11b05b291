"""Round 12, a naming cue whose quoted label the parse did not give as the object's complement: 'X called OBJECT
"LABEL"' gives the object with its label (`content.naming`). Sentences written after constructions seen in
different articles (corpus, polnear_train's even half), parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def call_rows(nlp, sentence):
    return [r["text"] for r in extract_rows(nlp, sentence) if r["cue_lemma"].startswith("call")]


@pytest.mark.parametrize("sentence, content", [
    # a UK outlet, 2022 (corpus): the label after a long object with a prepositional phrase
    (shared_text("This week, Pentagon", 'in Ukraine "BS".'),
     'Russia\'s justification for the war in Ukraine "BS"'),
    # a Polish outlet, 2022 (corpus): two coordinated labels after a pronoun object
    (shared_text("Francis called her", 'victim of war."'), 'her "poor girl" and "innocent victim of war."'),
    # a US outlet, 2016 (polnear_train): a demonstrative object
    (shared_text("Sanders campaign manager", 'that "beyond preposterous."'), 'that "beyond preposterous."'),
    # a US outlet, 2016 (polnear_train): a hyphenated object and two labels; the words that carry on the clause
    # after the closing mark stay (`quote_close`; PolNeAR's annotators keep them too)
    ('He called anti-war protesters "traitors" and "thugs" without proof.',
     'anti-war protesters "traitors" and "thugs" without proof'),
    # a US outlet, 2016 (polnear_train): after an auxiliary, in a relative clause on the speaker
    ('Contrast that with Trump, who has called the 12-nation TPP pact "insanity," and Sanders.',
     'the 12-nation TPP pact "insanity,"'),
    # a US outlet, 2016 (polnear_train): a quotation inside the object, then the label
    ('The group\'s president called the minister\'s talk of a "special relationship" with Moscow "dangerous nonsense."',
     'the minister\'s talk of a "special relationship" with Moscow "dangerous nonsense."'),
])
def test_the_object_and_its_quoted_label_are_the_content(nlp, sentence, content):
    assert call_rows(nlp, sentence) == [content]


@pytest.mark.parametrize("sentence", [
    # the object extracted before the cue: a naming inside another sentence
    'Ukraine has been under siege for five months in what Moscow calls a "special military operation" to disarm it.',
    # a phone call: "to" before the quotation
    'Johnson said on Monday that he would call Vladimir Putin to "step back from the brink."',
    # a summons: a preposition before the quotation
    'Xi Jinping last week called all the parties to the conflict to "maximum restraint" and expressed concern.',
    # a US outlet, 2016 (ggt_dev): a way of addressing someone, "by the name"
    'Whenever a passenger would call a porter by the name "George," the only acceptable response was to smile.',
    # a name given by nobody in particular
    'A website linked to a group called the "We The People Foundation" was taken down.',
])
def test_no_label_no_naming(nlp, sentence):
    assert call_rows(nlp, sentence) == []
