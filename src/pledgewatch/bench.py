"""`pledgewatch bench` (= `make bench`): throughput, cache and memory figures of the pipeline. Never a timed test.

On the 610 articles of ../shared/corpus/ukraine_news (427 GDELT JSON lines + 183 Guardian CSV rows) and on that
corpus replicated 4x and 16x (SYNTHETIC SCALE: copies get unique ids, and their paragraphs (sentences for short
articles) are exchanged between articles position by position, so every copy holds exactly the corpus's text while
no synthetic article is a near-duplicate that ingest would set aside or the cache would fold), each scale in fresh
subprocesses. Ingest runs in dedupe mode 'near' (BENCH_DEDUPE: every copy of an earlier record set aside, the default
before round 13, when copies under their own id became articles) so that the figures compare with earlier rounds';
PLEDGEWATCH_DEDUPE in the environment overrides it for bare parsing and the run alike:

- bare: words/s of `nlp.pipe` over the texts of the ingested articles (same model, same n_process and batch size,
  every pipe enabled, the packaged components (`load_nlp(fast=False)`: the run swaps in pledgewatch.fastpipes'
  verified-identical attribute_ruler and lemmatizer, and multiplies with numpy instead of blis: pledgewatch.fastgemm),
  the timer around the parse loop only: model loading and ingest are not counted; `--bare-gemm numpy` gives bare
  spaCy the run's gemm too);
- cold: wall time of the whole `pledgewatch run` subprocess (start-up, ingest, model load, parse, extract, code,
  write) with an empty cache, words/s over the same words, and ratio = cold words/s / bare words/s;
- warm: the same command again on the warm cache with the run memo off ($PLEDGEWATCH_RUN_MEMO=0): the stages on the
  warm cache (every article's extraction and coding a hit), as % of cold, as every round has measured it (the
  warm_pct_max target is on it);
- replay: the same command once more with the run memo on (pledgewatch.run_memo: the stored tables copied, no stage
  run), as % of cold (replay_s, replay_pct: since round 32);
- cpu ratio: CPU seconds (user + system) of bare's parse loop (its process and spaCy's workers) over those of the
  whole cold run's process tree (main process and pool workers, from start-up to exit): how much CPU the run spends
  per word against bare parsing. Less moved than wall time by other load on the machine (a busy machine slows a
  process's wall clock, much less its CPU seconds); the targets stay on the wall-clock ratio;
- peak memory: high-water of the summed RSS of the run's process tree (main process + worker processes), sampled
  every 50 ms with psutil (RSS counts pages shared by forked workers once per process: an upper bound).

Figures are wall-clock: on a shared machine, the 1-minute load average at the start and end of each scale is
recorded with them.

Each scale under REPS_MAX_WORDS words (the 1x corpus) is measured `--reps` times (default 3), a round being bare,
cold, warm and replay in turn; the table gives medians (the ratio: the median of the rounds' own ratios; memory: the highest
round) and the JSON line every round. Larger scales run once.

Prints a table, then one final JSON line. `--quick` = scale 1 only; `--scales 1,4` picks scales.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from . import config
from .bench_corpus import build_corpus  # the corpus at a scale, synthetic copies (SYNTHETIC SCALE)

CORPUS = "corpus/ukraine_news"
REPS_MAX_WORDS = 1_000_000  # scales above this many words are measured once (long runs: fixed costs amortised)
TARGETS = {"ratio_min": 1.0, "warm_pct_max": 5.0, "mem_16x_over_1x_max": 1.5}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scales", default="1,4,16", help="comma-separated replication factors (default 1,4,16)")
    p.add_argument("--quick", action="store_true", help="scale 1 only (same as --scales 1)")
    p.add_argument("--n-process", type=int, default=None, help="processes for nlp.pipe (default: all cores)")
    p.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size (default: the run default)")
    p.add_argument("--corpus", type=Path, default=None, help="folder of the corpus (default ../shared/" + CORPUS + ")")
    p.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary folder)")
    p.add_argument("--keep", action="store_true", help="keep the scratch folder")
    p.add_argument("--skip-bare", action="store_true", help="do not measure bare nlp.pipe")
    p.add_argument("--run-args", default="", help="extra arguments passed to every `pledgewatch run`")
    p.add_argument("--bare-gemm", choices=("blis", "numpy"), default="blis",
                   help="bare spaCy's matrix products: blis (spaCy's default) or numpy (what the run uses: "
                        "pledgewatch.fastgemm), to see the run against a bare spaCy given the same gemm")
    p.add_argument("--reps", type=int, default=3,
                   help=f"repetitions (bare, cold, warm, replay in turn) at each scale under {REPS_MAX_WORDS:,} words; larger "
                        "scales run once (default 3)")


# --------------------------------------------------------------------------------------------------- measuring
def _children_cpu() -> float:
    """User + system CPU seconds of this process's waited-for children (and, through them, of their own)."""
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _measure(cmd: list[str], env=None) -> dict:
    """Run cmd; wall time, CPU seconds of its process tree (itself and the workers it waited for), peak summed RSS
    of the tree (MiB), stdout."""
    import psutil

    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0]
    done = threading.Event()

    def sample():
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            peak[0] = max(peak[0], total)
            done.wait(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    done.set()
    th.join()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{err[-3000:]}")
    return {"wall_s": wall, "cpu_s": cpu, "peak_tree_mib": peak[0] / 2**20, "stdout": out, "stderr": err}


_BARE = r"""
import json, resource, sys, time
from pledgewatch import ingest
from pledgewatch.nlp import load_nlp, model_id
raw, n_process, batch_size, model = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] or None
texts = [a["text"] for a, _ in ingest.iter_records(raw) if a is not None]
words = sum(len(t.split()) for t in texts)
nlp = load_nlp(model, fast=False)  # the packaged components: bare spaCy
if sys.argv[5] == "numpy":  # --bare-gemm numpy: bare spaCy given the run's gemm (pledgewatch.fastgemm)
    from pledgewatch import fastgemm
    fastgemm.install(nlp)
def cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime
c0, t0 = cpu(), time.perf_counter()
for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
    pass
dt, dc = time.perf_counter() - t0, cpu() - c0  # (spaCy joins its worker processes at the end of the loop)
print(json.dumps({"articles": len(texts), "words": words, "parse_s": dt, "parse_cpu_s": dc, "model": model_id(nlp),
                  "pipes": nlp.pipe_names, "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run_supports(flag: str) -> bool:
    from .cli import build_parser

    p = build_parser()
    sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    return any(flag in a.option_strings for a in sub.choices["run"]._actions)  # noqa: SLF001


def _pledgewatch() -> list[str]:
    return [sys.executable, "-m", "pledgewatch.cli"]


def _median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


BENCH_DEDUPE = "near"  # copies set aside, as in the rounds before 13: figures stay comparable across rounds


def _bare_round(raw: Path, n_process: int, bs: int, model: str | None, bare_gemm: str, env: dict) -> dict:
    """One bare spaCy parse of `raw` in a fresh subprocess: its words, seconds, CPU seconds and peak memory."""
    m = _measure([sys.executable, "-c", _BARE, str(raw), str(n_process), str(bs), model or "", bare_gemm], env=env)
    bare = json.loads(m["stdout"].strip().splitlines()[-1])
    return dict(articles=bare["articles"], words=bare["words"], bare_parse_s=bare["parse_s"],
                bare_parse_cpu_s=bare.get("parse_cpu_s"), bare_words_per_s=bare["words"] / bare["parse_s"],
                bare_peak_tree_mib=m["peak_tree_mib"], model=bare["model"])


def bench_scale(src: Path, work: Path, scale: int, n_process: int, batch_size: int | None, model: str | None,
                run_args: list[str], skip_bare: bool, reps: int = 1, bare_gemm: str = "blis") -> dict:
    """One scale: `reps` rounds of (bare parse, cold run, warm run, replay), each round in fresh subprocesses with an empty
    cache; figures are medians over the rounds, the ratio the median of each round's own ratio (a round's bare and
    run are measured back to back, so a machine that slows down for a while slows both)."""
    raw = work / f"x{scale}" / "raw"
    records = build_corpus(src, raw, scale)
    res: dict = {"scale": scale, "synthetic": scale > 1, "records": records}
    env = dict(os.environ)
    env.setdefault("PLEDGEWATCH_DEDUPE", BENCH_DEDUPE)  # bare and the run read the same articles
    bs = batch_size or 16
    has_cache = _run_supports("--cache")
    rounds = []
    for rep in range(max(1, reps)):
        r: dict = {} if skip_bare else _bare_round(raw, n_process, bs, model, bare_gemm, env)
        out = work / f"x{scale}" / f"out{rep}"
        cmd = [*_pledgewatch(), "run", "--raw", str(raw), "--out", str(out), "--quiet", "--n-process", str(n_process)]
        if batch_size:
            cmd += ["--batch-size", str(batch_size)]
        if model:
            cmd += ["--model", model]
        if has_cache:
            cmd += ["--cache", str(work / f"x{scale}" / f"cache{rep}")]
        cmd += run_args
        cold = _measure(cmd, env=env)
        # warm: the stages on the warm cache (every article's extraction and coding a hit), the run memo off
        warm = _measure(cmd, env={**env, "PLEDGEWATCH_RUN_MEMO": "0"})
        # replay: the run memo (pledgewatch.run_memo) copies the tables the cold run stored
        replay = _measure(cmd, env=env) if has_cache else None
        import pyarrow.parquet as pq

        r.update(run_articles=pq.ParquetFile(out / "articles.parquet").metadata.num_rows,
                 statements=pq.ParquetFile(out / "statements.parquet").metadata.num_rows, cold_s=cold["wall_s"],
                 cold_cpu_s=cold["cpu_s"], warm_cpu_s=warm["cpu_s"],
                 warm_s=warm["wall_s"], warm_pct_of_cold=100 * warm["wall_s"] / cold["wall_s"],
                 peak_mib=cold["peak_tree_mib"], warm_peak_mib=warm["peak_tree_mib"])
        if replay is not None:
            r.update(replay_s=replay["wall_s"], replay_cpu_s=replay["cpu_s"],
                     replay_pct=100 * replay["wall_s"] / cold["wall_s"])
        if "words" not in r:
            import pandas as pd

            r["words"] = int(pd.read_parquet(out / "articles.parquet", columns=["text"])["text"].str.split()
                             .str.len().sum())
        r["run_words_per_s"] = r["words"] / cold["wall_s"]
        if "bare_words_per_s" in r:
            r["ratio"] = r["run_words_per_s"] / r["bare_words_per_s"]
            if r.get("bare_parse_cpu_s"):  # CPU seconds per word, bare over run: less moved by other load
                r["cpu_ratio"] = r["bare_parse_cpu_s"] / r["cold_cpu_s"]
        rounds.append(r)
        if r["words"] > REPS_MAX_WORDS:
            break
    res.update(summarise_rounds(rounds))
    return res


def summarise_rounds(rounds: list[dict]) -> dict:
    """One scale's figures from its rounds: counts from the first, times and rates as medians (ratio: the median of
    the rounds' own ratios), memory as the highest round; `reps`, and `rounds` when there were several."""
    first = rounds[0]
    res = {k: first[k] for k in ("articles", "words", "model", "run_articles", "statements") if k in first}
    for k in ("bare_parse_s", "bare_words_per_s", "cold_s", "warm_s", "warm_pct_of_cold", "run_words_per_s",
              "ratio", "bare_parse_cpu_s", "cold_cpu_s", "warm_cpu_s", "cpu_ratio", "replay_s",
              "replay_cpu_s", "replay_pct"):
        if k in first:
            res[k] = _median([r[k] for r in rounds])
    for k in ("peak_mib", "warm_peak_mib", "bare_peak_tree_mib"):
        if k in first:
            res[k] = max(r[k] for r in rounds)
    res["reps"] = len(rounds)
    if len(rounds) > 1:
        res["rounds"] = [{k: round(r[k], 3) for k in ("bare_words_per_s", "run_words_per_s", "ratio", "cold_s",
                                                      "warm_s", "warm_pct_of_cold", "bare_parse_cpu_s", "cold_cpu_s",
                                                      "cpu_ratio", "replay_s", "replay_pct")
                          if r.get(k) is not None} for r in rounds]
    return res


def _fmt(v, spec):
    return "-" if v is None else format(v, spec)


def compile_package() -> int:
    """Write the bytecode of the pledgewatch package (__pycache__/*.pyc) before measuring: the runs are measured with
    a cold cache and warm bytecode (a user's first run pays the compile, a second one does not); returns the number
    of modules compiled. Where $PYTHONDONTWRITEBYTECODE is set (as on the project's build machine) no run writes it,
    and every measured run would compile each project module it imports again: 1.04 -> 0.80 s CPU of a cold run's
    imports (docs/BENCHMARK.md round 32), in the serial start with one core idle, a cost of the measuring machine that
    a user's second run does not pay. Bare parsing is not affected (its timer starts after the imports)."""
    import compileall
    import py_compile

    pkg = Path(__file__).resolve().parent
    before = sum(1 for _ in pkg.rglob("__pycache__/*.pyc"))
    ok = compileall.compile_dir(pkg, quiet=1, invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP)
    if not ok:
        print("bench: the package's bytecode could not all be written (runs compile what is missing)", file=sys.stderr)
    return sum(1 for _ in pkg.rglob("__pycache__/*.pyc")) - before


def main(args) -> int:
    src = args.corpus or (config.SHARED / CORPUS)
    if not (src / "gdelt_articles.jsonl").is_file():
        print(f"bench: corpus not found at {src} (../shared is absent?): nothing to measure", file=sys.stderr)
        return 1
    scales = [1] if args.quick else [int(s) for s in str(args.scales).split(",") if s.strip()]
    n_process = args.n_process or os.cpu_count() or 1
    work = args.work or Path(tempfile.mkdtemp(prefix="pledgewatch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    model = getattr(args, "model", None)
    compiled = compile_package()
    results = []
    t_all = time.perf_counter()
    try:
        for s in scales:
            t0 = time.perf_counter()
            print(f"bench: scale {s}x ...", file=sys.stderr, flush=True)
            load0 = os.getloadavg()[0]
            r = bench_scale(src, work, s, n_process, args.batch_size, model, args.run_args.split(), args.skip_bare,
                            reps=getattr(args, "reps", 1), bare_gemm=getattr(args, "bare_gemm", "blis"))
            r["scale_total_s"] = time.perf_counter() - t0
            r["loadavg_1min_start_end"] = [round(load0, 2), round(os.getloadavg()[0], 2)]
            results.append(r)
            print(f"bench: scale {s}x done in {r['scale_total_s']:.0f}s: "
                  + json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()}),
                  file=sys.stderr, flush=True)
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)

    head = (f"{'scale':>9} {'reps':>4} {'articles':>8} {'words':>9} {'bare w/s':>9} {'run w/s':>9} {'ratio':>6} "
            f"{'cold s':>7} {'warm s':>7} {'warm %':>6} {'replay s':>8} {'replay %':>8} {'peak MiB':>8} {'stmts':>7} {'bench s':>7} {'cpu ratio':>9}")
    print(head)
    print("-" * len(head))
    for r in results:
        label = f"{r['scale']}x" + (" syn" if r["synthetic"] else "")
        print(f"{label:>9} {r['reps']:>4} {r.get('run_articles', 0):>8} {r['words']:>9} {_fmt(r.get('bare_words_per_s'), '9.0f')} "
              f"{r['run_words_per_s']:>9.0f} {_fmt(r.get('ratio'), '6.2f')} {r['cold_s']:>7.1f} {r['warm_s']:>7.1f} "
              f"{r['warm_pct_of_cold']:>6.1f} {_fmt(r.get('replay_s'), '8.2f')} {_fmt(r.get('replay_pct'), '8.1f')} "
              f"{r['peak_mib']:>8.0f} {r['statements']:>7} {r['scale_total_s']:>7.0f} "
              f"{_fmt(r.get('cpu_ratio'), '9.2f')}")
    by = {r["scale"]: r for r in results}
    summary = {
        "bench": "pledgewatch", "corpus": str(src), "n_process": n_process, "batch_size": args.batch_size,
        "bytecode_compiled": compiled,
        "bare_gemm": getattr(args, "bare_gemm", "blis"),
        "synthetic_scales": [s for s in scales if s > 1], "targets": TARGETS,
        "results": [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()} for r in results],
        "total_s": round(time.perf_counter() - t_all, 1),
    }
    if 1 in by and 16 in by:
        summary["mem_16x_over_1x"] = round(by[16]["peak_mib"] / by[1]["peak_mib"], 3)
    if len(by) > 1:
        lo, hi = min(by), max(by)
        summary[f"mem_{hi}x_over_{lo}x"] = round(by[hi]["peak_mib"] / by[lo]["peak_mib"], 3)
    print(json.dumps(summary))
    return 0
