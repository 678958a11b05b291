"""The first- and second-person pronouns: `data/reference/pronouns.csv` (word, person, number, case), read once,
and the named views the rules read, each a selection by person and case (round 42: five overlapping lists of
statement_words.csv, speaker_words.csv and coding_words.csv folded into one table).

    forms({"1"}, {"possessive"}) -> frozenset({"my", "our"})
"""

from __future__ import annotations

import functools

from .. import config

FILE = "pronouns.csv"
PERSONAL = ("subject", "object")  # the personal pronoun's cases: "we", "us"


@functools.lru_cache(maxsize=1)
def rows() -> tuple[tuple[str, str, str, str], ...]:
    """(word, person, number, case) of every row of pronouns.csv."""
    return tuple((r["word"].strip(), r["person"].strip(), r["number"].strip(), r["case"].strip())
                 for r in config.reference_rows(FILE))


def forms(persons, cases) -> frozenset[str]:
    """The words of the given persons ("1", "2") in the given cases."""
    return frozenset(w for w, p, _n, c in rows() if p in persons and c in cases)


# pron_1 (I, we, me, us): the personal pronouns of the first person (speakers: the previous speaker, or an
# announced speech's; printed: the speaker's own row inside a printed speech)
PRON_1 = forms({"1"}, PERSONAL)
# first_second_person (... and "you"): a cue with this subject inside a quotation is the quoted one's words
# (vetoes; postposed, dashes, glued_sentences: the speaker's voice)
FIRST_SECOND_PERSON = forms({"1", "2"}, PERSONAL)
# block_first_person ("I", "we", "us", "ours", "ourselves"; no possessive): a first-person pronoun opens a colon
# cue's block quotation (grammar.first_person, content.colon_block; matched case-sensitively there)
BLOCK_FIRST_PERSON = forms({"1"}, PERSONAL + ("independent", "reflexive"))
# first_person_possessive ("our", "my"): the speaker's voice after a colon cue or a post's credit
# (grammar.first_person_voice); the coding's `possessive_first`, which leaves a subject someone else's ("our
# partners have to act")
FIRST_PERSON_POSSESSIVE = forms({"1"}, {"possessive"})
# first_person (I, me, my, we, us, our, ours): the speaker's own side (the coding's word class)
FIRST_PERSON = forms({"1"}, PERSONAL + ("possessive", "independent"))
# speaker_persons (... and you, your): a paragraph that holds one speaks as the printed speech (printed_narration)
SPEAKER_PERSONS = forms({"1", "2"}, PERSONAL + ("possessive", "independent"))
# frame_matrix_subject (I, we): the subject of a verb that makes it a vouching frame ("I believe", clause_frame)
FIRST_PERSON_SUBJECT = forms({"1"}, {"subject"})
