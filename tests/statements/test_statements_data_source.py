"""Round 36 (issue #14, polnear_train's even half, its misses): a cue verb whose subject is data or a document
("the new evidence from trade suggests A", "early ratings data suggests that A", "the results of nationwide surveys
indicate that A", "public records indicate A"). The subject is a noun of the `non_speaker` list, so
`vetoes.not_a_speaker` gave no row under either convention; PolNeAR's annotators mark each as an attribution (data and
documents are sources there, as polls and reports are), and score.py keeps it (suggest, indicate are verbs of its
list). Under PolNeAR's convention a noun of the `data_source` list now speaks; under the guide ("Documents, filings
and data without a speaking source are not statements") nothing changes.

Real sentences of polnear_train's even half (four articles, four outlets), named by their ends (`shared_text`)."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

OUTER = {"quote_parts": "join", "nesting": "outer"}

DATA = [
    # a New York Times article, 2016: evidence
    (shared_text("Perhaps most important, the new evidence from trade suggests", "a stronger safety net."),
     "suggests", "American policy makers cannot continue"),
    # a Washington Post article, 2015: ratings data
    (shared_text("But early ratings data suggests that sponsor", "four days earlier."),
     "suggests", "that sponsor ABC News probably got around 8 million viewers"),
    # a Western Journal article, 2016: survey results
    (shared_text("Though a high percentage of voters in both parties", "unifying at a faster pace."),
     "indicate", "that — at least for now — Republicans seem to be unifying"),
    # a USA Today article, 2015: public records
    (shared_text("Overall, FEC records show Eksili", "did not own a home."),
     "indicate", "he did not own a home"),
]


def _rows(nlp, body, **kw):
    return [(r["cue"], r["text"], r["speaker_text"]) for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize(("body", "cue", "content"), DATA)
def test_data_is_a_source_under_polnear(nlp, body, cue, content):
    rows = _rows(nlp, body, **OUTER)
    assert any(c == cue and t.startswith(content) for c, t, _ in rows), rows


@pytest.mark.parametrize(("body", "cue", "content"), DATA)
def test_data_is_no_speaker_under_the_guide(nlp, body, cue, content):
    assert not any(c == cue for c, _, _ in _rows(nlp, body))


@pytest.mark.parametrize("body", [
    "Common belief says the war will end soon.",            # a belief: not data, no source under either convention
    "Last year said a lot about the state of the party.",   # a date
])
def test_other_non_speakers_stay_vetoed_under_polnear(nlp, body):
    assert not _rows(nlp, body, **OUTER)
