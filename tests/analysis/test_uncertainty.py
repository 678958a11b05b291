"""pledgewatch.uncertainty on data whose answer is known: a design effect set by construction, a trend that is there
or not, Holm's adjustment by hand."""

import numpy as np
import pandas as pd
import pytest

from pledgewatch import uncertainty as U


def clustered(n_articles: int, m: int, p: float, icc: float, seed: int):
    """0/1 outcomes of m statements in each of n_articles articles with intra-article correlation `icc`
    (beta-binomial: article rates ~ Beta with mean p; icc = 1: every statement of an article has the same outcome).
    The design effect of the share is 1 + (m - 1) * icc."""
    rng = np.random.default_rng(seed)
    if icc == 0:
        rates = np.full(n_articles, p)
    elif icc == 1:
        rates = (rng.random(n_articles) < p).astype(float)
    else:
        s = 1 / icc - 1
        rates = rng.beta(p * s, (1 - p) * s, n_articles)
    y = (rng.random((n_articles, m)) < rates[:, None]).astype(int).ravel()
    return pd.Series(y), pd.Series(np.repeat(np.arange(n_articles), m).astype(str))


@pytest.mark.parametrize("icc,deff", [(0.0, 1.0), (0.2, 2.8), (1.0, 10.0)])
def test_cluster_bootstrap_recovers_a_known_design_effect(icc, deff):
    found = [U.cluster_bootstrap(*clustered(400, 10, 0.3, icc, seed))["deff"].iloc[0] for seed in range(3)]
    assert np.mean(found) == pytest.approx(deff, rel=0.2)


def test_cluster_bootstrap_interval_widens_with_clustering_and_covers_the_share():
    hit, art = clustered(300, 8, 0.25, 0.5, seed=4)
    t = U.cluster_bootstrap(hit, art)
    r = t.iloc[0]
    assert r["n"] == 2400 and r["n_clusters"] == 300 and r["lo"] < r["share"] < r["hi"]
    from pledgewatch.analysis import wilson

    w_lo, w_hi = wilson(r["k"], r["n"])
    assert (r["hi"] - r["lo"]) > 1.8 * (w_hi - w_lo)  # sqrt(1 + 7 * 0.5) = 2.1 times the binomial width


def test_cluster_bootstrap_by_group_and_single_article_groups():
    hit = pd.Series([1, 0, 1, 1, 0, 0, 1])
    art = pd.Series(["a", "a", "b", "c", "c", "d", "e"])
    month = pd.Series(["m1", "m1", "m1", "m2", "m2", "m2", "m3"], name="month")
    t = U.cluster_bootstrap(hit, art, month).set_index("month")
    assert t.loc["m1", "k"] == 2 and t.loc["m1", "n"] == 3 and t.loc["m1", "n_clusters"] == 2
    assert np.isnan(t.loc["m3", "lo"])  # one article is one draw: no interval


def trended(n_articles: int, m: int, slope: float, seed: int, icc: float = 0.2):
    """Articles over two years; the share's log-odds change by `slope` a year; statements clustered in articles."""
    rng = np.random.default_rng(seed)
    when = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 730, n_articles), unit="D")
    years = (when - when.min()).days.to_numpy() / 365.25
    p = 1 / (1 + np.exp(-(np.log(0.25) + slope * (years - 1))))
    s = 1 / icc - 1
    rates = rng.beta(p * s, (1 - p) * s)
    y = (rng.random((n_articles, m)) < rates[:, None]).astype(int).ravel()
    return pd.Series(y), pd.Series(np.repeat(when, m)), pd.Series(np.repeat(np.arange(n_articles), m).astype(str))


def test_trend_test_finds_a_rise_and_a_fall():
    up = U.trend_test(*trended(150, 6, 0.8, seed=1))
    assert up["direction"] == "rise" and up["p"] < 0.05 and up["odds_ratio_per_year"] > 1
    down = U.trend_test(*trended(150, 6, -0.8, seed=2))
    assert down["direction"] == "fall" and down["ci_hi"] < 1
    assert "article-clustered" in up["test"]


def test_trend_test_finds_no_trend_where_there_is_none():
    flat = U.trend_test(*trended(150, 6, 0.0, seed=3))
    assert flat["direction"] == "none" and flat["p"] >= 0.05
    # and it keeps its size: about 5% of flat data sets are called a trend, not more
    calls = [U.trend_test(*trended(150, 6, 0.0, seed=s))["p"] < 0.05 for s in range(100, 160)]
    assert np.mean(calls) <= 0.12


def test_trend_test_without_variation_makes_no_claim():
    hit, when, art = trended(20, 3, 0.0, seed=0)
    assert U.trend_test(hit * 0, when, art)["direction"] == "n/a"
    assert U.trend_test(hit, when, art.map(lambda _: "one"))["direction"] == "n/a"


def test_holm_by_hand():
    # sorted 0.01, 0.02, 0.04 -> 3*0.01 = 0.03, 2*0.02 = 0.04, max(0.04, 1*0.04) = 0.04
    assert U.holm([0.04, 0.01, 0.02]) == pytest.approx([0.04, 0.03, 0.04])
    assert U.holm([0.5, np.nan, 0.6]) == pytest.approx([1.0, np.nan, 1.0], nan_ok=True)


def test_peak_test_supports_a_real_peak_only():
    rng = np.random.default_rng(5)
    months = np.repeat(pd.date_range("2022-01-01", periods=12, freq="MS"), 60)
    art = pd.Series(np.arange(len(months)) // 3).astype(str)
    flat = pd.Series((rng.random(len(months)) < 0.2).astype(int))
    assert not U.peak_test(flat, pd.Series(months), art)["supported"]
    peaked = flat.copy()
    in_may = months == pd.Timestamp("2022-05-01")
    peaked[in_may] = (rng.random(in_may.sum()) < 0.6).astype(int)
    res = U.peak_test(peaked, pd.Series(months), art)
    assert res["supported"] and res["month"] == pd.Timestamp("2022-05-01")


def test_a_share_of_zero_gets_an_interval_with_one_draw_per_article():
    hit = pd.Series([0] * 24)
    art = pd.Series(np.repeat(np.arange(8), 3).astype(str))
    r = U.cluster_bootstrap(hit, art).iloc[0]
    assert r["lo"] == 0 and r["hi"] == pytest.approx(0.3244, abs=1e-3)  # Wilson 0 of 8, not 0 of 24


def test_too_few_articles_for_clustered_errors_make_no_claim():
    hit, when, art = trended(6, 20, 3.0, seed=0)  # a strong trend, but only 6 articles
    res = U.trend_test(hit, when, art)
    assert res["direction"] == "n/a" and "no trend test" in res["test"]
