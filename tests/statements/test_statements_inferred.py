"""Round 19 (issue #14), `vetoes.inferred` (guide convention): an evidential verb (suggest, indicate, signal,
reveal) whose subject is what someone said or did, or a fact ("the leader's comments indicate", "the statements
suggest", "as everything indicates", "the events revealed"), is the reporter's inference, no statement. The
sentences are in this project's own wording, each modelled on a different article of the readable corpus."""

from __future__ import annotations

import pytest

from pledgewatch.statements import vetoes
from support import extract_rows


@pytest.mark.parametrize("body", [
    "Still, the president's latest comments indicate that Moscow has no wish to end the fighting soon.",
    "The general's statements suggest the allies expect no quick breakthrough in the south.",
    "The crisis deepened because of, as everything indicates, misleading answers from the press office.",
    "As the events of that autumn revealed, neither side kept the agreement.",
    "Anecdotal research from the region suggests most people expect the sanctions to go.",
])
def test_evidence_as_subject_gives_no_statement(nlp, body):
    assert not extract_rows(nlp, body)


@pytest.mark.parametrize("body, speaker", [
    ("The minister suggested that the talks could resume in spring.", "The minister"),
    ("The ministry indicated that the border crossing would stay closed.", "The ministry"),
    ("Kyiv did signal that it would consider a neutral status.", "Kyiv"),
])
def test_a_speaker_who_suggests_still_speaks(nlp, body, speaker):
    assert [r["speaker_text"] for r in extract_rows(nlp, body)] == [speaker]


def test_polnear_convention_keeps_them(nlp):
    assert vetoes.inferred not in vetoes.VERB_VETOES + vetoes.SUBJECT_VETOES
    assert vetoes.inferred in vetoes.GUIDE_VETOES
