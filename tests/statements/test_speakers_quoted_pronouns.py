"""A he/she inside a closed quotation is someone the quoted speaker speaks of, not the speaker (who says "I"), so it
casts no gender vote for the speaker (speakers/gender_votes.py). Three articles of polnear_train's readable half;
shortened."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

CASES = [
    # a profile of Jan Brewer ("Jan" is a man's name too, so only pronouns tell her gender): "him", "he" are Trump
    ('At a rally in Phoenix last spring, Jan Brewer called Trump "kind." (That said, she also remarked, '
     '"When you go after him, he hits back far harder.")', "When you go after him", "Jan Brewer"),
    # USA Today on Sanders: a former governor's quotes about "he" (Sanders) made her a man, and "she" went to Clinton
    ('The contest between Clinton and Sanders has turned more negative lately and it will take a while to '
     '"cool off," Kunin said in a phone interview. "His usual manner is grumpy," she said, but in spite of '
     'the ever more bitter tone, "I think he will manage it," said Kunin, who has criticized Sanders.',
     "His usual manner", "Kunin"),
    # New York Times poll story: a voter weighing Trump against Clinton
    (("Carole Bower, 75, a", "into that voting booth.''"), "I will reluctantly", "Carole Bower"),
]


@pytest.mark.parametrize("body,start,speaker", CASES)
def test_a_quoted_he_does_not_make_the_quoted_speaker_a_man(nlp, body, start, speaker):
    body = body if isinstance(body, str) else shared_text(*body)  # (first, last words) of a ../shared passage
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(start)]
    assert rows and rows[0]["speaker_name"].endswith(speaker), [(r["speaker_name"], r["text"][:40]) for r in rows]


def test_reported_speech_still_votes(nlp):
    # "he" outside quotation marks is the speaker's own: Arif Husain is a man for the "he" that follows
    body = ("Arif Husain said he expected food prices to keep rising. He added that the blockade had cut exports by "
            "half. Later he said, \"We need the corridor open.\"")
    rows = extract_rows(nlp, body)
    assert rows and all(r["speaker_name"] == "Arif Husain" for r in rows), [r["speaker_name"] for r in rows]
