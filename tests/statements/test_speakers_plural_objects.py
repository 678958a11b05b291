"""A plural common noun that names no agent, taken for the speaker where it stands as an object, is no group: the
object of a verb or of a preposition other than a passive's "by", a source's "from" or "according to" (which
`_plural_fragment` already read) is UNKNOWN with the fragment reason (speakers.fragments.object_position, round 30,
issue #14; corpus audit class 4). Constructions from the corpus, each from a different article of ../shared: the
object of the cue ("Russian military bloggers ... underlined [the problems] facing Russian forces" then their
quotations), the object of a preposition inside the subject ("Slogans sewn on [the employees' uniforms] said:
..."), the object of a verb before an infinitive cue ("Mr. Sanders has found [ways] to press his agenda ...",
polnear_train's even half). Plurals that name people or bodies, a plural subject of a speech verb, and a plural after "according to" with
an agent in its own phrase stay groups as before."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, shared_text

_PROBLEMS = shared_text("In response to the attack on the Antonivskiy Bridge", "is not being resolved.")
_UNIFORMS = shared_text("Slogans sewn on the", "same smiles")
_WAYS = shared_text("Mr. Sanders has found ways to press", "to larger bills")


@pytest.mark.parametrize("body, content", [
    (_PROBLEMS, "There are exactly two problems"),
    (_UNIFORMS, "The same smiles"),
    (_WAYS, "his agenda"),
], ids=["underlined-the-problems", "sewn-on-the-uniforms", "found-ways-to-press"])
def test_a_plural_object_that_names_no_one_is_no_speaker(nlp, body, content):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == "UNKNOWN"
    assert r["speaker_unknown_reason"] == "an abstract noun or a fragment, no speaker"


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
