"""Round 35 review of `postposed.postposed_subject` / `postposed_comma` (invented sentences): the cue verb's vetoes
hold there as in `attribution.attribute` (a negated cue under the guide, evidential inference, PolNeAR's guide-only
verbs), a relative clause without "that" is no speaker and cue ("- a visit the White House announced"), a phrase cue
needs its particle ("he spoke at the castle" is no "spoke of"), a fronted adverbial clause is no clause closed by a
comma, a list after the dash is no speaker, and a headline's noun phrase before the dash is no statement."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}

NO_ROW = [
    # 1. vetoes (guide): negated, inferred
    ("The town was shelled again, the governor never said.", "The town was shelled again", {}),
    ("The town was shelled again - the governor never said.", "The town was shelled again", {}),
    ("The army will retreat, the emails indicate.", "The army will retreat", {}),
    # 1. vetoes (PolNeAR): guide-only verbs
    ("The war will last for years, the CIA director estimated.", "The war will last for years", OUTER),
    ("The package was weak, Republicans criticized.", "The package was weak", OUTER),
    # 2. a relative clause without "that"
    ("Zelensky met Biden in Washington - a visit the White House announced.", "Zelensky met Biden", {}),
    ("Ukraine shot down 20 drones on Monday, a claim Moscow denied.", "Ukraine shot down 20 drones", {}),
    ("Russia struck three cities - the cities the governor mentioned.", "Russia struck three cities", {}),
    ("He rejected the offer, the one the Kremlin proposed.", "He rejected the offer", {}),
    # 3. a phrase cue without its particle
    ("Biden arrived in Warsaw on Friday, he spoke at the royal castle.", "Biden arrived in Warsaw", {}),
    ("The summit ended on Friday - the leaders then spoke to the press.", "The summit ended", {}),
    # 4. a fronted adverbial clause
    ("When the bridge collapsed, the mayor concluded on television.", "When the bridge collapsed", {}),
    ("Because the talks failed, the minister concluded on Sunday.", "Because the talks failed", {}),
]


@pytest.mark.parametrize("body, content, kw", NO_ROW)
def test_no_statement_of_the_words_before(nlp, body, content, kw):
    rows = extract_rows(nlp, body, **kw)
    assert not [r for r in rows if r["text"].startswith(content)], rows


def test_a_list_after_the_dash_is_not_the_speaker(nlp):
    rows = extract_rows(nlp, "Three things matter - tanks, jets and shells, the minister said.")
    assert not [r for r in rows if "tanks" in r["speaker_text"]], rows


def test_a_headline_noun_phrase_before_the_dash_is_no_statement(nlp):
    title = "Russia's war in Ukraine - Zelensky says"
    rows = extract_rows(nlp, "Kyiv was quiet on Monday.", title=title)
    assert not [r for r in rows if r["text"].startswith("Russia's war")], rows


@pytest.mark.xfail(strict=True, reason="review risk 7, left open: narration after a dash with an intransitive cue and "
                   "only adjuncts has the shape of a postposed speaker; no parse feature tells the two apart")
def test_narration_after_a_dash_is_no_statement(nlp):
    rows = extract_rows(nlp, "Scholz flew to Kyiv - the chancellor tweeted from the train.")
    assert not [r for r in rows if r["text"].startswith("Scholz flew")], rows
