"""A speaker named by a relation to a person (`person_relations`: office, family, adviser, lawyer, kin): "his office
said", "an adviser to X", "her son told": the relative or the body named after its owner, never the owner nor an
office holder named before; a he/she after a relative of the other gender is not that relative. Tests moved from
the round-named files of rounds 7, 12, 18 and 19."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


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
