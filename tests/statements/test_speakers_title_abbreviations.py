"""A title abbreviation spaCy's tokenizer splits from its dot ("Coun.", "Sgt.", "Insp.") ended the sentence before
the name after it, so the speaker was the title ("Coun") or the row was lost. The `title` rows of
sentence_stops.csv keep the dot in the token (`glued.install_titles`), as spaCy's own exceptions keep "Gov."."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("text, content, name", [
    ('"Snow routes will be cleared by noon on Tuesday," says Coun. Shelley Carroll.',
     "Snow routes will be cleared", "Shelley Carroll"),
    ("The tenants were given two days to pack, Coun. Josh Matlow told a hearing at city hall.",
     "The tenants were given two days", "Josh Matlow"),
    ('"The driver left the highway at speed," says Sgt. Kerry Schmidt of the provincial police.',
     "The driver left the highway", "Kerry Schmidt"),
    ("Supt. Dana Earley said the search for the two hikers would resume at dawn.",
     "the search for the two hikers", "Dana Earley"),
], ids=["says-coun", "coun-told", "says-sgt", "supt-said"])
def test_the_name_after_a_title_abbreviation_speaks(nlp, text, content, name):
    assert speaker_of(extract_rows(nlp, text), content) == name


def test_a_title_token_keeps_its_dot(nlp):
    """The title and its dot are one token, and no sentence starts at the name after it."""
    doc = nlp("The budget vote is on Monday, said Coun. Josh Matlow.")
    assert "Coun." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_a_title_that_ends_its_sentence_before_a_pronoun_still_ends_it(nlp):
    """Near miss of the special case: a title abbreviation that really ends its sentence ("promoted to Col.") is
    still a sentence end where the next word is a pronoun, and an all-caps form is not a special case."""
    doc = nlp("Last spring she was promoted to Col. He said the unit would move north within weeks.")
    assert len(list(doc.sents)) == 2
    assert "COL." not in [t.text for t in nlp("ROLL CALL: COL. SMITH, MAJ. JONES.")]


def test_a_stop_after_a_word_that_is_no_title_still_ends_its_sentence(nlp):
    """Near miss: a full stop after a capitalised word that is no title ("Hall.") still ends the sentence, and the
    name after it starts the next one."""
    text = "The budget passed late on Monday at City Hall. Josh Matlow said the vote was rushed."
    assert len(list(nlp(text).sents)) == 2
    assert speaker_of(extract_rows(nlp, text), "the vote was rushed") == "Josh Matlow"


@pytest.mark.parametrize("text, content, name", [
    ("Liberal MNA Monsef Derraji said the clinic would reopen in the spring.", "the clinic would reopen", "Monsef Derraji"),
    ('"The road stays closed until the bridge is inspected," said Warden Glen McNeil.', "The road stays closed",
     "Glen McNeil"),
    ("Chief Coroner Dirk Huyer said the inquest would begin in June.", "the inquest would begin", "Dirk Huyer"),
    ("Trustee Parthi Kandavel said the board would vote on the budget next week.", "the board would vote",
     "Parthi Kandavel"),
], ids=["mna", "warden", "coroner", "trustee"])
def test_a_canadian_office_before_a_name_is_no_part_of_it(nlp, text, content, name):
    """Offices of Canadian provincial and local news (title_words.csv: "MNA", "Warden", "Coroner", "Trustee") before
    a name are titles, not the first word of the name."""
    assert speaker_of(extract_rows(nlp, text), content) == name


def test_a_surname_like_an_office_after_a_given_name_stays(nlp):
    """Near miss: only a word before the name is a title; "Warden" as a surname stays in the name."""
    text = "Tina Warden said the clinic would reopen in the spring."
    assert speaker_of(extract_rows(nlp, text), "the clinic would reopen") == "Tina Warden"
