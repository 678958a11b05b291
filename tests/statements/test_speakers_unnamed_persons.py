"""Unnamed persons as written (speakers/personal.py, described_near.py): "a security guard ... he said" is that
person, a definite or indefinite person noun with a capitalised modifier is a person, and a he/she carries an
unnamed speaker on across the quotation's own sentences but not a plural or quantifier speaker. Tests moved from
the round-named files of rounds 11, 14 and 19."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, name", [
    ("The first gunmen ran into an office block next door and threw a grenade into its hall, a security "
     "professional present throughout the raid told Reuters. The second group fired on the cafe, he said.",
     "The second group fired", "security professional present"),
    ("The prisoners were moved overnight. An interpreter who worked with the unit told the BBC the soldiers were "
     "safe. They had been taken to Kyiv, he said.", "They had been taken", "interpreter"),
    ("Heslouin was travelling to see his son. A friend of the family said the couple had planned to leave in May. "
     "They had already packed their bags, she said.", "They had already packed", "friend of the family"),
], ids=["security-professional", "interpreter", "friend-of-the-family"])
def test_he_she_after_an_unnamed_person_noun_is_that_person(nlp, body, content, name):
    """"a security professional ... told Reuters ... he said": an indefinite singular person noun (a person
    word of speaker_words.csv, a role, an agent ending) is a person as written (mention._as_common_noun), so a he/she
    right after it carries it on (pronouns._same_speaker_again) instead of a person named before it. Its name is the
    one it has mid-sentence ("a friend" -> "friend"), also where it opens the sentence (round 29: no capitalised name
    the NER missed, mention._sentence_capital_only)."""
    r = row_of(extract_rows(nlp, body), content)
    assert (r["speaker_name"], r["speaker_type"]) == (name, "person")


@pytest.mark.parametrize("body, content, name, kind", [
    ("In the ad, a narrator tells viewers that Sanders marched for civil rights in 1963.",
     "that Sanders marched", "narrator", "person"),
    ("“He was a person of rare decency,” a friend said on Facebook.", "He was a person of rare decency", "friend",
     "person"),
    ("Evacuations continued on Tuesday. One aid worker told France24 that Russia was using its heavier guns "
     "to level buildings one after another.", "that Russia was using", "One aid worker", "person"),
    ("A report said the city had been cut off for a week.", "the city had been cut off", "UNKNOWN", "unknown"),
], ids=["narrator", "friend", "aid-worker", "report-stays-no-speaker"])
def test_an_indefinite_person_noun_is_a_person_as_written(nlp, body, content, name, kind):
    """"a narrator", "a friend", "one aid worker": a person as written, not a name of unknown type; a document word
    with no source ("A report said") stays no speaker."""
    r = row_of(extract_rows(nlp, body), content)
    assert (r["speaker_name"], r["speaker_type"]) == (name, kind)


@pytest.mark.parametrize("body, content, name", [
    ("An interpreter told the BBC the soldiers were safe. Major Ivan Petrenko confirmed the transfer on Monday. "
     "They had been taken to Kyiv, he said.", "They had been taken", "Ivan Petrenko"),
    ("A neighbour said the fire started at night. Later, firefighter Anna Kovac arrived. The roof had collapsed, she "
     "said.", "The roof had collapsed", "Anna Kovac"),
    ("Gunmen stormed the hotel, a witness told Reuters. Police chief Joseph Boinnet said the area was secure. "
     "All the guests were evacuated, he said.", "All the guests were", "Joseph Boinnet"),
], ids=["named-major-after", "named-firefighter-after", "named-police-chief-after"])
def test_a_person_named_after_the_unnamed_one_takes_the_pronoun(nlp, body, content, name):
    """A named subject between the unnamed person and the he/she is the new topic: the pronoun is that person."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ('Vladimir Putin was sworn in again on Tuesday. Full of confidence, the Russian strongman closed '
     'his address by declaring: "Together we will win."', "Together we will win", "Vladimir Putin"),
    ("Robert Habeck, Germany's energy minister, visited Vienna this week. On the trip, the Green politician said "
     "families as well must do their share.", "families as well must", "Robert Habeck"),
    ("Pope Francis spoke to pilgrims in St Peter's Square on Sunday. The Argentinian pontiff condemned the "
     "bombardment of the city.", "the bombardment of the city", "Francis"),
], ids=["strongman", "green-politician", "pontiff"])
def test_a_definite_person_noun_with_a_capitalised_modifier_is_the_person_meant(nlp, body, content, name):
    """"the Russian strongman", "the Green politician", "The Argentinian pontiff": a person described, not an
    organisation's name; the person the passage is about (personal.py)."""
    r = [r for r in extract_rows(nlp, body) if content in r["text"]][0]
    assert name in r["speaker_name"] and r["speaker_type"] == "person"


@pytest.mark.parametrize("body, content, name", [
    ("Russian billionaire Oleg Tinkov condemned the war on Instagram. The Russian tycoon, who founded a bank, wrote "
     "that most Russians opposed the conflict.", "most Russians opposed", "Oleg Tinkov"),
    ("Oleg Deripaska, the founder of Rusal, called for talks in February. The Russian billionaire said peace was "
     "very important.", "peace was very important", "Oleg Deripaska"),
    ("Viktor Medvedchuk was detained in April. The Ukrainian oligarch told investigators that he had acted alone.",
     "he had acted alone", "Viktor Medvedchuk"),
], ids=["tycoon", "billionaire", "oligarch"])
def test_a_wealthy_person_noun_is_a_person_noun(nlp, body, content, name):
    """"The Russian tycoon", "The Russian billionaire", "The Ukrainian oligarch" after the person is named: a person
    noun of speaker_words.csv (`person_nouns`; no agent ending), so the person the passage is about (personal.py),
    not a capitalised name the NER missed taken for an organisation ("Russian tycoon", round 31's draw 4 A)."""
    r = [r for r in extract_rows(nlp, body) if content in r["text"]][0]
    assert name in r["speaker_name"] and r["speaker_type"] == "person"


@pytest.mark.parametrize("body, content, name, kind", [
    ("A former FBI field agent who spent years inside militia groups told the Guardian that the agency is failing.",
     "that the agency is failing", "former FBI field agent", "person"),
    ("A Russia-backed separatist claimed that 400 Ukrainian fighters were trapped in the plant.",
     "that 400 Ukrainian fighters", "Russia-backed separatist", "person"),
    ("A 15-year-old Ukrainian girl described how she was held captive for two months.", "how she was held",
     "15-year-old Ukrainian girl", "person"),
    ("The US defence department said it would send more shells to Kyiv.", "it would send", "US defence department",
     "organization"),
], ids=["fbi-agent", "separatist", "boy", "department-stays-an-organisation"])
def test_an_indefinite_person_noun_with_a_capitalised_modifier_is_a_person_as_written(nlp, body, content, name, kind):
    """"A former FBI special agent", "A Russia-backed separatist": a person as written (personal.py); an
    organisation's head ("department") stays an organisation."""
    r = [r for r in extract_rows(nlp, body) if r["text"].startswith(content)][0]
    assert (r["speaker_name"], r["speaker_type"]) == (name, kind)


@pytest.mark.parametrize("text, content, name", [
    ("A nurse at the city hospital described the night of the strike. \"We had no light for hours,\" the nurse said. "
     "\"Patients were moved to the basement.\"\n\n\"Nobody slept,\" she added.", "Nobody slept", "nurse"),
    ("A soldier from the 93rd brigade spoke to reporters at the front. \"The shelling has not stopped since Friday,\" "
     "the soldier said. \"We dig in again every night.\"\n\n\"We need more shells,\" he said.", "We need more shells",
     "soldier"),
    ("Sophie, the Duchess of Edinburgh, travelled to Kyiv on Monday. \"Survivors here have spoken out so bravely,\" "
     "the duchess said. \"They show all of us what is at risk.\"\n\n\"We must stand with every survivor,\" she "
     "said.", "We must stand with every survivor", "duchess"),
], ids=["nurse", "soldier", "duchess"])
def test_an_unnamed_speaker_is_carried_on_across_the_quotations_own_sentences(nlp, text, content, name):
    """A he/she carries an unnamed previous speaker on in the next sentence, or a later one when only that
    speaker's quoted sentences lie between (`described_near._all_quoted`); was UNKNOWN."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert name in row["speaker_name"].lower()


def test_a_quantifier_speaker_is_not_carried_on_across_quotations(nlp):
    """A plural or quantifier speaker ("Many shelter users report") is no "she" two sentences on: the person named
    before it is."""
    text = ("\"The beds fill up by nine,\" Nadia Ross says. Many shelter users say they do not want flats they "
            "could never pay for.\n\n\"Keep in mind that the people in shelters differ a lot. Some "
            "would rather stay,\" she added.")
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith("Keep in mind"))
    assert row["speaker_name"] == "Nadia Ross"
