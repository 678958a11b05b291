"""The purpose search's giving verbs and its "in order to" path (statements/frame_purpose.py, `frame_purpose_lemma`,
`frame_purpose_order`; coding/purposes.py). Round 39's review noted give / train / ship / lend missing from the
giving verbs; "in order to V" hangs the infinitive on the noun "order" in the parse, which the search did not enter.
Invented sentences in the manner of three kinds of article (a defence ministry's training plan, a foreign
secretary on frozen assets, a finance ministry's budget help), run through the real pipeline."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import coded_row, extract_rows, row_of


def _purpose(nlp, body, words):
    frame = row_of(extract_rows(nlp, body), words)[statements.FRAME_KEY]
    return [cl["purp"]["pred"][0] for cl in frame["clauses"] if cl.get("purp")]


@pytest.mark.parametrize("body, words, verb", [
    ('"We will open a centre in Poland next year to train Ukrainian pilots," the Danish defence minister said.',
     "We will open", "train"),
    ('"Britain will freeze the yachts of oligarchs in order to give them to Ukraine," the British foreign secretary '
     'said in London.',
     "Britain will", "give"),
    ('"Japan will pass a new budget law in order to lend Kyiv more money," the Japanese finance minister said.',
     "Japan will pass", "lend"),
])
def test_a_purpose_through_in_order_or_a_newly_listed_verb(nlp, body, words, verb):
    assert _purpose(nlp, body, words) == [verb]
    assert coded_row(nlp, body, words)["speech_act"] == "pledge"


@pytest.mark.parametrize("body, words", [
    ('"We will build a new academy in order to train our own officers," the Danish defence minister said.',
     "We will build"),  # no Ukraine, no aid: a purpose that gives no support
    ('"We will wait in order to see what Kyiv asks for," the Czech defence minister said in Prague.',
     "We will wait"),  # not a giving verb
])
def test_a_purpose_that_gives_no_support_is_no_pledge(nlp, body, words):
    assert coded_row(nlp, body, words)["speech_act"] != "pledge"


def test_in_order_of_a_list_is_no_purpose(nlp):
    body = '"We will list the donors in order of their aid to Ukraine," the Estonian foreign minister said.'
    assert _purpose(nlp, body, "We will list") == []
