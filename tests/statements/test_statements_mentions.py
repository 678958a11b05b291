"""The speaker MENTION picked at the cue (before speaker resolution), on real sentences parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def run(nlp, body):
    return [(r["text"], r["speaker_text"], r["cue"]) for r in extract_rows(nlp, body)]

@pytest.mark.parametrize("sentence, mention", [
    ('A statement from the EU on Friday said, "the reason given for their probe raises worries about academic freedom."',
     "the EU"),
    ("Prisons across Russia have started enlisting convicts to serve at the front, according to three reports by "
     "independent media published this week.", "independent media"),
    (shared_text("Russia would need", "and western governments."), shared_text("military experts", "western governments")),  # a joint source, as the gold has it
    ("Reports from outlets have been saying that Moscow enlists convicts.", "outlets"),
    ("The report said the army was short of shells.", "The report"),  # no source inside: the document speaks
])
def test_a_document_speaks_for_the_source_named_in_it(nlp, sentence, mention):
    rows = run(nlp, sentence)
    assert len(rows) == 1 and rows[0][1] == mention


def test_quoted_as_saying(nlp):
    rows = run(nlp, "McCallum voiced worry about the debt.\n\n\u201cWhen I saw the accounts, I was truly "
                    "alarmed,\u201d he was later quoted as saying in the statement.")
    assert ("When I saw the accounts, I was truly alarmed", "he", "saying") in rows


def test_nested_attribution_parsed_upside_down_goes_to_the_innermost_speaker(nlp):
    rows = run(nlp, shared_text("The governor of", "Kyiv Independent reports."))
    assert rows == [(shared_text("that Russia is", "the Zaporizhizhia oblast"),
                     "The governor of Zaporizhizhia", "has said")]


def test_according_to_a_document_that_reports_a_cue_leaves_the_statement_to_its_speaker(nlp):
    rows = run(nlp, shared_text("“This proves only", "from the presidency."))
    assert [(m, c) for _, m, c in rows] == [("he", "said")]


def test_a_hypothetical_speech_event_inside_a_statement_is_its_speakers(nlp):
    rows = run(nlp, "Montana Sen. Jon Tester said Monday that Trump ran on making Mexico fund the wall, and "
                    "if the president now says, \u201cWe will build the wall anyway,\u201d that is wrong.")
    assert rows and all("Jon Tester" in m for _, m, _ in rows)


@pytest.mark.parametrize("sentence, quote, mention", [
    # the parse hangs the name on the quotation's last noun; the appositive between commas is not the speaker
    ("\"This story is not only in our institutions, it is spread by the media, where we see the labels of "
     "'thug, predator,'\" Malkia Cyril, the director of a media justice group, told The "
     "Huffington Post.", "This story is not only in our institutions, it is spread by the media, where we see "
                        "the labels of 'thug, predator,'", "Malkia Cyril"),
    ('"I once flew with Russian pilots in the back seat of my jet," Kelly, D-AZ., told a Fox News '
     'anchor in an interview on Friday.',
     "I once flew with Russian pilots in the back seat of my jet", "Kelly"),
    ("This comes as the governor of the Luhansk oblast, Serhiy Haidai, said Russian forces held most of the town.",
     "Russian forces held most of the town", "Serhiy Haidai"),  # here the name is the appositive
])
def test_a_name_before_its_appositive_speaks_and_the_one_told_does_not(nlp, sentence, quote, mention):
    """ukraine_dev and PolNeAR sentences whose cue the parse left without a subject: the speaker is the name before
    the appositive ("Kelly, D-Ariz., told"), never the addressee after "told" (Fox News' anchor)."""
    assert [(t, m) for t, m, _ in run(nlp, sentence)] == [(quote, mention)]


def test_said_to_have_is_not_a_cue_of_the_name_before_it(nlp):
    assert run(nlp, "In footage published by Ukraine's border guard service, the soldiers, said to have serious "
                    "wounds, are seen leaving the ambulances.") == []


@pytest.mark.parametrize("body, mention, content", [
    ("The museum opened.\n\nWASHINGTON -- President Obama, opening the new history museum "
     "on Sunday, said it would tell the story of America.", "President Obama",
     "it would tell the story of America"),
    ("KYIV, Ukraine (AP) — Ukrainian leader Volodymyr Zelenskyy said Friday that the troops need more drones.",
     "Ukrainian leader Volodymyr Zelenskyy", "that the troops need more drones"),
    ("ROME, Italy (AP) — Senior NATO and European Union officials pressed the ministers on Friday to act.",
     "Senior NATO and European Union officials", None),
    ("MINSK, 9 May (BelTA) - Belarus must be prepared for any scenario, although this is hard to believe, Belarusian "
     "leader Aleksandr Lukashenko told a meeting.", "Belarusian leader Aleksandr Lukashenko",
     "Belarus must be prepared for any scenario"),
])
def test_a_dateline_is_neither_the_speaker_nor_the_content(nlp, body, mention, content):
    """AP-, NYT- and BelTA-style datelines open the first paragraph; the parse often takes the place for the
    subject of the cue ("WASHINGTON ... said") or the content's first words."""
    rows = run(nlp, body)
    assert rows and rows[0][1] == mention
    if content is not None:
        assert rows[0][0] == content


def test_an_all_caps_kicker_is_not_a_dateline(nlp):
    body = ("EVEN THE HOST'S BOSS HAS HIS DOUBTS — The chief of Sony Pictures Television wrote in an "
            "email that the host is smart.")
    assert [m for _, m, _ in run(nlp, body)] == ["The chief of Sony Pictures Television"]


@pytest.mark.parametrize("sentence", ["Let's say you think a college degree will cost $120,000 in 15 years.",
                                      "Let us say that Russia wins."])
def test_lets_say_is_a_supposition_not_a_statement(nlp, sentence):
    assert run(nlp, sentence) == []
