"""Issue 14, round 19: PolNeAR's convention (nesting="outer", quote_parts="join") on constructions counted across
polnear_train's even half. A negated speech verb with a clause of what it leaves unsaid ("would not say whether
...") is an attribution there and vetoed under the annotation guide (`vetoes.negated`, a guide-only veto); without
such a clause ("did not criticize her rival") it is vetoed under both (`vetoes.negated_without_clause`). A condition
fronted before the speaker and set off by a comma ("If the mayor loses, she said she would ...") is part of the
content PolNeAR joins (`host_sides._fronted_lead`); the time, place or channel of the speech, or a concession, is
not. A clause with a hearsay adverb ("the firms have reportedly looked at it") is a statement with no speaker there
(`hearsay.hearsays`). Every sentence is invented in the shape of the construction; parsed with the real model; no
text of ../shared is read here."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


def _with_cue(rows, word):
    return [r for r in rows if word in r["cue"].split()]


NEGATED = [
    ("The county clerk would not say whether the ballots had been recounted by hand.", "say",
     "whether the ballots had been recounted by hand"),
    ("A spokeswoman for the airline did not explain why the flights were cancelled.", "explain",
     "why the flights were cancelled"),
    ("The builder did not reveal how much the county had paid for the land.", "reveal",
     "how much the county had paid for the land"),
    ("The coach has never suggested that his players should skip the final.", "suggested",
     "that his players should skip the final"),
]


@pytest.mark.parametrize("body, cue, content", NEGATED)
def test_a_negated_speech_verb_is_an_attribution_under_the_outer_convention(nlp, body, cue, content):
    rows = _with_cue(extract_rows(nlp, body, **OUTER), cue)
    assert [r["text"] for r in rows] == [content]


@pytest.mark.parametrize("body, cue, content", NEGATED)
def test_the_guide_still_vetoes_a_negated_speech_verb(nlp, body, cue, content):
    assert _with_cue(extract_rows(nlp, body), cue) == []


@pytest.mark.parametrize("body, cue", [
    ("The candidate did not directly criticize her opponent at the debate.", "criticize"),
    ("The trucking firm did not reply to the letter from the union.", "reply"),
    ("He never thanked the volunteers who rebuilt the shed.", "thanked"),
])
def test_a_negated_speech_verb_without_a_clause_is_no_attribution_under_either(nlp, body, cue):
    for kw in ({}, OUTER):
        assert _with_cue(extract_rows(nlp, body, **kw), cue) == []


def test_a_negation_inside_the_quotation_is_the_speakers_word_under_both(nlp):
    body = '"Certainly not," the ranger said about the rumour.'
    for kw in ({}, OUTER):
        assert [r["text"] for r in _with_cue(extract_rows(nlp, body, **kw), "said")] == ["Certainly not"]


FRONTED = [
    # a conditional clause before the speaker
    ("If the mayor loses the primary, she said she would back one of his rivals.", "said",
     "If the mayor loses the primary she would back one of his rivals"),
    # "unless" before the speaker, a that-clause after the cue
    ("Unless the council pays the bill, the firm warned that it would stop the work.", "warned",
     "Unless the council pays the bill that it would stop the work"),
    # "once" before the speaker
    ("Once the bridge reopens, the haulier said its lorries would use the old route again.", "said",
     "Once the bridge reopens its lorries would use the old route again"),
    ("Until the levy is cut, the growers said they would keep their harvest off the market.", "said",
     "Until the levy is cut they would keep their harvest off the market"),
    # a time phrase before a cue clause opened by "as" and set off by commas
    ("A few days ago, as the local paper reported, the two owners were discussing a merger of their firms.",
     "reported", "A few days ago the two owners were discussing a merger of their firms"),
]


@pytest.mark.parametrize("body, cue, content", FRONTED)
def test_join_adds_a_phrase_fronted_before_the_cue_clause(nlp, body, cue, content):
    assert [r["text"] for r in _with_cue(extract_rows(nlp, body, **OUTER), cue)] == [content]


@pytest.mark.parametrize("body, cue, content", FRONTED)
def test_split_keeps_the_content_without_the_fronted_phrase(nlp, body, cue, content):
    rows = _with_cue(extract_rows(nlp, body, nesting="outer"), cue)
    assert len(rows) == 1 and content.endswith(rows[0]["text"]) and rows[0]["text"] != content


@pytest.mark.parametrize("body, cue, content", [
    ("In a statement, the bakery said it would reopen after the repairs.", "said", "it would reopen after the repairs"),
    ("At a rally in the harbour town on Sunday, she said her rival would make a fine judge.", "said",
     "her rival would make a fine judge"),
    ("While the firm gave no details, its staff said the plant would close.", "said", "the plant would close"),
    ("Asked about the budget, the treasurer said the town could not afford a new pool.", "said",
     "the town could not afford a new pool"),
])
def test_the_occasion_a_concession_or_another_cue_before_the_speaker_is_not_joined(nlp, body, cue, content):
    assert [r["text"] for r in _with_cue(extract_rows(nlp, body, **OUTER), cue)] == [content]


HEARSAY = [
    ("Two rival firms have reportedly looked at the company and passed.",
     "Two rival firms have reportedly looked at the company and passed"),
    ("The intruders had reportedly broken into dozens of mailboxes before anyone noticed.",
     "The intruders had reportedly broken into dozens of mailboxes before anyone noticed"),
    ("Reportedly, the driver had quarrelled with his neighbours for months and was under review.",
     "the driver had quarrelled with his neighbours for months and was under review"),
]


@pytest.mark.parametrize("body, content", HEARSAY)
def test_a_clause_with_a_hearsay_adverb_is_a_statement_under_the_outer_convention(nlp, body, content):
    rows = extract_rows(nlp, body, **OUTER)
    assert [(r["text"], r["cue"].lower(), r["speaker_text"]) for r in rows] == [(content, "reportedly", "")]


@pytest.mark.parametrize("body, content", HEARSAY)
def test_the_guide_gives_no_statement_for_a_hearsay_adverb(nlp, body, content):
    assert extract_rows(nlp, body) == []


def test_a_hearsay_adverb_on_a_cue_with_its_own_statement_adds_none(nlp):
    rows = extract_rows(nlp, "The mayor reportedly told aides that he would resign in the spring.", **OUTER)
    assert [(r["cue"], r["text"]) for r in rows] == [("reportedly told", "that he would resign in the spring")]
