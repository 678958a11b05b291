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


def test_warm_is_the_stage_cache_with_the_memo_off_and_the_replay_its_own_figure(tmp_path, monkeypatch):
    """warm s / warm % / warm_pct_of_cold keep their meaning of rounds 1-31 (the stages on the warm cache, the run
    memo off); the replay by the run memo is reported beside them (replay_s, replay_pct)."""
    import pandas as pd

    calls = []

    def measure(cmd, env=None):
        memo_off = (env or {}).get("PLEDGEWATCH_RUN_MEMO") == "0"
        calls.append(memo_off)
        out = cmd[cmd.index("--out") + 1]
        if len(calls) == 1:  # the cold run writes the tables
            import pathlib

            pathlib.Path(out).mkdir(parents=True)
            pd.DataFrame({"text": ["a b c"]}).to_parquet(f"{out}/articles.parquet")
            pd.DataFrame({"x": [1, 2]}).to_parquet(f"{out}/statements.parquet")
        wall = {1: 10.0, 2: 2.0, 3: 0.1}[len(calls)]
        return {"wall_s": wall, "cpu_s": wall, "peak_tree_mib": 1.0, "stdout": ""}

    monkeypatch.setattr(bench, "build_corpus", lambda src, dest, scale: 1)
    monkeypatch.setattr(bench, "_measure", measure)
    monkeypatch.setattr(bench, "_run_supports", lambda flag: True)
    monkeypatch.delenv("PLEDGEWATCH_RUN_MEMO", raising=False)
    r = bench.bench_scale(tmp_path, tmp_path / "w", 1, 1, None, None, [], skip_bare=True)
    assert calls == [False, True, False]  # cold, warm (memo off), replay
    assert r["warm_s"] == 2.0 and r["warm_pct_of_cold"] == 20.0
    assert r["replay_s"] == 0.1 and abs(r["replay_pct"] - 1.0) < 1e-9
