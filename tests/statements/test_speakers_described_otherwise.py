"""An office description ("the Kremlin leader", "the Russian leader") never fits a person the article described as
something else (speakers/described_back.described_otherwise). Tests moved from the round-named file of round 15."""

from __future__ import annotations

import pytest

from pledgewatch.statements.names import reference
from pledgewatch.statements.speakers.described_back import described_otherwise
from support import extract_rows, row_of, shared_text

# a GB outlet, June 2023: the Kremlin leader is named before only inside a noun phrase ("the threat ... Vladimir
# Putin authorising ..."), and a foreign policy thinker is named three paragraphs on
TRENIN = (shared_text("The Russian ultimatum comes", "fall of the Soviet Union."),
          shared_text("Dmitri Trenin, a prominent", "not just theoretical possibility"))


# a US outlet, April 2022: "Russian billionaire Oleg Tinkov ... blasted Russia's war ..."
TINKOV = shared_text("Russian billionaire Oleg Tinkov", "stop this massacre.")


# a GB outlet, March 2022 (coding_dev's half A)
ISAVNIN = shared_text("“Since the start of the", "Pirate Party of Russia.")


@pytest.mark.parametrize("role, other", [
    ("leading Russian foreign policy thinker", True), ("Russian billionaire", True),
    ("internet privacy advocate", True), ("Russian", False), ("the Ukrainian", False), ("", False),
    ("President", False), ("Russian defence minister", False),
])
def test_role_words_that_name_no_office(role, other):
    """Role words of which roles.csv knows none, beyond place and country words, describe a person otherwise; a bare
    nationality, no role or a known title do not."""
    assert described_otherwise(reference(), role) is other


def test_the_kremlin_leader_is_no_foreign_policy_thinker_named_later(nlp):
    """The Kremlin leader announcing a first deployment and, later, Dmitri Trenin described as a Russian foreign
    policy thinker who wrote ... (in our words): the thinker (a Russian, by the appositive) is no Kremlin
    leader; the office's holder at the article's date is."""
    rows = extract_rows(nlp, "\n\n".join(TRENIN), published="2023-06-20")
    assert row_of(rows, "the first deployment")["speaker_name"] == "Vladimir Putin"
    trenin = row_of(rows, "that Russia should modernise")
    assert (trenin["speaker_name"], trenin["speaker_country"]) == ("Dmitri Trenin", "Russia")


@pytest.mark.parametrize("passage, published, said", [
    (TINKOV, "2022-04-20", "The Russian leader said on Tuesday that the operation would go on."),
    (ISAVNIN, "2022-03-21", "The Russian leader said on Monday that the ban would stand."),
])
def test_the_russian_leader_is_no_russian_described_otherwise(nlp, passage, published, said):
    """A Russian billionaire ("Russian billionaire Oleg Tinkov") or a Russian internet privacy advocate named before
    is of the description's country, but the article described them as something that is no office: "the Russian
    leader" is the office's holder at the article's date."""
    rows = extract_rows(nlp, f"{passage}\n\n{said}", published=published)
    assert row_of(rows, "that the")["speaker_name"] == "Vladimir Putin"
