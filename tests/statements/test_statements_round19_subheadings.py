"""Round 19 (issue #14), `continuations._candidate`: a quoted line standing alone as a paragraph, with no sentence end
inside its marks, is a subheading (translated and wire news set a quoted phrase of the coming section as its
heading): it continues no speaker. The sentences are in this project's own wording, each modelled on a different
article of the readable corpus."""

from __future__ import annotations

import pytest

from support import extract_rows


def rows_of(nlp, body):
    return [(r["cue"], r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, heading", [
    # a quoted subheading between a reported statement and a dash-postposed one (translated news)
    ('He added that the troops had taken the plant.\n\n"Moscow wants a pause"\n\n'
     'Russia is trying to freeze the war - said the adviser to the president.', "Moscow wants a pause"),
    # after a paragraph whose cue is "announced"
    ('The minister also announced that she would visit the border.\n\n"Warsaw saw the danger early"\n\n'
     'In April the minister thanked her hosts for their help.', "Warsaw saw the danger early"),
    # after a told-quotation, before a new section about travel
    ('"The season is open," the head of the tourism agency told reporters.\n\n"Like a game of chance"\n\n'
     'Travel to the region is possible, but risky.', "Like a game of chance"),
])
def test_quoted_subheading_is_no_continuation(nlp, body, heading):
    """A quoted line on its own with no sentence end is a subheading, not the previous speaker's words."""
    assert not [r for r in extract_rows(nlp, body) if r["text"].startswith(heading)]


def test_quoted_paragraph_with_sentence_end_continues(nlp):
    rows = rows_of(nlp, 'The minister said the talks had gone well.\n\n"We will meet again in May. Nothing is '
                        'settled yet."')
    assert ("said", "The minister", "We will meet again in May. Nothing is settled yet.") in rows
