"""A speech, statement or address printed in full after an announcement: each paragraph is its speaker's direct
statement, cue the announcement's speech noun (statements/printed.py; GUIDE_QUESTIONS 15). Invented articles."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of

_NOUNS = {"speech", "address", "statement", "remarks", "interview", "message", "letter"}

# an evening video address announced by a correspondent's lead-in, the speaker named before the announcement
EVENING = ("The statement was made by President Petro Marchenko in his evening video address, a correspondent "
           "reports.\n\nThe full text of the speech is provided below:\n\nGood evening, fellow Ukrainians!\n\nToday we "
           "agreed with our partners on two more air defence systems for our cities.\n\nMonday - a call with the Prime "
           "Minister of Japan. A meeting with the President of Chile.\n\nI thank everyone who helps "
           "our soldiers at the front!\n\nGlory to Ukraine!")
# the text of an address, the speaker the speech noun's possessor, a third party reported inside it
ADDRESS = ("Here is the text of Prime Minister Jane Doe's address to parliament:\n\nWe will send two more howitzers "
           "to Ukraine this winter.\n\nOur partners in Berlin say that they will match every shell we deliver.")
# "published in full", the possessor a description of the person named before
IN_FULL = ("Chancellor Erik Lund spoke at the summit in Vilnius on Tuesday.\n\nThe chancellor's address is published "
           "in full below:\n\nLadies and gentlemen,\n\nNorway will keep supporting Ukraine for as long as it takes.")


@pytest.mark.parametrize("body, content, name, cue", [
    (EVENING, "Today we agreed with our partners", "Petro Marchenko", "speech"),
    (EVENING, "I thank everyone who helps our soldiers", "Petro Marchenko", "speech"),
    (EVENING, "Monday - a call with the Prime", "Petro Marchenko", "speech"),  # a verbless list, no salutation
    (ADDRESS, "We will send two more howitzers", "Jane Doe", "address"),
    (IN_FULL, "Norway will keep supporting Ukraine", "Erik Lund", "address"),
], ids=["evening-first", "evening-thanks", "evening-list", "address-possessor", "in-full-description"])
def test_each_paragraph_is_the_speakers_direct_statement(nlp, body, content, name, cue):
    row = row_of(extract_rows(nlp, body), content)
    assert (row["speaker_name"], row["cue"], row["quote_type"]) == (name, cue, "direct")


@pytest.mark.parametrize("body, words", [
    (EVENING, "Good evening, fellow Ukrainians!"),
    (EVENING, "Glory to Ukraine!"),
    (IN_FULL, "Ladies and gentlemen,"),
], ids=["greeting", "sign-off", "address-form"])
def test_a_salutation_is_no_statement(nlp, body, words):
    assert not [r for r in extract_rows(nlp, body) if words in r["text"]]


def test_the_speakers_own_acts_are_its_paragraph_a_third_partys_keep_their_row(nlp):
    rows = extract_rows(nlp, EVENING)
    assert not [r for r in rows if r["text"].startswith("everyone who helps")]  # "I thank ..." is the paragraph's
    third = [r for r in extract_rows(nlp, ADDRESS) if "they will match every shell" in r["text"]]
    assert any(r["cue"] == "say" for r in third)


@pytest.mark.parametrize("body, words", [
    # the reporter narrates again: the printed text has ended
    ("Full text of Volodymyr Zelensky's speech to Congress\n\nI thank America for its support.\n\nOlena Kurylo, a "
     "correspondent in Washington, wrote that the speech was well received.", "Olena Kurylo"),
    # page furniture after the text
    ("The full text of the statement is provided below:\n\nWe will rebuild every city the enemy has ruined.\n\nRead "
     "also: Drone attack damages port in Odesa", "Drone attack"),
], ids=["narration", "furniture"])
def test_the_printed_text_ends(nlp, body, words):
    assert not [r for r in extract_rows(nlp, body) if words in r["text"] and r["cue"] in _NOUNS]


@pytest.mark.parametrize("body", [
    # the full text named inside a statement's content
    "Minister Anna Berg said the full text of her speech would be posted online.\n\nWe will help Ukraine, she added.",
    # a lead-in with a colon but no announcement: the colon rule's, one paragraph
    "The minister said in a statement on Friday:\n\nWe will send more tanks to Ukraine.\n\nThe tanks arrive in May, "
    "officials in Warsaw said.",
    # an abstract's "FULL TEXT." rubric: no speech noun
    "ABSTRACT.\n\nThe senator's campaign is short of money.\n\nFULL TEXT.\n\nThe senator's campaign raised less than "
    "expected, and we found that donors are tired.",
    # the full text of a document that no one speaks
    "Minister Anna Berg met the auditors.\n\nHere is the full text of the report:\n\nWe found that the money was "
    "spent on fuel.",
    # a transcript of a call named in an adjunct
    "Senator Jane Roe said the call was short, according to a transcript of the call.\n\nWe had no time to talk "
    "about aid, she said.",
], ids=["in-content", "colon-lead-in", "abstract-rubric", "report", "adjunct"])
def test_an_ordinary_article_prints_no_speech(nlp, body):
    assert not [r for r in extract_rows(nlp, body) if r["cue"] in _NOUNS]
