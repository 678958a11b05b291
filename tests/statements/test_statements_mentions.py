"""The speaker MENTION picked at the cue (before speaker resolution), on real sentences parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def run(nlp, body):
    return [(r["text"], r["speaker_text"], r["cue"]) for r in extract_rows(nlp, body)]

@pytest.mark.parametrize("sentence, mention", [
    ('A statement from the EU said, "the declared motive for their investigation raises concerns about research."',
     "the EU"),
    ("Prisons across Russia have started to recruit volunteers to fight in Ukraine, according to two reports by "
     "independent media published this week.", "independent media"),
    (shared_text("Russia would need", "and western governments."), "military experts and western governments"),  # a joint source, as the gold has it
    ("Reports from outlets have been claiming that Russia recruits prisoners.", "outlets"),
    ("The report said the army was short of shells.", "The report"),  # no source inside: the document speaks
])
def test_a_document_speaks_for_the_source_named_in_it(nlp, sentence, mention):
    rows = run(nlp, sentence)
    assert len(rows) == 1 and rows[0][1] == mention


def test_quoted_as_saying(nlp):
    rows = run(nlp, "McCallum expressed concern about the debt.\n\n\u201cWhen the books were shown to me, I was deeply "
                    "dismayed,\u201d he was quoted as saying in the press release.")
    assert ("When the books were shown to me, I was deeply dismayed", "he", "saying") in rows


def test_nested_attribution_parsed_upside_down_goes_to_the_innermost_speaker(nlp):
    rows = run(nlp, shared_text("The governor of", "Kyiv Independent reports."))
    assert rows == [(shared_text("that Russia is", "the Zaporizhizhia oblast"),
                     "The governor of Zaporizhizhia", "has said")]


def test_according_to_a_document_that_reports_a_cue_leaves_the_statement_to_its_speaker(nlp):
    rows = run(nlp, shared_text("“This proves only", "from the presidency."))
    assert [(m, c) for _, m, c in rows] == [("he", "said")]


def test_a_hypothetical_speech_event_inside_a_statement_is_its_speakers(nlp):
    rows = run(nlp, "Montana Sen. Jon Tester said Sunday that Trump campaigned on having Mexico pay for the wall, but "
                    "if the president is now saying, \u201cWe\u2019re still going to build the wall,\u201d that is wrong.")
    assert rows and all("Jon Tester" in m for _, m, _ in rows)


@pytest.mark.parametrize("sentence, quote, mention", [
    # the parse hangs the name on the quotation's last noun; the appositive between commas is not the speaker
    ("\"This narrative isn't just in our institutions, it is being pushed by media, where we find the labels of "
     "'criminal, super predator,'\" Malkia Cyril, the executive director at the Center of Media Justice, told The "
     "Huffington Post.", "This narrative isn't just in our institutions, it is being pushed by media, where we find "
                        "the labels of 'criminal, super predator,'", "Malkia Cyril"),
    ('"I used to fly with Russian fighter pilots in the backseat of my plane," Kelly, D-AZ., told Fox News chief '
     'political anchor and host of "Special Report with Brett Baier" during an interview Thursday.',
     shared_text("I used to fly", "backseat of my plane"), "Kelly"),
    ("It comes as the governor of Luhansk, Serhiy Haidai, said Russians were in control of most of the city.",
     "Russians were in control of most of the city", "Serhiy Haidai"),  # here the name is the appositive
])
def test_a_name_before_its_appositive_speaks_and_the_one_told_does_not(nlp, sentence, quote, mention):
    """ukraine_dev and PolNeAR sentences whose cue the parse left without a subject: the speaker is the name before
    the appositive ("Kelly, D-AZ., told"), never the addressee after "told" (Fox News' anchor)."""
    assert [(t, m) for t, m, _ in run(nlp, sentence)] == [(quote, mention)]


def test_said_to_have_is_not_a_cue_of_the_name_before_it(nlp):
    assert run(nlp, "In a video released by Ukraine's State Border Service, the guards, said to have serious "
                    "injuries, are shown leaving ambulances.") == []


@pytest.mark.parametrize("body, mention, content", [
    ("The museum opened.\n\nWASHINGTON -- President Obama, dedicating the National Museum of African American "
     "History and Culture on Saturday, said it would tell an American story.", "President Obama",
     "it would tell an American story"),
    ("KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy said Monday that the army needs more shells.",
     "Ukrainian President Volodymyr Zelenskyy", "that the army needs more shells"),
    ("CAPRI, Italy (AP) — Top NATO and European Union officials urged foreign ministers on Thursday to act.",
     "Top NATO and European Union officials", None),
    ("MINSK, 7 May (BelTA) - Belarus should be ready for any scenario, although it is hard to believe, Belarusian "
     "President Aleksandr Lukashenko said at a meeting.", "Belarusian President Aleksandr Lukashenko",
     "Belarus should be ready for any scenario"),
])
def test_a_dateline_is_neither_the_speaker_nor_the_content(nlp, body, mention, content):
    """AP-, NYT- and BelTA-style datelines open the first paragraph; the parse often takes the place for the
    subject of the cue ("WASHINGTON ... said") or the content's first words."""
    rows = run(nlp, body)
    assert rows and rows[0][1] == mention
    if content is not None:
        assert rows[0][0] == content


def test_an_all_caps_kicker_is_not_a_dateline(nlp):
    body = ("EVEN OZ'S BOSS THINKS HE'S FULL OF YOU-KNOW-WHAT — The head of Sony Pictures Television said in an "
            "email that Oz is smart.")
    assert [m for _, m, _ in run(nlp, body)] == ["The head of Sony Pictures Television"]


@pytest.mark.parametrize("sentence", ["Let's say you think an undergraduate degree will cost $160,000 in 18 years.",
                                      "Let us say that Russia wins."])
def test_lets_say_is_a_supposition_not_a_statement(nlp, sentence):
    assert run(nlp, sentence) == []
