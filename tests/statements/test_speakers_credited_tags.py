"""Round 39 (a risk round 38's review left, corpus): a body credited in an "according to" phrase that is no
statement's speaker (the phrase closes a sentence whose speech verb owns the statement, round 38's
`according_verbs.closing_tag`) relays another's words; a later "it" does not go on from it (`speakers.credited`).
Invented sentences after the shapes of three articles."""

from __future__ import annotations

import pytest

from support import extract_rows


def _it(nlp, body):
    rows = [r for r in extract_rows(nlp, body) if r["speaker_text"].lower() == "it"]
    assert len(rows) == 1, rows
    return rows[0]["speaker_name"]


@pytest.mark.parametrize("body, agency", [
    ('Russia is losing ground, one official said, according to a Press Association report. Earlier this month, western '
     'officials said the war was "challenging", with Moscow making "genuine headway" on the objective it claimed was '
     'the rationale for the invasion.', "Press Association"),
    ("The governor said two people were killed overnight, according to the news agency Interfax. The strikes hit a "
     "power plant that it claimed was a military target.", "Interfax"),
    ("Zelensky said the army would hold the line, according to Ukrinform. Officials said the supplies had arrived and "
     "it announced that more would follow.", "Ukrinform"),
], ids=["press-association-report", "news-agency-named", "agency-alone"])
def test_an_agency_credited_after_a_speech_verb_is_no_later_its_antecedent(nlp, body, agency):
    assert _it(nlp, body) != agency


@pytest.mark.parametrize("body", [
    "Two people were killed, according to the news agency Interfax. It said the strikes hit a power plant.",
    "The governor said two people were killed overnight, the news agency Interfax reported. It said the strikes hit a "
    "power plant.",
], ids=["according-to-row", "reporting-verb"])
def test_an_agency_that_is_a_statements_speaker_still_is(nlp, body):
    """Near misses: the agency is the speaker of its own row ("according to X" with no speech verb before it, "X
    reported"), so the next "it" goes on from it, as before."""
    assert _it(nlp, body) == "Interfax"


@pytest.mark.parametrize("body, speaker", [
    ("Two people were killed, according to figures from the Ukrainian army. It said the strikes hit a power plant.",
     "Ukrainian army"),
    ("The governor said the plant was hit, according to Reuters, which cited the defence ministry. It said two people "
     "died.", "defence ministry"),
    ("According to Interfax, the governor said two people were killed. It added that a power plant was hit.",
     "Interfax"),
    ("The governor said two people were killed, according to the Ukrainian army. It said the strikes hit a power "
     "plant.", "Ukrainian army"),
], ids=["body-inside-the-object", "relative-clause", "opening-phrase", "no-outlet"])
def test_a_body_the_rule_does_not_cover_stays_an_antecedent(nlp, body, speaker):
    """Near misses (round 39's review): a body named inside the phrase's object, not as it ("figures from the
    army", "Reuters, which cited the defence ministry"), a phrase that opens its sentence and is the outlet's own row, and a credited body that is no news outlet
    stay what a later "it" goes on from, as before round 39."""
    assert _it(nlp, body) == speaker
