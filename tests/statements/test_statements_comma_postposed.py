"""Round 35 (issue #14), `postposed.postposed_comma`: a sentence closed by a comma, then its speaker and a finite cue
verb with only adjuncts after it ("A, the governor of Ukraine's Luhansk region said on Sunday."), where the parse did
not make the verb the sentence's head (a conjunct with the speaker as an apposition, a relative clause on an
apposition) and no cue rule took it: the clause before the comma is that speaker's. Not a fronted adverb or a
subject with its apposition ("However, Müller warned of ...", "X met the President, Petr Pavel, and expressed hope
..."), not a clause with a cue of its own ("On Saturday, Lavrov reiterated that ..., the Russian foreign ministry
said.": the statement is the inner speaker's). The passages are read from ../shared (`shared_text`), each from a
different article (the first two from one)."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

CLOSED = [
    (shared_text("Russia was sending a large number of reserve troops", "region said on Sunday."), "said",
     "the governor", "governor"),
    (shared_text("Two top commanders of fighters who defended", "TASS reported."), "reported", "Russia's state",
     "TASS"),
    (shared_text("An estimated 1,000 civilians", "told CNN earlier this week."), "told", "Myhailo", "Vershynin"),
    (shared_text("Ukraine has conducted its 11th prisoner swap", "wrote on Telegram."), "wrote", "the Mykolaiv", "Kim"),
    (shared_text("Ukraine has hit 20 Russian ammunition depots", "told Ukraine’s Radio NV."), "told", "the Ukrainian",
     "Kyrychevsky"),
    # an apposition of the clause's last noun stays in the clause; the speaker is what follows its comma
    (shared_text("Another three people were killed in shelling", "said on Telegram."), "said", "the regional",
     "Synegubov"),
]


@pytest.mark.parametrize("body, cue, np_start, name", CLOSED)
def test_a_clause_closed_by_a_comma_its_speaker_and_cue_is_that_speakers(nlp, body, cue, np_start, name):
    content = body[:body.index(", " + np_start)]
    rows = [r for r in extract_rows(nlp, body) if r["text"] == content]
    assert rows, [(r["text"], r["cue"]) for r in extract_rows(nlp, body)]
    assert rows[0]["cue"] == cue
    assert name in rows[0]["speaker_text"]


NOT_CLOSED = [
    (shared_text("However, Müller warned of difficult months", "ahead."), "However", "warn"),
    (shared_text("On the sidelines of the Munich Security Conference, Chairman", "NATO Summit in Vilnius."),
     "On the sidelines of the Munich Security Conference", "express"),
    (shared_text("On Saturday, Lavrov reiterated that the west", "foreign ministry said."), "On Saturday", "say"),
]


@pytest.mark.parametrize("body, opening, lemma", NOT_CLOSED)
def test_no_clause_or_a_clause_with_its_own_cue_before_the_comma_gives_no_statement_of_those_words(nlp, body,
                                                                                                  opening, lemma):
    rows = extract_rows(nlp, body)
    assert not [r for r in rows if r["text"].startswith(opening) and r["cue_lemma"] == lemma], rows
