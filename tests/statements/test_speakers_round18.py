"""Round 18: speakers that hold on unseen news. Invented sentences in the style of the corpus's articles, one
construction per test, each example from a different (invented) article."""

from __future__ import annotations

import pytest

from support import resolve_mention


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


@pytest.mark.parametrize("text, mention, content, name", [
    ("Jan Kowalski, commenting on the talks, pointed to the words that President Recep Tayyip Erdogan said last "
     "week. Erdogan stressed that both sides should return to talks. - It is plain that Ankara is moving closer to "
     "Kyiv - said the analyst.", "the analyst", "It is plain that Ankara", "Jan Kowalski"),
    ("Maria Novak, asked about the summit, recalled what Chancellor Olaf Scholz said on Monday. Scholz said Berlin "
     "would not send jets. \"This is a cautious signal,\" the expert said.", "the expert", "This is a cautious",
     "Maria Novak"),
    ("Tomas Lind, a researcher at the Baltic Policy Institute, followed the remarks closely. General Petras "
     "Vaitkus said the brigade would move in spring. The researcher added that the move had been planned for years.",
     "The researcher", "the move had been planned", "Tomas Lind"),
], ids=["analyst-after-president", "expert-after-chancellor", "researcher-after-general"])
def test_a_commentators_description_is_no_office_holder(nlp, text, mention, content, name):
    """"the analyst", "the expert" (no-office role kinds) is the commentator named near, never a president, a
    chancellor or a general the passage quotes."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content, name", [
    ("The shop opened in a basement in 1998. Its owner, Pete Harlow, still sorts the comics "
     "himself. \"One copy goes on "
     "the shelf,\" the affable proprietor said.", "the affable proprietor", "One copy goes on", "Pete Harlow"),
    ("President Ivan Korov visited the plant on Friday. \"We will build more,\" the president said.",
     "the president", "We will build more", "Ivan Korov"),
], ids=["proprietor", "president"])
def test_a_description_with_no_office_conflict_keeps_the_person_of_the_passage(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name
