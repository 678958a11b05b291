"""A host receiving guests is no speech act: a `hosting_cue` verb ("welcomed") whose object is the people received
(a PERSON name, a `guest_noun` head, or a name in apposition to the object) gives no statement
(statements.vetoes.hosting); "welcomed the decision" and "welcomed X's offer" still name content."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body", [
    "On Tuesday Mayor Maria Berg welcomed a guest from Riga, the trade envoy Peter Ozols, at the ferry terminal.",
    "President Anna Lind welcomed Chancellor Paul Weber in Stockholm before the summit.",
    "The mayor of Gdansk welcomed the Latvian delegation to the city hall on Friday.",
], ids=["counterpart-appositive", "person-name", "delegation"])
def test_welcoming_guests_is_no_statement(nlp, body):
    assert extract_rows(nlp, body) == []


@pytest.mark.parametrize("body, content, speaker", [
    ("President Anna Lind welcomed the decision to send more tanks to Kyiv.", "the decision to send", "Anna Lind"),
    ("Prime Minister Jan Ode welcomed Rusu's offer of more grain for the winter.", "Rusu's offer", "Jan Ode"),
    ("Foreign Minister Ivo Saar welcomed the new sanctions package agreed in Brussels.", "the new sanctions",
     "Ivo Saar"),
], ids=["decision", "offer", "package"])
def test_welcoming_a_thing_is_still_a_statement(nlp, body, content, speaker):
    assert speaker_of(extract_rows(nlp, body), content) == speaker


def test_the_guest_then_takes_the_pronoun(nlp):
    # (with no false statement holding the guest's name, "he" finds the man received)
    body = ("At the ferry terminal, Mayor Maria Berg welcomed a guest from Riga, the trade envoy Peter Ozols.\n\n"
            "He said Latvia would need two more ferries by the autumn.")
    assert speaker_of(extract_rows(nlp, body), "Latvia would need") == "Peter Ozols"
