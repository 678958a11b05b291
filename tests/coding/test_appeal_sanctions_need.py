"""Two readings of a request the composition had wrong (coding/requests.py, coding/composition.py `_need`):
- a request for sanctions names the adversary as their target, not as the one asked or helped: "demanded tougher
  sanctions against Moscow" is an appeal (ANNOTATION.md's settled conventions: a call for sanctions is an appeal),
  not a request to the adversary;
- the recipient's need stated in the passive ("more sanctions are needed", "more shells are needed at the front")
  is `stated_need`, an appeal, as "we need more shells" is; the same words from a donor are left alone (a donor
  stating a need makes an assessment)."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    "Ukraine's foreign minister demanded tougher sanctions against Moscow.",
    "The Ukrainian minister demanded new sanctions on Russian banks.",
    "The Latvian president demanded harsher sanctions against the Kremlin.",
])
def test_demanded_sanctions_against_the_adversary_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"More sanctions are needed," the Ukrainian foreign minister said.',
    '"Tougher sanctions against Moscow are required," Ukraine\'s prime minister said.',
    '"More shells are needed at the front," the Ukrainian commander said.',
])
def test_the_recipients_passive_need_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_a_donors_passive_need_is_no_appeal(nlp):
    assert act_of(nlp, '"More sanctions are needed," the German chancellor said.') != "appeal"
