"""A quotation run on over paragraphs whose breaks the page lost: each paragraph's opening mark, inside the open
quotation, opens the next part (`quotes._reopens`), with its near misses."""

from __future__ import annotations

import pytest

from pledgewatch.statements.quotes import find_quotes
from support import extract_rows


def _contents(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize("text, parts", [
    ('The army said: "To preserve the lives of our defenders, a decision was made to withdraw. "Sadly, will alone '
     'is not enough." Russian forces took the twin city last week.',
     ["To preserve the lives of our defenders, a decision was made to withdraw.",
      "Sadly, will alone is not enough."]),
    ('The minister added: "The Russians told us they had nothing to do with the attack. "Such an incident right '
     'after the deal worried us. "We continue to meet our duties under the deal."',
     ["The Russians told us they had nothing to do with the attack.",
      "Such an incident right after the deal worried us.", "We continue to meet our duties under the deal."]),
    ('"We discussed what weapons he needs," the congressman said. "We went over the next phase. "It is moving to '
     'fighting at a distance."',
     ["We discussed what weapons he needs,", "We went over the next phase.",
      "It is moving to fighting at a distance."]),
], ids=["army-withdrawal", "minister-three-parts", "congressman-after-a-closed-quote"])
def test_a_continuation_mark_opens_the_next_part(text, parts):
    assert _contents(text) == parts


@pytest.mark.parametrize("text, parts", [
    ('The paper wrote that "eight trains were cancelled on the line. The next seven were shortened. "This is what '
     'rail looks like in a country at peace.',
     ["eight trains were cancelled on the line. The next seven were shortened. "]),
    ('"We will stay," she said. "Nobody will make us leave."', ["We will stay,", "Nobody will make us leave."]),
], ids=["sloppy-close-then-own-words", "ordinary-pairs"])
def test_no_continuation_mark(text, parts):
    """Near misses: a mark after a sentence end with no later closing mark closes (the writer's words follow);
    ordinary pairs are untouched."""
    assert _contents(text) == parts


def test_the_parts_keep_their_speaker(nlp):
    """The parts are the speaker's statements; the reporter's sentence after the last part is nobody's."""
    text = ('The army said in a statement: "To preserve the lives of our defenders, a decision was made to withdraw. '
            '"Sadly, will alone is not enough." Russian forces took the twin city last week.')
    rows = extract_rows(nlp, text)
    assert not any(r["text"].startswith("Russian forces") for r in rows)
    assert any(r["text"].startswith("Sadly") and r["speaker_name"] == "army" for r in rows)


@pytest.mark.parametrize("text, narration", [
    ('Zelensky said "we will not give up. "Peace" is not on the table." Then he left the podium.',
     "Then he left the podium."),
    ('The mayor told reporters "the shelling went on all night. "Evacuation" is a word we no longer use." She '
     'returned to the town hall.', "She returned to the town hall."),
    ('The general said "our lines are holding. "Retreat" was never discussed." The briefing ended an hour later.',
     "The briefing ended an hour later."),
], ids=["nested-peace", "nested-evacuation", "nested-retreat"])
def test_a_nested_word_at_a_sentence_start_reopens_nothing(text, narration):
    """Near misses: a word in straight marks nested at a sentence start inside a quotation; the marks after it do
    not pair up as a reopened quotation's would (an even count), so the narration after the outer closing mark
    stays outside every quotation."""
    assert not any(narration.rstrip(".") in c for c in _contents(text))


@pytest.mark.parametrize("text, counted", [
    ('"A withdrawal was ordered. "Unfortunately, will is not enough. "We go on," she said.', 3),
    ('"We asked about the plant and got nothing', 1),
    ('but promises," Kerr said, and she added that she would vote.', 0),
], ids=["reopened", "paragraph-start", "lone-close"])
def test_which_quotations_open(text, counted):
    """`quotes.opens_quotation`: the reopened quotations of a line ("A. "B. "C," she said) all open (B after a
    space), a paragraph-start mark opens, a lone mark after a comma closes a quotation broken over lines."""
    from pledgewatch.statements.quotes import find_quotes, opens_quotation

    assert sum(opens_quotation(text, q) for q in find_quotes(text)) == counted
