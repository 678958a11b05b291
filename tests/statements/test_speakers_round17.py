"""Round 17: speakers that are no speaker. Invented sentences in the style of the corpus's articles, one construction
per test, each example from a different (invented) article."""

from __future__ import annotations

import pytest

from support import resolve_mention


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


@pytest.mark.parametrize("text, mention, content, name", [
    ("The agency chief spoke to senators on Tuesday. Agency director Mark Olsen said Beijing was worried. According "
     "to the head of the agency, President Ivan Korov had hoped for help with the sanctions.", "the head of the agency",
     "President Ivan Korov had hoped", "Mark Olsen"),
    ("Talks resumed in Geneva on Monday. According to the chief negotiator, Foreign Minister Anna Berg had turned "
     "down the proposal.", "the chief negotiator", "Foreign Minister Anna Berg had turned", "UNKNOWN"),
    ("The festival opens on Friday in the old town. According to the organiser, Putin will not be asked to the "
     "gala.", "the organiser", "Putin will not be asked", "organiser"),
], ids=["head-of-agency", "chief-negotiator", "organiser"])
def test_a_name_after_according_to_and_a_comma_that_a_verb_follows_is_the_contents_subject(
        nlp, text, mention, content, name):
    """"According to <description>, <Name> <verb> ...": the name is what the statement is about, not the source's
    appositive name."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content, name", [
    ("Residents fled overnight. According to the governor, Petro Lysenko, troops have detained 40 people.",
     "the governor", "troops have detained 40 people", "Petro Lysenko"),
    ("The port reopened on Sunday. According to the mayor, Ilona Marsh, the first ship will dock on Monday.",
     "the mayor", "the first ship will dock", "Ilona Marsh"),
    ("Shelling went on all night. According to the spokesman, Oleh Dmytrenko, two villages lost power.",
     "the spokesman", "two villages lost power", "Oleh Dmytrenko"),
], ids=["governor", "mayor", "spokesman"])
def test_an_appositive_name_after_according_to_stays_the_source(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content", [
    ("The talks ended on Friday. The minister said that Defence Minister Boris Pistorius would travel to Kyiv next "
     "week.", "The minister", "Defence Minister Boris Pistorius would travel"),
    ("Lawmakers passed the budget on Thursday. The governor said that Governor Kathy Hochul would sign the bill "
     "within days.", "The governor", "Governor Kathy Hochul would sign"),
    ("The army is short of shells. The general warned that General Valery Zaluzhny needed more ammunition.",
     "The general", "General Valery Zaluzhny needed"),
], ids=["minister", "governor", "general"])
def test_a_description_is_never_a_person_named_only_in_its_own_content(nlp, text, mention, content):
    """The later-mention fallback of a description skips the row's own content: whom the statement is about."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == "UNKNOWN"
