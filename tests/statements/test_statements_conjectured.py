"""Round 20 (issue #14), `vetoes.conjectured` (guide convention): a cue with a modal of possibility (could, might,
may) outside any quotation is a speech act the writer supposes, no statement ("Moscow could say ...", "critics may
argue ..."). The sentences are in this project's own wording, each modelled on a different kind of article (an
analysis, an editorial, a reader's letter)."""

from __future__ import annotations

import pytest

from pledgewatch.statements import vetoes
from support import extract_rows


@pytest.mark.parametrize("body", [
    "Moscow could say it only wanted a buffer zone along the border near Kharkiv.",
    "Critics of Olaf Scholz may argue that the loans for Kyiv came far too late.",
    "Viktor Orban might claim the frozen funds were never meant for Budapest anyway.",
])
def test_a_supposed_speech_act_is_no_statement(nlp, body):
    assert not extract_rows(nlp, body)


@pytest.mark.parametrize("body, speaker", [
    ("Emmanuel Macron said Europe could press Moscow to withdraw its troops.", "Emmanuel Macron"),
    ("Antony Blinken will urge the allies to send more air defence systems, an aide said.", "an aide"),
    ('"We could press for more sanctions," Kaja Kallas told reporters in Tallinn.', "Kaja Kallas"),
    ("Mark Rutte must tell parliament by Friday that the jets are ready to leave.", "Mark Rutte"),
])
def test_a_modal_inside_the_content_will_or_must_still_speaks(nlp, body, speaker):
    assert speaker in [r["speaker_text"] for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, speaker", [
    ("Asked about the delay, Dmitry Peskov could only say that the talks were continuing.", "Dmitry Peskov"),
    ("At the briefing, the spokesman could say only that the convoy would leave on Monday.", "the spokesman"),
    ("Pressed by reporters, Josep Borrell could only tell them that the funds were on their way.", "Josep Borrell"),
])
def test_a_past_ability_limited_by_only_is_a_speech_act_made(nlp, body, speaker):
    assert speaker in [r["speaker_text"] for r in extract_rows(nlp, body)]


def test_polnear_convention_keeps_them(nlp):
    assert vetoes.conjectured not in vetoes.VERB_VETOES + vetoes.SUBJECT_VETOES
    assert vetoes.conjectured in vetoes.GUIDE_VETOES
    body = "Moscow could say it only wanted a buffer zone along the border near Kharkiv."
    assert [r["speaker_text"] for r in extract_rows(nlp, body, quote_parts="join", nesting="outer")] == ["Moscow"]
