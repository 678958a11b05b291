"""An official's "it" (coding/clause_parts.official_it): in reported speech, "it" stands for the country of an
official person where the sentences just before name that country and no aid object or other thing "it" could
stand for (a deal, a plan) is named nearer. Invented sentences, run through the real pipeline (parse, extract,
code); each is coded `other` without the rule."""

from __future__ import annotations

import pytest

from support import act_of_row


@pytest.mark.parametrize("body, start", [
    ("Turkey has kept talking to both sides, and its president, Recep Tayyip Erdogan, told Putin that it would "
     "support Russia's role in the grain corridor.", "it would support"),
    ("Kazakhstan has stayed close to Moscow, and its president, Kassym-Jomart Tokayev, said that it would continue "
     "to support Russia's security.", "it would continue"),
    ("India has bought more Russian oil, and its foreign minister, Subrahmanyam Jaishankar, said it would stand by "
     "Russia's security.", "it would stand"),
])
def test_an_officials_it_for_the_own_country_pledges(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    # a deal named nearer than the country: "it" is the deal
    ("China signed a new trade deal with Moscow on Friday. Wang Yi, the foreign minister, said it would support "
     "Russia's economy.", "it would support"),
    # a speaker who is no official: "it" is not a government's commitment
    ("Turkey has kept talking to both sides, and Ayse Demir, a student in Ankara, told reporters that it would "
     "support Russia's role in the grain corridor.", "it would support"),
])
def test_it_for_a_thing_or_for_no_officials_country_is_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"
