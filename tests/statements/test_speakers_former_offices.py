"""A past office ("the former congressman", "the former Russian president") fits the person just named whatever their
role now, and is never the office's current holder (`past_office`). Tests moved from the round-named file of
round 9."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


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
