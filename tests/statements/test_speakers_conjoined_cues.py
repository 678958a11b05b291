"""A cue conjoined to another clause and its subject: "X did A and its ROLE, NAME, said B", "X made claims that A
and reiterated that B", "X said A but said B" and a clause after an outlet's colon lead, each with its near
misses. Tests moved from the round-named files of rounds 14 and 20."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


def _row(nlp, text, content):
    rows = extract_rows(nlp, text)
    return next(r for r in rows if r["text"].startswith(content))


@pytest.mark.parametrize("text, content, name", [
    ("So far Beijing has declined to criticise the offensive, and its leader, Xi Jinping, assured Putin it would "
     "back his security goals.", "it would back his security goals", "Xi Jinping"),
    ("Berlin has promised more armoured vehicles to Kyiv and its defence minister, Boris Pistorius, said on Tuesday "
     "the first of them would arrive within weeks.", "the first of them would arrive", "Boris Pistorius"),
    ("London sent another batch of missiles to Ukraine and its prime minister, Rishi Sunak, said more would follow "
     "before the winter.", "more would follow", "Rishi Sunak"),
], ids=["president-after-declined", "minister-after-promised", "premier-after-sent"])
def test_a_subject_coordinated_into_the_clause_before_is_the_speaker(nlp, text, content, name):
    """"X did A and its ROLE, NAME, said B": the parse hangs "its ROLE, NAME" on A's object and gives the cue X's
    subject; the noun phrase after "and", with its name set off by commas, is the speaker
    (`subjects.coordinated_subject`)."""
    assert _row(nlp, text, content)["speaker_name"] == name


@pytest.mark.parametrize("text, content, name", [
    ("Dmytro Kuleba thanked Antony Blinken and his deputy, Victoria Nuland, adding that more air defence was "
     "needed.", "that more air defence was needed", "Dmytro Kuleba"),
    ("Olaf Scholz met Emmanuel Macron and the Polish president, Andrzej Duda, and said the allies would stay "
     "united.", "the allies would stay united", "Olaf Scholz"),
], ids=["participle-after-name", "and-before-the-cue"])
def test_a_name_in_the_object_is_not_the_subject_of_a_later_cue(nlp, text, content, name):
    """Near misses: a participle ("adding") and a cue after its own "and" keep the first clause's subject."""
    assert _row(nlp, text, content)["speaker_name"] == name


@pytest.mark.parametrize("text, content, name", [
    ("Dmitry Medvedev made fresh claims that Moscow will prevail in the end and reiterated that the borders must "
     "be pushed back.", "that the borders must be pushed back", "Dmitry Medvedev"),
    ("Viktor Orban repeated his view that sanctions have failed and argued that Europe should seek a ceasefire.",
     "that Europe should seek a ceasefire", "Viktor Orban"),
    ("Lloyd Austin voiced confidence that Kyiv can hold the line and promised that more shells were on the way.",
     "that more shells were on the way", "Lloyd Austin"),
], ids=["claims-that-will-reiterated", "view-that-have-argued", "confidence-that-can-promised"])
def test_a_past_cue_conjoined_to_a_that_clause_is_the_matrix_subjects(nlp, text, content, name):
    """"X made claims that A will ... and reiterated that B": the parse hangs the past-tense cue on the verb of the
    that-clause (another tense); the cue is the matrix clause's second verb and X speaks
    (`subjects._matrix_of_embedded`)."""
    assert _row(nlp, text, content)["speaker_name"] == name


def test_a_cue_in_the_same_tense_as_the_clause_keeps_the_clause_subject(nlp):
    """Near miss: "Austin welcomed reports that Poland sent more tanks and promised further deliveries" (the clause's
    verb and the cue share their tense): the conjoined cue stays in the that-clause, Poland promised."""
    text = "Lloyd Austin welcomed reports that Poland sent more tanks and promised further deliveries."
    assert _row(nlp, text, "further deliveries")["speaker_name"] == "Poland"


@pytest.mark.parametrize("body, content, name", [
    ("Two Americans were killed in Donbas, CNN reported, citing a US State Department spokesperson. AFP reports: "
     "The spokesperson, who was not named, gave no details of the deaths but said "
     "Washington was in contact with the families.", "Washington was in contact",
     "a US State Department spokesperson"),
    ("Alexei Gorinov, a Moscow councillor, faces seven years in jail. Agence France-Presse reports: Gorinov did not "
     "deny the remarks but said the law was aimed at silencing critics of the war.", "the law was aimed",
     "Alexei Gorinov"),
    ("Four civilians were killed in Lyman. AFP reports: Governor Pavlo Kyrylenko gave no figures for the wounded but "
     "said the shelling had continued overnight.", "the shelling had continued", "Pavlo Kyrylenko"),
], ids=["reuters-spokesperson", "afp-gorinov", "afp-kyrylenko"])
def test_a_clause_after_an_outlets_colon_lead_keeps_its_subject(nlp, body, content, name):
    """"Reuters reports: The spokesperson ... did not provide any details but said ...": the second verb's subject is
    the clause's own, not the outlet whose lead the clause follows after a colon (subjects._after_colon)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_said_again_after_a_reported_clause_keeps_the_first_speaker(nlp):
    """"X said A but said B" with no colon: B is still X's."""
    body = "Blinken said the killings are not a factor in the talks but said Russia must decide soon."
    assert speaker_of(extract_rows(nlp, body), "Russia must decide") == "Blinken"
