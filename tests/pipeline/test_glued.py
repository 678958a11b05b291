"""Glued sentences (pledgewatch.glued): a stop with no space before the next sentence is split by the tokenizer and
starts a sentence, without changing the text. One test per construction, each with sentences in the style of three
different articles (invented, shaped like the corpus's glued places)."""

from __future__ import annotations

import pytest

from pledgewatch import glued
from support import extract_rows


def _tokens(nlp, text):
    return [t.text for t in nlp.tokenizer(text)]


def _starts(nlp, text):
    """The sentences' first words (quotation marks skipped)."""
    return [next(t.text for t in s if t.text not in ('"', "\u201c")) for s in nlp(text).sents]


@pytest.mark.parametrize("text, first", [
    ("Ukrainian officials said the front line held in the east.He said that Ukraine needed more shells.", "He"),
    ("The talks in Brussels went on late into the night.When asked about tanks, Scholz did not answer.", "When"),
    ("Western estimates of Russian losses keep rising.Experts and Western officials expect a long war.", "Experts"),
], ids=["east-he", "brussels-when", "losses-experts"])
def test_a_full_stop_glued_between_two_sentences_starts_one(nlp, text, first):
    assert _starts(nlp, text)[1] == first
    assert "." in _tokens(nlp, text)


@pytest.mark.parametrize("text, glued, second", [
    ('He accused her of wanting all of "Belarus."He said the West would fail.', "Belarus", "He"),
    ('The minister called it "a question of blood and kinship."Later in the speech he spoke of tanks.', "kinship",
     "Later"),
    ('Kuleba said Kyiv had received "enough helmets, but not enough ammunition."To this day, he added, it waits.',
     "ammunition", "To"),
], ids=["belarus", "brotherhood", "ammunition"])
def test_a_closing_quotation_mark_glued_after_a_stop_ends_the_sentence(nlp, text, glued, second):
    toks = _tokens(nlp, text)
    i = toks.index(glued)
    assert toks[i + 1:i + 4] == [".", '"', second]
    sents = list(nlp(text).sents)
    assert sents[0].text.endswith('."') and sents[1].text.startswith(second)


@pytest.mark.parametrize("text, second", [
    ('The defence minister said.\"We will send more air defence systems," he told reporters.', '"We will'),
    ('Stoltenberg spoke after the meeting in Vilnius.\u201cUkraine will become a member," he said.', "\u201cUkraine will"),
    ('The president thanked the donors.\"Every shell counts," Zelensky said on Friday.', '"Every shell'),
], ids=["straight", "curly", "shell"])
def test_an_opening_quotation_mark_after_a_glued_stop_opens_the_next_sentence(nlp, text, second):
    sents = [s.text for s in nlp(text).sents]
    assert sents[1].startswith(second), sents


@pytest.mark.parametrize("text, first", [
    ("Is a war between Russia and Nato likely?Come on, nobody wants that.", "Come"),
    ("What is the bill about?His critics say it hands Kyiv a blank cheque.", "His"),
    ("They were hunting for people!They ran and shot at anyone in the street.", "They"),
], ids=["likely", "bill", "hunting"])
def test_a_question_or_exclamation_mark_glued_to_the_next_sentence(nlp, text, first):
    assert first in _tokens(nlp, text)
    assert _starts(nlp, text)[1] == first


@pytest.mark.parametrize("text, first", [
    ("Duda said so in a talk with TVN24.In his view, the sanctions work.", "In"),
    ("The count of displaced people in the region reached 120,000.In turn, 25,000 have returned.", "In"),
    ("The two sides met on Thursday (March 9).The officials said nothing about weapons.", "The"),
    ("Stoltenberg spoke about the summit of NATO.He added that more help would come.", "He"),
], ids=["tvn24", "140000", "bracket", "acronym"])
def test_a_stop_glued_after_a_number_bracket_or_acronym(nlp, text, first):
    assert _starts(nlp, text)[1] == first


@pytest.mark.parametrize("text, kept", [
    ("Read more on Ukrinform.ua today.", "Ukrinform.ua"),
    ("J.K. Rowling and the U.S. Army were named.", "J.K."),
    ("The U.S.-made launchers and No.5 were named.", "No.5"),
    ("The train leaves at 14.00 from Kyiv.", "14.00"),
])
def test_domains_initials_and_numbers_are_not_split(nlp, text, kept):
    assert kept in _tokens(nlp, text)
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("text", [
    "The request came from Mr.Smith in the embassy.",
    "The consul travelled to St.Petersburg last week.",
    "The order was signed by Gen.Zaluzhnyi on Monday.",
])
def test_a_stop_after_an_abbreviation_starts_no_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1
    assert "mr" in glued.abbreviations() and "st" in glued.abbreviations()


@pytest.mark.parametrize("body, content, name", [
    ("The talks ended late on Friday.According to Dmytro Kuleba, Ukraine needs more air defence systems.",
     "Ukraine needs more air defence", "Dmytro Kuleba"),
    ('Olaf Scholz met the chancellor of Austria in Berlin.\"Germany will deliver more tanks," Scholz said.',
     "Germany will deliver more tanks", "Olaf Scholz"),
    ("Is peace possible?Kaja Kallas said that Estonia would keep sending ammunition.",
     "Estonia would keep sending", "Kaja Kallas"),
], ids=["according-to", "quote", "question"])
def test_a_statement_after_a_glued_stop_has_its_own_speaker(nlp, body, content, name):
    rows = [r for r in extract_rows(nlp, body) if content in r["text"]]
    assert rows and rows[0]["speaker_name"] == name


@pytest.mark.parametrize("text, word, second", [
    ('"Kyiv will get the shells in spring," she said.- If the front holds, we will send more - she added.',
     "said", "- If the front holds"),
    ("The minister spoke after the talks in Ukraine.- We will not leave our partners alone - he stressed.",
     "Ukraine", "- We will not leave"),
    ("- The border stays closed - said Paweł Jabłoński.- Nobody crosses it without papers - he continued.",
     "Jabłoński", "- Nobody crosses it"),
], ids=["said", "ukraine", "name"])
def test_a_stop_glued_before_a_dialogue_dash_ends_the_sentence(nlp, text, word, second):
    """Translated copy marks direct speech with dashes and loses the space after the stop ("said.- If"): the word
    is a token of its own again (a cue, a name), and the dash opens the next sentence with the words after it."""
    toks = _tokens(nlp, text)
    i = toks.index(word)
    assert toks[i + 1:i + 3] == [".", "-"]
    assert [s.text for s in nlp(text).sents][1].startswith(second)


@pytest.mark.parametrize("text, word", [
    ('"We will not give up the city," the mayor said".- We will rebuild it - he added.', "said"),
    ("The war began in earnest (2022).- The shelling never stopped - she said.", "2022"),
], ids=["quote", "bracket"])
def test_a_closing_mark_before_a_stop_glued_to_a_dash_is_split_off(nlp, text, word):
    """A closing quotation mark or bracket between the word and the glued stop is a token of its own, so the word
    is one again ('said', a cue); the tokens still join back to the text."""
    doc = nlp.tokenizer(text)
    toks = [t.text for t in doc]
    i = toks.index(word)
    assert toks[i + 2:i + 4] == [".", "-"]
    assert doc.text == text


@pytest.mark.parametrize("text, kept", [
    ("The U.S.-made launchers reached Rzeszów on Monday.", "U.S.-made"),
    ("We met Mr.- Smith in Kyiv.", "Mr."),
    ("The army lost approx.- 50 tanks in the spring.", "approx"),
    ("The letter was signed by John Smith Sr.- We will answer it, he said.", "Sr"),
    ("The report is at https://example.org/report.- It says the front held.", "https://example.org/report.-"),
], ids=["made", "mr", "approx", "sr", "url"])
def test_a_dash_after_a_word_a_span_or_an_abbreviation_is_not_split(nlp, text, kept):
    # near misses with a stop before the dash: an abbreviation's dot or a URL's starts no sentence
    assert kept in _tokens(nlp, text)
    assert len(list(nlp(text).sents)) == 1


def test_a_lower_case_cue_after_a_glued_dash_starts_no_sentence_at_the_dash(nlp):
    # near miss: a closing dash glued to the quotation's stop ("hold.- said X") opens nothing
    doc = nlp("- We have enough ammunition to hold.- said the commander of the brigade.")
    dash = [t for t in doc if t.text == "-"][1]
    assert not dash.is_sent_start


@pytest.mark.parametrize("body, content, name", [
    ('Kamala Harris spoke in Munich on Saturday."Our unity is our strength," she said.- If Moscow attacks, the '
     'costs will be severe - she noted.', "Our unity is our strength", "Kamala Harris"),
    ('Olaf Scholz met Polish farmers in Berlin."The grain must reach Africa," the chancellor said.- We will find '
     'another route - he added.', "The grain must reach Africa", "Olaf Scholz"),
    ('Donald Tusk answered questions in the Sejm."The aid will continue," he emphasized.- Nobody will stop it - '
     'he added.', "The aid will continue", "Donald Tusk"),
], ids=["harris", "scholz", "tusk"])
def test_a_quotation_before_a_cue_glued_to_its_stop_has_its_speaker(nlp, body, content, name):
    rows = [r for r in extract_rows(nlp, body) if content in r["text"]]
    assert rows and rows[0]["speaker_name"] == name


def test_a_dash_after_a_stop_of_its_own_is_left_to_the_parser(nlp):
    """A dot with a space before it ("Ukraine .- We") is no abbreviation's dot: the dash rule leaves the next word's
    sentence start alone (a dot after an abbreviation still marks it: the near miss)."""
    from spacy.tokens import Doc

    words = ["They", "left", "Ukraine", ".", "-", "We", "will", "return", "."]
    spaces = [True, True, True, False, True, True, True, False, False]
    doc = glued.mark_glued_stops(Doc(nlp.vocab, words=words, spaces=spaces))
    assert doc[5].is_sent_start is not False
    words = ["They", "lost", "approx", ".", "-", "50", "tanks", "."]
    spaces = [True, True, False, False, True, True, False, False]
    doc = glued.mark_glued_stops(Doc(nlp.vocab, words=words, spaces=spaces))
    assert doc[5].is_sent_start is False


def test_the_infixes_installed_with_one_reload_give_the_tokenizer_the_setters_give():
    """install_infixes sets the rules aside while it sets the infixes and the prefix: the tokenizer is the one
    the two setters alone would give (serialised state and tokens)."""
    import spacy

    from pledgewatch import glued

    a, b = spacy.blank("en"), spacy.blank("en")
    glued.install_infixes(a)
    tok = b.tokenizer
    tok.infix_finditer = glued._extended(tok.infix_finditer, "|".join(glued._infix_patterns())).finditer
    tok.prefix_search = glued._extended(tok.prefix_search, glued._prefix_pattern()).search
    assert a.tokenizer.to_bytes() == tok.to_bytes()
    assert len(a.tokenizer.rules) == len(tok.rules) > 1000
    for text in ("He left.According to Mr. Smith's U.S. aid, Belarus.\"He said\" it's e.g. approx. 5.5 km.- We",
                 "Don't stop:(it) can't wait... Gov. Doe's \"plan\".Next", "St. Louis-based co-op.It works."):
        assert [t.text for t in a(text)] == [t.text for t in b(text)]
