"""An "it" at a cue right after a sentence whose subject is a body the organisation lists miss: a name the NER took
for a person that a which-clause describes, or a common noun naming no one whose of-phrase ends in a body's name
(`speakers.it_subject`, round 37)."""

from __future__ import annotations

import pytest

from support import extract_rows


def _it_row(nlp, text):
    return next(r for r in extract_rows(nlp, text) if r["speaker_text"] == "It")


@pytest.mark.parametrize("text, name", [
    ("Ukraine's officials say the case would be simple. The legal arm of the Open Society Foundations has drawn up "
     "a preliminary indictment of seven officials. It said it hoped the document would show that such a tribunal "
     "is feasible.", "legal arm of the Open Society Foundations"),
    ("Officials in Kyiv welcomed the move. The humanitarian wing of the Red Cross has sent a team to the city. It "
     "said the team would stay for a month.", "humanitarian wing of the Red Cross"),
], ids=["legal-arm-of", "wing-of"])
def test_a_body_part_of_a_named_body_is_the_it(nlp, text, name):
    """"The legal arm of X has drawn up ... . It said": "arm" names no one, its of-phrase names the body; the
    subject of the sentence just before is the "it", not a country or organisation named further back."""
    assert _it_row(nlp, text)["speaker_name"] == name


def test_a_name_with_a_which_clause_is_a_body(nlp):
    """"Kpler, which monitors tanker traffic, has counted ... . It said": the NER tags the name PERSON; its
    which-clause says it is a thing, and the subject of the sentence before is the "it" (not UNKNOWN)."""
    text = ("Critics said the deal was weak. Kpler, which monitors tanker traffic, has counted more shipments this "
            "month. It said exports had risen.")
    assert _it_row(nlp, text)["speaker_name"] == "Kpler"


@pytest.mark.parametrize("text, name", [
    ("The Kremlin said the talks had stalled. The decision was announced late on Friday. It said the delegation "
     "would return to Moscow.", "Kremlin"),
    ("The ministry said the strike hit a depot. The head of the IAEA visited the plant on Monday. It said the "
     "reactors were safe.", "ministry"),
], ids=["thing-subject", "person-noun-subject"])
def test_a_thing_or_a_person_noun_subject_is_no_it(nlp, text, name):
    """Near misses: a subject naming a thing ("The decision") or a person noun ("The head of the IAEA") is no "it":
    the previous organisation speaker stays."""
    assert _it_row(nlp, text)["speaker_name"] == name
