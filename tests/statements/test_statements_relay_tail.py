"""Round 19 (issue #14), `content.clause.relay_tail`: the agency tag closing a wire story's lead ("A, X said in an
interview on Monday, BelTA has learned"; "..., BelTA informs"; "..., Ukrinform reports") is parsed as a second
complement of the cue, nearer to it than the speaker's words; it is not the content. The sentences are in this
project's own wording, each modelled on a different article of the readable corpus."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, speaker, content", [
    ("MINSK, 3 May (BelTA) - The western neighbours are arming themselves in a hurry, Belarusian President "
     "Aleksandr Lukashenko told a French agency during a visit to Minsk on 2 May, BelTA has learned.",
     "Belarusian President Aleksandr Lukashenko", "The western neighbours are arming themselves in a hurry"),
    ("Nobody here intends to go to war, the Belarusian leader said as he met a visiting politician on 14 March, "
     "BelTA informs.", "the Belarusian leader", "Nobody here intends to go to war"),
    ("The troops at the front are exhausted, the regional governor said on television on Monday, Ukrinform "
     "reports.", "the regional governor", "The troops at the front are exhausted"),
])
def test_agency_tag_is_no_content(nlp, body, speaker, content):
    rows = [(r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]
    assert (speaker, content) in rows, rows
    assert not [r for r in rows if r[1].startswith(("BelTA", "Ukrinform"))]


def test_reports_as_the_reported_clause_stays(nlp):
    rows = [r["text"] for r in extract_rows(nlp, "The governor said the agency reports were wrong.")]
    assert rows == ["the agency reports were wrong"]
