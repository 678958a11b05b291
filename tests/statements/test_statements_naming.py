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
    (shared_text("This week, Pentagon", 'in Ukraine "BS".'), shared_text("Russia's justification", 'Ukraine "BS"')),
    # a Polish outlet, 2022 (corpus): two coordinated labels after a pronoun object
    (shared_text("Francis called her", 'victim of war."'), shared_text('her "poor girl"', 'victim of war."')),
    # a US outlet, 2016 (polnear_train): a demonstrative object
    (shared_text("Sanders campaign manager", 'that "beyond preposterous."'), 'that "beyond preposterous."'),
    # a US outlet, 2016 (polnear_train): a hyphenated object and two labels; the words that carry on the clause
    # after the closing mark stay (`quote_close`; PolNeAR's annotators keep them too)
    ('He called anti-war protesters "traitors" and "thugs" without proof.',
     'anti-war protesters "traitors" and "thugs" without proof'),
    # a US outlet, 2016 (polnear_train): after an auxiliary, in a relative clause on the speaker
    ('Compare that with the candidate, who has called the 11-nation trade deal "madness," and his rival.',
     'the 11-nation trade deal "madness,"'),
    # a US outlet, 2016 (polnear_train): a quotation inside the object, then the label
    ('The group\'s president called the minister\'s talk of a "special relationship" with Moscow "dangerous nonsense."',
     'the minister\'s talk of a "special relationship" with Moscow "dangerous nonsense."'),
])
def test_the_object_and_its_quoted_label_are_the_content(nlp, sentence, content):
    assert call_rows(nlp, sentence) == [content]


@pytest.mark.parametrize("sentence", [
    # the object extracted before the cue: a naming inside another sentence
    'Kyiv has been under attack for six months in what Moscow terms a "special military operation" meant to disarm it.',
    # a phone call: "to" before the quotation
    'The prime minister said on Tuesday he would call the Russian president to "step back from the brink."',
    # a summons: a preposition before the quotation
    'China\'s leader on Friday called all parties to the war to "maximum restraint" and voiced concern.',
    # a US outlet, 2016 (ggt_dev): a way of addressing someone, "by the name"
    'Whenever a guest would call a waiter by the name "Charlie," the only acceptable answer was a smile.',
    # a name given by nobody in particular
    'A site tied to a group called the "Free Citizens Foundation" was shut down.',
])
def test_no_label_no_naming(nlp, sentence):
    assert call_rows(nlp, sentence) == []
