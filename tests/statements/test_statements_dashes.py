"""Dialogue dashes as quotation marks (statements/dashes.py): Polish outlets translated into English mark direct
speech "- A - said X"; real sentences (shortened) from different corpus articles, parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


@pytest.mark.parametrize("body, speaker, content", [
    # a Polish outlet, April 2024 (corpus; ukraine_dev): two sentences glued at the full stop, one quotation
    ("The minister spoke to reporters.\n\n- Russia does not produce more modern combat equipment.But it produces "
     "much more simpler equipment: rifles, missiles - said Nikolai Kulbaka, a Russian economist.",
     "Nikolai Kulbaka",
     shared_text("Russia does not", "equipment: rifles, missiles")),
    # a Polish outlet, July 2022 (corpus): the clause rule gave only the last sentence
    ("- I was so terrified, the windows were shaking, and I stayed with one of the patients in the delivery room."
     "Everyone else was in the basement, but I couldn't escape - says midwife Svetlana Wladimir.",
     "midwife Svetlana Wladimir",
     "I was so terrified, the windows were shaking, and I stayed with one of the patients in the delivery room."
     "Everyone else was in the basement, but I couldn't escape"),
    # a Polish outlet, February 2022 (corpus): "Russia reports" and "Our analysts say" are the president's words
    ("- Russia reports that it withdraws its troops.We have no confirmation until now.Our analysts say that they "
     "can remain in a dangerous position.The invasion is possible - said the US president.",
     "the US president",
     shared_text("Russia reports that", "invasion is possible")),
])
def test_dialogue_dash_quotation_is_one_direct_statement(nlp, body, speaker, content):
    rows = extract_rows(nlp, body)
    assert [(r["speaker_text"], r["text"], r["quote_type"]) for r in rows] == [(speaker, content, "direct")]


def test_dash_after_a_sentence_end_opens_a_quotation(nlp):
    # a Polish outlet, April 2022 (corpus): the reported clause, then the president's own words after ".- "
    body = ("President Duda noted that among world leaders he is noticing more and more determination regarding "
            "sanctions.- These sanction regimes are constantly analyzed and we all hope that there will be "
            "agreement - he added.")
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows] == [
        "that among world leaders he is noticing more and more determination regarding sanctions",
        shared_text("These sanction regimes", "will be agreement")]


@pytest.mark.parametrize("body, content", [
    # a US outlet, August 2022 (corpus): dashes round an apposition, mid-sentence
    ('Though the commander - who sports a handlebar-like mustache - noted with a smile that his call sign also '
     'sounds like the word "cat" in Ukrainian.', None),
    # written for the test: a dash pair inside a reported clause
    ("The talks - which lasted three hours - said little about weapons, the ministry said.",
     "The talks - which lasted three hours - said little about weapons"),
])
def test_parenthetical_dashes_are_no_quotation(nlp, body, content):
    rows = extract_rows(nlp, body)
    assert all(r["quote_type"] != "direct" for r in rows)
    if content is not None:
        assert [r["text"] for r in rows] == [content]


def test_reported_clause_stops_where_a_dash_quotation_opens(nlp):
    # a Polish outlet, February 2022 (corpus): the parse ran the glued sentences together; the reported clause of
    # "suggesting" ends at "Donbas", the dash quotation after it is "he said"'s
    body = ("He also talked about disinformation that Russia spreads, suggesting that Ukraine was preparing for the "
            "offensive in Donbas.- There is no evidence of this type of statement, they deny the basic logic - he "
            "said.")
    rows = extract_rows(nlp, body)
    assert [(r["cue"], r["text"]) for r in rows] == [
        ("suggesting", "that Ukraine was preparing for the offensive in Donbas"),
        ("said", shared_text("There is no evidence", "the basic logic"))]


@pytest.mark.parametrize("body, speaker", [
    # a Polish outlet, March 2023 (ukraine_dev): the parse hung "added" on the quotation as a pcomp
    (shared_text("- Probably Vladimir", "national intelligence director."), "the US national intelligence director"),
    # written for the test: parsed as an amod
    ("- Russia probably wants to prevent Western support to tip the scales and forced the conflict with NATO - added "
     "the director.", "the director"),
    # written for the test, a news-agency quotation in marks: the cue after the closing mark and comma
    ('"The shells are arriving too slowly for the spring offensive," complained a Ukrainian artillery commander.',
     "a Ukrainian artillery commander"),
    # written for the test, a dialogue dash in a translated interview
    ("- Air defence is the priority for this winter - stressed the Polish defence minister.",
     "the Polish defence minister"),
])
def test_speaker_after_the_closing_dash_whatever_the_parse(nlp, body, speaker):
    # attribution.after_quotation: a cue right after a closing quotation has the noun phrase after it as speaker
    assert [r["speaker_text"] for r in extract_rows(nlp, body)] == [speaker]
