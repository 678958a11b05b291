"""A he/she whose own statement names a person is never that person (speakers/pronouns.py `_named_in_content`): "He
said Biden mentioned possible sanctions" is not Biden, '"... both of them, Zelensky and Putin, ..." - he emphasized'
is not Putin. Round 31 (issue #14: "Putin for Vucic"); passages of the corpus (no coding_dev article) and ggt_dev,
read from ../shared."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

CASES = [
    # BBC live page: a Kremlin aide's readout of a Putin-Biden call; "He" is the aide, Biden is what he reports
    (("Mr Ushakov said President Biden requested", "but did not dwell on it."), "Biden mentioned possible",
     "Ushakov", "Biden"),
    # a Polish outlet on Serbia's president: Vucic wants Zelensky and Putin at one table, "- he emphasized"
    (("Aleksandar Vucić gave the Italian newspaper", "waging war - he emphasized."), "I would like to see",
     "Vuci", "Putin"),
    # ggt_dev (Nairobi hotel attack): "Macharia and some colleagues hid under desks, he said" is not Macharia
    (("Hiram Macharia, marketing executive at LG Electronics", "was shot dead there."),
     "Macharia and some colleagues hid", None, "Macharia"),
]


@pytest.mark.parametrize("ends,start,speaker,named", CASES, ids=["readout", "one-table", "under-desks"])
def test_a_pronoun_is_not_the_person_its_statement_names(nlp, ends, start, speaker, named):
    body = shared_text(*ends)
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(start)]
    assert rows, [r["text"][:40] for r in extract_rows(nlp, body)]
    assert named not in rows[0]["speaker_name"], rows[0]["speaker_name"]
    if speaker is not None:
        assert speaker in rows[0]["speaker_name"], rows[0]["speaker_name"]
