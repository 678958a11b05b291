"""A speaker named after the mention: a description no person before fits, or a he/she that opens the text, is the
person named right after it; a person named after a description they cannot fit is not its speaker. Tests moved
from the round-named files of rounds 9 and 19."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


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


@pytest.mark.parametrize("text, content, name", [
    ("He said: \"Whatever else happens, the United States stands ready to talk about arms control.\"\n\n"
     "Mr Biden's remarks came hours after the Kremlin ordered a partial mobilisation.", "Whatever else happens",
     "Biden"),
    ("\"We are adding sanctions on twelve more members of the regime and their relatives,\" he wrote on social "
     "media, Canadian Prime Minister Justin Trudeau. Britain has already sanctioned them.", "We are adding sanctions",
     "Justin Trudeau"),
    ("She said the talks in Geneva had been \"hard but useful\". Ms Baerbock, Germany's foreign minister, flew "
     "back to Berlin on Tuesday evening.", "the talks in Geneva", "Baerbock"),
], ids=["he-then-mr-biden", "he-then-prime-minister", "she-then-ms-baerbock"])
def test_a_pronoun_that_opens_the_text_is_the_person_named_right_after(nlp, text, content, name):
    """A he/she no person before can be (a text that opens with the quotation) is the first person of that gender
    named after it, in its sentence or the next, outside quotations (`pronouns._named_right_after`); was UNKNOWN."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert name in row["speaker_name"]
