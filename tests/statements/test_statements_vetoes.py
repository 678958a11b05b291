"""The named "not a speech event" predicates of pledgewatch.statements.vetoes, each on the example its docstring
gives, parsed with the real model: the veto holds for the cue, and extract gives no statement at that cue."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.statements import vetoes
from pledgewatch.statements.context import ArticleContext
from pledgewatch.statements.grammar import cue_of
from pledgewatch.statements.subjects import subject

CASES = [
    ("Let's say you think a degree will cost $160,000.", "say", vetoes.supposition),
    ("He called off the talks with Moscow on Friday.", "called", vetoes.other_phrasal_verb),
    ("Facebook did not say whether the ads were removed.", "say", vetoes.negated),
    ("Asked what he would tell the mayor, Brooks says he would apologise.", "Asked", vetoes.question_put),
    ("The package, announced by the Pentagon on Friday, includes artillery shells.", "announced",
     vetoes.reduced_participle),
    ("Emmanuel Macron is expected to announce a new prime minister.", "announce", vetoes.foreseen),
    ("Common belief says the war will end soon.", "says", vetoes.not_a_speaker),
    ('"I told him we would not retreat," the general said.', "told", vetoes.quoted_first_person),
]


@pytest.mark.parametrize("text,word,veto", CASES, ids=[c[2].__name__ for c in CASES])
def test_the_veto_holds_and_the_cue_gives_no_statement(nlp, text, word, veto):
    doc = nlp(text)
    art = {"article_id": "t", "text": text, "title": "", "title_chars": 0}
    ctx = ArticleContext(doc, art)
    v = next(t for t in doc if t.text == word)
    cue = cue_of(v, ctx.verbs, ctx.forms, False)
    assert cue is not None
    subj = subject(v, text)
    found = vetoes.vetoed(ctx, v, cue) or (vetoes.vetoed(ctx, v, cue, subj) if subj is not None else None)
    assert found is veto
    assert not any(r["cue"].endswith(word) for r in statements.extract(doc, art))


def test_a_plain_speech_event_is_not_vetoed(nlp):
    text = "Defence Minister Boris Pistorius said Germany would send more air defence systems."
    doc = nlp(text)
    ctx = ArticleContext(doc, {"text": text, "title_chars": 0})
    v = next(t for t in doc if t.text == "said")
    cue = cue_of(v, ctx.verbs, ctx.forms, False)
    assert vetoes.vetoed(ctx, v, cue) is None and vetoes.vetoed(ctx, v, cue, subject(v, text)) is None


def test_every_veto_has_an_example_in_its_docstring():
    for veto in vetoes.VERB_VETOES + vetoes.SUBJECT_VETOES:
        assert veto.__doc__ and any(ch in veto.__doc__ for ch in "\"'"), veto.__name__
