"""Round 43 (issue #14), `inverted_comma.inverted_commas`: a sentence closed by a comma and an inverted cue, the speaker
after the verb, where the parse hung the verb on the sentence and no cue rule took it ("A, said the chancellor, Olaf
Scholz, while ...", "A, explained Ejdus.", "A, said Niklas Masuhr at the Center ..."): the words before the comma are
that speaker's. Not where the noun phrase after the verb names nobody, where a relative clause with a finite verb
follows the speaker, or where the words hold a cue of their own (a relay). Sentences in our own words, after three
articles' shapes."""

from __future__ import annotations

import pytest

from support import extract_rows

INVERTED = [
    # the verb a conjunct of the clause, the speaker its subject, an apposition and a participle clause after it
    ("Poland is one of the countries doing the most to send artillery to Kyiv, said the president, Andrzej Duda, "
     "while defending the pace of deliveries.", "said", "Duda"),
    # the verb a conjunct, the speaker its object
    ("Hungary's shrinking press freedom has pushed the country away from its western partners, explained Novak.",
     "explained", "Novak"),
    # a relative clause in the words, the speaker after the verb with a place adjunct
    ("They had also hoped to hold the bridges, which would have let them cut the supply roads, said Anna Keller at "
     "the Institute for Strategic Studies in Geneva.", "said", "Keller"),
]


@pytest.mark.parametrize("body, cue, name", INVERTED)
def test_the_words_before_the_comma_are_the_inverted_speakers(nlp, body, cue, name):
    content = body[:body.index(", " + cue)]
    rows = [r for r in extract_rows(nlp, body) if r["text"] == content]
    assert rows, [(r["text"], r["cue"]) for r in extract_rows(nlp, body)]
    assert rows[0]["cue"] == cue
    assert name in rows[0]["speaker_text"]


NOT_INVERTED = [
    ("Russia invaded Ukraine, claimed the lives of thousands.", "Russia invaded Ukraine"),
    ("The convoy reached the city, added the governor, who visited the front on Monday.", "The convoy reached"),
    ("The ministry said the convoy reached the city, added the agency.", "The ministry said"),
]


@pytest.mark.parametrize("body, opening", NOT_INVERTED)
def test_no_speaker_a_relative_clause_or_a_relay_gives_no_statement_of_the_whole_clause(nlp, body, opening):
    assert not [r for r in extract_rows(nlp, body) if r["text"].startswith(opening)], extract_rows(nlp, body)
