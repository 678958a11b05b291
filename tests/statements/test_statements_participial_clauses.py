"""Round 28 (issue #14, polnear_train's even half): a cue gerund with no subject of its own heading a participial
clause set before the verb it modifies ("Declaring that A, the mayor unveiled ...", "Since announcing that A, the
senator has ...", "In explaining why A, the speaker blamed ...", "The governor, after saying A, spent ..."): its
speaker is the host verb's subject, and its reported clause ends with the participial clause
(`content.clause.participial_clause`; "since" and "in" are gerund prepositions only in a phrase set before the verb
it modifies: `fronted_gerund_preposition`, beside by, after and before). Before, the clause ran on into the host clause, held its own speaker and was dropped: no row, under either
convention. Invented sentences of the shapes read (five even articles), parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows

CONVENTIONS = [{}, {"quote_parts": "join", "nesting": "outer"}]


def rows(nlp, body, **kw):
    return [(r["speaker_text"], r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]


PARTICIPIAL = [
    # a bare participle opening the sentence
    ("Declaring that the city needed a fresh start, the mayor unveiled a new budget.",
     "Declaring", "the mayor", "that the city needed a fresh start"),
    # a "since" phrase, the host verb in the perfect
    ("Since announcing in May that she would not run again, the senator has raised money for other candidates.",
     "announcing", "the senator", "that she would not run again"),
    # an "in" phrase with a wh-clause
    ("In explaining why the bill had stalled, the speaker blamed the committee chairman.",
     "explaining", "the speaker", "why the bill had stalled"),
    # an "after" phrase set off after the host's subject
    ("The governor, after initially saying he would not campaign in the state, spent three days there.",
     "initially saying", "The governor", "he would not campaign in the state"),
    # a pronoun as the host's subject
    ("After insisting that the vote was rigged, he refused to concede for a week.",
     "insisting", "he", "that the vote was rigged"),
]


@pytest.mark.parametrize("kw", CONVENTIONS)
@pytest.mark.parametrize("body, cue, speaker, content", PARTICIPIAL)
def test_a_participial_clause_reports_its_host_subjects_words(nlp, body, cue, speaker, content, kw):
    found = rows(nlp, body, **kw)
    assert (speaker, cue, content) in found, found


@pytest.mark.parametrize("kw", CONVENTIONS)
@pytest.mark.parametrize("body, expected", [
    # a speech verb as the host: the participle's object is no clause, the host keeps its own
    ("Speaking to reporters on Monday, the minister said the talks had failed.",
     [("the minister", "said", "the talks had failed")]),
    # a participle after its host ("..., adding that ..."): the host's statement and a second act, as before
    ("Austin said the United States would send more tanks, adding that the first would arrive soon.",
     [("Austin", "said", "the United States would send more tanks"),
      ("Austin", "adding", "that the first would arrive soon")]),
    # "without saying": nothing said
    ("Without saying why, the company cancelled the contract.", []),
])
def test_other_participles_are_read_as_before(nlp, body, expected, kw):
    assert rows(nlp, body, **kw) == expected


def test_the_predicate_reads_the_parse(nlp):
    from pledgewatch.statements.content.clause import participial_clause

    doc = nlp("Since announcing in May that she would not run again, the senator has raised money.")
    top = participial_clause(next(t for t in doc if t.text == "announcing"))
    assert top is not None and top.text == "Since"
    doc = nlp("The senator has raised money since announcing in May that she would not run again.")
    assert participial_clause(next(t for t in doc if t.text == "announcing")) is None  # after its host verb
    doc = nlp("While the anchor said reporters must stay neutral, the owners disagreed.")
    assert participial_clause(next(t for t in doc if t.text == "said")) is None  # a finite clause with a mark


@pytest.mark.parametrize("body, expected", [
    ("In announcing the package, Biden said the United States would send more air defence.",
     [("Biden", "said", "the United States would send more air defence")]),
    ("In announcing the aid on Tuesday, the chancellor said Germany would deliver four more Patriot systems.",
     [("the chancellor", "said", "Germany would deliver four more Patriot systems")]),
    ("After announcing the sanctions, the prime minister told reporters that more would follow.",
     [("the prime minister", "told", "that more would follow")]),
])
def test_an_occasion_gerund_before_its_host_cue_gives_one_statement(nlp, body, expected):
    """Round 28 mend (review finding 9): a gerund with only a noun object in a phrase before a cue verb of the same
    speaker is the occasion of that statement (`vetoes.occasion_gerund`, under the guide: one statement per cue that
    governs content); before, a second row "announcing | the package" that could count as a second pledge."""
    assert rows(nlp, body) == expected
