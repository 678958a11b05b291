"""capabilities (pledgewatch.coding._money_unspent), round 30: a bare money noun ("money", "funds") named as a party's
own means (a possessive, 'have' governing it, 'for money') and nowhere given, lent, spent, raised or needed, Ukraine
unnamed, is not `financial` (ANNOTATION.md: money is `financial` only when it is funding). Money no party owns in the
statement (approved, passed, blocked, run out of) stays `financial` (review of round 30). Invented for these tests
after constructions seen in different articles (a ministry on its debt, a minister on dependence on China, a president
on wars for money, US funding debates)."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding


def caps(text, country) -> list[str]:
    row = {"statement_id": "s1", "article_id": "a1", "text": text, "cue": "said", "cue_lemma": "said",
           "quote_type": "indirect", "speaker_name": "Someone", "speaker_text": "", "speaker_type": "person",
           "speaker_role": "", "speaker_country": country, "speaker_is_official": True, "in_title": False}
    return list(coding.code_statements(pd.DataFrame([row])).iloc[0]["capabilities"])


@pytest.mark.parametrize("text, country", [
    ("it has the funds to cover its debts and has been forced into non-payment", "Russia"),
    ("we must not repeat that mistake: depending on its money, its raw materials, its technologies", "Germany"),
    ("wars for money have never made anyone stronger", "Belarus"),
])
def test_a_partys_own_money_is_not_financial(text, country):
    assert "financial" not in caps(text, country)


@pytest.mark.parametrize("text, country", [
    ("the leaders agreed on the transfer of funds from the profits of frozen assets", "G7"),
    ("we will continue supporting Ukraine with money, aid and weapons", "United Kingdom"),
    ("the funds will be directed to the state budget to finance social expenditures", "Ukraine"),
    ("we need more money for Ukraine", "United States"),
])
def test_money_given_raised_or_needed_stays_financial(text, country):
    assert "financial" in caps(text, country)


@pytest.mark.parametrize("text, country", [  # review of round 30: no own means named (no possessive, 'have', 'for')
    ("Congress must approve the money before the end of the year", "United States"),
    ("the Senate passed the funds last night", "United States"),
    ("the House blocked the funds again", "United States"),
    ("Republicans are holding the money hostage", "United States"),
    ("we are running out of money and time", "United States"),
    ("the money will go to air defence and demining", "United States"),
    ("the Pentagon has run out of funds to replace the weapons", "United States"),
])
def test_money_a_legislature_handles_or_that_runs_out_stays_financial(text, country):
    assert "financial" in caps(text, country)


def test_funds_the_house_blocked_stay_aid():
    row = {"statement_id": "s1", "article_id": "a1", "text": "the House blocked the funds again", "cue": "said",
           "cue_lemma": "said", "quote_type": "indirect", "speaker_name": "Someone", "speaker_text": "",
           "speaker_type": "person", "speaker_role": "", "speaker_country": "United States",
           "speaker_is_official": True, "in_title": False}
    assert coding.code_statements(pd.DataFrame([row])).iloc[0]["aid_related"]
