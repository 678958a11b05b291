"""The maker a "by" phrase names on a mention whose head names no agent (speakers/by_agents.py): an act or its product
("an examination", "predictions", "a text") speaks for the name its by-phrase gives, whether the mention is the
object of "according to" or a verb's subject; three shapes from three "articles" (sentences our own), and the
shapes it leaves alone (a document's own source, a group head, a "by" naming no one, a person noun)."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, expected", [
    # a singular act noun after "according to", its maker a newspaper (a lower-case "of" phrase after it stays out)
    ("Campus leaders have silenced dissent since the war began, according to a lengthy examination by The Daily "
     "Courier of events at forty universities.", "Campus leaders have silenced dissent", "Daily Courier"),
    # a plural after "according to", its maker a bank with its capitalised "of" phrase
    ("Investment could recover next year, according to projections by the Bank of Ruritania, as exports grow.",
     "Investment could recover next year", "Bank of Ruritania"),
    # a verb's subject whose by-object is a person noun with the name in apposition, a second name after "to"
    ("Weeks before the vote, a draft by the Republican senator Jane Roe to the campaign manager, John Doe, "
     "appeared to urge a recount, records show.", "a recount", "Jane Roe"),
], ids=["according-to-singular", "according-to-plural-with-of-name", "subject-with-appositive-name"])
def test_the_by_phrase_names_the_maker(nlp, body, content, expected):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == expected


@pytest.mark.parametrize("body, content, expected", [
    # a document noun: its own source rule (documents.py) as before
    ("Exports fell sharply last year, according to a report by the Ruritanian Statistics Office.",
     "Exports fell sharply", "Ruritanian Statistics Office"),
    # a "by" that names a quantity or a date, not a maker: no speaker from it
    ("Prices will rise by ten percent, the minister Jane Roe said on Monday.", "Prices will rise", "Jane Roe"),
], ids=["document-source", "by-a-quantity"])
def test_other_by_phrases_keep_their_speaker(nlp, body, content, expected):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == expected


@pytest.mark.parametrize("body, content, expected", [
    # a common noun before the name in apposition describes the maker, it is no part of its name
    ("Hiring will slow, according to a forecast by the research firm Acme Analytics, written for the banks.",
     "Hiring will slow", "Acme Analytics"),
    # a lower-case word the tagger may call a proper noun stays out
    ("A 2019 examination by the nonpartisan Civic Budget Office found that the county overspent.",
     "that the county overspent", "Civic Budget Office"),
    # a hyphen inside the name stays in
    ("According to a tally by Agence France-Presse, 40 people died in the floods.", "40 people died", "Agence France-Presse"),
    # a text ("a story") has a maker too
    ("With the vote near, a story by the website Acme News says that \"many delegates are poised to defect.\"",
     "many delegates are poised to defect", "Acme News"),
], ids=["firm-before-the-name", "lower-case-word-before-the-name", "hyphen-in-the-name",
                          "story-by"])
def test_the_maker_is_named_by_its_own_words(nlp, body, content, expected):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == expected


def _speakers(nlp, body, content):
    return [r["speaker_name"] for r in extract_rows(nlp, body) if r["text"].startswith(content)]


@pytest.mark.parametrize("body, content, unwanted", [
    # a "by" naming a date is a deadline, not a maker (three shapes: a weekday, a month, a holiday)
    ("According to projections by Monday, the port will have enough fuel.", "the port will have enough fuel", "Monday"),
    ("According to an estimate by March, repairs to the dam will be finished.", "repairs to the dam", "March"),
    ("According to a forecast by Christmas, the front line will be frozen.", "the front line will be frozen",
     "Christmas"),
], ids=["by-a-weekday", "by-a-month", "by-a-holiday"])
def test_a_date_is_no_maker(nlp, body, content, unwanted):
    assert all(unwanted not in s for s in _speakers(nlp, body, content))


@pytest.mark.parametrize("body, content, unwanted", [
    # an event's agent does not speak: only a text or an estimate (speaker_words.csv by_maker_heads) has a maker
    ("Attacks by Ruritania suggest that its army wants to break the grid, analysts said.",
     "its army wants to break the grid", "Ruritania"),
    ("According to the invasion by Ruritania, nothing is certain, the envoy Jane Roe said.", "nothing is certain",
     "Ruritania"),
    ("Gains by Ruritanian forces near the river show that the offensive is working, the institute said.",
     "the offensive is working", "Ruritanian"),
], ids=["attacks-by", "invasion-by", "gains-by"])
def test_an_event_agent_is_no_maker(nlp, body, content, unwanted):
    assert all(unwanted not in s for s in _speakers(nlp, body, content))
