"""A participle cue's borrowed subject that cannot speak (`statements.borrowed_subject`): the parse hangs the
participle on an embedded or adverbial clause whose subject is a thing or an event, and the speaker is the subject
of the outermost clause above the cue, if it can speak (not the nearest subject before the cue: the reported
clause's). Sentences in our own words after three articles (ukraine_team half A twice,
the corpus outside coding_dev once), and near misses."""

from __future__ import annotations

import pytest

from support import extract_rows


def _assert_speaker_text(nlp, text, cue, speaker):
    """The row of `cue` exists and its speaker text is `speaker`."""
    rows = extract_rows(nlp, text)
    row = next((r for r in rows if r["cue"] == cue), None)
    assert row is not None, [(r["cue"], r["speaker_text"]) for r in rows]
    assert row["speaker_text"] == speaker


@pytest.mark.parametrize("text,cue,speaker", [
    # the participle hung on the reported clause's verb: its subject was "his visit"
    ('The secretary said his visit was not about countering China\'s influence in Africa, telling Kenya\'s "NTV" '
     'that Washington\'s "aim is not to tell partners: you must choose."', "telling", "The secretary"),
    # hung on a that-clause inside a that-clause: "all the rules"
    ("He added, however, that he was worried by the risk of reprisals and that he would check that all the rules "
     "were being followed, while accusing the Kremlin of spreading propaganda.", "accusing", "He"),
    # hung on a temporal clause: "the war"
    ("The prime minister visited Kyiv last week for the second time since the war broke out, pledging to support "
     "Ukraine for as long as it takes.", "pledging", "The prime minister"),
], ids=["complement", "nested_complement", "temporal_clause"])
def test_the_speaking_subject_before_the_cue(nlp, text, cue, speaker):
    _assert_speaker_text(nlp, text, cue, speaker)


@pytest.mark.parametrize("text,cue,speaker", [
    # a borrowed subject that can speak stays
    ("The ministry said the report was accurate, adding that more details would follow.", "adding", "The ministry"),
    # a participle on a reported clause is the sayer's (subjects.subject, unchanged)
    ("Officials said they had seen the drafts, warning that the talks could still fail.", "warning", "Officials"),
    # a controlled participle keeps its verb's subject
    ("The reporter explained, recalling how armies of bots keep claiming that the videos are staged.", "claiming",
     "armies of bots"),
], ids=["speaking_borrowed", "reported_clause", "controlled"])
def test_near_misses(nlp, text, cue, speaker):
    _assert_speaker_text(nlp, text, cue, speaker)


@pytest.mark.parametrize("text,cue,speaker", [
    # the nearest subject before the cue is the reported clause's; the sayer's clause is the outermost
    ("Stoltenberg said the alliance was ready and that the decision would come soon, urging members to send jets.",
     "urging", "Stoltenberg"),
    ("Zelensky said Russia had fired 40 missiles overnight and the damage was severe, urging allies to send more "
     "air defence.", "urging", "Zelensky"),
    ("Scholz said Germany had delivered the tanks and the training was complete, insisting that more would follow.",
     "insisting", "Scholz"),
    ("Biden said the Ukrainians were fighting bravely and the aid was working, promising to send more.",
     "promising", "Biden"),
    ("Austin said that the allies would meet and that the package was ready, urging Congress to pass it.",
     "urging", "Austin"),
    ("Zelensky said the army was holding and the situation remained difficult, urging allies to hurry.",
     "urging", "Zelensky"),
    # "it" inside the reported clause is no speaker
    ("Macron said it was late and the moment had come, calling for a summit.", "calling for", "Macron"),
], ids=["alliance", "country", "country_delivered", "people", "allies", "army", "it"])
def test_the_outermost_subject_not_the_nearest(nlp, text, cue, speaker):
    _assert_speaker_text(nlp, text, cue, speaker)


def test_no_subject_further_in_than_the_outermost(nlp):
    # the tagger misses the name; the troops of the temporal clause are not taken (the speaker stays unknown)
    rows = extract_rows(nlp, "Sunak visited Kyiv after the troops withdrew and the fighting eased, pledging more help.")
    row = next(r for r in rows if r["cue"] == "pledging")
    assert row["speaker_text"] != "the troops" and row["speaker_name"] == "UNKNOWN"


@pytest.mark.parametrize("text,cues", [
    # the borrowed subject ("the plan") cannot speak; in a question the participle gains no speaker (as before)
    ("Did Scholz say the delivery was delayed because the plan failed, promising more tanks?", ["say"]),
    ("Did Macron say the shipment was late because the plan failed, pledging more jets?", ["say"]),
    # the participle on the reported clause keeps the sayer's subject (subjects.subject, unchanged)
    ("Did Scholz say the tanks were ready, promising more tanks?", ["say", "promising"]),
], ids=["because", "because_late", "reported_clause"])
def test_not_in_a_question(nlp, text, cues):
    assert [r["cue"] for r in extract_rows(nlp, text)] == cues


@pytest.mark.parametrize("text,cue,speaker", [
    # a body named, then "It said ...": the outermost subject "It" is the body's (the second review)
    ("The Kremlin dismissed the report on Monday. It said the sanctions had failed and the economy was growing, "
     "urging Europe to relent.", "urging", "It"),
    ("The ministry issued a statement. It said the shelling had stopped and the roads were open, urging residents "
     "to return.", "urging", "It"),
    # a question inside the closing quotation is the quotation's, not the sentence's
    ('The minister said the aid was working and the war would end, asking Congress: "Why wait any longer?"',
     "asking", "The minister"),
], ids=["it_after_a_body", "it_after_a_ministry", "quoted_question"])
def test_the_outermost_body_pronoun_and_a_quoted_question(nlp, text, cue, speaker):
    _assert_speaker_text(nlp, text, cue, speaker)
