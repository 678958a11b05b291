"""Round 17: speakers that are no speaker. Invented sentences in the style of the corpus's articles, one construction
per test, each example from a different (invented) article."""

from __future__ import annotations

import re

import pytest

from pledgewatch.statements.speakers import resolve_speakers


def _resolve(nlp, text, mention, content):
    doc = nlp(text)
    pos = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text)][0]
    span = doc.char_span(pos, pos + len(mention), alignment_mode="expand")
    cs = text.index(content)
    row = {"speaker_span": (span.start, span.end), "cue_i": span.end, "char_start": cs, "char_end": cs + len(content),
           "speaker_text": ""}
    resolve_speakers(doc, [row], {"text": text, "published": None})
    return row


@pytest.mark.parametrize("text, mention, content", [
    ("A news agency first reported the shipment of blood supplies to the border. The decision signalled that "
     "Washington fears an attack within days.", "The decision", "Washington fears an attack"),
    ("The security service opened a criminal case against the businessman on Saturday. The case accuses the "
     "businessman of organising an armed mutiny.", "The case", "of organising an armed mutiny"),
    ("Both sides agreed to pull their troops back from the capital. The fact suggested that the two delegations "
     "were close to a deal.", "The fact", "the two delegations were close"),
], ids=["decision-signalled", "case-accuses", "fact-suggested"])
def test_a_definite_abstract_noun_with_no_person_near_is_no_speaker(nlp, text, mention, content):
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] == "UNKNOWN"
    assert "abstract noun" in row["speaker_unknown_reason"]


@pytest.mark.parametrize("text, mention, content, name", [
    ("The train stood at the station for two hours. The conductor explained that the line had no power after "
     "the strike.", "The conductor", "the line had no power", "conductor"),
    ("The shop opened in a basement in 1998. The proprietor recalled that the first customers came for old "
     "comics.", "The proprietor", "the first customers came", "proprietor"),
    ("Hundreds of volunteers came to the square. The organiser said that more buses would leave in the morning.",
     "The organiser", "more buses would leave", "organiser"),
], ids=["conductor", "proprietor", "organiser"])
def test_a_definite_person_noun_with_no_person_near_stays_as_written(nlp, text, mention, content, name):
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name
