"""pledgewatch.correction: prediction-powered estimates of a label's share, checked on simulated corpora with a
known truth and known error rates (coverage of the 95% interval over many stratified draws), and on coding_dev."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pledgewatch import correction


def simulated_corpus(rng, n=20000, prevalence=0.08, fnr=0.30, fpr=0.03, months=4):
    """Truth y ~ Bernoulli(prevalence); the machine misses `fnr` of the positives and flags `fpr` of the
    negatives (so its share is biased: 0.08 * 0.7 + 0.92 * 0.03 = 0.0836, but with different errors per month)."""
    y = rng.random(n) < prevalence
    month = rng.integers(0, months, n)
    miss = rng.random(n) < fnr * (1 + 0.5 * (month == 0))  # the machine is worse in month 0
    false = rng.random(n) < fpr
    f = np.where(y, ~miss, false)
    return y, f, month


def stratified_draw(rng, f, n_pos=150, n_neg=150):
    """Equal allocation over the machine's label (as `pledgewatch sample --strata speech_act` does)."""
    pos, neg = np.flatnonzero(f), np.flatnonzero(~f)
    take = np.concatenate([rng.choice(pos, n_pos, replace=False), rng.choice(neg, n_neg, replace=False)])
    pi = np.where(f[take], n_pos / len(pos), n_neg / len(neg))
    return take, pi, f[take].astype(int)


def test_interval_covers_the_truth_in_about_95_percent_of_draws():
    rng = np.random.default_rng(7)
    y, f, _ = simulated_corpus(rng)
    truth = y.mean()
    cover, naive_cover, sims = 0, 0, 400
    for _ in range(sims):
        take, pi, strata = stratified_draw(rng, f)
        e = correction.ppi_mean(f, y[take], f[take], 1 / pi, strata)
        cover += e.lo <= truth <= e.hi
        # negative control: the same estimator ignoring the inclusion probabilities is biased
        u = correction.ppi_mean(f, y[take], f[take], None, strata)
        naive_cover += u.lo <= truth <= u.hi
    assert 0.92 <= cover / sims <= 0.98, cover / sims
    assert naive_cover / sims < 0.5, "ignoring the design weights should be caught by this test"


def test_machine_share_is_biased_and_the_correction_removes_it():
    rng = np.random.default_rng(11)
    y, f, _ = simulated_corpus(rng, prevalence=0.10, fnr=0.5, fpr=0.01)
    truth, machine = y.mean(), f.mean()
    assert machine < truth - 0.03  # the machine misses half the positives
    ests = []
    for _ in range(200):
        take, pi, strata = stratified_draw(rng, f)
        ests.append(correction.ppi_mean(f, y[take], f[take], 1 / pi, strata).corrected)
    assert abs(np.mean(ests) - truth) < 0.004


def test_domain_estimates_by_period_cover_their_truths():
    """Per month (a quarter of the sample each): about 95% with 100 coded statements per stratum and month; with
    fewer, errors are rare events in a month's sample and the pseudo-error floor keeps the interval conservative."""
    rng = np.random.default_rng(3)
    y, f, month = simulated_corpus(rng, n=16000)
    sims = 300
    for per_stratum, lo, hi in ((400, 0.91, 0.985), (120, 0.93, 1.0)):
        covered = {m: 0 for m in range(4)}
        for _ in range(sims):
            take, pi, strata = stratified_draw(rng, f, per_stratum, per_stratum)
            for m in range(4):
                e = correction.ppi_mean(f, y[take], f[take], 1 / pi, strata, in_domain_all=month == m,
                                        in_domain=month[take] == m)
                covered[m] += e.lo <= y[month == m].mean() <= e.hi
        for m, c in covered.items():
            assert lo <= c / sims <= hi, (per_stratum, m, c / sims)


def test_a_perfect_machine_needs_no_correction_and_tiny_domains_get_none():
    rng = np.random.default_rng(0)
    y = rng.random(5000) < 0.1
    take = rng.choice(5000, 200, replace=False)
    e = correction.ppi_mean(y, y[take], y[take])
    assert e.corrected == pytest.approx(y.mean()) and e.rectifier == 0
    dom = np.zeros(5000, bool)
    dom[take[0]] = True
    small = correction.ppi_mean(y, y[take], y[take], in_domain_all=dom, in_domain=dom[take], domain="tiny")
    assert small.corrected is None and small.n_coded == 1
    row = small.as_dict()
    assert "too few coded statements" in correction.describe(row)


def test_corrected_shares_and_describe_on_a_table():
    st = pd.DataFrame({"statement_id": [f"s{i}" for i in range(400)],
                       "speech_act": ["pledge"] * 40 + ["other"] * 360,
                       "period": ["2022"] * 200 + ["2023"] * 200})
    # coders: 10 of the 40 machine pledges are not pledges; 20 of the 360 others are pledges
    coded = pd.DataFrame({"item_id": st["statement_id"], "statement_id": st["statement_id"],
                          "stratum": "all", "weight": 1.0, "is_statement": True,
                          "speech_act": ["other"] * 10 + ["pledge"] * 30 + ["pledge"] * 20 + ["other"] * 340,
                          "aid_related": False})
    v = correction.Validation(coded, "test", 400, 0)
    out = correction.corrected_shares(st, v, ("pledge",), by="period")
    overall = out[out["domain"] == "all"].iloc[0]
    assert overall["machine"] == pytest.approx(0.10) and overall["corrected"] == pytest.approx(50 / 400)
    assert set(out["domain"]) == {"all", "2022", "2023"}
    text = correction.describe(overall)
    assert "raised the share by 2.5 points" in text and "10.0%" in text
    # the chart title states the direction only when the machine's share lies outside the corrected interval
    title = correction.headline(out, "pledge")
    assert title.startswith("Corrected with a hand-coded sample, 12.5% of statements are pledges")
    lo, hi = overall["lo"], overall["hi"]
    assert ("undercounts" in title) == (overall["machine"] < lo) and ("within the interval" in title) == (lo <= 0.1 <= hi)


def test_coding_dev_matches_items_to_the_pipeline_statements(shared, tmp_path):
    """coding_dev's items are matched to statements of the pipeline run on a few of its articles, as score_coding
    matches them; every matched item carries its inclusion weight."""
    import json

    from pledgewatch.pipeline import run

    src = shared / "eval" / "coding_dev"
    lines = (src / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(tmp_path / "a.jsonl", tmp_path / "p", progress=False, cache=tmp_path / "cache")
    st = pd.read_parquet(tmp_path / "p" / "statements.parquet")
    ids = {json.loads(ln)["id"] for ln in lines}
    v = correction.load_validation(src, st)
    items = [json.loads(ln) for ln in (src / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    mine = [it for it in items if it["article_id"] in ids]
    assert len(v.coded) >= 0.7 * len(mine), v.describe()
    assert set(v.coded["statement_id"]) <= set(st["statement_id"])
    assert set(np.round(1 / v.coded["weight"], 5)) <= {0.41935, 0.05566}
    assert v.coded["statement_id"].is_unique
