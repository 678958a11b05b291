"""The named "not a speech event" predicates of pledgewatch.statements.vetoes, each on the example its docstring
gives, parsed with the real model: the veto holds for the cue, and extract gives no statement at that cue."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.statements import vetoes
from pledgewatch.statements.context import ArticleContext
from pledgewatch.statements.grammar import cue_of
from pledgewatch.statements.subjects import subject
from support import extract_rows

CASES = [
    ("Let's say you think a degree will cost $160,000.", "say", vetoes.supposition),
    ("He called off the talks with Moscow on Friday.", "called", vetoes.other_phrasal_verb),
    ("Facebook did not say whether the ads were removed.", "say", vetoes.negated),
    ("Asked what he would tell the mayor, Brooks says he would apologise.", "Asked", vetoes.question_put),
    ("The package, announced by the Pentagon on Friday, includes artillery shells.", "announced",
     vetoes.reduced_participle),
    ("Macron is expected to announce his new prime minister.", "announce", vetoes.foreseen),
    ("Common belief says the war will end soon.", "says", vetoes.not_a_speaker),
    ('"I told him we would not retreat," the general said.', "told", vetoes.quoted_first_person),
    ("That said, the network's viewers tend to be older.", "said", vetoes.concessive),
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
    found = vetoes.vetoed(ctx, v, cue) or (vetoes.vetoed(ctx, v, cue, subj) or vetoes.convention_veto(ctx, v, cue, subj)
                                           if subj is not None else None)
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


@pytest.mark.parametrize("text, speaker", [
    # a US State Department briefing (2022): the spokesman's surname is a noun of the non_speaker list
    ("State Department spokesman Ned Price said the United States would keep supplying Ukraine.", "Ned Price"),
    # a US outlet on Congress: the same surname, another person, with "told"
    ("Tom Price told reporters the bill would pass next week.", "Tom Price"),
    # a UK outlet on trade: an appositive between the name and the cue
    ("Mark Price, a former British trade minister, said the deal would help exporters.", "Mark Price"),
])
def test_a_persons_name_that_is_a_non_speaker_noun_still_speaks(nlp, text, speaker):
    rows = extract_rows(nlp, text)
    assert [r["speaker_name"] for r in rows] == [speaker]


def test_the_non_speaker_noun_itself_still_does_not_speak(nlp):
    assert extract_rows(nlp, "The price said more about the market than the war.") == []
