"""A generic head ("chief", "head", "leader") of a body or field a common noun names (`body_nouns`) fits only a person
the text connects with that body. Tests moved from the round-named file of round 17."""

from __future__ import annotations

import pytest

from support import resolve_mention


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, -1)


@pytest.mark.parametrize("text, mention, content, wrong", [
    ("The Dutch prime minister, Mark Rutte, backed the plan on Monday. \"We stand with Kyiv,\" he said. Later the "
     "new head of the Dutch army said soldiers had to be ready for a long war.", "the new head of the Dutch army",
     "soldiers had to be ready", "Mark Rutte"),
    ("Moscow will leave the orbital station after 2026, the country's space chief has said. \"We will build our own "
     "outpost,\" said Anna Lind, the bank's chief economist, about the budget.", "the country's space chief",
     "Moscow will leave the orbital station", "Anna Lind"),
    ("The mayor of the city, Ivan Petrenko, said the shelling went on all night. The leader of the self-declared "
     "republic admitted that the advance was slower than planned.", "The leader of the self-declared republic",
     "the advance was slower than planned", "Ivan Petrenko"),
], ids=["army-head", "space-chief", "republic-leader"])
def test_a_generic_head_of_a_named_body_is_no_office_holder_of_another(nlp, text, mention, content, wrong):
    assert _resolve(nlp, text, mention, content)["speaker_name"] != wrong


@pytest.mark.parametrize("text, mention, content, name", [
    ("Yuri Borisov, head of the Russian space agency, met engineers on Monday. Later the country's space chief "
     "said the new station would be ready by 2030.", "the country's space chief", "the new station would be",
     "Yuri Borisov"),
    ("Mikk Marran, director of the Estonian intelligence service, spoke to reporters. The head of the Estonian "
     "intelligence said Russia was moving troops north.", "The head of the Estonian intelligence",
     "Russia was moving troops", "Mikk Marran"),
    ("Olaf Scholz, the German chancellor, arrived in Kyiv on Tuesday. The head of the German government said that "
     "more air defence would follow.", "The head of the German government", "more air defence would follow",
     "Olaf Scholz"),
], ids=["space-agency-head", "intelligence-head", "government-head"])
def test_a_generic_head_of_a_body_the_person_is_connected_with_still_fits(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name
