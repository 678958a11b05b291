"""capabilities (pledgewatch.coding._money_unspent), round 30: a bare money noun ("money", "funds") is `financial`
only where the statement gives, lends, spends, raises or needs it, or names Ukraine (ANNOTATION.md: money is
`financial` only when it is funding); a party's own means is not. Invented for these tests after constructions seen
in different articles (a ministry on its debt, a minister on dependence on China, a president on wars for money)."""

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
