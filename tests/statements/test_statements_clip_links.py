"""A live blog's link to a video clip is page furniture (vetoes.clip_link): a line that opens with the clip's
duration and ends with a `media_label` after a dash gives no statement; the same words without the duration and
label do. Examples in our own wording, after lines seen in several live blogs of the readable corpus."""

from __future__ import annotations

import pytest

from pledgewatch import statements

CLIPS = [
    "Live updates from Kyiv.\n\n00:54 Putin warns Russia is only getting started in the east – video\n\n"
    "The shelling went on overnight.",
    "1:02 Panic helps the enemy, says the Ukrainian president – video",
    "02:14 British officials condemn the Russian 'show trial' of two volunteers - video",
    "1:02:15 Full address: the president says the counteroffensive has begun – video",  # an hour or longer
]


def _rows(nlp, text):
    art = {"article_id": "t", "text": text, "title": "", "title_chars": 0}
    return statements.extract(nlp(text), art)


@pytest.mark.parametrize("text", CLIPS)
def test_a_clip_link_gives_no_statement(nlp, text):
    assert _rows(nlp, text) == []


def test_the_same_words_in_the_text_stay(nlp):
    rows = _rows(nlp, "Panic helps the enemy, says the Ukrainian president.")
    assert [r["cue"] for r in rows] == ["says"]
