"""aid_related (pledgewatch.coding.aid), round 29: relief for a donor's own households, consumers or pensioners is
no aid for Ukraine (`domestic_beneficiary`, `_domestic_relief`: "a £37bn package to help households" with their
energy bills), unless the content names a capability, weapons or a transfer verb. Invented for
these tests after constructions seen in different articles."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding


def coded(text, country) -> dict:
    row = {"statement_id": "s1", "article_id": "a1", "text": text, "cue": "said", "cue_lemma": "said",
           "quote_type": "indirect", "speaker_name": "Someone", "speaker_text": "", "speaker_type": "person",
           "speaker_role": "", "speaker_country": country, "speaker_is_official": True, "in_title": False}
    return coding.code_statements(pd.DataFrame([row])).iloc[0].to_dict()


@pytest.mark.parametrize("text, country", [
    ("we have introduced an extraordinary £37bn package to help households with their energy bills", "United Kingdom"),
    ("the government's relief package will support consumers hit by soaring gas prices", "Germany"),
    ("the new support package will help pensioners with their heating costs this winter", "France"),
])
def test_relief_for_the_donors_own_households_is_not_aid(text, country):
    assert not coded(text, country)["aid_related"]


@pytest.mark.parametrize("text, country", [
    ("we will send generators to help Ukrainian households through the winter", "Germany"),
    ("the package will help Ukraine keep the lights on in households across the country", "United States"),
    ("our partners' aid keeps our households warm", "Ukraine"),
])
def test_households_of_ukraine_keep_the_aid(text, country):
    assert coded(text, country)["aid_related"]


@pytest.mark.parametrize("text, country", [
    ("Germany will send Leopard tanks even as consumers pay higher gas prices", "Germany"),  # a capability sent
    ("Berlin will send 14 Leopard tanks; households will be spared new taxes", "Germany"),
    ("we will not send another $60 billion while American taxpayers struggle to pay their bills", "United States"),
    ("American taxpayers deserve to know where the weapons we send are going", "United States"),
])
def test_aid_sent_beside_relief_at_home_stays_aid(text, country):
    assert coded(text, country)["aid_related"]
