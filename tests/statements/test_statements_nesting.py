"""Nested attribution ("A said that B promised X") under the two conventions: `nesting="inner"` (ANNOTATION.md:
the statement is B's, X) and `nesting="outer"` (PolNeAR: it is A's, the whole clause), on sentences in edited
wording of our own after PolNeAR articles (other names and words, the same constructions), parsed with the real
model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def run(nlp, body, **kw):
    return [(r["speaker_text"], r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]

MERRILL = "Campaign spokesman Nick Morrow says Machado promised to keep supporting Clinton."
HOLM = ('City Attorney Brad Holm said that the advertisement "clearly and wrongly" suggests that the city and '
        "its police support the mayor's campaign.")


def test_inner_speaker_keeps_the_nested_clause_by_default(nlp):
    assert run(nlp, MERRILL) == [("Machado", "promised", "to keep supporting Clinton")]


def test_outer_speaker_keeps_the_whole_clause(nlp):
    assert run(nlp, MERRILL, nesting="outer") == [
        ("Campaign spokesman Nick Morrow", "says", "Machado promised to keep supporting Clinton")]
    assert run(nlp, HOLM, nesting="outer") == [
        ("City Attorney Brad Holm", "said", HOLM[HOLM.index("that the"):-1])]


def test_outer_keeps_both_statements_of_a_sentence_with_two_cues(nlp):
    """Nothing is nested here: both conventions give the same two statements."""
    body = ("Stumpf said on Monday that the lowest-paid bank staff earn $12 an hour. The Journal "
            "reports that bonuses were $400 to $1,800 each quarter.")
    assert run(nlp, body, nesting="outer") == run(nlp, body) and len(run(nlp, body)) == 2


def test_nesting_is_checked(nlp):
    with pytest.raises(ValueError, match="nesting"):
        run(nlp, MERRILL, nesting="both")


@pytest.mark.parametrize("nesting", ["inner", "outer"])
@pytest.mark.parametrize("body, speaker, content", [
    ('Trump says he would sit the Russian leader down and tell him "enough of this."', "Trump",
     'he would sit the Russian leader down and tell him "enough of this."'),
    ("He said that a swap meant hard trade-offs but that if the president chose to do one, the White House should "
     "have insisted on bringing every jailed American home.", "He", "that a swap meant hard trade-offs but that if "
     "the president chose to do one, the White House should have insisted on bringing every jailed American home"),
    ("Trump said that Romney pleaded with him for his endorsement and would have knelt before him if Trump had asked "
     "him to.", "Trump", "that Romney pleaded with him for his endorsement and would have knelt before him if "
     "Trump had asked him to"),
    ("The minister said Germany would deliver the tanks and would tell Kyiv about it soon.", "The minister",
     "Germany would deliver the tanks and would tell Kyiv about it soon"),
])
def test_a_speech_verb_that_reports_no_speech_event_is_part_of_the_outer_words(nlp, body, speaker, content,
                                                                                 nesting):
    """grammar.unrealised: a bare infinitive sharing a modal, a modal of its own, an if-clause."""
    assert run(nlp, body, nesting=nesting) == [(speaker, body.split(speaker, 1)[1].split()[0], content)]


def test_a_past_tense_conjunct_after_a_modal_and_a_gerund_after_with_are_speech_events(nlp):
    rows = run(nlp, "The minister said Germany would deliver the tanks and promised more ammunition.")
    assert [r[1] for r in rows] == ["said", "promised"]
    rows = run(nlp, "Moscow told Washington to stop sending arms to Kyiv, with Russia's ambassador warning that "
                    "western weapons deliveries were fuelling the conflict.")
    assert [r[1] for r in rows] == ["told", "warning"]


@pytest.mark.parametrize("body, gone", [
    ("SOCIS recalled that according to the pollster's latest data, most Ukrainians reject "
     "any territorial concessions.", "recalled"),
    ("The reporter explained, recalling how armies of bots keep claiming that the front-line videos are made in a "
     "studio.", "recalling"),
    ("Blinken said that the next step of Moscow's plan would be to stage theatrical sessions of the council and "
     "saying that he has to protect Russian speakers in Ukraine.", "said"),
])
def test_an_outer_row_left_with_a_bare_complementizer_is_dropped(nlp, body, gone):
    rows = extract_rows(nlp, body)
    assert rows and not any(r["cue"] == gone for r in rows)
    assert all(len(r["text"].split()) > 2 for r in rows)


@pytest.mark.parametrize("body, cue, content", [
    (shared_text("As she emphasized,", "narrows their path."), "emphasized",
     shared_text("although Russia claims", "narrows their path")),
    ("Vucic said that although he deplores the violation of Ukraine's borders, Serbia would not "
     "join sanctions against Russia.", "said", "that although he deplores the violation of Ukraine's "
     "borders, Serbia would not join sanctions against Russia"),
    ("The mayor stressed that though officials claim the water is safe, residents should boil it.", "stressed",
     "that though officials claim the water is safe, residents should boil it"),
])
def test_an_attribution_inside_a_concessive_clause_leaves_the_outer_content_whole(nlp, body, cue, content):
    assert [r["text"] for r in extract_rows(nlp, body) if r["cue"] == cue] == [content]
