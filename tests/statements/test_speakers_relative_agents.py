"""A relative pronoun (who/which/that) speaks for the noun its clause hangs on only where that noun can speak: a
name, or a noun that passes the agent test (`_can_speak`, as for "they"; speakers.pronouns.relative_antecedent and
resolve_relative, round 30, issue #14). Where the parse hangs it on a common noun that names no one, the agent noun
whose "for"/"of" phrase ends in that noun speaks (its appositive name first), else the speaker is UNKNOWN; a relative
pronoun after a verb (no noun before it) names no one either. Constructions from the corpus audit (notes29/audit,
class 1), each from a different article of ../shared: "Laws have been enacted that threaten ..." (the finder's
"that" after a verb), "the leading contender for the Republican nomination, who has opposed ... and criticised
..." (the nomination), "worried about Hill's welfare, who local reports had suggested ..." (the welfare). Nouns that
speak keep their speaker."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, shared_text

_LAWS = shared_text("Laws have been enacted that", "discredits the military.")
_NOMINATION = shared_text("It also aligned Mr DeSantis with", "handling of the war.")
_WELFARE = shared_text("A spokesperson for the Legion said they were", "alongside Aslin and Pinner.")
_SPOKE = shared_text("The Chechen leader Ramzan Kadyrov also spoke", "there is a victory\"")


@pytest.mark.parametrize("body, content", [
    (_LAWS, "long prison terms"),
    (_WELFARE, "was also going to be put on trial"),
    (_SPOKE, "for us only"),
], ids=["laws-enacted-that", "hills-welfare-who", "spoke-who"])
def test_a_relative_pronoun_on_a_noun_that_names_no_one_is_unknown(nlp, body, content):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == "UNKNOWN"
    assert r["speaker_unknown_reason"] == "a relative pronoun on a noun that names no one"


@pytest.mark.parametrize("body, content, name", [
    (_NOMINATION, "the Biden administration", "Trump"),
    ("The vote put him beside Jan Nowak, the leading candidate for the party nomination, who has said that the tax "
     "must go.", "that the tax must go", "Nowak"),
], ids=["contender-for-nomination", "candidate-for-leadership"])
def test_a_relative_pronoun_on_the_object_of_an_agents_phrase_is_that_agent(nlp, body, content, name):
    r = row_of(extract_rows(nlp, body), content)
    assert name in r["speaker_name"].split(), r["speaker_name"]


@pytest.mark.parametrize("body, content, word", [
    ("Kuleba, who said that the bridge would reopen, left early.", "that the bridge would", "Kuleba"),
    ("The Kyiv Post, which said that the talks had failed, gave no details.", "that the talks had failed", "Post"),
    ("There are those who argue that sending tanks helps Kyiv.", "that sending tanks", "those"),
    ("Residents, who said that the water was cut off, gathered outside.", "that the water was", "Residents"),
    ("It was signed by the statement's authors, who said that more aid would follow.", "that more aid would",
     "authors"),
], ids=["name-who", "body-which", "those-who", "residents-who", "authors-who"])
def test_a_relative_pronoun_on_a_noun_that_speaks_keeps_it(nlp, body, content, word):
    r = row_of(extract_rows(nlp, body), content)
    assert word in r["speaker_name"].split(), r["speaker_name"]
