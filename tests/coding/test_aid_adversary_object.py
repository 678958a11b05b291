"""aid_related (pledgewatch.coding.aid_relation.beneficiary_after), round 30: support whose direct object is the
adversary named by a word that is no place ("Putin") is support for the adversary, not aid for Ukraine (as
"supporting Russia" already was; "the Kremlin" is a place of the adversary's side and was handled before). The first
after a former minister's "only aids Putin" in an article; the other two invented at the review of round 30 (the
Kremlin examples they replaced passed without this rule)."""

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
    ("looking indecisive, or flip-flopping on certain decisions, only aids Putin", "United Kingdom"),
    ("the loophole is aiding Putin", "United States"),
    ("those exports aid Putin's regime", "Poland"),
])
def test_support_for_the_adversarys_leader_is_not_aid(text, country):
    assert not coded(text, country)["aid_related"]


@pytest.mark.parametrize("text, country", [
    ("we will help Ukraine defeat Putin", "United States"),  # Ukraine is the object; Putin the target
    ("our aid to Kyiv is the answer to Putin", "Germany"),
    ("we will keep supporting Ukraine as long as Putin wages this war", "Canada"),
])
def test_aid_for_ukraine_that_names_putin_further_on_keeps_it(text, country):
    assert coded(text, country)["aid_related"]
