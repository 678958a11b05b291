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
     "There was carnage on the road Bodies everywhere."),
    ("\"It's taxing on campaign resources,\" O'Donnell said. \"Big time.\" For instance, Cruz's staff is small.",
     "It's taxing on campaign resources Big time."),
    (shared_text("“This is sophomoric,”", "Young Conservatives. “Blacklisted?”", straight=True),
     "This is sophomoric Blacklisted?"),
    ('"I feel very good about our chances in November," Tester said. "Very good."',
     "I feel very good about our chances in November Very good."),
]


@pytest.mark.parametrize("body, joined", SHORT_TAILS)
def test_a_short_closing_quotation_is_the_last_part_under_join(nlp, body, joined):
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer"))[0] == joined


@pytest.mark.parametrize("body, joined", SHORT_TAILS)
def test_a_short_closing_quotation_is_no_row_under_split(nlp, body, joined):
    rows = extract_rows(nlp, body)
    assert len(rows) == 1 and joined.startswith(rows[0]["text"])


def test_a_short_quotation_after_another_sentence_is_not_a_tail(nlp):
    body = ('"There was carnage on the road," Bouhlel said. Police arrived an hour later. "Terrible."')
    assert texts(extract_rows(nlp, body, quote_parts="join", nesting="outer")) == ["There was carnage on the road"]


@pytest.mark.parametrize("body, gone", [
    ("KIIS recalled that according to the Institute's latest data, the absolute majority of Ukrainians are against "
     "any territorial concessions.", "recalled"),
    ("The journalist explained, recalling how swarms of trolls keep claiming that the war reports are shot in a "
     "film studio.", "recalling"),
    ("Blinken said that the next phase of Russia's plan would be to convene theatrical meetings of the council and "
     "saying that he must defend the Russian-speaking people in Ukraine.", "said"),
])
def test_an_outer_row_left_with_a_bare_complementizer_is_dropped(nlp, body, gone):
    rows = extract_rows(nlp, body)
    assert rows and not any(r["cue"] == gone for r in rows)
    assert all(len(r["text"].split()) > 2 for r in rows)


@pytest.mark.parametrize("body, cue, content", [
    (shared_text("As she emphasized,", "narrows their path."), "emphasized",
     shared_text("although Russia claims", "narrows their path")),
    ("Dacic said that although he condemns the violation of the territorial integrity of Ukraine, he would not "
     "support sanctions against Russia.", "said", "that although he condemns the violation of the territorial "
     "integrity of Ukraine, he would not support sanctions against Russia"),
    ("The mayor stressed that though officials claim the water is safe, residents should boil it.", "stressed",
     "that though officials claim the water is safe, residents should boil it"),
])
def test_an_attribution_inside_a_concessive_clause_leaves_the_outer_content_whole(nlp, body, cue, content):
    assert [r["text"] for r in extract_rows(nlp, body) if r["cue"] == cue] == [content]


@pytest.mark.parametrize("body, content", [
    ("Orban has condemned Russia's invasion of Ukraine in February, but maintains an ambiguous position.",
     "Russia's invasion of Ukraine in February"),
    ("The minister announced tighter controls on the border on Tuesday.", "tighter controls on the border on Tuesday"),
    ("The Ukrainian army announced the retreat on Sunday evening.", "the retreat on Sunday evening"),
    ("The EU strongly condemns Russia's attack on the port of Odesa today.",
     "Russia's attack on the port of Odesa today"),
])
def test_a_time_adjunct_after_the_object_is_part_of_the_content(nlp, body, content):
    """object_adjuncts: the parse hung the time on the cue; the content runs over it."""
    assert texts(extract_rows(nlp, body)) == [content]


@pytest.mark.parametrize("body, content", [
    ("The UK has pledged almost £12bn in support to Ukraine.", "almost £12bn"),
    ("Wallace expressed his opinion in an interview with the German news agency dpa.", "his opinion"),
    ("Kahl announced the missiles in a briefing about the latest package.", "the missiles"),
])
def test_other_adjuncts_after_the_object_are_left_out(nlp, body, content):
    assert [r["text"] for r in extract_rows(nlp, body)][0] == content
