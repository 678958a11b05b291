"""Support a clause is for (statements/frame_purpose.py, coding/purposes.py): the speaker's side commits to a clause
whose own predicate gives nothing, and its purpose infinitive, participle's gerund or conjoined gerund gives support
(`own_purpose`, a pledge); an obligation laid on others does the same (`obligation_purpose`, an appeal). Invented
sentences in the manner of three real articles each (a donor's conference for Ukraine's recovery, a defence
official's work with Ukrainian partners, an agency's call on politicians), run through the real pipeline."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from support import coded_row, extract_rows, row_of


@pytest.mark.parametrize("body, words", [
    ('"Norway will convene a donors\' meeting in the spring aimed at helping Ukraine rebuild its power grid," the '
     "foreign ministry said in Oslo.", "Norway will convene"),
    ('"We\'ll sit down with our Ukrainian counterparts, and with the other allies, to help them plan the next '
     'phase," a senior Pentagon official told reporters.', "sit down with"),
    ('"Canada will set up a training centre next year dedicated to supporting Ukrainian deminers," Anita Anand '
     "said in Ottawa.", "Canada will set up"),
])
def test_a_commitment_for_the_purpose_of_support_is_a_pledge(nlp, body, words):
    row = coded_row(nlp, body, words)
    assert row["speech_act"] == "pledge"


@pytest.mark.parametrize("body, words", [
    ('"Leaders must concentrate on ending the fighting as well as continuing to provide financial support to '
     'Ukraine," the agency\'s spokesman said in Geneva.', "Leaders must"),
    ('"European governments should invest in new factories to supply Ukraine with more shells," the Estonian '
     "prime minister said.", "European governments should"),
    ('"The allies have to pool their stocks to help Kyiv through the winter," Dmytro Kuleba said in Brussels.',
     "The allies have to"),
])
def test_an_obligation_on_others_for_the_purpose_of_support_is_an_appeal(nlp, body, words):
    assert coded_row(nlp, body, words)["speech_act"] == "appeal"


@pytest.mark.parametrize("body, words", [
    ('"We will meet next week to discuss how to help Ukraine," the German chancellor said in Berlin.',
     "We will meet"),
    ('"We will hold talks so that other countries can help Ukraine," the Austrian chancellor said in Vienna.',
     "We will hold"),
    ('"We will visit the factories that supply Ukraine with shells," the Czech defence minister said in Prague.',
     "We will visit"),
])
def test_a_topic_another_giver_or_a_relative_clause_is_no_purpose(nlp, body, words):
    frame = row_of(extract_rows(nlp, body), words)[statements.FRAME_KEY]
    assert all("purp" not in cl for cl in frame["clauses"])


@pytest.mark.parametrize("body, words", [
    ('"We will not host a conference aimed at helping Kyiv," the Hungarian foreign minister said in Budapest.',
     "We will not"),
    ('"We could host a conference aimed at helping Kyiv rebuild," the Slovak prime minister said in Bratislava.',
     "We could"),
])
def test_a_negated_or_hedged_commitment_with_a_purpose_is_no_pledge(nlp, body, words):
    assert coded_row(nlp, body, words)["speech_act"] != "pledge"
