"""Round 13 span rules, each on sentences modelled on three or more different articles, parsed with the real model:
- `continuations.short_tails`: a one- or two-word quotation closing an interrupted quote ('"A," X said. "Bodies
  everywhere."') is the last part of the statement under the join convention, and no row under split;
- `nesting`: an attribution cut that leaves only the words opening the other attribution's clause ("that", "how")
  drops the outer row; a subordinator ("although") keeps the outer content whole."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def texts(rows):
    return [r["text"] for r in rows]


SHORT_TAILS = [
    (shared_text('"There was carnage', 'said. "Bodies everywhere."'),
     shared_text("There was carnage", "on the road")
     + " Bodies everywhere."),
    ("\"It's a drain on our campaign money,\" O'Neill said. \"Big time.\" Their staff, for one, is small.",
     "It's a drain on our campaign money Big time."),
    (shared_text("“This is sophomoric,”", "Young Conservatives. “Blacklisted?”", straight=True),
     "This is sophomoric Blacklisted?"),
    ('"I feel really good about our odds this autumn," Tester said. "Very good."',
     "I feel really good about our odds this autumn Very good."),
]


@pytest.mark.parametrize("body, joined", SHORT_TAILS)
def test_a_short_closing_quotation_is_the_last_part_under_join(nlp, body, joined):
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer"))[0] == joined


@pytest.mark.parametrize("body, joined", SHORT_TAILS)
def test_a_short_closing_quotation_is_no_row_under_split(nlp, body, joined):
    rows = extract_rows(nlp, body)
    assert len(rows) == 1 and joined.startswith(rows[0]["text"])


def test_a_short_quotation_after_another_sentence_is_not_a_tail(nlp):
    body = ('"The road was a scene of carnage," Bouhlel said. Police came an hour later. "Terrible."')
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer")) == ["The road was a scene of carnage"]


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


@pytest.mark.parametrize("body, content", [
    ("Orban has condemned the invasion of Ukraine in March, but keeps a vague stance.",
     "the invasion of Ukraine in March"),
    ("The minister announced tighter controls on the frontier on Tuesday.", "tighter controls on the frontier on Tuesday"),
    ("The Ukrainian army announced the withdrawal on Saturday night.", "the withdrawal on Saturday night"),
    ("The EU firmly condemns Russia's strike on the port of Mykolaiv today.",
     "Russia's strike on the port of Mykolaiv today"),
])
def test_a_time_adjunct_after_the_object_is_part_of_the_content(nlp, body, content):
    """object_adjuncts: the parse hung the time on the cue; the content runs over it."""
    assert texts(extract_rows(nlp, body)) == [content]


@pytest.mark.parametrize("body, content", [
    ("Britain has pledged nearly £10bn in support to Ukraine.", "nearly £10bn"),
    ("Wallace expressed his view in an interview with the news agency dpa.", "his view"),
    ("Kahl announced the rockets in a briefing on the newest package.", "the rockets"),
])
def test_other_adjuncts_after_the_object_are_left_out(nlp, body, content):
    assert [r["text"] for r in extract_rows(nlp, body)][0] == content
