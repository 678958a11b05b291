"""A plural common noun taken for the speaker where it stands as an object stays a group as written: only after
"according to" does a plural that names no agent become no speaker (speakers.fragments._plural_fragment). Round 30
added the object of a verb or preposition to that rule (`object_position`: "underlined [the problems]", "Slogans sewn
on [the employees' uniforms] said", "has found [ways] to press"); the review (round 30, findings 1 and 2) showed it
dropped real speakers named as the object of a source verb ("the newspaper quoted [widows] as saying") or with a "who"
on them ("Reuters interviewed [widows], who said"), since many people nouns ("widows", "mobiks") are in no list and
have no agent ending. Narrowed, the rule moved no figure of make eval, ukraine_team or coding_dev and was removed;
these cases guard against bringing it back as it was. Plurals that name people or bodies and a plural subject of a
speech verb stay groups too."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, word", [
    ("Superdelegates say the race is over.", "the race is over", "Superdelegates"),
    ("The plan was criticised by residents, who said that the road would cut the village in two.",
     "that the road would cut", "residents"),
    ("Local residents gathered outside the town hall. \"We have had no water for a week,\" they said.",
     "We have had no water", "residents"),
], ids=["subject-plural", "by-residents", "they-residents"])
def test_plurals_that_name_people_stay_groups(nlp, body, content, word):
    r = row_of(extract_rows(nlp, body), content)
    assert word in r["speaker_name"].split(), r["speaker_name"]


@pytest.mark.parametrize("body, content, word", [
    ("\"Nobody tells us anything,\" the newspaper quoted widows as saying.", "Nobody tells us anything", "widows"),
    ("\"We were sent without training,\" the agency quoted mobiks as saying.", "We were sent without training",
     "mobiks"),
    ("The newspaper cited widows as saying that no one had called them.", "that no one had called them", "widows"),
], ids=["quoted-widows-as-saying", "quoted-mobiks-as-saying", "cited-widows-as-saying"])
def test_the_object_of_a_source_verb_stays_a_group(nlp, body, content, word):
    """The object of a source verb (`source_verbs`: quote, cite, interview) is who the reporter got the words from,
    though its head ("widows", "mobiks") is in no list and has no agent ending (review finding 1 of round 30)."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == word and r["speaker_type"] == "group", (r["speaker_name"], r["speaker_type"])


@pytest.mark.parametrize("body, content, word", [
    ("Reuters interviewed widows, who said that the pensions had stopped.", "that the pensions had stopped",
     "widows"),
    ("Reporters answered mobiks, who said that the pay had not come.", "that the pay had not come", "mobiks"),
    ("Reporters talked with widows, who said that the pensions had stopped.", "that the pensions had stopped",
     "widows"),
    ("The BBC cited widows who said that no one had called them.", "that no one had called them", "widows"),
], ids=["interviewed-widows-who", "answered-mobiks-who", "talked-with-widows-who", "cited-widows-who"])
def test_a_plural_object_a_who_hangs_on_stays_a_group(nlp, body, content, word):
    """A "who" says people: the plural object it hangs on is the group that speaks, whatever its head (review finding 2
    of round 30; `relative_speaker` keeps a noun under a "who")."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == word and r["speaker_type"] == "group", (r["speaker_name"], r["speaker_type"])
