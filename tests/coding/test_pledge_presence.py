"""Solidarity by presence (coding/commitments.py `own_presence`, in `own_solidarity`): the speaker's side is with a
party, there for it or at its side, present or future. Invented sentences, one per imagined article, run through
the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import coded_row


@pytest.mark.parametrize("body, words", [
    ('"We will be with Ukraine at every stage of this war," Kaja Kallas said in Tallinn.', "We will be with"),
    ('"America is there for its partners in Africa while food prices climb," Antony Blinken told '
     "reporters in Nairobi.", "America is there"),
    ('"Britain will be by Ukraine\'s side until this is over," Rishi Sunak said on a visit to Kyiv.',
     "Britain will be by"),
])
def test_the_speakers_side_with_a_party_is_a_pledge(nlp, body, words):
    assert coded_row(nlp, body, words)["speech_act"] == "pledge"


@pytest.mark.parametrize("body, words", [
    ('"May luck be with all of you tonight," Joe Biden told a crowd of cadets at the academy.', "May luck"),
    ('"We were with Ukraine from the first day," Kaja Kallas recalled in an interview on Sunday.', "We were with"),
])
def test_a_wish_or_a_past_presence_is_no_pledge(nlp, body, words):
    assert coded_row(nlp, body, words)["speech_act"] != "pledge"


def test_presence_beside_another_party_than_ukraine_is_no_aid(nlp):
    body = ('"America is there for its partners in Africa while food prices climb," Antony Blinken told reporters '
            "in Nairobi.")
    row = coded_row(nlp, body, "America is there")
    assert row["speech_act"] == "pledge" and not row["aid_related"]


@pytest.mark.parametrize("body, words", [
    ('"We will be there for our people through this winter," Olaf Scholz said in Berlin.', "We will be there"),
    ('"The government will be with our nation in these hard months," Petr Fiala told parliament.',
     "The government will be"),
    ('"I will be there for everyone in this city," the mayor of Lyon said after the flood.', "I will be there"),
])
def test_presence_for_the_speakers_own_people_is_no_pledge(nlp, body, words):
    assert coded_row(nlp, body, words)["speech_act"] != "pledge"


@pytest.mark.parametrize("body, start", [
    ('"We are going to be there for Kyiv until the fighting stops," the US president, Joe Biden, said in Warsaw.',
     "We are going"),
    ("The British prime minister, Rishi Sunak, said Britain was going to be there for its allies in the Baltic "
     "states for decades.",
     "Britain was going"),
    ('"Canada is going to be at Ukraine\'s side every step of the way," Justin Trudeau told reporters.',
     "Canada is going"),
])
def test_presence_under_the_going_to_future_is_a_pledge(nlp, body, start):
    assert coded_row(nlp, body, start)["speech_act"] == "pledge"
