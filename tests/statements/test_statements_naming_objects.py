"""Round 15, 'X called OBJECT "LABEL"' (`content.naming`) where the object is more than a bare noun phrase: the
parse gives it with a relative clause, an apposition or as a free relative; the label's marks may be NYT's doubled
apostrophes (''); and a statement another strategy found with the object alone or the label alone is widened to both
(`naming.widen_named`). Passages of PolNeAR news articles (polnear_train's even half: the New York Times, USA Today,
The Washington Post, HuffPost, Breitbart), named by their first and last words and read from ../shared
(support.shared_text, skipped where absent) and normalised as the pipeline's ingest does, parsed with the real model."""

from __future__ import annotations

import pytest

from pledgewatch.ingest.clean import normalize
from support import extract_rows, shared_text

OUTER = {"quote_parts": "join", "nesting": "outer"}


def call_rows(nlp, text, **kw):
    return [r["text"] for r in extract_rows(nlp, text, **kw) if r["cue_lemma"].startswith("call")]


@pytest.mark.parametrize("passage, content", [
    # the New York Times, March 2016: an apposition in the object, doubled-apostrophe marks (the quotation after
    # the cue had taken the label alone)
    (("Speaking on the cable channel", "behind the scenes."), ("Valeant's", "driven'")),
    # the New York Times, May 2016: a free relative as the object (no statement before)
    (("Ms. Boxer, who was", "''terrible.''"), ("what she", "terrible.'")),
    # Breitbart (AP), May 2016: an object of thirteen tokens with an infinitive, as the parse gives it
    (("In April, Trump called", "an absolute disgrace,”"), ("Ford's", 'disgrace,"')),
    # USA Today, July 2016: a relative clause in the object (no statement before)
    (("In somber comments,", "our country,\""), ("the assault", 'country,"')),
    # The Washington Post, July 2016: a quotation inside the object; the frame had stopped at the object
    (("In a statement Tuesday,", "significant and disturbing.\""), ("Clinton's", 'disturbing."')),
    # HuffPost, August 2016: an apposition in the object; the frame had taken the label alone
    (("Speaking at a campaign rally", "co-founder.”"), ("Clinton, his", 'co-founder."')),
])
def test_the_object_with_its_clause_and_the_label(nlp, passage, content):
    """`content`: the statement's first and last words in the passage (the object and its label), so the expected
    content is read from ../shared too."""
    text = normalize(shared_text(*passage))  # as the pipeline reads it: straight marks
    i = text.index(content[0])
    content = text[i:text.index(content[1], i) + len(content[1])]
    assert content in call_rows(nlp, text, **OUTER)
    assert content in call_rows(nlp, text)  # the guide's convention gives the same content


@pytest.mark.parametrize("sentence", [
    # the object holds a speech event of its own: its quotation is that event's, not a label
    'She called the reporter who asked "Why now?" rude and walked out.',
    # a summons with "to" before the quotation, after an object with a relative clause
    'He called the leaders who had gathered in Rome to "act now" on the crisis.',
])
def test_no_label_after_an_object_with_its_own_event(nlp, sentence):
    assert call_rows(nlp, sentence) == []
