""""SUBJECT, said NAME, VERB ...": a cue set inside the clause it reports gives the name after the cue; a cue after
an adverbial keeps its subject. Tests moved from the round-named file of round 20."""

from __future__ import annotations

import pytest

from support import extract_rows


def _row(nlp, text, content):
    rows = extract_rows(nlp, text)
    return next(r for r in rows if r["text"].startswith(content))


@pytest.mark.parametrize("text, content, name", [
    ("Residents who decide to remain, said Iryna Vereshchuk, will have to sign a waiver.",
     "will have to sign a waiver", "Iryna Vereshchuk"),
    ("The convoy, said Andriy Yermak, was hit twice before it reached the city.",
     "was hit twice", "Andriy Yermak"),
    ("Anyone who breaks the curfew, warned Vitali Klitschko, will be detained by the police.",
     "will be detained", "Vitali Klitschko"),
], ids=["residents-said", "convoy-said", "curfew-warned"])
def test_a_cue_set_inside_the_clause_it_reports_is_its_named_speakers(nlp, text, content, name):
    """"SUBJECT, said NAME, VERB ...": the cue interrupts the clause it reports right after its subject; the name
    after the cue speaks, not the subject the parse gave the cue (`inverted_aside.aside_speaker`), and the
    content starts after the name."""
    row = _row(nlp, text, content)
    assert row["speaker_name"] == name


def test_a_cue_after_an_adverbial_keeps_its_subject(nlp):
    """Near miss: "Zelensky, in a speech on Monday, said Putin, who ..., must face a tribunal" (something stands
    between the subject and the cue): Zelensky speaks."""
    text = "Volodymyr Zelensky, in a speech on Monday, said Putin, who ordered the invasion, must face a tribunal."
    assert _row(nlp, text, "Putin, who ordered")["speaker_name"] == "Volodymyr Zelensky"
