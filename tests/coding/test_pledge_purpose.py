"""Support a clause is for (statements/frame_purpose.py, coding/purposes.py): the speaker's side commits to a clause
whose own predicate gives nothing, and its purpose infinitive, participle's gerund or conjoined gerund gives support
(`own_purpose`, a pledge); an obligation laid on others does the same (`obligation_purpose`, an appeal). Invented
sentences in the manner of three real articles each (a donor's conference for Ukraine's recovery, a defence
official's work with Ukrainian partners, an agency's call on politicians), run through the real pipeline."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import composition
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


_SAID = ',\" the British defence secretary said in London.'


@pytest.mark.parametrize("quote, act", [
    ("We will put our own security first instead of arming Ukraine", "other"),  # instead of
    ("We will keep our tanks rather than sending them to Ukraine", "other"),  # rather than
    ("We will wait a few months before sending more tanks to Ukraine", "assessment"),  # before: a delay
    ("We want to thank Germany for supporting Ukraine so strongly", "assessment"),  # for, after thank
    ("We will examine the cost of supporting Ukraine", "warning"),  # of, on a noun
    ("We will answer questions about arming Ukraine", "warning"),  # about, on a noun
    ("The EU should reject Kyiv's request to supply more shells", "refusal"),  # a noun's infinitive
])
def test_a_preposition_or_noun_that_aims_at_nothing_gives_no_purpose(nlp, quote, act):
    body = '"' + quote + _SAID
    assert all("purp" not in cl for cl in row_of(extract_rows(nlp, body), quote[:12])[statements.FRAME_KEY]["clauses"])
    assert coded_row(nlp, body, quote[:12])["speech_act"] == act


@pytest.mark.parametrize("quote", [
    "We will vote against sending tanks to Ukraine",
    "We will refrain from sending tanks",
    "We will resist pressure to send tanks",
    "We will criticise Berlin for sending so few tanks",
    "We will visit the factories supplying Ukraine",  # a reduced relative on the object
    "We will rebuild our stocks without supplying Ukraine",
    "Allies should drop the plan to send jets",
    "Allies should think twice before sending tanks",
])
def test_near_misses_of_the_purpose_paths_have_no_purpose(nlp, quote):
    body = '"' + quote + _SAID
    assert all("purp" not in cl for cl in row_of(extract_rows(nlp, body), quote[:12])[statements.FRAME_KEY]["clauses"])


@pytest.mark.parametrize("quote, act", [
    ("We will talk to the Russians about Ukraine to help them understand our red lines", "warning"),  # a topic
    ("We will brief our voters on Ukraine to help them understand the costs", "assessment"),  # a topic, an object
    ("We will review the aid package to help it pass parliament", "other"),  # 'it' is the package
])
def test_a_pro_form_stands_for_the_recipient_not_a_topic_or_object(nlp, quote, act):
    assert coded_row(nlp, '"' + quote + _SAID, quote[:12])["speech_act"] == act


@pytest.mark.parametrize("quote", [
    "The Kremlin should withdraw its troops to help Ukraine rebuild",
    "Moscow must pull back its forces to help Ukraine recover",
    "Russia has to end its blockade to help Ukraine rebuild",
], ids=["kremlin-should", "moscow-must", "russia-has-to"])
def test_an_adversary_subject_is_asked_for_no_purpose(nlp, quote):
    body = '"' + quote + _SAID
    frame = row_of(extract_rows(nlp, body), quote[:10])[statements.FRAME_KEY]
    row = {"quote_type": "direct", "speaker_country": "United Kingdom", "speaker_is_official": True,
           "speaker_type": "person"}
    _, construction, _ = composition.decide(frame, "donor", row, frozenset(), set())
    assert construction != "obligation_purpose"


@pytest.mark.parametrize("body, words", [
    ("Summary It's noon in Tokyo. Here's where things stand: Japan will host a summit next year focused on helping "
     "Ukraine rebuild its grid, the foreign ministry said.", "Here's where"),  # the parse conjoins the participle
    ("Here's the latest: Japan will hold a summit next spring focused on helping Ukraine rebuild its grid, Japan's "
     "foreign ministry said.", "Here's the latest"),  # on the object (acl); the speaker's country named (with no side,
    # "the foreign ministry said", round 39's refitted act model, not the rule, decides: other)
    ("In brief: France will open a fund this year aimed at helping Ukrainian farmers export grain, officials said.",
     "In brief"),  # on the verb (advcl)
])
def test_a_participle_of_aiming_wherever_the_parse_hangs_it_gives_the_purpose(nlp, body, words):
    frame = row_of(extract_rows(nlp, body), words)[statements.FRAME_KEY]
    assert any(cl.get("purp", {}).get("pred", [None])[0] in ("help", "support") for cl in frame["clauses"])
    assert coded_row(nlp, body, words)["speech_act"] == "pledge"


@pytest.mark.parametrize("body, words", [
    ('"We\'ll sit down with our Ukrainian counterparts, and with the other allies, to help them plan the next '
     'phase," a senior Pentagon official told reporters.', "We'll sit"),
    ('"We will work closely with the Ukrainian army to help them repair the damaged howitzers," the Dutch defence '
     "minister said in The Hague.", "We will work"),
    ('"We will meet with Ukrainian farmers next month to help them export their grain," the Polish agriculture '
     "minister said in Warsaw.", "We will meet"),
])
def test_a_pro_form_purpose_object_takes_the_clause_s_recipient(nlp, body, words):
    frame = row_of(extract_rows(nlp, body), words)[statements.FRAME_KEY]
    row = {"quote_type": "direct", "speaker_country": "United States", "speaker_is_official": True,
           "speaker_type": "person"}
    assert composition.decide(frame, "donor", row, frozenset(), set())[:2] == ("pledge", "own_purpose")
