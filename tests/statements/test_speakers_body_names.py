"""A body named again by part of its name: "the ministry" after "Ukraine's ministry of health" keeps the of-phrase,
"the Institute said" is the body's full name with its capitalised for/of phrase, and a body with name words of its
own is never the earlier one. Tests moved from the round-named files of rounds 8 and 16."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("The Institute for the Study of War now said Russian forces were regrouping. The "
     "Institute added that the offensive had stalled.", "that the offensive had stalled",
     "Institute for the Study of War"),
    ("The muddy ground may not stop tanks, according to the Center for Naval Analyses. Experts disagree. The Center "
     "said frozen soil helps.", "The muddy ground", "Center for Naval Analyses"),
    ("The muddy ground may not stop tanks, according to the Center for Naval Analyses. Experts disagree. The Center "
     "said frozen soil helps.", "frozen soil helps", "Center for Naval Analyses"),
    ("The Kyiv International Institute of Sociology ran the poll. The Institute said most Ukrainians reject "
     "concessions.", "most Ukrainians reject", "Kyiv International Institute of Sociology"),
    ("Later, the US-based Institute for Economics and Peace published its index. The US-based Institute said "
     "conflict deaths had risen.", "conflict deaths had risen", "Institute for Economics and Peace"),
], ids=["isw-named-again", "center-first-mention", "center-named-again", "kiis-named-again", "us-based-again"])
def test_a_body_named_by_the_head_of_its_name_is_its_full_name(nlp, body, content, name):
    """"The [Institute] for the Study ... War ... said", "according to the [Center] ... Naval Analyses": the finder's
    mention stops at the capitalised head; the speaker is the body's full name with its capitalised for/of phrase,
    and "the Institute" / "the US-based Institute" after it is that full name (`organisations.body_full_name`; was
    "Institute", "Center")."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ("The Ministry of Defence of Ukraine reported new strikes. The Russian Defence Ministry said its air defences "
     "had shot down two drones.", "its air defences", "Ministry of Defence of Ukraine"),
], ids=["another-ministry-keeps-its-own-name"])
def test_a_body_with_a_name_of_its_own_is_not_the_earlier_one(nlp, body, content, name):
    """"The Russian Defence Ministry" after "the Ministry of Defence of Ukraine" has name words of its own before
    the head ("Defence"): it is never the earlier body."""
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] != name


@pytest.mark.parametrize("body, content, name", [
    ("Siemens Energy has handed over three generators to Ukraine this week, the country's ministry of health reported. Later, "
     "the ministry of health said that one generator could power a whole hospital.",
     "that one generator", "Ukrainian ministry of health"),
    ("Heavy shelling hit Kharkiv overnight, Ukraine's ministry of defence said. Later the ministry said that two "
     "more villages had been retaken.", "that two more villages", "Ukrainian ministry of defence"),
    ("Estonia's ministry of foreign affairs summoned the Russian envoy on Monday. The ministry said that the "
     "incursion was unacceptable.", "that the incursion", "Estonian ministry of foreign affairs"),
], ids=["of-health", "of-defence", "of-foreign-affairs"])
def test_the_body_named_again_keeps_the_of_phrase_of_its_name(nlp, body, content, name):
    """"the ministry" after "Ukraine's ministry of health": the earlier phrase with the of-phrase of its name."""
    assert speaker_of(extract_rows(nlp, body), content) == name
