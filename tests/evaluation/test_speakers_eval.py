"""Speaker resolution with the gold mentions of the seed articles (skips where ../shared is absent)."""

from __future__ import annotations


def test_seed_speakers_resolve(shared, nlp):
    from pledgewatch.evaluation.speakers import evaluate

    res = evaluate("seeds", nlp)
    assert res["n"] >= 20
    assert res["speaker_acc"] >= 0.95
    assert res["country_agree"] >= 0.9
