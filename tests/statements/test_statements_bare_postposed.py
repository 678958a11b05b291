"""Round 19 (issue #14), `postposed.postposed_bare`: translated Polish news closes a sentence with a dash and the cue,
the speaker after it, with no quotation marks ("A - noted X.", "A - assessed the CIA director."); a paragraph opened
by a dialogue dash keeps its words from that dash. A dash parenthesis ("Russia - which denies it - calls ...") is no
statement. The sentences are in this project's own wording, each modelled on a different article of the readable
corpus."""

from __future__ import annotations

import pytest

from support import extract_rows


def rows_of(nlp, body):
    return [(r["cue"], r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, cue, speaker, content", [
    ("The talks went well.\n\nSo the tension could become very costly for Europe - noted Kwasniewski.",
     "noted", "Kwasniewski", "So the tension could become very costly for Europe"),
    ("The war will drag on for at least two more years - assessed the intelligence chief Jan Brown.He added that the "
     "army was tired.", "assessed", "the intelligence chief Jan Brown",
     "The war will drag on for at least two more years"),
    ("Budget support for Kyiv will have to grow next year - says the weekly.", "says", "the weekly",
     "Budget support for Kyiv will have to grow next year"),
])
def test_sentence_closed_by_dash_and_cue(nlp, body, cue, speaker, content):
    rows = rows_of(nlp, body)
    assert (cue, speaker, content) in rows, rows


def test_dialogue_dash_opens_the_words(nlp):
    rows = rows_of(nlp, "The talks went well.\n\n- I think the army was not ready for it.The other side did well "
                        "on its own networks - adds the director of the centre.")
    assert rows[-1][2] == "I think the army was not ready for it.The other side did well on its own networks"


def test_dash_parenthesis_is_no_statement(nlp):
    body = 'Russia - which has long denied any plan to invade - calls the concern in the West "hysteria".'
    assert not [r for r in rows_of(nlp, body) if r[2].startswith("Russia")]
