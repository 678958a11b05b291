"""Common nouns that name no one who could speak (speakers/fragments.py): "according to plans", "the text of the
accord states" give UNKNOWN; a plural that names people stays a group, and a noun beside a named speaker or a
definite person noun keeps its speaker. Tests moved from the round-named files of rounds 10 and 17."""

from __future__ import annotations

import pytest

from support import extract_rows, resolve_mention, row_of

NO_AGENT = "an abstract noun or a fragment, no speaker"


@pytest.mark.parametrize("body, content", [
    ("Russian troops have gathered near the border since January. According to plans, the drills are to end on "
     "March 3.", "the drills are to end"),
    ("The firm was set up in Cyprus last year. According to public records, its owner lives in Moscow.",
     "its owner lives"),
    ("The newspaper obtained the correspondence under freedom of information laws. According to the emails, the "
     "minister met the businessman twice in Moscow.", "the minister met"),
    ("The general presented his plan on Monday. According to the concept, the defence line would consist of "
     "minefields and ditches.", "the defence line"),
], ids=["plans", "public-records", "emails", "concept"])
def test_a_plural_noun_that_names_no_agent_is_no_speaker(nlp, body, content):
    """"According to plans", "according to public records", "According to the emails", "According to the
    concept": no group speaks; UNKNOWN with the fragment reason. Under PolNeAR's convention only: under the
    guide's, documents and plans give no statement at all (vetoes.unspoken_source)."""
    r = row_of(extract_rows(nlp, body, nesting="outer"), content)
    assert (r["speaker_name"], r["speaker_unknown_reason"]) == ("UNKNOWN", NO_AGENT)


@pytest.mark.parametrize("body, content, name", [
    ("Insurance fears are the main obstacle to grain ships leaving Odesa this month, exporters say.",
     "Insurance fears", "exporters"),
    ("Swarms of trolls go on claiming that the reports from Kharkiv are staged.", "that the reports", "Swarms of trolls"),
    ("Pro-Russian separatists said they had captured two villages near Donetsk.", "they had captured",
     "Pro-Russian separatists"),
    ("The party's superdelegates say they will back the front-runner at the convention.", "they will back",
     "party's superdelegates"),
    ("Grain prices will keep rising until the ports reopen, according to exporters in Odesa.", "Grain prices",
     "exporters in Odesa"),  # a bare place stays an affiliation phrase (coding strips it from the host)
], ids=["agent-ending", "agent-in-of-phrase", "person-noun", "subject-of-say", "according-to-agent"])
def test_a_plural_that_names_people_stays_a_group(nlp, body, content, name):
    """An agent ending ("exporters"), an agent in the head's of-phrase ("swarms of trolls"), a name in the mention,
    or a plural that is no object of "according to" ("superdelegates say": a people noun no list holds) keep the
    plural a group as written."""
    assert row_of(extract_rows(nlp, body), content)["speaker_name"] == name


@pytest.mark.parametrize("body, content", [
    ('The foundation announced its guest list on Friday. "The Russian president will not get an invitation," said the '
     'mission of liberation in its communique.', "The Russian president will not"),
    ("The text of the accord states that the deal should run for 90 days.", "that the deal should run"),
    ("The wording of the resolution says that the occupied territories must be returned.", "that the occupied"),
], ids=["mission-quoting-a-name", "text-of-agreement", "wording-of-resolution"])
def test_a_definite_abstract_noun_in_a_sentence_naming_no_one_else_is_no_speaker(nlp, body, content):
    """"Said the mission of liberation", "The text of the agreement states": no person is named in the sentence outside the
    statement's words (a name inside the quotation does not count), so not the person the passage is about."""
    r = row_of(extract_rows(nlp, body), content)
    assert (r["speaker_name"], r["speaker_unknown_reason"]) == ("UNKNOWN", NO_AGENT)


@pytest.mark.parametrize("body, content, name", [
    ("Hungarian Foreign Minister Peter Szijjarto spoke in Vienna. He said that the present crisis brings back "
     "memories of the Cold War.", "that the present crisis", "Peter Szijjarto"),
    ("Prime Minister Boris Johnson travelled to Kyiv for a third time since the invasion, pledging to back the "
     "Ukrainian army.", "to back the Ukrainian army", "Boris Johnson"),
    ("Elon Musk agreed to buy the network on Tuesday. The deal will make him the owner of a firm that he has "
     "often criticised, saying it has fallen short of its promise.", "it has fallen short", "Elon Musk"),
], ids=["he-said-that", "named-subject", "he-in-the-clause"])
def test_a_definite_abstract_noun_beside_a_named_speaker_stays_that_person(nlp, body, content, name):
    """Where the sentence names a person (or he/she) outside the statement, the finder took the noun from that
    person's clause: the person the passage is about, as before."""
    assert row_of(extract_rows(nlp, body), content)["speaker_name"] == name


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


@pytest.mark.parametrize("text, mention, content", [
    ("A news agency first reported the transport of blood reserves to the border. The decision signalled that "
     "Washington fears an attack within days.", "The decision", "Washington fears an attack"),
    ("The security service opened a criminal case against the businessman on Saturday. The case accuses the "
     "businessman of organising an armed mutiny.", "The case", "of organising an armed mutiny"),
    ("Both sides agreed to pull their troops back from the capital. The fact suggested that the two delegations "
     "were close to a deal.", "The fact", "the two delegations were close"),
], ids=["decision-signalled", "case-accuses", "fact-suggested"])
def test_a_definite_abstract_noun_with_no_person_near_is_no_speaker(nlp, text, mention, content):
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] == "UNKNOWN"
    assert "abstract noun" in row["speaker_unknown_reason"]


@pytest.mark.parametrize("text, mention, content, name", [
    ("The train stood at the station for two hours. The conductor explained that the line had no power after "
     "the strike.", "The conductor", "the line had no power", "conductor"),
    ("The shop opened in a basement in 1998. The proprietor recalled that the first customers came for old "
     "comics.", "The proprietor", "the first customers came", "proprietor"),
    ("Hundreds of volunteers came to the square. The organiser said that more buses would leave in the morning.",
     "The organiser", "more buses would leave", "organiser"),
], ids=["conductor", "proprietor", "organiser"])
def test_a_definite_person_noun_with_no_person_near_stays_as_written(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name
