"""Name forms the mention index must not split or drop (statements.speakers.name_forms): a surname with a particle
said alone after the full name, a given name that is also a not-name word ("Bill")."""

from __future__ import annotations

import pytest

from pledgewatch.statements.names import fold
from pledgewatch.statements.speakers.name_forms import not_name_word_in
from support import resolve_mention


def _resolve(nlp, text, mention, nth, content, published="2023-06-27"):
    return resolve_mention(nlp, text, mention, content, nth, published=published)


@pytest.mark.parametrize("text, mention, nth, content, name, role", [
    ("The report was published as Beth Van Schaack, US ambassador-at-large, met prosecutors "
     "in The Hague. Van Schaack said investigators were examining thousands of allegations.", "Van Schaack", 1,
     "investigators were examining", "Beth Van Schaack", "ambassador-at-large"),
    ("Jan De Vries, the mayor of Ghent, visited the new shelter on Monday. De Vries said the city would take in "
     "more refugees from Kharkiv.", "De Vries", 1, "the city would take in", "Jan De Vries", "mayor"),
    ("Farmers blocked the border crossing for a third day. Pieter van den Berg, the Dutch agriculture minister, "
     "met them in the morning. Van den Berg said the grain corridor would stay open.", "Van den Berg", 0,
     "the grain corridor would stay open", "Pieter van den Berg", "agriculture minister"),
])
def test_a_particle_surname_alone_is_the_person_named_in_full(nlp, text, mention, nth, content, name, role):
    r = _resolve(nlp, text, mention, nth, content)
    assert r["speaker_name"] == name
    assert role in r["speaker_role"].lower()
    assert r["speaker_is_official"]


@pytest.mark.parametrize("text, mention, content, name, role", [
    ("A clean-up has begun that may cost millions, according to Bill Hammond, the county commissioner. "
     "\"The smell was unbearable,\" Hammond said.", "Hammond", "The smell was unbearable", "Bill Hammond",
     "commissioner"),
    ("Bill Evans, the city's fire chief, toured the damaged depot. Evans said the blaze had been contained by "
     "midnight.", "Evans", "the blaze had been contained", "Bill Evans", "chief"),
    ("The funds were approved last week, said Bill Morton, a state senator from Ohio. Morton said more aid "
     "would follow in the spring.", "Morton", "more aid would follow", "Bill Morton", "senator"),
])
def test_a_given_name_that_is_a_not_name_word_leads_a_name(nlp, text, mention, content, name, role):
    r = _resolve(nlp, text, mention, 0 if text.count(mention) == 1 else 1, content)
    assert r["speaker_name"] == name
    assert role in r["speaker_role"].lower()


@pytest.mark.parametrize("name, vetoed", [
    ("Lend-Lease Bill", True), ("Dixon Hall", True), ("Bill Thorson", False), ("Bill", True),
    ("Sherbrook Street Stella", True), ("Bill Hall", True),
])
def test_a_not_name_word_vetoes_except_as_a_leading_given_name(name, vetoed):
    assert not_name_word_in([fold(w) for w in name.split()]) is vetoed


def test_an_undated_articles_date_is_none_whatever_its_reader():
    """pandas reads a missing date back as NaT, which is a datetime whose .date() is NaT again: every date reader
    (name forms, descriptions, identity) goes through names._as_date, which gives None (round 40's final read: the
    fix had been made in one reader, io.article_records)."""
    import datetime as dt

    import pandas as pd

    from pledgewatch.statements.names import _as_date

    assert _as_date(pd.NaT) is None and _as_date(None) is None and _as_date(float("nan")) is None
    assert _as_date(pd.Timestamp("2022-03-01")) == dt.date(2022, 3, 1)
    assert _as_date("2022-05-01") == dt.date(2022, 5, 1) and _as_date(dt.date(2022, 1, 2)) == dt.date(2022, 1, 2)
