"""Pledges whose object the context gives (coding/context_pledges.py `context_commitment`; the context words are
carried by statements/frame_context.py): a commitment of the speaker's side to carry on "it", "this", "more" or
nothing named, the aid named in the same statement or the sentences before. Short passages of our own wording, the
shapes of news articles of the corpus (one article each), run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import act_of_row, extract_rows, row_of


@pytest.mark.parametrize("body, words", [
    # the antecedent in the same statement, the object a pro-form
    ('"We have sent Kyiv more money than anyone else in Europe, and we will keep doing that," the German chancellor '
     "told reporters in Berlin.", "keep doing that"),
    # the antecedent in the sentence before, the object absent ("do so")
    ("Canada announced another C$400 million in military aid for Ukraine on Monday. \"We will continue to do so for as "
     'long as it takes," the defence minister, Anita Anand, said.', "continue to do so"),
    # a pro-form subject of "on the way"
    ("The Pentagon unveiled a new package of air defence missiles for Kyiv on Friday. \"More is on the way,\" Lloyd "
     "Austin, the US defence secretary, told reporters.", "More is on the way"),
    # a litotes whose object the context gives
    ("Britain has sent Ukraine tanks and long-range missiles since the spring. \"We are not going to stop,\" Rishi "
     "Sunak, the prime minister, said on Tuesday.", "not going to stop"),
    # more announced without a giver, an existential future
    ("Norway sent Ukraine shells and air defence missiles in May. \"There will be more,\" the Norwegian defence "
     "minister, Bjorn Arild Gram, said on Monday.", "There will be more"),
    # readiness to do more
    ("Germany has sent Ukraine air defence systems and tanks this year. \"We stand ready to do more,\" Olaf Scholz "
     "said.", "We stand ready to do more"),
    # a continuative with no object
    ("Sweden approved its fifteenth package of military aid to Ukraine. \"We will keep going,\" Pal Jonson, the "
     "Swedish defence minister, said.", "We will keep going"),
])
def test_a_commitment_whose_object_the_context_gives_is_a_pledge(nlp, body, words):
    assert act_of_row(nlp, body, words) == "pledge"


@pytest.mark.parametrize("body, words", [
    # the context is no aid: talks with the adversary
    ("Olaf Scholz said on Sunday that talking to Putin on the telephone was necessary. \"I will continue to do so,\" "
     "the German chancellor added.", "continue to do so"),
    # the recipient does not pledge aid to itself
    ("The Ukrainian army has received new artillery shells from its allies. \"We will not stop,\" Valerii Zaluzhnyi, "
     "Ukraine's commander-in-chief, said.", "We will not stop"),
    # a condition hedges the commitment
    ("Washington sent Kyiv another package of weapons this week. \"If Congress agrees, we will do more,\" a State "
     "Department spokesman said.", "we will do more"),
])
def test_no_pledge_without_aid_in_context_a_donor_or_an_assertion(nlp, body, words):
    assert act_of_row(nlp, body, words) != "pledge"


def test_the_frame_carries_the_words_before_the_content(nlp):
    body = ("Canada announced new military aid for Ukraine on Monday. \"We will continue to do so,\" the defence "
            "minister said.")
    ctx = row_of(extract_rows(nlp, body), "We will continue")[statements.FRAME_KEY]["ctx"]
    assert {"aid", "ukraine", "announce"} <= set(ctx)
    first = extract_rows(nlp, '"We will continue to do so," the defence minister said.')[0]
    assert first[statements.FRAME_KEY]["ctx"] == []
