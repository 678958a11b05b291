"""A speaker named by a relation to a person (`person_relations`: office, family, adviser, lawyer, kin): "his office
said", "an adviser to X", "her son told": the relative or the body named after its owner, never the owner nor an
office holder named before; a he/she after a relative of the other gender is not that relative. Tests moved from
the round-named files of rounds 7, 12, 18 and 19."""

from __future__ import annotations

import pytest

from support import extract_rows, resolve_mention, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("This follows after an adviser to President Zelenskiy warned the fall of the town was a danger.", "the fall of",
     "an adviser to President Zelenskiy"),
    ("Roughly 12,000 troops have died, according to a senior adviser to Volodymyr Zelenskiy.",
     "Roughly 12,000", "a senior adviser to Volodymyr Zelenskiy"),
    ("A spokesman for Mayor Frank G. Jackson said the city would appeal the ruling.", "the city would appeal",
     "A spokesman for Mayor Frank G. Jackson"),
    ("The president will not attend the summit, a spokesman for Macron said on Monday.", "The president will not",
     "a spokesman for Macron"),
    ("The former senior aide to President George W. Bush said the vote was a mistake.", "the vote was a mistake",
     "former senior aide to President George W. Bush"),
    ("The lawyer for Alexei Navalny said the verdict was unjust.", "the verdict was unjust",
     "lawyer for Alexei Navalny"),
], ids=["adviser-to", "according-to-adviser-to", "spokesman-for-mayor", "spokesman-for-surname", "the-aide-to",
        "the-lawyer-for"])
def test_a_person_related_to_a_named_person_is_not_that_person(nlp, body, content, name):
    """"an adviser to X", "a spokesman for X", "the lawyer for X" (a noun of `person_relations` with a to/for/of
    phrase naming a person): the speaker is the adviser, unnamed, never X (mention._related_person)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("The wife of Alexei Navalny, Yulia Navalnaya, said he had been murdered.", "he had been murdered",
     "Yulia Navalnaya"),
    ("Russia is striving to freeze the conflict, said the Advisor of the President of Ukraine Mychajlo Podolak.",
     "Russia is striving", "Podolak"),
    ("Zelensky's adviser Mykhailo Podolyak spoke on Monday. The adviser to Zelensky said Russia would fail.",
     "Russia would fail", "Mykhailo Podolyak"),
    ("The head of the European Parliament Roberta Metsola said the sanctions would be severe.",
     "the sanctions would be", "Roberta Metsola"),
    ("The governor of the Kharkiv region, Oleh Synehubov, said three people were killed.", "three people were",
     "Oleh Synehubov"),
], ids=["appositive-after-the-phrase", "translated-order", "the-adviser-named-before", "office-of-a-body",
        "governor-of-a-region"])
def test_a_name_that_is_no_object_of_the_relation_keeps_its_speaker(nlp, body, content, name):
    """The named holder after the phrase (an appositive), an adviser the article named before, and an office of a
    body or place ("the head of the European Parliament Roberta Metsola") keep the named person."""
    assert name in speaker_of(extract_rows(nlp, body), content)


@pytest.mark.parametrize("body, content, name", [
    ('"We lived there all our lives," Natalia Usmanova said. US first lady Jill Biden will travel to Poland and '
     'Moldova on Friday, her office has said.', "US first lady", "Jill Biden's office"),
    ('"The talks were long," said Dmytro Kuleba. Italian Prime Minister Mario Draghi will travel to Kyiv next week, '
     'his office said on Sunday.', "Italian Prime Minister", "Mario Draghi's office"),
    ('Mark Rutte spoke in The Hague. "We need more air defence," he said. Canadian leader Justin Trudeau will attend '
     'the summit, his office said on Monday.', "Canadian leader", "Justin Trudeau's office"),
], ids=["her-office-first-lady", "his-office-prime-minister", "his-office-after-another-speaker"])
def test_the_office_of_a_person_named_as_he_or_she_is_named_after_them(nlp, body, content, name):
    """"[X will travel to Kyiv], his office said": the office of the person the content is about (the subject of
    its own sentence, not the previous speaker), named after them; an organisation."""
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(content)]
    assert rows and rows[0]["speaker_name"] == name and rows[0]["speaker_type"] == "organization"


@pytest.mark.parametrize("body, content, name", [
    ('British volunteer Aiden Aslin was sentenced to death in Donetsk. His family said that they were devastated by '
     'the verdict.', "that they were devastated", "Aiden Aslin's family"),
    ('Basketball player Brittney Griner was moved to a penal colony. Her family said that they had not heard from '
     'her for weeks.', "that they had not heard", "Brittney Griner's family"),
    ('Journalist Evan Gershkovich appeared in a Moscow court on Tuesday. His parents said that the charges were '
     'false.', "that the charges were false", "Evan Gershkovich's parents"),
], ids=["his-family", "her-family", "his-parents"])
def test_the_family_of_a_person_named_as_he_or_she_is_a_group_named_after_them(nlp, body, content, name):
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(content)]
    assert rows and rows[0]["speaker_name"] == name and rows[0]["speaker_type"] == "group"


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


@pytest.mark.parametrize("text, mention, content, name", [
    ("Ivan Sorokin was jailed for ten days last month. He had been detained outside his flat, his lawyer said.",
     "his lawyer", "He had been detained", "Ivan Sorokin's lawyer"),
    ("Marina Kovalenko has been moved to a hospital, her spokesman said on Friday.", "her spokesman",
     "has been moved to a hospital", "Marina Kovalenko's spokesman"),
    ("Kim Ryder was freed on Monday after a week in custody. She is tired but well, her husband said.",
     "her husband", "She is tired but well", "Kim Ryder's husband"),
], ids=["lawyer", "spokesman", "husband"])
def test_a_relation_of_a_person_named_as_he_or_she_is_that_persons(nlp, text, mention, content, name):
    """"his lawyer said" (a `person_relations` noun owned by he/she): "<the owner>'s lawyer", not UNKNOWN."""
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] == name
    assert row["speaker_type"] == "person"


@pytest.mark.parametrize("text, mention, content, name", [
    ("Nora Lind said her son told the family that he was training recruits near the border. \"He wanted to help,\" "
     "she told a local paper, referring to President Ivan Korov.", "her son", "that he was training recruits",
     "Nora Lind's son"),
    ("Relatives of the sailor gathered outside the court. Pavel Rudin, the sailor, was detained in May; his wife "
     "said that he had done nothing wrong. Governor Anton Belov later visited the port.", "his wife",
     "that he had done nothing wrong", "Pavel Rudin's wife"),
    ("Defence Minister Karl Moen met the crew on Friday. Asked about the missing pilot, Erik Dahl said his father "
     "had warned that the base was unsafe.", "his father", "that the base was unsafe", "Erik Dahl's father"),
], ids=["son-later-president", "wife-later-governor", "father-earlier-minister"])
def test_a_kin_noun_owned_by_a_pronoun_is_no_office_holder(nlp, text, mention, content, name):
    """"her son", "his wife", "his father" (a kin noun of `person_relations` with no role) is the owner's relative,
    never a president, governor or minister named before or after it."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, she, name", [
    ("Nora Lind said her son told the family that he was training recruits. \"He wanted to help,\" she told a local "
     "paper.", "He wanted to help", "Nora Lind"),
    ("Olga Petrenko said her husband told her that the unit had run out of shells. \"We have not heard from him "
     "since,\" she said on Monday.", "We have not heard from him", "Olga Petrenko"),
    ("Anna Berg said her brother told friends that the convoy had been hit. \"I only want him home,\" she added.",
     "I only want him home", "Anna Berg"),
], ids=["son-then-she", "husband-then-she", "brother-then-she"])
def test_a_she_after_a_male_relative_is_not_that_relative(nlp, text, she, name):
    """A he/she carries an unnamed previous speaker on only when the noun that describes them is not of the other
    gender (`nouns_m`, `nouns_f`): "her son told ... she said" is the mother."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(she))
    assert row["speaker_name"] == name
