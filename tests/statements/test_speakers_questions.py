"""A question put to a speaker (speakers: the asked person answers): "X was asked [at the briefing] whether ... He
said" where the parser hung the question elsewhere, the near miss of a relative clause after a request, and a
quoted question's "he replied". Tests moved from the round-named files of rounds 7 and 14; invented sentences,
each from a different (invented) article, run end to end through statements.extract."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("Chancellor Olaf Scholz met reporters in Berlin. “Will Germany send tanks?” a reporter asked Scholz on Friday. "
     "“We will decide together with our allies,” he said.", "We will decide together", "Olaf Scholz"),
    ("Nancy Pelosi arrived in Kyiv on Sunday. “Is the war over?” a student asked Pelosi at the meeting. “Not yet,” she "
     "replied.", "Not yet", "Nancy Pelosi"),
    ("Aiden Aslin was captured in April. “Do you understand the charges against you?” an interpreter asked "
     "Aslin, 29, who grew up in Newark. “Tak tochno,” he replied.", "Tak tochno", "Aiden Aslin"),
], ids=["reporter-asked-scholz", "student-asked-pelosi", "interpreter-asked-aslin"])
def test_he_she_after_a_quoted_question_is_the_one_asked(nlp, body, content, name):
    """'"Do you know ...?" an interpreter asked Aslin. "...," he replied' (coding_dev half A): a question verb whose
    sentence opens with the quoted question puts a question (questions._is_question), so the he/she that answers is
    the one asked, not the unnamed asker (a person as written since round 14)."""
    assert row_of(extract_rows(nlp, body), content)["speaker_name"] == name


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
