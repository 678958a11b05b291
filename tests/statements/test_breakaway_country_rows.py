"""countries.csv rows of the breakaway republics and their spellings: the speaker's country from its own mention
(statements.names.Reference.find_country), the longest row first, so the region's name inside the republic's name
does not make the speaker Ukrainian."""

from __future__ import annotations

import pytest

from pledgewatch.statements.names import reference


@pytest.mark.parametrize(("mention", "country"), [
    ("the leader of the Lugansk People's Republic", "Luhansk People's Republic"),
    ("the Luhansk People's Republic's militia", "Luhansk People's Republic"),
    ("an LPR commander", "Luhansk People's Republic"),
    ("the DPR's self-styled leader", "Donetsk People's Republic"),
    ("DPR Korea's foreign ministry", "North Korea"),
    # near misses: the regions themselves are Ukraine's
    ("the regional governor of Lugansk", "Ukraine"),
    ("a volunteer in Donetsk", "Ukraine"),
])
def test_republic_and_region_rows(mention, country):
    assert reference().find_country(mention) == country
