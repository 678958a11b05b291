"""`pledgewatch bench`'s bookkeeping (no timing here: the bench itself prints figures, never a timed test)."""

from __future__ import annotations

from pledgewatch import bench


def test_rounds_are_summarised_by_their_medians_and_memory_by_the_highest():
    rounds = [{"words": 100, "bare_words_per_s": 10.0, "run_words_per_s": 9.0, "ratio": 0.9, "cold_s": 11.0,
               "warm_s": 1.0, "warm_pct_of_cold": 9.0, "peak_mib": 100.0},
              {"words": 100, "bare_words_per_s": 8.0, "run_words_per_s": 10.0, "ratio": 1.25, "cold_s": 10.0,
               "warm_s": 0.5, "warm_pct_of_cold": 5.0, "peak_mib": 120.0},
              {"words": 100, "bare_words_per_s": 9.0, "run_words_per_s": 9.9, "ratio": 1.1, "cold_s": 10.1,
               "warm_s": 0.6, "warm_pct_of_cold": 6.0, "peak_mib": 110.0}]
    s = bench.summarise_rounds(rounds)
    assert s["reps"] == 3 and len(s["rounds"]) == 3
    assert s["ratio"] == 1.1 and s["bare_words_per_s"] == 9.0 and s["cold_s"] == 10.1 and s["warm_pct_of_cold"] == 6.0
    assert s["peak_mib"] == 120.0 and s["words"] == 100
    one = bench.summarise_rounds(rounds[:1])
    assert one["reps"] == 1 and "rounds" not in one and one["ratio"] == 0.9


def test_median_of_an_even_count_is_the_mean_of_the_middle_two():
    assert bench._median([4, 1, 3, 2]) == 2.5
