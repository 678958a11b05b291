"""Unit tests of pledgewatch.analysis: intervals, shares, indices, Fightin' Words, lags, and graceful degradation
when coding columns are absent."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pledgewatch import analysis as A


def synthetic_statements(n: int = 600, seed: int = 0, months: int = 18) -> pd.DataFrame:
    """A coded statements table with every contract column (values random but plausible), for tests and for
    checking charts by eye."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2022-02-01")
    days = rng.integers(0, months * 30, n)
    countries = np.array(["United States", "Germany", "Ukraine", "United Kingdom", "France", "Poland", "Russia", ""])
    country = countries[rng.choice(len(countries), n, p=[.25, .15, .25, .1, .08, .07, .05, .05])]
    acts = np.where(country == "Ukraine", rng.choice(["appeal", "assessment", "other"], n, p=[.5, .3, .2]),
                    rng.choice(["pledge", "delivery", "assessment", "warning", "other"], n, p=[.3, .1, .3, .1, .2]))
    caps_pool = ["air_defense", "tanks", "artillery", "ammunition", "fighter_jets", "long_range_missiles", "drones"]
    caps = [list(rng.choice(caps_pool, rng.integers(0, 3), replace=False)) for _ in range(n)]
    words_a = "weapons support tanks air defence ukraine together allies continue".split()
    words_b = "need more now urgent jets shells please faster sky".split()
    text = [" ".join(rng.choice(words_b if c == "Ukraine" else words_a, 8)) + " as long as it takes" * (i % 17 == 0)
            for i, c in enumerate(country)]
    names = np.array(["Lloyd Austin", "Olaf Scholz", "Volodymyr Zelensky", "Rishi Sunak", "Emmanuel Macron",
                      "Andrzej Duda", "Dmitry Peskov", "Jens Stoltenberg"])
    df = pd.DataFrame({
        "statement_id": [f"s{i:05d}" for i in range(n)],
        "article_id": [f"a{i // 3:05d}" for i in range(n)],
        "published": start + pd.to_timedelta(days, unit="D"),
        "outlet": "test", "text": text, "quote_type": rng.choice(["direct", "indirect"], n),
        "cue": "said", "cue_lemma": "say", "speaker_text": "", "speaker_name": names[rng.integers(0, len(names), n)],
        "speaker_type": "person", "speaker_role": "minister", "speaker_country": country,
        "speaker_is_official": rng.random(n) < 0.8, "in_title": False, "char_start": 0, "char_end": 10,
        "speech_act": acts, "aid_related": rng.random(n) < 0.7, "capabilities": caps,
        "pledge_specificity": np.where(acts == "pledge", rng.choice(["specific", "vague"], n), None),
        "hypothetical": False, "negated": False,
        "commitment_strength": np.clip(rng.normal(0.3, 0.4, n) - days / (months * 30) * 0.3, -1, 1),
        "frames": [list(rng.choice(A.FRAMES, rng.integers(0, 3), replace=False)) for _ in range(n)],
        "amount_text": None, "amount_value": np.nan, "amount_currency": None, "amount_unit": None,
    })
    return df


def test_wilson_known_values():
    lo, hi = A.wilson(5, 10)
    assert lo == pytest.approx(0.2366, abs=1e-4) and hi == pytest.approx(0.7634, abs=1e-4)
    lo, hi = A.wilson(0, 20)
    assert lo == 0 and hi == pytest.approx(0.1611, abs=1e-4)
    lo, hi = A.wilson([1, 0], [0, 0])
    assert np.isnan(lo).all() and np.isnan(hi).all()


def test_prepare_months_and_official_filter():
    st = synthetic_statements(200)
    p = A.prepare(st, official_only=True)
    assert len(p) == st["speaker_is_official"].sum()
    assert (p["month"].dt.day == 1).all()
    assert A.population(p)[0] == "officials"
    # absent column: everything kept, visible note
    p2 = A.prepare(st.drop(columns=["speaker_is_official"]), official_only=True)
    assert len(p2) == len(st) and any("speaker_is_official" in n for n in A.notes(p2))
    # never true: falls back to all statements with a note saying so
    p3 = A.prepare(st.assign(speaker_is_official=False), official_only=True)
    assert len(p3) == len(st) and A.population(p3)[0] == "all speakers"
    assert any("all statements are analysed" in n for n in A.notes(p3))


def test_prepare_takes_date_from_articles():
    st = synthetic_statements(10).assign(published=pd.NaT)
    arts = pd.DataFrame({"article_id": st["article_id"].unique(), "published": pd.Timestamp("2023-03-05")})
    p = A.prepare(st, arts, official_only=False)
    assert (p["month"] == pd.Timestamp("2023-03-01")).all()


def test_monthly_share_fills_gaps_and_counts():
    st = pd.DataFrame({"published": pd.to_datetime(["2022-01-05", "2022-01-20", "2022-03-02"]),
                       "speech_act": ["pledge", "other", "pledge"], "text": "x", "capabilities": [[]] * 3})
    t = A.monthly_share(A.prepare(st, official_only=False), min_n=1)
    assert list(t["month"].dt.month) == [1, 2, 3]
    assert list(t["n"]) == [2, 0, 1] and list(t["k"]) == [1, 0, 1]
    assert t.loc[1, "share"] != t.loc[1, "share"]  # NaN for the empty month
    assert t.loc[0, "lo"] < 0.5 < t.loc[0, "hi"]


@pytest.mark.parametrize("func,col", [(A.specificity_monthly, "pledge_specificity"), (A.frame_shares, "frames"),
                                      (A.commitment_index, "commitment_strength")])
def test_missing_coding_columns_degrade_with_a_note(func, col):
    st = A.prepare(synthetic_statements(100).drop(columns=[col]), official_only=False)
    t = func(st)
    assert t.empty and any(col in n for n in A.notes(t))


def test_empty_input_never_raises():
    empty = A.prepare(pd.DataFrame(columns=["statement_id", "article_id", "published", "text", "speech_act",
                                            "aid_related", "capabilities", "speaker_country"]), official_only=True)
    for f in (A.monthly_share, A.specificity_monthly, A.capability_month, A.pledges_vs_appeals,
              A.capabilities_by_country, A.frame_shares, A.commitment_index, A.phrase_share):
        out = f(empty)
        assert out.empty
    assert A.share_by(empty, "speaker_country").empty
    assert A.fightin_words([], []).empty


def test_capability_month_is_per_100_aid_related():
    st = A.prepare(synthetic_statements(400), official_only=False)
    t = A.capability_month(st, top=5, min_n=0)
    assert set(t.columns) >= {"month", "capability", "count", "n_aid", "per_100"}
    row = t[t["count"] > 0].iloc[0]
    assert row["per_100"] == pytest.approx(100 * row["count"] / row["n_aid"])
    assert (t["per_100"].dropna() <= 100).all()


def test_pledges_vs_appeals_sides():
    st = A.prepare(synthetic_statements(600), official_only=False)
    t = A.pledges_vs_appeals(st)
    assert set(t["group"]) == {"Donors' pledges", "Ukraine's appeals"}
    n_donor = ((st["side"] == "donor") & st["speech_act"].isin(["pledge", "delivery"])).sum()
    assert (t.loc[t["group"] == "Donors' pledges", "n"] == n_donor).all()
    assert ((t["lo"] <= t["per_100"] + 1e-9) & (t["per_100"] <= t["hi"] + 1e-9)).all()


def test_commitment_index_interval_contains_mean():
    st = A.prepare(synthetic_statements(900), official_only=False)
    t = A.commitment_index(st, n_boot=300, min_n=5)
    ok = t["mean"].notna()
    assert ok.sum() >= 10
    assert ((t.loc[ok, "lo"] <= t.loc[ok, "mean"]) & (t.loc[ok, "mean"] <= t.loc[ok, "hi"])).all()
    # the synthetic index declines over time
    assert t.loc[ok, "mean"].iloc[:3].mean() > t.loc[ok, "mean"].iloc[-3:].mean()


def test_fightin_words_direction_and_symmetry():
    a = ["tanks tanks support allies"] * 20 + ["common words here"] * 10
    b = ["jets jets urgent need"] * 20 + ["common words here"] * 10
    fw = A.fightin_words(a, b)
    z = fw.set_index("term")["z"]
    assert z["tanks"] > 1.96 and z["jets"] < -1.96 and abs(z["common"]) < 0.5
    fw2 = A.fightin_words(b, a).set_index("term")["z"]
    assert fw2["tanks"] == pytest.approx(-z["tanks"])


def test_lag_correlations_find_the_shift():
    months = pd.date_range("2022-01-01", periods=24, freq="MS")
    x = np.random.default_rng(1).random(24)
    pledges = pd.DataFrame({"month": months, "k": x})
    kiel = pd.DataFrame({"month": months + pd.DateOffset(months=2), "total": x})  # money follows talk by 2 months
    t = A.lag_correlations(pledges, kiel, lags=range(-3, 4))
    best = t.loc[t["pearson_r"].idxmax()]
    assert best["lag"] == 2 and best["pearson_r"] == pytest.approx(1.0)


def test_kiel_loader_reads_shared_files(shared):
    k = A.load_kiel_monthly()
    assert {"month", "total", "military"} <= set(k.columns) and len(k) > 24
    assert k["month"].min() == pd.Timestamp("2022-01-01")
    assert len(A.load_kiel_by_country())


def test_phrase_share_matches_phrases():
    st = A.prepare(synthetic_statements(400), official_only=False)
    t = A.phrase_share(st)
    anyp = t[t["phrase"] == "any of these"]
    assert anyp["k"].sum() == st["text"].str.contains("as long as it takes").sum()


def test_events_file_is_well_formed():
    ev = A.load_events()
    assert len(ev) >= 10 and ev["date"].notna().all()
    assert {"meeting", "package", "decision", "rhetoric"} <= set(ev["kind"])
    labels = " ".join(ev["label"]).lower()
    for must in ("tank", "f-16", "as long as it takes", "as long as we can", "ramstein"):
        assert must in labels


def test_lag_correlations_skip_months_without_coverage():
    months = pd.date_range("2022-01-01", periods=12, freq="MS")
    pledges = pd.DataFrame({"month": months, "k": [1, 2, 3, 4, 5, 6, 0, 0, 0, 7, 8, 9], "n": [9] * 6 + [0] * 3 + [9] * 3})
    kiel = pd.DataFrame({"month": months, "total": [1, 2, 3, 4, 5, 6, 9, 9, 9, 7, 8, 9]})
    t = A.lag_correlations(pledges, kiel, lags=[0])
    assert t.loc[0, "n_months"] == 9 and t.loc[0, "pearson_r"] == pytest.approx(1.0)


def test_sides_come_from_countries_csv_and_among_names_the_speakers():
    st = A.prepare(synthetic_statements(300), official_only=True)
    assert set(st["side"]) <= {"donor", "recipient", "adversary", "other", "unknown"}
    assert (st.loc[st["speaker_country"] == "Russia", "side"] == "adversary").all()
    assert (st.loc[st["speaker_country"] == "Ukraine", "side"] == "recipient").all()
    assert not hasattr(A, "RUSSIA") and not hasattr(A, "DONORS")  # one source: the CSV
    donors = A.among(st, "donor")
    assert set(donors["speaker_country"]) == {"United States", "Germany", "United Kingdom", "France", "Poland"}
    assert A.population(donors) == ("donor-side officials", "statements by donor-side officials")
    # a donor-side share does not move with how often Russia is quoted
    more_russia = pd.concat([st, st[st["side"] == "adversary"].assign(statement_id=lambda d: d["statement_id"] + "r")])
    more_russia.attrs = st.attrs
    assert A.monthly_share(A.among(more_russia, "donor"))["k"].sum() == A.monthly_share(donors)["k"].sum()


def test_prepare_leaves_repeats_out_unless_asked():
    st = synthetic_statements(30).assign(is_repeat=[i % 10 == 9 for i in range(30)])
    assert len(A.prepare(st, official_only=False)) == 27
    assert any("Repeats counted once: 3 of 30" in n for n in A.notes(A.prepare(st, official_only=False)))
    assert len(A.prepare(st, official_only=False, include_repeats=True)) == 30


def test_source_group_is_the_outlet_else_the_input_file():
    arts = pd.DataFrame({"article_id": ["g1", "g2", "x"],
                         "source": ["/c/ukraine_news/guardian_2022.csv:row 3", "/c/ukraine_news/guardian_2022.csv:row 4",
                                    "/c/ukraine_news/gdelt_articles.jsonl:line 7"],
                         "outlet": [None, "", "Kyiv Independent"],
                         "published": pd.to_datetime(["2022-03-02", "2022-05-09", "2022-05-20"])})
    assert A.source_group(arts).to_dict() == {"g1": "guardian_2022.csv", "g2": "guardian_2022.csv",
                                              "x": "Kyiv Independent"}
    cov = A.articles_per_month(arts)
    assert cov.groupby("month")["articles"].sum().tolist() == [1, 0, 2]  # April: a gap, present with 0
    assert A.months_without_articles(arts) == [pd.Timestamp("2022-04-01")]


def test_a_copy_of_an_earlier_article_is_counted_once_in_coverage():
    """ingest keeps a copy of an earlier record under its own id (duplicate_of): the story is counted once."""
    arts = pd.DataFrame({"article_id": ["a", "a-copy", "b"], "source": ["f.jsonl:line 1", "f.jsonl:line 2", "f.jsonl:line 3"],
                         "outlet": ["Reuters", "Kyiv Post", "Reuters"], "duplicate_of": [None, "a", None],
                         "published": pd.to_datetime(["2022-03-02", "2022-03-03", "2022-04-09"])})
    cov = A.articles_per_month(arts)
    assert cov.groupby("month")["articles"].sum().tolist() == [1, 1]
    assert any("1 articles that copy an earlier one" in n for n in A.notes(cov))
    every = A.articles_per_month(arts, include_copies=True)
    assert every.groupby("month")["articles"].sum().tolist() == [2, 1] and not A.notes(every)


def test_monthly_share_has_clustered_intervals_and_marks_coverage_gaps():
    st = synthetic_statements(600)
    st["published"] = st.groupby("article_id")["published"].transform("first")  # one date per article
    arts = pd.DataFrame({"article_id": st["article_id"].unique()}).merge(
        st.groupby("article_id")["published"].first().reset_index(), on="article_id").assign(source="f.jsonl:line 1")
    p = A.prepare(st, arts, official_only=False)
    t = A.monthly_share(p, min_n=5, articles=arts)
    ok = t["share"].notna()
    assert ((t.loc[ok, "lo"] <= t.loc[ok, "share"]) & (t.loc[ok, "share"] <= t.loc[ok, "hi"])).all()
    assert {"n_articles", "corpus_articles", "deff"} <= set(t.columns)
    assert (t["n_articles"] <= t["corpus_articles"]).all()


def test_trend_claim_states_a_trend_only_when_the_test_finds_one():
    rng = np.random.default_rng(0)
    n = 1200
    days = np.sort(rng.integers(0, 730, n))
    base = dict(article_id=[f"a{i // 4}" for i in range(n)], text="x", capabilities=[[]] * n,
                published=pd.Timestamp("2022-01-01") + pd.to_timedelta(days, unit="D"))
    rising = np.where(rng.random(n) < 0.1 + 0.4 * days / 730, "pledge", "other")
    flat = np.where(np.random.default_rng(1).random(n) < 0.25, "pledge", "other")
    up = A.trend_claim(A.prepare(pd.DataFrame({**base, "speech_act": rising}), official_only=False))
    assert up["trend"]["direction"] == "rise" and "rose" in up["phrase"] and "clustered" in up["test"]
    same = A.trend_claim(A.prepare(pd.DataFrame({**base, "speech_act": flat}), official_only=False))
    assert same["trend"]["direction"] == "none"
    assert "no trend" in same["phrase"] and "rose" not in same["phrase"] and "fell" not in same["phrase"]


def test_lag_table_names_the_primary_comparison_and_holm_adjusts_the_rest():
    months = pd.date_range("2022-01-01", periods=24, freq="MS")
    rng = np.random.default_rng(3)
    kiel = pd.DataFrame({"month": months, "total": rng.random(24) * 10, "military": rng.random(24) * 5})
    pledges = pd.DataFrame({"month": months, "n": 50, "k": rng.integers(0, 10, 24)})
    pledges["share"] = pledges["k"] / pledges["n"]
    t = A.lag_table(pledges, kiel, lags=range(-2, 3))
    assert len(t) == 5 * 4 and t["primary"].sum() == 1
    prim = t[t["primary"]].iloc[0]
    assert (prim["lag"], prim["pledge_series"], prim["kiel_series"]) == (0, "share", "total")
    ok = t["spearman_p"].notna()
    assert (t.loc[ok, "spearman_p_holm"] >= t.loc[ok, "spearman_p"]).all()
    assert t.loc[ok, "spearman_p_holm"].min() == pytest.approx(min(1.0, ok.sum() * t.loc[ok, "spearman_p"].min()))


def test_capability_month_marks_thin_months_instead_of_hiding_them_and_leaves_out_weapons_general():
    st = synthetic_statements(300)
    st["capabilities"] = [c + ["weapons_general"] for c in st["capabilities"]]
    p = A.prepare(st, official_only=False)
    t = A.capability_month(p, top=5, min_n=15)
    assert "weapons_general" not in set(t["capability"])
    assert any("weapons_general" in n for n in A.notes(t))
    thin = t[t["n_aid"].between(1, 14)]
    assert len(thin) and thin["per_100"].notna().all() and thin["uncertain"].all()  # shown, marked
    assert not t.loc[t["n_aid"] >= 15, "uncertain"].any()


def test_systems_month_uses_the_system_column_where_present():
    p = A.prepare(synthetic_statements(60), official_only=False)
    caps = pd.DataFrame({"statement_id": p["statement_id"].iloc[:6], "article_id": p["article_id"].iloc[:6],
                         "capability": "tanks", "surface": "Leopard"})
    assert A.systems_month(p, caps).empty and any("system" in n for n in A.notes(A.systems_month(p, caps)))
    caps["system"] = ["Leopard 2", "Leopard 2", "Abrams", None, "", "Leopard 2"]
    t = A.systems_month(p, caps)
    assert t.groupby("system")["count"].sum().to_dict() == {"Leopard 2": 3, "Abrams": 1}
    # a month in the range with no statement at all is a gap (NaN, drawn grey), not a zero
    quiet = A.systems_month(p[p["month"] != sorted(p["month"].unique())[1]], caps)
    gap = quiet[quiet["month"] == sorted(p["month"].unique())[1]]
    assert len(gap) and gap["count"].isna().all()


def test_proper_nouns_are_learnt_from_capitalisation_and_left_out_of_fightin_words():
    texts = ["Troops left Sievierodonetsk after weeks of shelling, the governor said.",
             "We will defend Sievierodonetsk and the Azovstal plant as long as we can.",
             "The shelling of Azovstal continued. Shelling is heavy.",
             "Support for Ukraine must continue, and we will keep helping Ukraine."]
    names = A.proper_nouns(texts)
    assert {"sievierodonetsk", "azovstal", "ukraine"} <= names
    assert "shelling" not in names and "support" not in names  # sentence-initial capitals do not count
    fw = A.fightin_words(texts[:2] * 3, texts[2:] * 3, min_count=1, exclude=names)
    assert not set(fw["term"]) & names


def test_event_split_uses_the_named_event_of_events_csv():
    st = A.prepare(synthetic_statements(300), official_only=False)
    before, after, cut, label = A.event_split(st, A.load_events(), "Tank decision")
    assert cut == "2023-01-25" and label.startswith("Tank decision")
    assert (before["published"] < "2023-01-25").all() and (after["published"] >= "2023-01-25").all()
    with pytest.raises(ValueError, match="no event label"):
        A.event_split(st, A.load_events(), "no such event")


def test_index_and_phrase_claims_state_a_trend_only_when_tested():
    rng = np.random.default_rng(2)
    n = 900
    days = np.sort(rng.integers(0, 700, n))
    base = pd.DataFrame({"article_id": [f"a{i // 3}" for i in range(n)], "capabilities": [[]] * n,
                         "published": pd.Timestamp("2022-01-01") + pd.to_timedelta(days, unit="D")})
    falling = base.assign(commitment_strength=np.clip(0.6 - days / 700 + rng.normal(0, 0.3, n), -1, 1), text="x")
    ic = A.index_claim(A.prepare(falling, official_only=False))
    assert ic["trend"]["direction"] == "fall" and "fell" in ic["phrase"]
    flat = base.assign(commitment_strength=np.clip(rng.normal(0.2, 0.3, n), -1, 1), text="x")
    assert "no trend" in A.index_claim(A.prepare(flat, official_only=False))["phrase"]
    words = np.where(rng.random(n) < 0.1, "we stand with Ukraine as long as it takes", "we will see")
    pc = A.phrase_claim(A.prepare(base.assign(text=words), official_only=False))
    assert pc["counts"]["as long as it takes"] == (words != "we will see").sum()
    assert "as long as we can / as long as possible" in pc["unmatched"]
