"""Two people of one surname whose given names share an initial but not a gender are two people (names.givens_agree):
"Joe Biden" and "Jill Biden", "Mark Rutte" and a "Maria Rutte" of the same article. Before, a given name of the same
first letter joined the person already indexed, so the first lady's later "Biden" took the president's record and
her name took his statements. Invented sentences."""

from __future__ import annotations

import pytest

from pledgewatch.statements.names import givens_agree
from support import extract_rows, row_of


@pytest.mark.parametrize("a, b, same", [
    ("joe", "joseph", True), ("joe", "j", True), ("jill", "jill", True),
    ("joe", "jill", False), ("mark", "maria", False), ("john", "jane", False),
    ("joe", "karl", False),
])
def test_given_names_agree_by_initial_and_gender(a, b, same):
    assert givens_agree(a, b) is same


@pytest.mark.parametrize("body, content, speaker, speaker_id", [
    ("President Joe Biden said the United States would send more air defence systems to Kyiv. "
     "Later, first lady Jill Biden said she would visit a school in Slovakia next week.",
     "the United States would send", "Joe Biden", "Joe Biden"),
    ("Joe Biden told reporters that the new package would reach Ukraine within weeks. "
     "Jill Biden, who travelled with him, said the families she met wanted peace.",
     "the families she met", "Jill Biden", "Jill Biden"),
    ("Jill Biden said refugee mothers needed more help. "
     "Joe Biden said Washington would keep supporting Ukraine's army.",
     "Washington would keep", "Joe Biden", "Joe Biden"),
])
def test_a_woman_of_the_same_surname_and_initial_is_another_person(nlp, body, content, speaker, speaker_id):
    row = row_of(extract_rows(nlp, body, published="2022-06-01"), content)
    assert (row["speaker_name"], row["speaker_id"]) == (speaker, speaker_id)


@pytest.mark.parametrize("body, content, speaker", [
    ("President Joe Biden said Washington would send more shells. Jill Bidden, who visited a school in Kyiv, said "
     "the children there wanted peace.", "the children there", "Jill Bidden"),
    ("Minister Mark Rutte said the Netherlands would send more jets. Maria Rute, a teacher in Lviv, said the "
     "lessons went on in shelters.", "the lessons went on", "Maria Rute"),
    ("Foreign Minister John Kerry said the talks would resume. Jane Kery, an aid worker, said the convoys were "
     "waiting at the border.", "the convoys were", "Jane Kery"),
])
def test_a_variant_spelling_with_a_given_name_of_the_other_gender_is_another_person(nlp, body, content, speaker):
    """A surname spelt a little differently ("Bidden", "Rute") joins the person named before only where the given
    names can be one person's: not the same initial of the other gender (names.givens_agree)."""
    row = row_of(extract_rows(nlp, body, published="2022-06-01"), content)
    assert row["speaker_name"] == speaker
