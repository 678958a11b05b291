"""A definite description after a named person refers back to them where the roles can be one person's ("the
minister" for a defence secretary, "the head of German diplomacy", "the MP", "the analyst"), and never where
they cannot (another country, another role, a person named only inside the content). speakers/described_back.py;
tests moved from the round-named files of rounds 7, 8, 9, 17 and 18."""

from __future__ import annotations

import pytest

from support import extract_rows, resolve_mention, speaker_of


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


@pytest.mark.parametrize("body, content, name", [
    ("The ministry's spokesperson Igor Konashenkov briefed reporters on Monday. The defence ministry spokesperson said that ten "
     "drones were shot down.", "that ten drones", "Igor Konashenkov"),
    ("Ukraine's presidential aide Mykhailo Podolyak gave interviews on Sunday. The Ukrainian official said that the talks "
     "were over.", "that the talks", "Mykhailo Podolyak"),
    ("The announcement was commented on by the Kremlin spokesman. The plan needs careful study, Kremlin "
     "spokesman Dmitry Peskov said. Later the Kremlin spokesman said that the goals would be achieved.",
     "that the goals", "Dmitry Peskov"),
], ids=["spokesperson-named-before", "nationality-only", "spokesman-named-later"])
def test_a_description_the_article_names_is_still_the_named_person(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("John Bolton visited Kyiv on Tuesday with a delegation. The former envoy said that the West had to send more "
     "air defence.", "that the West had", "John Bolton"),
    ("Sandra Novak chaired the hearing on Wednesday. The lawmaker said that the aid package would pass next week.",
     "that the aid package", "Sandra Novak"),
    ("Peter Hartmann arrived in Vilnius on Monday. The envoy said that Germany would station a brigade there.",
     "that Germany would station", "Peter Hartmann"),
], ids=["former-envoy", "lawmaker", "envoy"])
def test_a_description_no_one_fits_by_role_is_the_person_just_named(nlp, body, content, name):
    """"John Bolton visited Kyiv. The former envoy said": a definite description that fits nobody by role refers
    back to the person named as a subject just before, when the text gives that person no role of their own."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_a_person_with_another_role_is_not_the_description(nlp):
    body = ("Volodymyr Zelensky met the delegation in Kyiv on Tuesday. The senator said that the aid package would "
            "pass next week.")
    assert speaker_of(extract_rows(nlp, body), "that the aid package") != "Volodymyr Zelensky"


@pytest.mark.parametrize("body, content, name", [
    ('"Our ties have come through a hard test," House of Representatives chairman Vladimir Andreichenko '
     'told reporters on Tuesday. "Today we discussed the key points of the joint programmes," the speaker '
     'of the House of Representatives added.', "Today we discussed", "Vladimir Andreichenko"),
    ('Andrei Savinykh said: "The world is changing on a vast scale. Belarus and Russia now face '
     'military threats." It is important to see that we take no part in a clash of '
     'interests, the MP noted.', "It is important to see", "Andrei Savinykh"),
    ('Foreign Minister Mihai Popsoi met senators in Washington on Tuesday. Without more Western help, Moldova could '
     'fall under Moscow\'s control, the top diplomat said.', "Without more Western help", "Mihai Popsoi"),
    ('In a short lecture at the summit in Bali, Sergei Lavrov said: "Maybe there is nothing left to discuss with Western '
     'states." The veteran Russian diplomat also accused the west of pushing Ukraine to keep fighting.',
     "the west of pushing", "Sergei Lavrov"),
], ids=["speaker-of-the-house", "the-mp", "top-diplomat", "veteran-diplomat"])
def test_a_description_after_a_named_speaker_is_that_speaker_when_the_titles_can_be_one_persons(nlp, body, content,
                                                                                                 name):
    """"X said ... the MP noted": no person fits "the MP" by role, and X's own title (a chamber's chairman) is of a
    kin kind (speaker_words.csv `kin_kinds`): the description refers back to X (described_back.py)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, bad", [
    ('"We will never give up our land," said Volodymyr Zelensky, the Ukrainian leader. The Polish president said the '
     'border would stay open for refugees.', "the border would stay open", "Volodymyr Zelensky"),
    ('"Iran is a partner," said Behnam Ben Taleblu, a fellow at a Washington think tank. The former head of an '
     'intelligence service, who declined to be named, said Iran had helped launder money.',
     "Iran had helped", "Behnam Ben Taleblu"),
    ('"The sanctions are working," said Chancellor Olaf Scholz. A senior official said the next package would follow '
     'in May. The official said the talks had been difficult.', "the talks had been difficult", "Olaf Scholz"),
], ids=["other-country", "someone-new", "unnamed-source"])
def test_a_description_that_cannot_be_the_named_speaker_is_not(nlp, body, content, bad):
    """Another country, a description that introduces someone ("of an intelligence service", "who declined to be
    named") and an unnamed source ("the official") never refer back to the named speaker."""
    assert speaker_of(extract_rows(nlp, body), content) != bad


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


@pytest.mark.parametrize("text, mention, content", [
    ("The talks ended on Friday. The minister said that Defence Minister Boris Pistorius would travel to Kyiv next "
     "week.", "The minister", "Defence Minister Boris Pistorius would travel"),
    ("Lawmakers passed the budget on Thursday. The governor said that Governor Kathy Hochul would sign the bill "
     "within days.", "The governor", "Governor Kathy Hochul would sign"),
    ("The army is short of shells. The general warned that General Valery Zaluzhny needed more ammunition.",
     "The general", "General Valery Zaluzhny needed"),
], ids=["minister", "governor", "general"])
def test_a_description_is_never_a_person_named_only_in_its_own_content(nlp, text, mention, content):
    """The later-mention fallback of a description skips the row's own content: whom the statement is about."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == "UNKNOWN"


@pytest.mark.parametrize("text, mention, content, name", [
    ("Jan Kowalski, commenting on the talks, pointed to the words that President Recep Tayyip Erdogan said last "
     "week. Erdogan stressed that both sides should return to talks. - It is plain that Ankara is moving closer to "
     "Kyiv - said the analyst.", "the analyst", "It is plain that Ankara", "Jan Kowalski"),
    ("Maria Novak, asked about the summit, recalled what Chancellor Olaf Scholz said on Monday. Scholz said Berlin "
     "would not send jets. \"This is a cautious signal,\" the expert said.", "the expert", "This is a cautious",
     "Maria Novak"),
    ("Tomas Lind, a researcher at the Baltic Policy Institute, followed the remarks closely. General Petras "
     "Vaitkus said the brigade would move in spring. The researcher added that the move had been planned for years.",
     "The researcher", "the move had been planned", "Tomas Lind"),
], ids=["analyst-after-president", "expert-after-chancellor", "researcher-after-general"])
def test_a_commentators_description_is_no_office_holder(nlp, text, mention, content, name):
    """"the analyst", "the expert" (no-office role kinds) is the commentator named near, never a president, a
    chancellor or a general the passage quotes."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, mention, content, name", [
    ("The shop opened in a basement in 1998. Its owner, Pete Harlow, still sorts the comics "
     "himself. \"One copy goes on "
     "the shelf,\" the affable proprietor said.", "the affable proprietor", "One copy goes on", "Pete Harlow"),
    ("President Ivan Korov visited the plant on Friday. \"We will build more,\" the president said.",
     "the president", "We will build more", "Ivan Korov"),
], ids=["proprietor", "president"])
def test_a_description_with_no_office_conflict_keeps_the_person_of_the_passage(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name
