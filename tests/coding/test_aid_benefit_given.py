"""`not_transferred` (coding/aid.py, the transfer-to-Ukraine anchor): a 'give' whose object is a benefit, an
advantage, an edge, a boost or revenue, transfers no aid ("the weather gives the Ukrainians an advantage"). Invented
sentences, one per imagined article; the near misses name aid given, which stays aid."""

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import aid_extra


def _aid(text, cue, country):
    df = pd.DataFrame([dict(text=text, cue=cue, cue_lemma=cue, speaker_country=country)])
    return bool(coding.code_statements(df)["aid_related"].iloc[0])


@pytest.mark.parametrize("text, cue, country", [
    ("the fog over the river gives the Ukrainians a real advantage at dawn", "said", "Lithuania"),
    ("reopening the ports would give Ukraine's farmers steady export revenue again", "said", "Ukraine"),
    ("the collapse of the bridge has given Kyiv a boost before the talks", "said", "Finland"),
    ("the early thaw could give Ukraine an edge in the south", "said", "Estonia"),
])
def test_a_benefit_given_is_no_aid(text, cue, country):
    assert _aid(text, cue, country) is False


@pytest.mark.parametrize("text, cue, country", [
    ("we will give Ukraine everything it needs to win", "said", "Canada"),
    ("giving Ukraine what it needs would boost its chances in the spring", "said", "Canada"),  # 'boost' a verb
])
def test_aid_given_stays_aid(text, cue, country):
    assert _aid(text, cue, country) is True


@pytest.mark.parametrize("text, expected", [
    ("the collapse of the bridge has given kyiv a boost before the talks", True),
    ("the early thaw could give ukraine an edge in the south", True),
    ("we give ukraine tanks , a major boost for its army", False),  # the boost after a comma: the tanks' effect
])
def test_benefit_given_itself(text, expected):
    assert aid_extra.benefit_given(text.split(), text.split().index("give") if "give" in text.split()
                                   else text.split().index("given")) is expected
