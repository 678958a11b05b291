"""Round 20: speakers that hold on unseen news. Invented sentences with real officials' names, one construction per
test, each example from a different (invented) article, and a near miss the rule must not take."""

from __future__ import annotations

import pytest

from support import extract_rows


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
    ("Residents who decide to remain, said Iryna Vereshchuk, will have to sign a waiver.",
     "will have to sign a waiver", "Iryna Vereshchuk"),
    ("The convoy, said Andriy Yermak, was hit twice before it reached the city.",
     "was hit twice", "Andriy Yermak"),
    ("Anyone who breaks the curfew, warned Vitali Klitschko, will be detained by the police.",
     "will be detained", "Vitali Klitschko"),
], ids=["residents-said", "convoy-said", "curfew-warned"])
def test_a_cue_set_inside_the_clause_it_reports_is_its_named_speakers(nlp, text, content, name):
    """"SUBJECT, said NAME, VERB ...": the cue interrupts the clause it reports right after its subject; the name
    after the cue speaks, not the subject the parse gave the cue (`inverted_aside.aside_speaker`), and the
    content starts after the name."""
    row = _row(nlp, text, content)
    assert row["speaker_name"] == name


def test_a_cue_after_an_adverbial_keeps_its_subject(nlp):
    """Near miss: "Zelensky, in a speech on Monday, said Putin, who ..., must face a tribunal" (something stands
    between the subject and the cue): Zelensky speaks."""
    text = "Volodymyr Zelensky, in a speech on Monday, said Putin, who ordered the invasion, must face a tribunal."
    assert _row(nlp, text, "Putin, who ordered")["speaker_name"] == "Volodymyr Zelensky"


@pytest.mark.parametrize("text, content, name", [
    ("The talks were chaired by Dmytro Kuleba, who said on Friday that the grain corridor would stay open.",
     "that the grain corridor would stay open", "Dmytro Kuleba"),
    ("Reporters later met Jens Stoltenberg, who warned that the alliance could not rule out a longer war.",
     "that the alliance could not rule out", "Jens Stoltenberg"),
    ("The plan was backed by Kaja Kallas, who argued that frozen Russian assets should pay for reconstruction.",
     "that frozen Russian assets should pay", "Kaja Kallas"),
], ids=["chaired-by-who-said", "met-who-warned", "backed-by-who-argued"])
def test_the_mention_at_a_relative_cue_is_the_pronoun(nlp, text, content, name):
    """"X, who said ...": the mention at the cue, as written, is "who" (ANNOTATION.md's speaker_text; PolNeAR marks
    the same), while the speaker is the person it stands for (`subjects.relative_mention`)."""
    row = _row(nlp, text, content)
    assert (row["speaker_text"], row["speaker_name"]) == ("who", name)


def test_a_named_subject_before_its_cue_keeps_its_mention(nlp):
    """Near miss: a cue with its own named subject inside a relative clause's sentence keeps the name as written."""
    text = "Annalena Baerbock, whose ministry drafted the plan, said the sanctions would be extended."
    row = _row(nlp, text, "the sanctions would be extended")
    assert (row["speaker_text"], row["speaker_name"]) == ("Annalena Baerbock", "Annalena Baerbock")


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
