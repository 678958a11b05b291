"""The personal pronouns: `data/reference/pronouns.csv` (word, person, number, gender, case), read once, and the
named views the rules read, each a selection by person, number, gender and case (round 42: the overlapping lists of
statement_words.csv, speaker_words.csv and coding_words.csv folded into one table; each view keeps the list's name
in its comment).

    forms({"1"}, {"possessive"}) -> frozenset({"my", "our"})
    forms({"3"}, ALL_CASES, genders={"f"}) -> frozenset({"she", "her", "hers", "herself"})
"""

from __future__ import annotations

import functools

from .. import config

FILE = "pronouns.csv"
PERSONAL = ("subject", "object")  # the personal pronoun's cases: "we", "us"
ALL_CASES = PERSONAL + ("possessive", "independent", "reflexive")


@functools.lru_cache(maxsize=1)
def rows() -> tuple[tuple[str, str, str, str, str], ...]:
    """(word, person, number, gender, case) of every row of pronouns.csv."""
    return tuple((r["word"].strip(), r["person"].strip(), r["number"].strip(), r["gender"].strip(), r["case"].strip())
                 for r in config.reference_rows(FILE))


def forms(persons, cases, *, numbers=None, genders=None) -> frozenset[str]:
    """The words of the given persons ("1", "2", "3") in the given cases (of the given numbers and genders only,
    where given)."""
    return frozenset(w for w, p, n, g, c in rows() if p in persons and c in cases
                     and (numbers is None or n in numbers) and (genders is None or g in genders))


# -- the first and second person
# pron_1 (I, we, me, us): the personal pronouns of the first person (speakers: the previous speaker, or an
# announced speech's; printed: the speaker's own row inside a printed speech)
PRON_1 = forms({"1"}, PERSONAL)
# first_second_person (... and "you"): a cue with this subject inside a quotation is the quoted one's words
# (vetoes; postposed, dashes, glued_sentences: the speaker's voice)
FIRST_SECOND_PERSON = forms({"1", "2"}, PERSONAL)
# block_first_person ("I", "me", "myself", "we", "us", "ours", "ourselves"; no possessive): a first-person pronoun opens a colon
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

# -- the third person
# pron_m, pron_f (he/him/his/himself, she/her/hers/herself): resolved to a person of that gender (speakers)
PRON_M = forms({"3"}, ALL_CASES, genders={"m"})
PRON_F = forms({"3"}, ALL_CASES, genders={"f"})
# pron_pl (they, them, their): resolved to a group speaker (speakers)
PRON_PL = forms({"3"}, ALL_CASES, numbers={"plural"})
# pron_it (it, its): resolved to an organisation speaker (speakers)
PRON_IT = forms({"3"}, ALL_CASES, genders={"n"})
# pron_subject (he, she): the forms that speak as a statement's subject (speakers.own_content); the coding's
# `reported_pronoun`, the subject that stands for the speaker in reported speech ("Biden said he will ..."); the
# statements' `person_pronoun` (lexicon.PERSON_PRONOUN: a person subject after a colon, content.colon_block)
HE_SHE = forms({"3"}, {"subject"}, genders={"m", "f"})
# plural_pronoun (they, them): the subject of a need stated by a donor ("They need more support today"; coding)
THEY_THEM = forms({"3"}, PERSONAL, numbers={"plural"})
# speaker_possessive (his, her, its, their): before a polity noun, the speaker's own side in reported speech
# (coding/clause_parts.py); the statements' `nominal_own_possessive` (lexicon.NOMINAL_OWN_POSSESSIVE: "X repeated
# her request for ...", statements.nominal own_act)
THIRD_PERSON_POSSESSIVE = forms({"3"}, {"possessive"})
# group_owner (its, their): the possessive that ties a plural of allies or a proxy to the country named before it
# ("the US and its allies", "its proxy"; coding.identity_governments, coding.aid_extra)
ITS_THEIR = THIRD_PERSON_POSSESSIVE - forms({"3"}, {"possessive"}, genders={"m", "f"})
# side_owner (your, their, its, his, her): the possessive before a side noun that names the party stood by ("at your
# side", not "on our side"; coding/commitments.py own_presence)
SECOND_THIRD_POSSESSIVE = forms({"2", "3"}, {"possessive"})
# owner_possessive (our, my, your, their, his, her, its): a possessive right before a weak aid word makes it someone's
# own support, no trade frame ("our support"; coding/aid_trade.py)
POSSESSIVE = forms({"1", "2", "3"}, {"possessive"})
