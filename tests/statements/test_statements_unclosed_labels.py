"""Round 39, a risk round 38's review left: a quotation with no closing mark that opens right after a naming verb
("what he called "...", "described as "...") ran to the end of its paragraph, taking the sentences after it into a
statement; it now ends with its sentence (`ArticleContext._label_cut`). A quotation left open after any other word
still runs on, as a quotation continued over paragraphs does. Invented sentences after the shapes of three
articles."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, cue, content", [
    ('The minister condemned what he called "a barbaric attack on civilians. More aid will follow, he said. The army '
     'is ready.\n\nThe next paragraph.', "condemned", 'what he called "a barbaric attack on civilians.'),
    ('The ministry said Russia had launched what it called "a special military operation in February. Kyiv rejected '
     'the claim. Western capitals agreed.\n\nNext paragraph.', "said",
     'Russia had launched what it called "a special military operation in February.'),
    ('Kuleba said the strike was what he described as "an act of terror against the city. He asked for more air '
     'defence. The talks continue.\n\nNext paragraph.', "said",
     'the strike was what he described as "an act of terror against the city.'),
], ids=["called-object", "called-in-a-clause", "described-as"])
def test_an_unclosed_label_ends_with_its_sentence(nlp, body, cue, content):
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows if r["cue"] == cue][0] == content
    assert "The next paragraph" not in " ".join(r["text"] for r in rows)


@pytest.mark.parametrize("body, cue, content", [
    ('Zelensky said the army "will hold the line in the east. We will not give up a single village.\n\n"We will win," '
     'he said.', "said", 'the army "will hold the line in the east. We will not give up a single village.'),
    ('The mayor said residents had endured "the coldest week of the war. Heating will return soon.\n\nNext '
     'paragraph.', "said", 'residents had endured "the coldest week of the war. Heating will return soon.'),
], ids=["quotation-over-paragraphs", "after-another-verb"])
def test_a_quotation_left_open_after_another_word_runs_on(nlp, body, cue, content):
    """Near misses: no naming verb before the mark."""
    assert [r["text"] for r in extract_rows(nlp, body) if r["cue"] == cue][0] == content


def test_a_closed_label_is_unchanged(nlp):
    body = 'Kyiv faces what one US general called "a very critical" few weeks, officials said.'
    assert any(r["text"] == "a very critical" for r in extract_rows(nlp, body))


@pytest.mark.parametrize("body, cue, part", [
    ('Stoltenberg called "on all allies to deliver more air defence. This is a critical moment for Ukraine.\n\nThe '
     'next paragraph.', "called on", "This is a critical moment"),
    ('Zelensky called "for an immediate ceasefire. Every day costs lives.\n\nThe next paragraph.', "called for",
     "Every day costs lives"),
    ('The ministry said in a statement that Russia was waging what it termed "a war of annihilation. The shelling '
     'continues. The world must respond.\n\n"We call on partners to act," the statement added.', "said",
     "The world must respond"),
    ('He used what he called "a simple rule: never give up. We will fight until the end.\n\n"That is our answer," he '
     'said.', "called", "We will fight until the end"),
], ids=["called-on", "called-for", "termed-next-paragraph-quoted", "called-next-paragraph-quoted"])
def test_a_quotation_after_an_appeal_or_continued_over_paragraphs_runs_on(nlp, body, cue, part):
    """Near misses (round 39's review): "called on/for" is an appeal, not a naming of a fronted wh-word or "as";
    a next paragraph that opens with a quotation mark continues the quotation (the newspaper convention)."""
    texts = [r["text"] for r in extract_rows(nlp, body) if r["cue"] == cue]
    assert texts and part in texts[0]
