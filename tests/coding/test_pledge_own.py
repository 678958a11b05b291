"""Pledges of the speaker's own side (coding/own_pledges.py): the speaker as a reported pronoun ("it", "his
country"), readiness to give support, not abandoning support (a litotes). Short excerpts of news articles of the
corpus and the shared sets, one article each, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import coded_rows


def act_of_row(nlp, body: str, words: str) -> str:
    """The speech act of the first statement of `body` whose content holds `words`."""
    coded = coded_rows(nlp, body)
    rows = [r for r in coded if words in r["text"]]
    assert rows, [r["text"] for r in coded]
    return rows[0]["speech_act"]


@pytest.mark.parametrize("body, start", [
    ("Belarusian President Alexander Lukashenko has said his ex-Soviet state stands fully behind Russia.",
     "his ex-Soviet state"),
    ('US President Joe Biden announced on Wednesday that his country will provide Ukraine "with more advanced missile '
     'systems and ammunition" as its war with Russia continues.', "his country will provide"),
    ("The UK government said it would supply long-range rocket artillery to Ukraine, despite a threat on Sunday from "
     "Russia's president, Vladimir Putin, to bomb fresh targets if similar weapons from the US were delivered to Kyiv.",
     "it would supply"),
])
def test_the_speaker_as_reported_pronoun_pledges(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    ("Before visiting Moscow earlier this month, Lukashenko claimed there is \u201cno way\u201d his country would "
     "send troops into Ukraine unless it is attacked.", "there is"),
    ('Russian President Vladimir Putin said last week that his country would use "all the means at our disposal".',
     "his country would use"),
])
def test_the_adversary_or_a_threat_named_by_pronoun_is_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ("Poland and Lithuania have said they are prepared to help Ukrainian authorities return men subject to military "
     "conscription, after Ukraine's government announced this week that it was suspending consular services and the "
     "issue of passports for such men who are living abroad.", "they are prepared"),
    ("French President Emmanuel Macron told Ukraine's leader Volodymyr Zelensky in Paris earlier this month that he "
     'was "determined to help Ukraine to victory".', "he was"),
    ("In addition, the US also remains committed to supporting the Ukrainian people whose lives have been ripped "
     "apart by this war, the State Department said.", "In addition"),
    ("\u201cAustralia remains committed to supporting Ukraine to resolve the conflict on its terms,\u201d he said.",
     "Australia remains"),
])
def test_own_readiness_to_give_support_is_a_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    ("The UN is prepared to send a group of experts to Olenivka to investigate the incident, if it gets consent "
     "from both parties, a UN spokesman said.", "The UN"),
    ("MINSK, 26 February (BelTA) \u2013 Belarus is ready to provide a venue for peaceful negotiations on settling the "
     "conflict in Ukraine, Belarus President Aleksandr Lukashenko said on 26 February.", "Belarus is ready"),
])
def test_readiness_under_a_condition_or_to_give_no_support_is_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ('NATO Secretary General Jens Stoltenberg added: "We should not stop supporting Ukraine. Even if the costs are '
     'high, not only for military support, but also because of the high energy and food prices."', "We should not"),
    ("French President Emmanuel Macron last week reaffirmed that he would not rule out sending Western troops to "
     "Ukraine, as he warned of the risks Russia poses to European security.", "he would not"),
    ("French President Emmanuel Macron repeated last week that he does not exclude sending troops to Ukraine.",
     "he does not"),
])
def test_not_abandoning_support_is_a_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


def test_cannot_rule_out_is_a_hedge_not_a_pledge(nlp):
    body = "French President Emmanuel Macron has said he cannot rule out sending Western troops to Ukraine."
    assert act_of_row(nlp, body, "he cannot") != "pledge"
