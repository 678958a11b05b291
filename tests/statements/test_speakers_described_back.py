"""A definite description after a named person refers back to them where the roles can be one person's ("the
minister" for a defence secretary, "the head of German diplomacy", "the MP", "the analyst"), and never where
they cannot (another country, another role, a person named only inside the content). speakers/described_back.py;
tests moved from the round-named files of rounds 7, 8, 9, 17 and 18."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ('Ex-British Defense Secretary Ben Wallace criticised Berlin again. "Germany must do more," Wallace said.\n\n'
     'While applauding Germany, the former minister reiterated that Scholz was wrong.', "that Scholz was wrong",
     "Ben Wallace"),
    ('US Defense Secretary Lloyd Austin met his counterparts at Ramstein on Friday. Later the minister said that '
     'Ukraine would get more air defence.', "that Ukraine would get", "Lloyd Austin"),
    ('British Foreign Secretary James Cleverly arrived in Kyiv on Thursday. The minister said that Britain would '
     'send more drones.', "that Britain would send", "James Cleverly"),
], ids=["former-minister-defense-secretary", "minister-defense-secretary", "minister-foreign-secretary"])
def test_the_minister_is_a_defence_or_foreign_minister_named_by_another_title(nlp, body, content, name):
    """"the minister" for a person whose office ends in "Minister" ("Defence Minister", written "Defense
    Secretary"), not only for one whose words contain "minister"."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('US President Joe Biden gave remarks at the White House on Friday. Secretary of State Antony Blinken then told reporters '
     'in Munich that Russia was looking for a pretext. The head of American diplomacy stressed that the troops '
     'were still moving.', "that the troops were still moving", "Antony Blinken"),
    ('Russian President Vladimir Putin spoke on Monday. Foreign Minister Sergei Lavrov met his Turkish counterpart '
     'in Antalya. The head of Russian diplomacy said that the talks had been useful.', "that the talks had been",
     "Sergei Lavrov"),
    ('German Chancellor Olaf Scholz hosted the summit in Berlin. Foreign Minister Annalena Baerbock met her '
     'counterparts on Tuesday. The head of German diplomacy said that Berlin would keep its support.',
     "that Berlin would keep", "Annalena Baerbock"),
], ids=["head-of-american-diplomacy", "head-of-russian-diplomacy", "head-of-german-diplomacy"])
def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister(nlp, body, content, name):
    """"the head of American diplomacy" (a nationality inside the title, common in translated news) is a "head of
    diplomacy", the foreign minister or secretary of state (roles.csv), not the head of state named before."""
    assert speaker_of(extract_rows(nlp, body), content) == name
