"""Speaker constructions of issue 14 step 2 (round 9), found on a hand-checked sample of the corpus (coding_dev's
half B removed) and counted there; each with sentences in the style of at least three different (invented)
articles, run end to end through statements.extract."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


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


@pytest.mark.parametrize("body, content, name", [
    ('Florida Governor Ron DeSantis called the war a mere "border quarrel". Mr DeSantis is expected by many '
     'to seek the presidency. The former congressman argued continued support was not a vital national interest.',
     "continued support", "Ron DeSantis"),
    ('Foreign Secretary David Cameron arrived in Kyiv on Thursday. The former prime minister said Britain would give '
     'three billion pounds a year as long as it takes.', "Britain would give", "David Cameron"),
    ('Interior Minister Nancy Faeser opened the conference in Berlin on Monday. The former senator said Germany would '
     'take in more refugees from Kharkiv.', "Germany would take in", "Nancy Faeser"),
], ids=["former-congressman", "former-prime-minister", "former-senator"])
def test_a_past_office_fits_whatever_role_the_text_gives_now(nlp, body, content, name):
    """"the former congressman" for a governor: a past office is no contradiction (`past_office`)."""
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


@pytest.mark.parametrize("body, content, name", [
    ('"We must be prepared for anything," the head of state said at the ceremony on Tuesday. "Such events must never '
     'be repeated." Aleksandr Lukashenko then laid a wreath at the memorial.', "We must be prepared", "Aleksandr Lukashenko"),
    ('The expert points out that the Kremlin began to use Telegram more actively after the invasion. Adam Eberhardt, '
     'director of the Centre for Eastern Studies, has studied Russia for two decades.', "that the Kremlin began",
     "Adam Eberhardt"),
    ('The analyst said Russia would run out of modern missiles by spring. It is firing old stock instead. Michael '
     'Kofman, a senior fellow at CNA, has tracked the war since 2014.', "Russia would run out", "Michael Kofman"),
], ids=["head-of-state-then-named", "expert-then-named", "analyst-two-sentences-on"])
def test_a_description_no_one_fits_before_it_is_the_person_named_right_after(nlp, body, content, name):
    """"..., the head of state said. ... Aleksandr Lukashenko then laid": nobody named before fits, the person named
    as a subject in the next two sentences of narration does."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, bad", [
    ('The journalist said the summit had disappointed many Ukrainians. In turn, the military expert Serhij Grabski '
     'said the findings were satisfactory.', "the summit had disappointed", "Serhij Grabski"),
    ('The Polish president said the border would stay open. Volodymyr Zelensky thanked Poland for its help.',
     "the border would stay open", "Volodymyr Zelensky"),
    ('The minister said the grain corridor would reopen next week. Joe Biden later spoke to reporters in Washington.',
     "the grain corridor would reopen", "Joe Biden"),
], ids=["journalist-not-expert", "polish-not-ukrainian", "minister-not-president"])
def test_a_person_named_after_a_description_they_cannot_fit_is_not_its_speaker(nlp, body, content, bad):
    """A journalist is no expert, a Polish president no Ukrainian one, a minister no president."""
    assert speaker_of(extract_rows(nlp, body), content) != bad


@pytest.mark.parametrize("body, content, name", [
    ('"We would have to use every means," said Dmitry Medvedev, who is deputy head of Russia\'s Security Council. '
     '"There would just be no other way," the former Russian president added.',
     "There would just be no other way", "Dmitry Medvedev"),
    ('Donald Trump once pressed Kyiv to investigate his political opponent. President Joe Biden signed the aid '
     'bill on Wednesday. In a speech on Friday night, the former president suggested that the war would end within '
     'a day.', "that the war would end", "Donald Trump"),
    ('"Putin wants to rebuild his empire," said Aleksander Kwasniewski. President Vladimir Putin did not comment. '
     'According to the former president, Europe depends on China far too much.', "Europe depends on China",
     "Aleksander Kwasniewski"),
], ids=["medvedev-not-putin", "trump-not-biden", "kwasniewski-not-duda"])
def test_a_former_office_is_not_its_current_holder(nlp, body, content, name):
    """"the former Russian president" is never the president the text or officials.csv says holds the office now
    (`past_office` words); it is the person just named (described_back.py)."""
    assert speaker_of(extract_rows(nlp, body, published="2023-07-31"), content) == name
