"""A colon cue whose unquoted content is a block quotation run into its lead-in paragraph (a live blog's block
set off without quotation marks, `content.colon_block`), with its near misses."""

from __future__ import annotations

import pytest

from support import extract_rows


def _row(nlp, text, content):
    rows = extract_rows(nlp, text)
    return next(r for r in rows if r["text"].startswith(content))


@pytest.mark.parametrize("text, content, last", [
    ("Evacuations from the port will go on. In his nightly address, he said: We will keep doing everything to "
     "bring our people out of the plant. The corridors are part of the talks. It is very hard. But more than "
     "300,000 people have been rescued so far.", "We will keep doing everything", "rescued so far."),
    ("The president vowed to retake the town. In an address late on Sunday, he said: If our commanders pull "
     "troops back from some points of the front, it means only one thing: we will return. Ukraine gives nothing "
     "up. There will be a day when we say the same about the south.\"", "If our commanders pull troops back",
     "the same about the south."),
    ("Deputy minister Ivan Petrenko said in a ministry statement: In the last four days, 16 ships have "
     "passed the river mouth. We plan to keep this pace.\u201d The ministry said the ships were waiting to be "
     "loaded.", "In the last four days", "We plan to keep this pace."),
], ids=["nightly-address-to-paragraph-end", "address-to-left-over-mark", "statement-to-curly-mark"])
def test_an_unquoted_block_after_a_colon_cue_is_the_content(nlp, text, content, last):
    """"X said: A. B. C." with no quotation marks, in the speaker's own voice (a first-person word) or closed by a
    left-over closing mark: the content runs over the block, to the mark or the paragraph's end."""
    row = _row(nlp, text, content)
    assert row["text"].rstrip(".").endswith(last.rstrip("."))


@pytest.mark.parametrize("text, content, last", [
    ("The ministry said: Ukraine has lost two more villages in the east. Russian forces shelled the city of Sumy "
     "overnight. Three people were hurt.", "Ukraine has lost two more villages", "villages in the east"),
    ("Speaking to reporters, Lavrov said: As far as a new curtain is concerned, we think it is falling already. "
     "The process \"has begun\", he said after talks in Minsk.", "As far as a new curtain", "falling already"),
    ("In a statement, the army said: We withdrew from the city. The decision was taken by the command, the "
     "spokesman told reporters on Monday.", "We withdrew from the city", "from the city"),
], ids=["reporter-voice-stays-one-sentence", "stops-at-a-quotation", "stops-at-a-cue-root"])
def test_a_colon_content_stays_one_sentence_outside_a_block(nlp, text, content, last):
    """Near misses: a run with no first-person word and no left-over mark is the reporter's; a sentence that opens a
    quotation or whose root is a cue is the reporter's voice again."""
    row = _row(nlp, text, content)
    assert row["text"].rstrip(".").endswith(last)


def test_a_colon_after_the_cues_object_opens_no_block(nlp):
    """Near miss: "reminded us of a simple truth: A" names what A is; the first-person sentences after it are the
    writer's own."""
    text = ("At the ceremony the president reminded us of a simple truth: the past cannot be changed. We should cherish "
            "our common memory. Back in 2004 he signed a decree on a new pennant.")
    row = _row(nlp, text, "the past cannot be changed")
    assert row["text"].rstrip(".").endswith("cannot be changed")
