"""A hyphenated compass compound names a region, not the West as a side (pledgewatch.coding.words.compass_compounds):
"the north-western Black Sea" makes no Ukraine context for the adversary-transfer veto."""

import pytest

from pledgewatch.coding import aid
from pledgewatch.coding.words import compass_compounds
from support import lowers_caps


@pytest.mark.parametrize("text, expected", [
    # the adversary's logistics in a region named by a compass compound: no backer named, no aid
    ("the Russian tug, which was delivering weapons and troops to the island in the north-western Black Sea", False),
    ("Russia was shipping ammunition to its garrisons in south-western Syria", False),
    ("the Russian convoy transferring weapons to its troops north-west of Kharkiv", False),
    # the West named as a side, or a backer named beside the compound: kept
    ("Russia said it destroyed weapons supplied by the west in north-eastern Ukraine", True),
    ("the allies are delivering weapons to the Ukrainian army in north-eastern Kharkiv", True),
])
def test_a_compass_compound_is_no_side(text, expected):
    words, caps = lowers_caps(text)  # the words as written: the aid check joins the compounds itself, for every caller
    kinds = {k for k, _ in aid.anchors(words, caps)}
    assert ("transfer_capability" in kinds) is expected
    assert aid.aid_related(words, caps, "other") is expected  # as the antecedent and subject routes call it


def test_the_compound_keeps_the_positions():
    words, _ = lowers_caps("a base north-west of Kyiv and the western allies")
    joined = compass_compounds(words)
    assert len(joined) == len(words) and "north-west" in joined and "western" in joined
    assert "west" not in joined
