"""Appositives on a speaker's name: a nationality appositive gives the country, a second appositive gives no role,
a name in apposition to the head or to a subject's of-phrase is the speaker, and a title with an of-phrase
before the name is its role. Tests moved from the round-named files of rounds 13, 15 and 18."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("The former Tory foreign secretary Sir Malcolm Rifkind, himself a firm backer of Kyiv, admitted he "
     "had worries about the effect on the financial system.", "he had worries", "Malcolm Rifkind"),
    ('"Germany made a strategic error," the German vice-chancellor, Robert Habeck, who also oversees energy, '
     "said on Sunday.", "Germany made a strategic", "Robert Habeck"),
    ("Russian propaganda does exist, according to a Romanian war reporter, Remus Cernea, a writer for Newsweek "
     "who spoke at the event.", "Russian propaganda does exist", "Remus Cernea"),
], ids=["appositive-then-description", "appositive-then-who", "according-to-appositive"])
def test_the_name_in_apposition_to_the_head_is_the_speaker(nlp, body, content, name):
    """A description whose head has a name in apposition, followed by more description ("..., Robert Habeck, who also
    oversees energy,"), is that person, not UNKNOWN or the words as written (spans._person_in)."""
    assert speaker_of(extract_rows(nlp, body), content) == name
