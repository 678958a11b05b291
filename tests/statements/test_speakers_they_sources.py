"""A they/them after an organisation spoke, where plural people were named since as its source or as a subject: the
people, not the organisation (speakers.pronouns._people_since). Constructions from three articles: a newspaper
citing sources ("..., the Financial Times wrote, citing two sources close to the Kremlin. According to them, ...",
coding_dev), a news agency that interviewed people ("The Associated Press interviewed more than 20 former crew
members. They described ...", polnear_dev), and an outlet's account "according to" insiders (polnear_dev, another
passage); the sentences below are written for the test."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, words", [
    ("The army had rehearsed a nuclear strike during exercises, the Financial Times wrote, citing two sources close "
     "to the Kremlin. According to them, Putin concluded that a strike would bring no military benefit.",
     "Putin concluded", {"two", "sources"}),
    ("The Associated Press interviewed more than 20 former crew members of the show. They said the host often "
     "mocked the contestants.", "the host often mocked", {"crew", "members"}),
    ("The Kyiv Independent spoke to the mayor on Monday. The shelling had lasted all night, the newspaper reported, "
     "according to local residents. They said at least three houses were destroyed.",
     "at least three houses", {"residents"}),
], ids=["citing-sources", "interviewed-members", "according-to-residents"])
def test_they_is_the_people_an_outlet_cited_after_it(nlp, body, content, words):
    r = row_of(extract_rows(nlp, body), content)
    assert words <= set(r["speaker_name"].lower().split()), r["speaker_name"]
    assert r["speaker_type"] == "group"


def test_they_is_the_people_of_a_phrase_holding_the_organisation(nlp):
    """'Senate Democrats ... they said': the NER's organisation ("Senate") sits inside the plural people's phrase; the
    speaker is the whole phrase (typed as the organisation its mention holds), not "Senate" alone."""
    body = "Senate Democrats blocked the bill on Tuesday because they said it gave too little to Ukraine."
    r = row_of(extract_rows(nlp, body), "it gave too little")
    assert r["speaker_name"] == "Senate Democrats"


@pytest.mark.parametrize("body, content, name", [
    # plural people the organisation acted on (no source, no subject): the organisation still
    ("The ministry said on Monday it would send 300 soldiers to the border. They added that the deployment would "
     "last a month.", "that the deployment", "ministry"),
    ("The company laid off 200 workers on Monday, Reuters reported. They said the cuts were needed.",
     "the cuts were needed", "Reuters"),
    # people inside the organisation's own statement are no antecedent
    ("Ukraine's defence ministry said its forces had captured 40 Russian soldiers near Bakhmut. They also said the "
     "town was still under fire.", "the town was still", "Ukrainian defence ministry"),
    # plural things that are no people (`people_heads` only): the organisation
    ("Exports to Russia rose by a third last year, the newspaper reported, citing customs figures. They also said "
     "the rise came through Central Asia.", "the rise came through", "newspaper"),
], ids=["soldiers-object", "workers-object", "soldiers-in-content", "customs-figures"])
def test_they_keeps_the_organisation_where_the_people_are_no_source(nlp, body, content, name):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == name
