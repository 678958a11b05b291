"""Speaker constructions of issue 14 step 2 (round 7), found on coding_dev's development half and counted on the
corpus; each with sentences in the style of at least three different (invented) articles, run end to end through
statements.extract."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ('Polish President Andrzej Duda met troops in Rzeszow. Duda was asked during the visit what Emmanuel Macron had '
     'told him about troops. He said that Poland would not send soldiers.', "that Poland would not send",
     "Andrzej Duda"),
    ('Ukrainian Foreign Minister Dmytro Kuleba flew to Brussels. Kuleba was asked on Tuesday at a briefing whether '
     'Volodymyr Zelensky would accept a ceasefire. He said that Ukraine would not trade land for peace.',
     "that Ukraine would not trade", "Dmytro Kuleba"),
    ('Kremlin spokesman Dmitry Peskov spoke to reporters. Peskov was asked during a conference call how Vladimir '
     'Putin would respond to the strikes. He said that the answer would be decided by the military.',
     "that the answer would be", "Dmitry Peskov"),
], ids=["asked-during-what", "asked-on-at-whether", "asked-during-how"])
def test_a_question_the_parser_hung_elsewhere_is_still_a_question(nlp, body, content, name):
    """"X was asked [at the briefing] whether/what/why ... He said": the question word right after the verb's
    phrase opens the question even where the parser hung its clause on a later word; the person named inside the
    question is not who answers."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_a_relative_clause_after_a_request_is_no_question(nlp):
    body = ('Joe Biden said America would keep helping. Volodymyr Zelensky asked Olaf Scholz for more tanks which '
            'Kyiv needs. He said that Ukraine needed them before the spring.')
    assert speaker_of(extract_rows(nlp, body), "that Ukraine needed them") == "Volodymyr Zelensky"


@pytest.mark.parametrize("body, content, name", [
    ('"We lived there all our lives," Natalia Usmanova said. US first lady Jill Biden will travel to Poland and '
     'Moldova on Friday, her office has said.', "US first lady", "Jill Biden's office"),
    ('"The talks were long," said Dmytro Kuleba. Italian Prime Minister Mario Draghi will travel to Kyiv next week, '
     'his office said on Sunday.', "Italian Prime Minister", "Mario Draghi's office"),
    ('Mark Rutte spoke in The Hague. "We need more air defence," he said. Canadian leader Justin Trudeau will attend '
     'the summit, his office said on Monday.', "Canadian leader", "Justin Trudeau's office"),
], ids=["her-office-first-lady", "his-office-prime-minister", "his-office-after-another-speaker"])
def test_the_office_of_a_person_named_as_he_or_she_is_named_after_them(nlp, body, content, name):
    """"[X will travel to Kyiv], his office said": the office of the person the content is about (the subject of
    its own sentence, not the previous speaker), named after them; an organisation."""
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(content)]
    assert rows and rows[0]["speaker_name"] == name and rows[0]["speaker_type"] == "organization"


@pytest.mark.parametrize("body, content, name", [
    ('British volunteer Aiden Aslin was sentenced to death in Donetsk. His family said that they were devastated by '
     'the verdict.', "that they were devastated", "Aiden Aslin's family"),
    ('Basketball player Brittney Griner was moved to a penal colony. Her family said that they had not heard from '
     'her for weeks.', "that they had not heard", "Brittney Griner's family"),
    ('Journalist Evan Gershkovich appeared in a Moscow court on Tuesday. His parents said that the charges were '
     'false.', "that the charges were false", "Evan Gershkovich's parents"),
], ids=["his-family", "her-family", "his-parents"])
def test_the_family_of_a_person_named_as_he_or_she_is_a_group_named_after_them(nlp, body, content, name):
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(content)]
    assert rows and rows[0]["speaker_name"] == name and rows[0]["speaker_type"] == "group"


@pytest.mark.parametrize("body, content, name", [
    ('Hungarian Prime Minister Viktor Orban spoke in Budapest on Friday. According to his information, the funds '
     'will be frozen until the spring.', "the funds will be frozen", "Viktor Orban"),
    ('Estonian Prime Minister Kaja Kallas met Nordic leaders in Tallinn. According to her calculations, Russia will test NATO within '
     'five years.', "Russia will test NATO", "Kaja Kallas"),
    ('Lithuania\'s top diplomat, Gabrielius Landsbergis, visited Kyiv. According to his estimates, Russia '
     'has lost half of its tanks.', "Russia has lost half", "Gabrielius Landsbergis"),
], ids=["his-information", "her-calculations", "his-estimates"])
def test_what_a_person_knows_or_thinks_is_theirs(nlp, body, content, name):
    """"According to his information, ...": the owner of the information, view or estimate speaks."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('The upper chamber of the Czech parliament, the Senate, on Wednesday passed a resolution backing Ukraine.\n\n'
     'According to the resolution, an independent Ukraine is key to the security of Czechia.',
     "an independent Ukraine is key", "Senate"),
    ('The European Parliament adopted a resolution on Thursday after a long debate in Strasbourg. The resolution '
     'said that Russia was a state sponsor of terrorism.', "that Russia was a state sponsor", "European Parliament"),
    ('Lithuania\'s parliament, the Seimas, approved a declaration on Tuesday. The declaration said that the '
     'deportations were a genocide.', "that the deportations were", "Seimas"),
], ids=["resolution-passed-by-appositive", "resolution-adopted", "declaration-approved-by-appositive"])
def test_a_resolution_or_declaration_speaks_for_the_body_that_passed_it(nlp, body, content, name):
    """"X passed/adopted/approved a resolution ... the resolution said": the body that passed it, by the name in
    apposition to its description ("The upper chamber of the Czech parliament, the Senate")."""
    assert speaker_of(extract_rows(nlp, body), content) == name


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
