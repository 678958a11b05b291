"""The clause-frame features of the trained models (pledgewatch.coding.frame_features): frames as
statements/clause_frame.py writes them, for statements like those of different articles; and the same features
from the real parse of a sentence."""

from __future__ import annotations

import pytest

from pledgewatch.coding.frame_features import frame_features


def _clause(pred, tense="present", subj=(), obj=(), ben=(), **flags):
    return {"pred": list(pred), "v": True, "aux": [], "tense": tense, "neg": False, "hyp": False, "q": False,
            "pass": False, "imp": False, "subj": list(subj), "obj": list(obj), "ben": list(ben)} | flags


@pytest.mark.parametrize("clause,side,expected", [
    # "we will send more air defence to Ukraine" (a donor's own future transfer of weapons)
    (_clause(["send"], "future", ["we"], ["more", "air", "defence"], ["ukraine"]), "donor",
     {"fr:tense=future", "fr:subj=first", "fr:obj=weapons", "fr:ben=ukraine", "pred=send",
      "fr:donor&future&weapons", "fr:first&future"}),
    # "Britain will not send troops" (negated future, no aid object)
    (_clause(["send"], "future", ["britain"], ["troops"], neg=True), "donor",
     {"fr:neg", "fr:donor&future&other&neg", "fr:other&future&neg"}),
    # "Ukraine needs more funding" (a recipient's present need of money)
    (_clause(["need"], "present", ["ukraine"], ["more", "funding"]), "recipient",
     {"fr:subj=ukraine", "fr:obj=money", "fr:recipient&present&money", "pred=need"}),
    # "the EU should impose new sanctions" (an obligation on others, sanctions)
    (_clause(["impose"], "modal", ["eu"], ["new", "sanctions"]), "donor",
     {"fr:tense=modal", "fr:obj=sanctions", "fr:donor&modal&sanctions"}),
])
def test_main_clause_classes_and_crosses(clause, side, expected):
    f = frame_features({"cue": None, "clauses": [clause], "done": []}, {}, side, frozenset({"air", "defence"}))
    assert expected <= set(f)


def test_cue_clause_and_rule_evidence():
    """"urged EU leaders | to send weapons": the cue's addressee and governed clause; the rules' evidence keys."""
    frame = {"cue": {"lemma": "urge", "to": ["eu", "leaders"], "x": _clause(["send"], obj=["weapons"])},
             "clauses": [], "done": []}
    f = frame_features(frame, {"evidence": ["r12", "request_support"]}, "recipient", frozenset())
    assert {"fr:cue_to", "fr:cue_x", "fr:cue_x=weapons", "ev=r12", "ev=request_support"} <= set(f)


def test_no_frame():
    assert frame_features(None, {"evidence": ["r3"]}, "donor", frozenset()) == {"ev=r3": 1.0, "fr:none": 1.0}


@pytest.mark.parametrize("text,side,expected", [
    ("Germany will send more tanks to Ukraine next month.", "donor",
     {"fr:tense=future", "fr:obj=weapons", "fr:donor&future&weapons"}),
    ("We are not going to send rocket systems to Ukraine.", "donor", {"fr:neg", "fr:subj=first"}),
    ("Ukraine needs more air defence now.", "recipient", {"fr:subj=ukraine", "pred=need"}),
])
def test_features_of_parsed_statements(nlp, text, side, expected):
    """The frame the statements stage builds from spaCy's parse (clause_frame.frame) gives the same classes."""
    from pledgewatch.statements import clause_frame

    doc = nlp(text)
    frame = clause_frame.frame(doc, 0, len(text), None)
    f = frame_features(frame, {}, side, frozenset({"tanks", "rocket", "systems", "air", "defence"}))
    assert expected <= set(f), sorted(f)
