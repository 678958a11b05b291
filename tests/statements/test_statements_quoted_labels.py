"""Round 38, a naming verb with a fronted pronoun object whose name given is a quotation ("what one general called a
"very critical" few weeks"): under the guide the quoted words are the subject's statement (`wh_label`). Sentences
written after constructions seen in different articles (ukraine_team's half A, ggt_dev, the corpus), in our own
words, parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("sentence, speaker, cue, content", [
    # ukraine_team half A: a free relative as a preposition's object, the quotation after an article
    ("Allied ministers met in Berlin to plan for what one US general called a \"very critical\" few weeks.",
     "one US general", "called", "very critical"),
    # ggt_dev: a free relative opening the sentence as its subject, the quotation after "as a"
    ("What the regulator described as a \"package of remedies and relief\" was meant to end the dispute.",
     "regulator", "described", "package of remedies and relief"),
    # corpus: a pronoun subject, the quotation right after the verb, a noun after its closing mark
    ("Belarus recalled its envoy on Friday in response to what it called \"hostile and unfriendly\" steps by London.",
     "Belarus", "called", "hostile and unfriendly"),
    # corpus: a relative "which" set off by commas, the quotation after "as"
    ("The talks, which state media described as \"warm and friendly,\" lasted three hours.",
     "state media", "described", "warm and friendly"),
])
def test_the_quoted_name_is_the_subjects_statement(nlp, sentence, speaker, cue, content):
    rows = [r for r in extract_rows(nlp, sentence) if r["cue"] == cue]
    assert [r["text"].strip(' ,"') for r in rows] == [content]
    assert rows[0]["quote_type"] == "direct"
    assert speaker in rows[0]["speaker_text"] or speaker in rows[0]["speaker_name"]


@pytest.mark.parametrize("sentence", [
    # a passive: the pronoun is no object and nobody is named
    "The ministry will send what was described as \"the largest single package\" of equipment so far.",
    # one quoted word (ukraine_team half A): read as a scare quote
    "The leader ordered drills to respond to what he called \"provocations\" by the West.",
    # the name given unquoted
    "The president pushed back against what he called excessive amounts of information about the war.",
    # inside somebody's quotation: the quoted speaker's words
    "\"We are seeing what we call 'a waviness' in the jet stream,\" the scientist said.",
])
def test_no_row_of_its_own(nlp, sentence):
    assert not [r for r in extract_rows(nlp, sentence) if r["cue_lemma"] in ("call", "describe")]


def test_a_naming_inside_the_same_speakers_statement_stays_one_statement(nlp):
    rows = extract_rows(nlp, "The minister has hailed what he called \"an independent path\" taken by poorer states.")
    assert len(rows) == 1 and rows[0]["cue"] == "has hailed"


def test_a_third_partys_naming_inside_another_statement_is_theirs_too(nlp):
    # ukraine_dev: the naming's subject is a noun phrase of a third party, inside the mayor's reported clause
    rows = extract_rows(nlp, "The mayor said a strike hit a depot in the north, at what the regional governor "
                             "described as a \"power distribution site\" that fed the railway.")
    assert [r["cue"] for r in rows] == ["said", "described"]
    assert rows[1]["text"] == "power distribution site" and "governor" in rows[1]["speaker_text"]
    assert "power distribution site" in rows[0]["text"]  # (the mayor's statement keeps its words)
    # the next pronoun is still the mayor's (the governor's row is no antecedent, as a third party inside a quotation)
    # (review: with the governor named, so that his row is there and the pronoun test reads `in_quotation`)
    rows = extract_rows(nlp, "Mayor Anna Kovalenko said a strike hit a depot, at what the regional governor, Oleh "
                             "Syniehubov, described as a \"power distribution site\" that fed the railway. She said "
                             "crews were at the scene.")
    assert [r["speaker_name"] for r in rows if r["text"] == "power distribution site"] == ["Oleh Syniehubov"]
    assert [r["speaker_name"] for r in rows if r["text"].startswith("crews")] == ["Anna Kovalenko"]


def test_a_phrase_after_the_label_is_no_particle_of_the_cue(nlp):
    """Review of round 38: 'called "a disgrace" on Monday' is cue "called", not the appeal "called on"."""
    rows = extract_rows(nlp, "The minister rejected the report, which the opposition leader called \"a disgrace\" on "
                             "Monday.")
    assert [(r["cue"], r["text"]) for r in rows if r["text"] == "a disgrace"] == [("called", "a disgrace")]


def test_the_writer_or_the_reader_naming_gives_no_statement(nlp):
    """Review of round 38: 'What do you call "..."?' is the writer's question, no statement of "you"."""
    rows = extract_rows(nlp, "What do you call \"a strategic partnership\" if one side keeps breaking it?")
    assert not [r for r in rows if r["text"] == "a strategic partnership"]


def test_polnear_convention_keeps_its_own_rule(nlp):
    sentence = "Allied ministers met in Berlin to plan for what one US general called a \"very critical\" few weeks."
    guide = extract_rows(nlp, sentence)
    outer = extract_rows(nlp, sentence, nesting="outer", quote_parts="join")
    assert [r["text"] for r in guide if r["cue"] == "called"] == ["very critical"]
    assert all(r["text"] != "very critical" for r in outer)


def test_a_one_word_name_ends_at_its_mark_where_a_noun_gives_it(nlp):
    # polnear_train's even half: the verb's own row for a one-word name (content.naming) given by a noun or a name
    # ends at its closing mark (merge of round 38: the third party's word, as "which Draghi described as "obscene"")
    sentence = "The campaign hopes to expose what the candidate calls a ''corrupt'' process in public to win over voters."
    rows = [r["text"] for r in extract_rows(nlp, sentence) if r["cue"] == "calls"]
    assert rows == ["corrupt"]


def test_a_one_word_name_a_pronoun_gives_keeps_its_tail(nlp):
    # a pronoun's one-word name is a scare quote in the speaker's own words: no label row, the words run on as before
    sentence = 'Lavrov has long opposed what he called "threats" by the West against Russia, his ministry said.'
    assert not [r for r in extract_rows(nlp, sentence) if r["cue"] == "called" and r["text"] == "threats"]
