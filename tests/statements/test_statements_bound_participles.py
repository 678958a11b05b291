"""Round 27, span boundaries (issue #14, a content cut short): a cue word that is a bare present participle bound
to the reported clause, with no comma, dash or conjunction before it ("a letter had been sent to Berlin expressing
alarm", "did not feel comfortable telling them to vote"), is a circumstance of that clause's event, not a second
speech event: the reported clause runs on over it and it gives no statement of its own (`grammar.bound_participle`,
read by `content.clause` and `nesting`). Set off by a comma or a conjunction ("..., adding that ...", "... and
urging ...") it is still the speaker's own second act. Invented sentences, parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows


def rows(nlp, body, **kw):
    return [(r["speaker_text"], r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]


def content_of(found, cue):
    hits = [c for _, k, c in found if k == cue]
    assert hits, found
    return hits[0]


BOUND = [
    ("The ambassador said a formal letter had been sent to Berlin expressing the government's alarm.",
     "a formal letter had been sent to Berlin expressing the government's alarm", "expressing"),
    ("She said she did not feel comfortable telling her neighbours to vote for the mayor.",
     "she did not feel comfortable telling her neighbours to vote for the mayor", "telling"),
    ("The mayor said the council had written to the ministry asking for two more fire engines.",
     "the council had written to the ministry asking for two more fire engines", "asking"),
]


@pytest.mark.parametrize("nesting", ["inner", "outer"])
@pytest.mark.parametrize("body, content, participle", BOUND)
def test_a_bound_participle_is_part_of_the_reported_clause(nlp, body, content, participle, nesting):
    found = rows(nlp, body, nesting=nesting)
    assert content_of(found, "said") == content
    assert not any(k == participle for _, k, _ in found), found


@pytest.mark.parametrize("body, first, participle, second", [
    ("Austin said the United States would send more tanks, adding that the first would arrive soon.",
     "the United States would send more tanks", "adding", "that the first would arrive soon"),
    ("The minister said the report had been published on Monday, calling for more funding.",
     "the report had been published on Monday", "calling for", "more funding"),
])
def test_a_participle_set_off_by_a_comma_is_still_a_second_act(nlp, body, first, participle, second):
    found = rows(nlp, body)
    assert content_of(found, "said") == first
    assert content_of(found, participle) == second


def test_the_predicate_reads_the_parse_not_the_word(nlp):
    from pledgewatch.statements.grammar import bound_participle

    doc = nlp("The ambassador said a formal letter had been sent to Berlin expressing the government's alarm.")
    assert bound_participle(next(t for t in doc if t.text == "expressing"))
    doc = nlp("Austin said the United States would send more tanks, adding that the first would arrive soon.")
    assert not bound_participle(next(t for t in doc if t.text == "adding"))
    doc = nlp("He was expressing his thanks to the crowd.")
    assert not bound_participle(next(t for t in doc if t.text == "expressing"))
