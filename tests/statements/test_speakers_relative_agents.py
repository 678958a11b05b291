"""A relative pronoun (who/which/that) speaks for the noun its clause hangs on only where that noun can speak: a
name, or a noun that passes the agent test (`_can_speak`, as for "they"; speakers.pronouns.relative_antecedent and
resolve_relative, round 30, issue #14). Where the parse hangs it on a common noun that names no one, the agent noun
whose "for"/"of" phrase ends in that noun speaks (its appositive name first); else a "which"/"that" is UNKNOWN, and
a "who" keeps its noun (the pronoun says a person: "a campaign surrogate who said", and many person nouns pass no
agent test). A relative pronoun after a verb (no noun before it) names no one. Constructions from the corpus audit
(notes29/audit, class 1) and polnear_train's even half, each from a different article of ../shared: "Laws have been
enacted that threaten ..." (the finder's "that" after a verb), "Ramzan Kadyrov also spoke, who stated ..." (a
translated "who" after a verb), "... as her favorables sink. That irritates Clinton supporters ..." (a "that" after a
clause), "the leading contender for the Republican nomination, who has opposed ... and criticised ..." (the
nomination); written examples of the agent's phrase ("a survivor of the siege, who", "a specialist in demining,
who") and of resolve_relative's own branch (which/that on "Hill's welfare" is no one, who keeps it; round 30 review
finding 3). Nouns that speak keep their speaker."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, shared_text

_LAWS = shared_text("Laws have been enacted that", "discredits the military.")
_NOMINATION = shared_text("It also aligned Mr DeSantis with", "handling of the war.")
_SINK = shared_text("based on polls that show him leading Trump", "to pass an agenda.")
_NO_ONE = "a relative pronoun on a noun that names no one"
_SPOKE = shared_text("The Chechen leader Ramzan Kadyrov also spoke", "there is a victory\"")


@pytest.mark.parametrize("body, content", [
    (_LAWS, "long prison terms"),
    (_SPOKE, "for us only"),
    (_SINK, "that the voters got it wrong"),
], ids=["laws-enacted-that", "spoke-who", "that-after-a-clause"])
def test_a_relative_pronoun_on_a_noun_that_names_no_one_is_unknown(nlp, body, content):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == "UNKNOWN"
    assert r["speaker_unknown_reason"] == "a relative pronoun on a noun that names no one"


@pytest.mark.parametrize("body, content, name", [
    (_NOMINATION, "the Biden administration", "Trump"),
    ("The convoy was met by a survivor of the siege, who said that the city had no water for weeks.",
     "that the city had no water", "survivor"),
    ("Kyiv hired a specialist in demining, who said that the fields would take years to clear.",
     "that the fields would take years", "specialist"),
], ids=["contender-for-nomination", "survivor-of-the-siege", "specialist-in-demining"])
def test_a_relative_pronoun_on_the_object_of_an_agents_phrase_is_that_agent(nlp, body, content, name):
    """The parse hangs the "who" on the object of the agent's phrase ("the nomination", "the siege", "demining"),
    which cannot speak: the agent whose phrase it ends does (`_relative_agent`, climbing any preposition)."""
    r = row_of(extract_rows(nlp, body), content)
    assert name in r["speaker_name"].split(), r["speaker_name"]


@pytest.mark.parametrize("body", [
    "Reporters asked about Hill's welfare, {} said that he was fine.",
    "The talks turned to the price of grain, {} had risen by half.",
    "Officials spoke of the shortage, {} had hit the east hardest.",
], ids=["welfare", "price-of-grain", "shortage"])
def test_resolve_relative_on_a_noun_that_names_no_one_which_is_no_one_who_keeps_it(nlp, body):
    """resolve_relative's own branch (a row whose mention is the bare pronoun): on a common noun that cannot speak
    and ends no agent's phrase, a "which"/"that" names no one; a "who" keeps the noun (the pronoun says a person:
    many person nouns pass no agent test), which the mention branches then read (`relative_speaker`)."""
    from pledgewatch.statements.speakers import Resolver

    for pronoun in ("who", "which", "that"):
        text = body.format(pronoun)
        doc = nlp(text)
        k = next(t.i for t in doc if t.lower_ == pronoun)
        rec = Resolver(doc, [], {"text": text}).resolve_relative(k)
        if pronoun == "who":
            assert rec.get("speaker_unknown_reason") != _NO_ONE, rec
        else:
            assert rec["speaker_name"] == "UNKNOWN" and rec["speaker_unknown_reason"] == _NO_ONE, rec


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
