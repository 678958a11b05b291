"""`capability_in_use` (coding/aid_extra.py): Ukraine as the user of a capability is the guide's aid "in use", with
no transfer verb or aid word named. Invented sentences, one per imagined article; the near misses (another user, a
habit, a capability that is not the verb's object) keep no aid relation."""

import pandas as pd
import pytest

from pledgewatch import coding


def _aid(text, cue, country):
    df = pd.DataFrame([dict(text=text, cue=cue, cue_lemma=cue, speaker_country=country)])
    return bool(coding.code_statements(df)["aid_related"].iloc[0])


@pytest.mark.parametrize("text, cue, country", [
    ("our skies stay open to raids because Ukraine still uses ageing air defence systems from the eighties",
     "said", "Ukraine"),
    ("the Western capitals of pushing Kyiv to use its weapons against the villages near the border",
     "accused", "Russia"),
    ("Kyiv is using its howitzers sparingly these days", "said", "Estonia"),
    ("Ukrainian crews are now using the drones to watch the river crossings at night", "said", "Latvia"),
])
def test_ukraine_using_a_capability_is_aid(text, cue, country):
    assert _aid(text, cue, country) is True


@pytest.mark.parametrize("text, cue, country", [
    ("Russia used its drones against several Ukrainian towns overnight", "said", "Ukraine"),  # another user
    ("the villagers who used to sell tanks of milk to Ukraine's dairies", "said", "Poland"),  # a habit
    ("Ukraine uses the lull, and the artillery of both armies is silent", "said", "Ukraine"),  # no object of 'use'
])
def test_near_misses_are_no_aid(text, cue, country):
    assert _aid(text, cue, country) is False
