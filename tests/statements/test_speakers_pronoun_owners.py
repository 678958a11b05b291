""""It" for an organisation whose mention opens with its owner's possessive ("Britain's Ministry of Defence ... It
said"): the NER's entity begins after the owner, and the owner names whose body it is, so the speaker keeps it and its
country is the owner's, not the one the sentence around names most (speakers.pronouns._with_owner)."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, name, country", [
    ("Britain's Ministry of Defence published its daily update on Sunday. It said Moscow had moved more troops "
     "towards Kharkiv and Ukraine.", "Moscow had moved", "British Ministry of Defence", "United Kingdom"),
    ("Ukraine's State Emergency Service reported fires in Kharkiv. It said Russian shelling had hit two schools.",
     "Russian shelling had hit", "Ukrainian State Emergency Service", "Ukraine"),
    ("Russia's Federal Security Service detained two men in Crimea. It said they had worked for Ukrainian "
     "intelligence.", "they had worked for", "Russian Federal Security Service", "Russia"),
], ids=["uk-mod", "ua-emergency-service", "ru-fsb"])
def test_it_keeps_the_possessive_owner_of_the_organisation_before_it(nlp, body, content, name, country):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_name"] == name
    assert r["speaker_country"] == country

