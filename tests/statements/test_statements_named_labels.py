"""A quoted label given by a naming verb with a fronted "which"/"what" object and a subject of its own
(`wh_label.quoted_labels`, the guide's convention, round 38): the label is the namer's statement, beside the
statement whose words hold it (ANNOTATION.md: the innermost speaker); one quoted word only where a noun or a name, not
a pronoun, gives it. Invented sentences after the constructions of
three articles (two of ukraine_team's half A, one of ukraine_dev)."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


@pytest.mark.parametrize("body, mention, label", [
    ('Leaders across Europe condemned the comments, which the Spanish prime minister, Luis Ortega, described as '
     '"shameful".', "the Spanish prime minister, Luis Ortega", "shameful"),
    ('The ministers met in Brussels for talks on keeping Kyiv supplied through what one NATO commander called a '
     '"decisive" winter.', "one NATO commander", "decisive"),
    ('The mayor said a missile hit a depot near the station, at what the regional governor described as a "fuel '
     'storage site" for the army.', "the regional governor", "fuel storage site"),
], ids=["which-described-as", "what-called", "what-described-as"])
def test_a_quoted_label_is_the_namers_statement(nlp, body, mention, label):
    rows = extract_rows(nlp, body)
    named = [r for r in rows if r["speaker_text"] == mention]
    assert len(named) == 1 and named[0]["text"].startswith(label)


@pytest.mark.parametrize("body", [
    'Lavrov has hailed what he called "an independent path" taken by African countries.',
    "The senator voted against what the governor called a reckless plan.",
    'The two men were detained, which was described as "plain hostage-taking" in the state press.',
], ids=["pronoun-namer", "no-quotation-marks", "passive-namer"])
def test_no_label_statement_for_a_speakers_own_naming_an_unquoted_label_or_a_passive(nlp, body):
    """Near misses: the speaker naming his own words, an unquoted label, a passive with no namer as its subject."""
    assert not any(r["cue"].endswith(("called", "described")) for r in extract_rows(nlp, body))


def test_polnear_convention_is_unchanged(nlp):
    """Under PolNeAR's convention `wh_namings` reads the construction (the pronoun as the row's lead)."""
    body = ('Leaders across Europe condemned the comments, which the Spanish prime minister, Luis Ortega, described '
            'as "shameful".')
    rows = extract_rows(nlp, body, **OUTER)
    assert not any(r["text"] == "shameful" for r in rows)


def test_the_namer_is_no_antecedent_and_the_label_ends_at_its_mark(nlp):
    """The label row inside another's statement is no antecedent (`in_quotation`): the next "he" is the main speaker's, and 'a "decisive" winter' gives "decisive"."""
    body = ('Petro Kovalenko said a missile hit a depot near the station, at what the regional governor, Ivan Marchenko, '
            'described as a "fuel storage site" for the army. He said firefighters were at the scene. Ministers met '
            'for talks through what one NATO commander called a "decisive" winter.')
    rows = extract_rows(nlp, body)
    assert [r["speaker_name"] for r in rows if r["text"].startswith("firefighters")] == ["Petro Kovalenko"]
    assert "decisive" in [r["text"] for r in rows]
