"""coding/refusals_ruled.py: support ruled out (`support_ruled_out`), blocked by the speaker's side
(`support_blocked`) or declared absent ahead (`no_support_ahead`) is a refusal; and coding/refusals.py
`withheld_intent` with a negated consideration ("not considering sending"). Ruling out that is itself negated,
another side's block, the adversary's and Ukraine's own conduct and a "no" that denies no aid are not refusals.
Sentences of our own wording, each in the manner of a different article, run through the real pipeline (parse,
extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import refusals_ruled
from support import act_of


@pytest.mark.parametrize("body", [
    "Chancellor Olaf Scholz of Germany said on Monday he ruled out sending ground troops to Ukraine.",
    "The Czech premier Petr Fiala said Prague excluded deploying its soldiers in Ukraine.",
    '"We rule out supplying our fighter jets to Kyiv for now," the Dutch prime minister Mark Rutte said.',
])
def test_support_ruled_out_is_a_refusal(nlp, body):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize("body", [
    "The Hungarian prime minister Viktor Orban said his government would block the new aid package for Ukraine.",
    '"We will veto the loan for Kyiv at the summit," the Slovak premier Robert Fico told reporters.',
    '"Hungary will block the fresh military aid for Ukraine," the foreign minister Peter Szijjarto said.',
])
def test_support_blocked_by_the_speakers_side_is_a_refusal(nlp, body):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize("body", [
    '"There will be no more German tanks for Ukraine," a senior government source in Berlin said.',
    '"There would be no fresh money for Kyiv this year," the House speaker Mike Johnson told reporters.',
    '"There will be no Taurus missiles from us," the defence minister Boris Pistorius said on Sunday.',
])
def test_no_support_ahead_is_a_refusal(nlp, body):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize("body", [
    '"We are not considering sending F-16 jets to Kyiv at present," adviser Jake Sullivan said.',
    "The Swiss president Alain Berset said Bern was not considering supplying its old tanks to Kyiv.",
    '"We are not considering giving them more long-range missiles," the Italian defence minister Guido Crosetto said.',
])
def test_a_negated_consideration_of_aid_is_a_refusal(nlp, body):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize("body", [
    "President Emmanuel Macron of France said he did not rule out deploying allied soldiers in Ukraine.",  # negated
    "President Joe Biden said Republicans would block the aid package for Ukraine.",  # another side
    '"Russia rules out sending its troops home," Kremlin spokesman Dmitry Peskov said.',  # the adversary
    '"There will be no ceasefire until Russia leaves," President Volodymyr Zelensky said.',  # no aid denied
    '"We are considering sending more air defence to Ukraine," the German defence minister said.',  # not negated
    '"We will block the funds of Russia\'s central bank," the Belgian finance minister said.',  # the adversary's assets
])
def test_no_support_ruled_out_is_no_refusal(nlp, body):
    assert act_of(nlp, body) != "refusal"


def test_no_support_ahead_reads_the_words_after_no():
    assert refusals_ruled.no_support_ahead("There will be no more funding for Kyiv", frozenset())
    assert not refusals_ruled.no_support_ahead("There will be no peace without justice", frozenset())
    assert not refusals_ruled.no_support_ahead("There was no money left in the budget", frozenset())
    assert not refusals_ruled.no_support_ahead("There will be no cuts to the funding for Kyiv", frozenset())
    assert not refusals_ruled.no_support_ahead("There would be no delay in the deliveries", frozenset())


def test_no_support_ahead_reads_only_the_noun_phrase_no_opens():
    """The aid word must be in the phrase "no" opens, not after the preposition that ends it."""
    assert not refusals_ruled.no_support_ahead("There will be no pause in the deliveries of weapons to Kyiv", frozenset())
    assert not refusals_ruled.no_support_ahead("There will be no fatigue in our support for Kyiv", frozenset())
    assert not refusals_ruled.no_support_ahead("There will be no Ukraine without Western weapons", frozenset())
    assert refusals_ruled.no_support_ahead("There will be no more shells for the front", frozenset())


@pytest.mark.parametrize("body", [
    '"We do not consider sending tanks an escalation," the Polish defence minister said in Warsaw.',
    "Chancellor Olaf Scholz said Berlin did not consider supplying the jets a step towards war.",
    '"We do not deem delivering air defence to Kyiv a provocation," the Dutch foreign minister said.',
])
def test_a_negated_judgement_of_aid_is_no_refusal(nlp, body):
    assert act_of(nlp, body) != "refusal"
