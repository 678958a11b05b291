"""A person named in a comparison ("X, who like Y grew up ...", "unlike Y") is named in passing: a definite
description that follows ("says the 41-year-old founder", "the baker said") is the person the passage is about, X,
not Y (`words.compared`, used by `descriptions._described_in_passage` and `common_nouns._passage_person`). The
sentences are our own."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("I spent a morning with Sofia Brandt, who like Greta Lindqvist grew up in a small harbour town. \"We print "
     "everything ourselves,\" says the 41-year-old founder of the shop.", "We print everything", "Sofia Brandt"),
    ("Among the owners is Tomas Ruiz, who unlike Marco Bellini stayed in the city. \"We never thought of leaving,\" "
     "says the 52-year-old baker.", "We never thought", "Tomas Ruiz"),
    # the comparison opens the sentence, before its subject
    ("Unlike Marco Bellini, Tomas Ruiz stayed in the city after the flood. \"We never thought of leaving,\" says "
     "the 52-year-old baker.", "We never thought", "Tomas Ruiz"),
    # "like Y" in a main clause, no relative clause
    pytest.param("Hanna Kowal studied in Warsaw, like Irena Sendler before her. \"Every object here has a story,\" "
                 "says the 60-year-old curator.", "Every object here", "Hanna Kowal",
                 marks=pytest.mark.xfail(strict=True, reason="round-27 mend: the rule's limit, reported, not widened")),
    # the comparison inside the quotation the description introduces
    ("I spent a morning with Sofia Brandt in her workshop. \"Unlike Greta Lindqvist, we print everything "
     "ourselves,\" says the 41-year-old founder.", "Unlike Greta Lindqvist", "Sofia Brandt"),
], ids=["like-founder-of", "unlike-baker", "unlike-opens-sentence", "like-main-clause", "inside-quotation"])
def test_a_description_is_not_the_person_a_comparison_names(nlp, body, content, name):
    rows = extract_rows(nlp, body)
    assert speaker_of(rows, content) == name, row_of(rows, content)


def test_only_the_compared_person_is_named_in_passing(nlp):
    """The one compared with is named in passing; the subject of the comparison is not."""
    from pledgewatch.statements.speakers.words import compared

    doc = nlp("The town, unlike Anna Berg, wanted a new bridge.")
    assert compared(next(t for t in doc if t.text == "Anna"))
    doc = nlp("Anna Berg, like her father, wanted a new bridge.")
    assert not compared(next(t for t in doc if t.text == "Anna"))
