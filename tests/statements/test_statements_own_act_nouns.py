"""`own_act` (statements/nominal.py): a speech-act noun (call, request, appeal, plea) that is the object of a verb by
which its subject makes or repeats its own act ("renewed his call for", "made a plea for") is that subject's
statement, its complement the content; a pronoun possessor of a verb that is no such act ("rejected his call for")
or a pronoun subject is not taken. Invented sentences in the construction's shape."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, words, speaker", [
    ("Moldova's president Elena Rusu renewed her call for more border guards from the European Union on Monday.",
     "more border guards", "Rusu"),
    ("In a letter to the bank, Ukraine's finance minister Pavlo Hrytsak voiced his request for budget support.",
     "budget support", "Hrytsak"),
    ("The mayor of Odesa, Vadym Koval, made an urgent plea for generators and fuel after the strikes.",
     "generators and fuel", "Koval"),
])
def test_own_act_noun_is_its_subjects_statement(nlp, body, words, speaker):
    rows = [r for r in extract_rows(nlp, body) if words in r["text"]]
    assert rows, body
    assert speaker in rows[0]["speaker_name"]


@pytest.mark.parametrize("body, words", [
    ("Germany's chancellor Paul Lenz rejected his call for more tanks on Tuesday.", "more tanks"),
    ("He renewed his call for more border guards on Monday.", "more border guards"),
    ("The night's attack on the port renewed calls for more air defence in the south.", "more air defence"),
    ("The agency's long investigation renewed Republican calls for an inquiry into the contracts.", "an inquiry"),
])
def test_other_verbs_and_pronoun_subjects_give_no_noun_statement(nlp, body, words):
    assert not [r for r in extract_rows(nlp, body) if words in r["text"] and r["cue"].split()[0] in (
        "call", "request", "plea", "appeal")]


def test_an_act_to_be_made_gives_no_noun_statement(nlp):
    body = "Officials feared the pause could allow Moscow to make false claims that the bridge had collapsed."
    assert not [r for r in extract_rows(nlp, body) if "the bridge had collapsed" in r["text"]]
