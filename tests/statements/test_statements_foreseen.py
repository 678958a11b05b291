"""Round 10, non-statements: a speech act foreseen, not made ("Macron is expected to announce ...";
`vetoes.foreseen`). Sentences written after constructions seen in different articles (corpus, hand-coded
coding_dev rows, polnear_train), parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("sentence", [
    # Guardian, 2022 (corpus; hand-coded not a statement): "is expected to announce"
    "Macron is expected to announce his new prime minister within days.",
    # Guardian, 2022 (corpus; hand-coded not a statement): "is planning to announce"
    "It is thought that the company is planning to unveil a new brand for itself next month.",
    # a US outlet, 2022 (corpus): "is expected to declare" with a that-clause
    "Moscow is expected to declare that the seized regions are now annexed.",
    # a US outlet, 2024 (corpus): inside a relative clause
    "DeSantis, who is expected to launch a presidential run, spoke in Orlando on Monday.",
    # written: "is due to"
    "The minister is due to announce the package on Friday.",
])
def test_a_foreseen_speech_act_is_no_statement(nlp, sentence):
    assert extract_rows(nlp, sentence) == []


@pytest.mark.parametrize("sentence, content", [
    # a speech whose text was released beforehand (UK news): reported as said
    ("The general is set to say that the army must be prepared to fight.", "that the army must be prepared to fight"),
    # translated news: "wanted to stress" reports what he stressed
    ("He wanted to stress that Ukraine would not give up any territory.",
     "that Ukraine would not give up any territory"),
    # the foreseen cue inside a statement stays part of that statement's words
    ("Kuleba said he expected Germany to announce new deliveries.", "he expected Germany to announce new deliveries"),
])
def test_other_infinitive_cues_stay_statements(nlp, sentence, content):
    assert content in [r["text"] for r in extract_rows(nlp, sentence)]


@pytest.mark.parametrize("sentence", [
    # round 22: a bare infinitive conjoined to the foreseen one shares its "to" and its head
    "Macron is expected to meet the envoys and announce a new prime minister on Monday.",
    "The council plans to review the treaty and declare the border crossing closed.",
    # the parse hangs the bare verb on the head itself ("intended ... and reaffirm")
    "A Japan-drafted resolution won wide support.\n\nIt intended to tighten and uphold the arms regime, including "
    "at sea, and reaffirm the shared aim of keeping the seabed free of weapons.",
])
def test_a_bare_conjunct_of_a_foreseen_infinitive_is_no_statement(nlp, sentence):
    assert [r for r in extract_rows(nlp, sentence) if r["cue"] in ("announce", "declare", "reaffirm")] == []


@pytest.mark.parametrize("sentence, cue", [
    # near misses: a finite conjunct with a tense of its own is a speech act made
    ("Scholz was expected to attend the summit, and said on Monday that Berlin would send more tanks.", "said"),
    ("Kallas met the envoys and announced that Estonia would double its aid.", "announced"),
])
def test_a_finite_conjunct_after_a_foreseen_verb_stays(nlp, sentence, cue):
    assert cue in [r["cue"] for r in extract_rows(nlp, sentence)]
