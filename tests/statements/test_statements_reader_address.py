"""A live blog addressing its readers is page furniture (vetoes.reader_address): a cue outside any quotation whose
object is "you" and whose subject is no pronoun and no name (the blog's heading word the parse took as subject)
gives no statement. A speech printed in full ("I thank you ...") and a quoted thanks stay. Sentences in our own
wording, after the sign-offs of several live blogs of the readable corpus."""

from __future__ import annotations

import pytest

from support import extract_rows

SIGN_OFFS = [
    "Markets rallied.\n\n18.30 Summary Thank you for following our coverage of the crisis in Sudan tonight.",
    "Shelling continued overnight.\n\n07.00 Summary Thank you for staying with us through tonight's rolling reports on the "
    "floods in Pakistan.",
    "Talks resumed.\n\n22.10 Summary Thank you for reading along with our live coverage of the election in Brazil.",
]


@pytest.mark.parametrize("text", SIGN_OFFS)
def test_a_live_blog_thanking_its_readers_gives_no_statement(nlp, text):
    assert [r for r in extract_rows(nlp, text) if r["cue"].lower().startswith("thank")] == []


def test_a_speech_printed_in_full_still_thanks_its_audience(nlp):
    rows = extract_rows(nlp, "I thank you for your patience and for everything you do for our soldiers.")
    assert [(r["cue"], r["text"][:8]) for r in rows] == [("thank", "you for ")]


def test_a_quoted_thanks_stays_the_speakers(nlp):
    rows = extract_rows(nlp, '"Thank you for standing with us," Zelensky told the senators.')
    assert [r["cue"] for r in rows] == ["told"]


def test_a_named_subject_thanking_you_is_no_reader_address(nlp):
    rows = extract_rows(nlp, "Zelensky thanked you for every donation to the drone fund, the foundation wrote.")
    assert [(r["cue"], r["speaker_text"]) for r in rows] == [("thanked", "Zelensky")]


@pytest.mark.parametrize("text,cue", [
    ("His campaign and many commentators will tell you that the vote was a draw.", "will tell"),
    ("I am here tonight to tell you what I have learned since the last election.", "tell"),
])
def test_a_speaker_telling_the_audience_stays(nlp, text, cue):
    assert [r["cue"] for r in extract_rows(nlp, text)] == [cue]


@pytest.mark.parametrize("text,cue", [
    ("Talks resumed.\n\nOfficials told you last week that the bridge would reopen.", "told"),
    ("Markets rallied.\n\nZelenskyy thanked you for every donation, the foundation wrote.", "thanked"),
    ("Shelling went on.\n\nDiplomats assured you on Monday that the talks would go on.", "assured"),
])
def test_a_line_without_a_time_stamp_is_no_heading(nlp, text, cue):
    """The heading word follows a time stamp ("18.30 Summary"); a subject opening a paragraph without one speaks."""
    assert cue in [r["cue"] for r in extract_rows(nlp, text)]


UNSTAMPED_SIGN_OFFS = [
    "Markets rallied.\n\nSummary Thank you for following our rolling coverage of the summit in Vilnius.",
    "Shelling continued overnight.\n\nWrap Thank you for your messages about the floods in Pakistan; we read every one.",
    "Talks resumed.\n\nRecap Thank you all for your company through a long night of news from the count in Warsaw.",
]


@pytest.mark.parametrize("text", UNSTAMPED_SIGN_OFFS)
def test_a_heading_glued_to_a_capitalised_cue_needs_no_time_stamp(nlp, text):
    """"Summary Thank you for ...", "Wrap Thank you for your messages", "Recap Thank you all": the heading word opens
    its line right before the next sentence's capitalised first word, the cue; no time stamp before it."""
    assert [r for r in extract_rows(nlp, text) if r["cue"].lower().startswith("thank")] == []


def test_a_lower_case_cue_after_a_line_opening_noun_still_speaks(nlp):
    """Near miss: "Officials thanked you ..." opening a paragraph: the cue is lower case, the subject speaks."""
    rows = extract_rows(nlp, "Talks resumed.\n\nVolunteers thanked you for every parcel sent to Kharkiv, the charity wrote.")
    assert "thanked" in [r["cue"] for r in rows]


@pytest.mark.parametrize("title, cue, speaker", [
    ("Experts Tell You Why Kyiv Needs More Air Defence", "Tell", "Experts"),
    ("Ministers Tell You What The Budget Means For Families", "Tell", "Ministers"),
])
def test_a_title_case_headline_is_no_heading_glued_to_a_cue(nlp, title, cue, speaker):
    """Near miss: a Title Case headline opens with a noun and a capitalised cue, but it is the title, in Title Case
    to its end, not a heading word glued to a sentence."""
    rows = extract_rows(nlp, "Shelling continued overnight near the city.", title=title)
    assert (cue, speaker) in [(r["cue"], r["speaker_text"]) for r in rows]
