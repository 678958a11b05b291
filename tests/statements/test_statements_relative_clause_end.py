"""Round 31 (issue #14, polnear_train's even half and the corpus; the case round 30 left: "The Pentagon, which said
it would send more HIMARS, declined to give a date"): a cue heading a relative clause set off by commas inside a
noun phrase whose own verb comes after it ends its reported clause with the relative clause
(`content.clause.host_relative`), under either convention. Before, the clause ran on to the sentence end and took
the writer's main clause. Invented sentences of the shapes read (four articles: two of polnear_train's even half,
one of its news wires, one corpus article), parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows

CONVENTIONS = [{}, {"quote_parts": "join", "nesting": "outer"}]


def rows(nlp, body, **kw):
    return [(r["speaker_text"], r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]


ENDED = [
    # the relative pronoun speaks, the noun is the host verb's subject
    ("The Pentagon, which said it would send more HIMARS, declined to give a date.",
     ("which", "said", "it would send more HIMARS")),
    # a person, with a perfect
    ("Scholz, who has said Germany will not send jets, met Biden on Friday.",
     ("who", "has said", "Germany will not send jets")),
    # the relative pronoun is the reported clause's subject, the speaker inside the relative clause
    ("The policy changes, which officials said will go into effect in the next few months, will not apply to all "
     "Central Americans.", ("officials", "said", "will go into effect in the next few months")),
    ("The allegations, which US officials said were not an isolated incident, would breach the convention.",
     ("US officials", "said", "were not an isolated incident")),
    # the relative pronoun as the object of the reported clause
    ("Her vote on the war, which she has repeatedly said was a mistake, was a major factor in her defeat.",
     ("she", "has repeatedly said", "was a mistake")),
]


@pytest.mark.parametrize("kw", CONVENTIONS)
@pytest.mark.parametrize("body, expected", ENDED)
def test_a_relative_clause_cue_ends_before_its_host_clause(nlp, body, expected, kw):
    found = rows(nlp, body, **kw)
    assert expected in found, found


@pytest.mark.parametrize("kw", CONVENTIONS)
@pytest.mark.parametrize("body, expected", [
    # a relative clause closing its sentence runs to the sentence end, as before
    ("Biden met Scholz, who said Germany would send more tanks to Ukraine next year.",
     ("who", "said", "Germany would send more tanks to Ukraine next year")),
    # the host clause's own cue keeps its statement beside the relative clause's
    ("Podesta, who said the project was vetted by his firm's counsel, said he was unaware of any disagreements.",
     ("Podesta", "said", "he was unaware of any disagreements")),
])
def test_other_relative_clauses_are_read_as_before(nlp, body, expected, kw):
    found = rows(nlp, body, **kw)
    assert expected in found, found


# Round 31 review: the parse often puts the relative clause's closing comma inside it (as punct of its last verb or
# noun); the clause still ends there. A comma inside the reported clause ("that, if Russia attacks, ...") keeps it.
# And the host verb may come first, the noun its object, with more of the host clause after the closing comma.
@pytest.mark.parametrize("kw", CONVENTIONS)
@pytest.mark.parametrize("body, expected", [
    ("McCarthy, who told reporters the bill would pass, faces a revolt.",
     ("who", "told", "the bill would pass")),
    ("The White House, which said the package includes Stinger missiles, Javelins, and artillery shells, did not "
     "give a value.", ("which", "said", "the package includes Stinger missiles, Javelins, and artillery shells")),
    ("Scholz, who said that, if Russia attacks, Germany would respond, met Biden.",
     ("who", "said", "that, if Russia attacks, Germany would respond")),
    ("Biden met Scholz, who said Germany would send tanks, on Friday.",
     ("who", "said", "Germany would send tanks")),
])
def test_a_relative_clause_ends_at_its_closing_comma_whichever_token_holds_it(nlp, body, expected, kw):
    found = rows(nlp, body, **kw)
    assert expected in found, found
