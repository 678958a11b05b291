"""`adversary_thanks` (coding/aid_thanks.py): whoever thanks is the one helped, so the adversary's thanks for help,
assistance or support speaks of help to its own side, not of aid to Ukraine. Invented sentences, one per imagined
article; the near misses keep their aid relation (a capability named, the recipient's thanks)."""

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import aid_thanks


def _aid(text, cue, country):
    df = pd.DataFrame([dict(text=text, cue=cue, cue_lemma=cue, speaker_country=country)])
    return bool(coding.code_statements(df)["aid_related"].iloc[0])


@pytest.mark.parametrize("text, cue, country", [
    ("the Turkish leader for his help in brokering the accord that let cargo ships carry Ukrainian wheat from Odesa",
     "thanked", "Russia"),
    ("We are grateful to our friends in Pyongyang for their support in these hard times for Russia and Ukraine",
     "said", "Russia"),
    ("Beijing for its assistance in restarting the plants hit by the Western restrictions", "thanked", "Belarus"),
    ("the Chinese side for supporting us as Ukraine and the West keep up the pressure", "thanked", "Russia"),
])
def test_the_adversary_thanking_for_help_is_no_aid(text, cue, country):
    assert _aid(text, cue, country) is False


@pytest.mark.parametrize("text, cue, country", [
    ("Budapest for refusing to send tanks to Ukraine", "thanked", "Russia"),  # a capability named: about aid
    ("Washington for its steady support", "thanked", "Ukraine"),  # the recipient thanks
    ("the allies for their help in rebuilding the power grid of Kharkiv", "thanked", "Ukraine"),
])
def test_near_misses_keep_their_aid_relation(text, cue, country):
    assert _aid(text, cue, country) is True


@pytest.mark.parametrize("row, lowers, side, expected", [
    ({"cue": "thanked"}, ["beijing", "for", "its", "help"], "adversary", True),
    ({"cue": "said"}, ["thank", "you", "for", "the", "help"], "adversary", True),
    ({"cue": "said"}, ["the", "help", "came", "late"], "adversary", False),  # no thanks
    ({"cue": "thanked"}, ["beijing", "for", "its", "help"], "recipient", False),
])
def test_adversary_thanks_reads_cue_content_and_side(row, lowers, side, expected):
    assert aid_thanks.adversary_thanks(row, lowers, side) is expected



@pytest.mark.parametrize("text, cue", [
    ("Kyiv should thank its Western sponsors for the support that only prolongs the war", "said"),
    ("Orban for blocking the EU aid package for Ukraine at the summit", "thanked"),
    ("the Ukrainian regime must be grateful to Washington for the assistance that keeps its army going", "said"),
], ids=["another-thanks-support", "aid-package-named", "another-grateful"])
def test_anothers_thanks_or_concrete_aid_stays_aid(text, cue):
    """The adversary speaking of Kyiv's thanks to its backers, or thanking for a block on an aid package (concrete
    aid named), speaks of aid to Ukraine: the veto does not take it."""
    assert _aid(text, cue, "Russia") is True
