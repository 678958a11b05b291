"""Runs that never lose or mix a result (issue 19): empty results, the output set, the lock, signals, bad input
files, the cache's healing, CSV formula neutralisation. Process tests start real `python` processes."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from pledgewatch import cli, config, ingest, runs, schema
from pledgewatch.pipeline import run

TABLES = ("articles.parquet", "statements.parquet", "statement_capabilities.parquet", "statements.csv", "manifest.csv",
          "speakers.parquet")


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


# ------------------------------------------------------------------------------------------ 1. empty results
@pytest.mark.parametrize("case", ["no_quotation", "only_unsupported", "empty_folder"])
def test_a_run_with_no_statement_writes_valid_empty_tables_and_exits_0(tmp_path, case, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    if case == "no_quotation":
        _write(raw, "w.txt", "Weather in Kyiv\n\nIt rained in Kyiv on Tuesday and the temperature fell to five "
                             "degrees.\n")
    elif case == "only_unsupported":
        (raw / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    out = tmp_path / "out"
    code = cli.main(["run", "--raw", str(raw), "--out", str(out), "--no-cache", "--quiet"])
    assert code == 0
    st = pd.read_parquet(out / "statements.parquet")
    assert len(st) == 0 and list(schema.STATEMENTS.columns) == [c for c in st.columns if c in schema.STATEMENTS.columns]
    schema.validate("statements", st)
    schema.validate("statement_capabilities", pd.read_parquet(out / "statement_capabilities.parquet"))
    assert len(schema.validate("speakers", pd.read_parquet(out / "speakers.parquet"))) == 0
    arts = pd.read_parquet(out / "articles.parquet")
    schema.validate("articles", arts)
    assert len(arts) == (1 if case == "no_quotation" else 0)
    man = pd.read_csv(out / "manifest.csv")
    assert len(man) == {"no_quotation": 1, "only_unsupported": 1, "empty_folder": 0}[case]
    assert "statements: 0" in capsys.readouterr().out


# ------------------------------------------------------------------------------------------ 2. the output set
SRC = str(config.ROOT / "src")


def _articles(folder: Path, prefix: str, n: int, quote: bool = False) -> Path:
    """n small articles; with `quote` each holds a quotation (it is parsed), else nothing can hold a statement."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = (f'The mayor of town {i} promised "new roads by spring" on Tuesday.' if quote else
                f"It rained in town {i} on Tuesday and the temperature fell to {i} degrees.")
        (folder / f"{prefix}{i:02d}.txt").write_text(f"Local weather {prefix} {i}\n\n{body}\n", encoding="utf-8")
    return folder


def _python(code: str, *, wait: bool = True, **kw):
    """Run `code` in a fresh python process (the project's src on its path); returns CompletedProcess or Popen."""
    env = dict(os.environ, PYTHONPATH=SRC, PLEDGEWATCH_DEDUPE="off")
    args = [sys.executable, "-c", textwrap.dedent(code)]
    if wait:
        return subprocess.run(args, env=env, capture_output=True, text=True, timeout=300, **kw)
    # a test suite started in the background (`make test &`) inherits SIGINT ignored, and so would the run: give it
    # the default disposition a run started from a terminal has
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **kw)


def _cli_call(raw, out, *extra) -> str:
    args = ["run", "--raw", str(raw), "--out", str(out), "--no-cache", "--quiet", *extra]
    return f"import sys\nfrom pledgewatch import cli\nsys.exit(cli.main({args!r}))\n"


def _set_of(out: Path) -> tuple[set, set]:
    """(article ids of articles.parquet, article ids of manifest.csv) as a reader of out/<table> sees them."""
    arts = set(pd.read_parquet(out / "articles.parquet")["article_id"])
    man = set(pd.read_csv(out / "manifest.csv")["article_id"].dropna())
    return arts, man


def _wait_for(cond, what: str, limit: float = 120.0):
    end = time.monotonic() + limit
    while not cond():
        if time.monotonic() > end:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.mark.parametrize("where", ["between_tables", "while_taking_over_an_old_folder"])
def test_kill_9_during_the_write_leaves_a_whole_set_and_the_next_run_cleans_up(tmp_path, where):
    a = _articles(tmp_path / "a", "a", 3)
    b = _articles(tmp_path / "b", "b", 4)
    out = tmp_path / "out"
    if where == "between_tables":
        assert _python(_cli_call(a, out)).returncode == 0
        # SIGKILL right after articles.parquet and statements.parquet of the new set were renamed into place
        kill = ("from pledgewatch import pipeline\n"
                "def close_csv(self, path):\n"
                "    os.kill(os.getpid(), signal.SIGKILL)\n"
                "pipeline.TableSink.close_csv = close_csv\n")
    else:
        # a folder written before output sets (regular files); SIGKILL after `current` and two of the five table
        # links were switched
        legacy = tmp_path / "legacy"
        assert _python(_cli_call(a, legacy)).returncode == 0
        out.mkdir()
        for t in TABLES:
            shutil.copy(legacy / t, out / t)
        kill = ("from pledgewatch import runs\n"
                "real, n = runs._symlink_replace, [0]\n"
                "def replace(target, link):\n"
                "    real(target, link)\n"
                "    n[0] += 1\n"
                "    if n[0] == 3:\n"
                "        os.kill(os.getpid(), signal.SIGKILL)\n"
                "runs._symlink_replace = replace\n")
    before = _set_of(out)
    assert before[0] == {"a00", "a01", "a02"} == before[1]
    p = _python("import os, signal\n" + kill + _cli_call(b, out))
    assert p.returncode == -signal.SIGKILL
    assert _set_of(out) == before  # the old set, whole: never b's articles beside a's manifest
    if where == "between_tables":
        assert [d for d in (out / ".runs").iterdir() if not (d / "SET.json").exists()]  # the killed run's folder
    (out / ".run-old").mkdir()  # what a killed run of the former layout left
    assert _python(_cli_call(b, out)).returncode == 0
    assert _set_of(out) == ({"b00", "b01", "b02", "b03"},) * 2
    assert all((d / "SET.json").exists() for d in (out / ".runs").iterdir())
    assert not (out / ".run-old").exists()
    assert len(list((out / ".runs").iterdir())) <= runs.KEEP_SETS
    assert runs.current_set(out) == (out / "current").resolve()


def test_a_second_run_into_the_same_folder_stops_with_a_clear_message(tmp_path):
    a = _articles(tmp_path / "a", "a", 3)
    b = _articles(tmp_path / "b", "b", 5)
    out = tmp_path / "out"
    held, release = tmp_path / "held", tmp_path / "release"
    # run A holds the lock and waits (as a long run would) before it writes its tables
    hold = (f"from pathlib import Path\nimport time\nfrom pledgewatch import pipeline\n"
            f"real = pipeline.TableSink.close_parquet\n"
            f"def close_parquet(self, path):\n"
            f"    Path({str(held)!r}).touch()\n"
            f"    while not Path({str(release)!r}).exists():\n"
            f"        time.sleep(0.05)\n"
            f"    return real(self, path)\n"
            f"pipeline.TableSink.close_parquet = close_parquet\n")
    first = _python(hold + _cli_call(a, out), wait=False)
    try:
        _wait_for(held.exists, "run A to hold the lock")
        second = _python(_cli_call(b, out))
        assert second.returncode == runs.EXIT_BUSY
        assert "another pledgewatch run" in second.stderr and str(out) in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
    finally:
        release.touch()
        stdout, stderr = first.communicate(timeout=300)
    assert first.returncode == 0, stderr
    assert _set_of(out) == ({"a00", "a01", "a02"},) * 2
    assert _python(_cli_call(b, out)).returncode == 0  # the lock ended with run A
    assert _set_of(out) == ({f"b{i:02d}" for i in range(5)},) * 2


def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            kids += [int(x) for x in (task / "children").read_text().split()]
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_with_the_pool_running_stops_the_workers_and_exits_with_one_line(tmp_path, signum):
    a = _articles(tmp_path / "a", "a", 2)
    out = tmp_path / "out"
    assert _python(_cli_call(a, out)).returncode == 0
    before = _set_of(out)
    raw = _articles(tmp_path / "q", "q", 8, quote=True)
    busy = tmp_path / "busy"
    busy.mkdir()
    # workers that would run for ten minutes (no model is loaded: the work itself is replaced)
    slow = (f"import os, time\nfrom pathlib import Path\nfrom pledgewatch import pipeline\n"
            f"pipeline.local._load = lambda ctx: None\n"
            f"def work_unit(parse, to_code, ctx):\n"
            f"    Path({str(busy)!r}, str(os.getpid())).touch()\n"
            f"    time.sleep(600)\n"
            f"pipeline.local.work_unit = work_unit\n")
    p = _python(slow + _cli_call(raw, out, "--n-process", "2", "--chunk-size", "2"), wait=False)
    try:
        _wait_for(lambda: len(list(busy.iterdir())) >= 2, "two busy pool workers")
        workers = [int(x.name) for x in busy.iterdir()]
        assert set(workers) <= set(_children(p.pid))
        p.send_signal(signum)
        stdout, stderr = p.communicate(timeout=120)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == 128 + signum
    assert stderr.strip().splitlines() == [stderr.strip()] and f"stopped by {signal.Signals(signum).name}" in stderr
    _wait_for(lambda: not any(_alive(w) for w in workers), "the workers to end", limit=30)
    assert _set_of(out) == before
    assert all((d / "SET.json").exists() for d in (out / ".runs").iterdir())  # the unfinished set was removed


def test_signals_raise_stopped_within_a_run_and_an_ignored_one_stays_ignored():
    old = signal.signal(signal.SIGHUP, signal.SIG_IGN)  # as under nohup
    term = signal.getsignal(signal.SIGTERM)
    try:
        with runs.stop_on_signals():
            assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN
            with pytest.raises(runs.Stopped) as e:
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(5)  # the handler raises before this ends
            assert e.value.exit_code == 143 and isinstance(e.value, KeyboardInterrupt)
        assert signal.getsignal(signal.SIGTERM) == term  # restored after the run
    finally:
        signal.signal(signal.SIGHUP, old)


# ------------------------------------------------------------------------------------------ 3. one bad file
def test_an_unreadable_file_and_a_name_that_is_not_utf8_become_manifest_rows(tmp_path, monkeypatch):
    import builtins

    raw = _articles(tmp_path / "raw", "ok", 2)
    locked = _write(raw, "locked.txt", "Locked\n\nNobody may read this file.\n") / "locked.txt"
    latin = raw / os.fsdecode(b"latin1_\xe9t\xe9.txt")
    latin.write_text("Latin name\n\nIt rained in the town with a Latin-1 name on Tuesday.\n", encoding="utf-8")
    real_open = builtins.open

    def open_(file, *a, **k):  # as chmod 000 would for a user who is not root
        if isinstance(file, (str, os.PathLike)) and Path(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", open_)
    out = tmp_path / "out"
    result = run(raw, out, progress=False, cache=tmp_path / "cache", n_process=1)  # the cache fingerprints raw
    man = result.manifest.set_index("article_id", drop=False)
    bad = pd.read_csv(out / "manifest.csv")
    bad = bad[bad["source"].str.endswith("locked.txt")]
    assert len(bad) == 1 and bad["status"].iloc[0] == "error" and "Permission denied" in bad["reason"].iloc[0]
    assert man.loc["latin1_\\xe9t\\xe9", "status"] == "ok"
    assert man.loc["latin1_\\xe9t\\xe9", "source"].endswith("latin1_\\xe9t\\xe9.txt")
    assert set(pd.read_parquet(out / "articles.parquet")["article_id"]) == {"ok00", "ok01", "latin1_\\xe9t\\xe9"}


def test_links_loops_and_special_files_each_get_a_manifest_row(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    elsewhere = _articles(tmp_path / "elsewhere", "linked", 5)
    (raw / "folder_link").symlink_to(elsewhere, target_is_directory=True)  # followed: 5 articles
    (raw / "loop").symlink_to(raw, target_is_directory=True)  # a folder link back to raw
    (raw / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (raw / "self_a.txt").symlink_to(raw / "self_b.txt")
    (raw / "self_b.txt").symlink_to(raw / "self_a.txt")
    os.mkfifo(raw / "pipe.txt")  # never opened (it would block)
    arts, man = ingest.ingest(raw)
    assert sorted(arts["article_id"]) == [f"linked{i:02d}" for i in range(5)]
    why = dict(zip(man["source"].map(lambda s: Path(s).name), man["reason"], strict=True))
    assert man.loc[man["article_id"].isna(), "status"].eq("error").all()
    assert "loop" in why["loop"] and "broken symbolic link" in why["dangling.txt"]
    assert "symbolic link loop" in why["self_a.txt"] and "symbolic link loop" in why["self_b.txt"]
    assert "not a regular file" in why["pipe.txt"]
    assert len(man) == 5 + 4 + 1


# ------------------------------------------------------------------------------------------ 4. the cache heals
def _shards(cache_dir: Path, stage: str) -> list[Path]:
    return sorted((cache_dir / stage).glob("*/shard-*.parquet"))


def _tables(out: Path) -> dict:
    return {t: pd.read_parquet(out / t) for t in ("articles.parquet", "statements.parquet")}


@pytest.mark.parametrize("stage", ["ingest", "extract"])
@pytest.mark.parametrize("damage", ["deleted", "truncated", "garbled_value", "pickle"])
def test_a_damaged_shard_is_reported_once_recomputed_and_healed(tmp_path, stage, damage, caplog):
    import pyarrow as pa
    import pyarrow.parquet as pq

    raw = _articles(tmp_path / "raw", "a", 6)
    cache = tmp_path / "cache"
    first = run(raw, tmp_path / "out1", progress=False, cache=cache, n_process=1)
    want = _tables(tmp_path / "out1")
    shards = _shards(cache, stage)
    assert shards
    marker = tmp_path / "pickle_ran"
    for shard in shards:
        if damage == "deleted":
            shard.unlink()
        elif damage == "truncated":
            shard.write_bytes(shard.read_bytes()[: shard.stat().st_size // 2])
        else:
            t = pq.read_table(shard)
            if damage == "garbled_value":
                values = [v[:-3] + b"\x00\xff\x13" for v in t.column("value").to_pylist()]
            else:  # what the former cache stored, here a payload that would run a command when unpickled
                import pickle

                class Evil:
                    def __reduce__(self):
                        return (os.system, (f"touch {marker}",))

                values = [pickle.dumps(Evil()) for _ in range(len(t))]
            pq.write_table(pa.table({"key": t.column("key"), "value": values}, schema=t.schema), shard)
    caplog.set_level("WARNING", logger="pledgewatch.cache")
    second = run(raw, tmp_path / "out2", progress=False, cache=cache, n_process=1)
    for name, df in _tables(tmp_path / "out2").items():
        pd.testing.assert_frame_equal(df, want[name], obj=name)
    assert not marker.exists()
    reports = [r.getMessage() for r in caplog.records if r.name == "pledgewatch.cache"]
    if damage != "deleted":
        assert reports and all("damaged shard" in m or "ingest part" in m for m in reports)
        assert len({m for m in reports if "damaged shard" in m}) == len(reports) - sum("ingest part" in m for m in reports)
    if stage == "ingest":
        assert second.stats.get("ingest_cached") is not True
    else:
        assert second.stats["extract_hits"] == 0
    caplog.clear()
    third = run(raw, tmp_path / "out3", progress=False, cache=cache, n_process=1)  # healed: everything from the cache
    assert not [r for r in caplog.records if r.name == "pledgewatch.cache"]
    assert third.stats.get("ingest_cached") is True and third.stats["extract_hits"] == first.counts["articles"]


def test_a_cache_that_cannot_be_written_is_used_for_reads_with_one_warning(tmp_path, monkeypatch, caplog):
    from pledgewatch import cache as cache_mod

    raw = _articles(tmp_path / "raw", "a", 4)
    cache = tmp_path / "cache"
    cold = tmp_path / "cold"

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")

    caplog.set_level("WARNING", logger="pledgewatch.cache")
    run(raw, tmp_path / "out0", progress=False, cache=cache, n_process=1)
    monkeypatch.setattr(cache_mod.os, "utime", denied)  # another user's cache: utime refused even when warm
    monkeypatch.setattr(cache_mod, "atomic_write", denied)
    warm = run(raw, tmp_path / "out1", progress=False, cache=cache, n_process=1)
    assert warm.stats.get("ingest_cached") is True and warm.stats["extract_hits"] == 4
    assert len(warm.articles) == 4
    caplog.clear()  # a cold cache that cannot be written: the run computes everything and stores nothing
    miss = run(raw, tmp_path / "out2", progress=False, cache=cold, n_process=1)
    assert len(miss.articles) == 4
    msgs = [r.getMessage() for r in caplog.records if r.name == "pledgewatch.cache"]
    assert msgs and all("used for reads only" in m for m in msgs)
    assert len(msgs) == len(set(msgs)) == 2  # one per stage written (ingest, extract)
    assert not list(cold.rglob("shard-*.parquet"))


# ------------------------------------------------------------------------------------------ 5. CSV formulas
def test_csv_cells_that_a_spreadsheet_would_run_get_a_quote_and_parquet_keeps_the_text(tmp_path):
    from pledgewatch import io

    df = pd.DataFrame({"article_id": ["=cmd|' /C calc'!A0", "+1", "-2-3", "@SUM(A1)", "\tx", "plain", None],
                       "n": [1, -2, 3, 4, 5, 6, 7],
                       "capabilities": [["=HYPERLINK(\"http://x\")"], [], ["tanks"], [], [], [], []]})
    io.write_csv(df, tmp_path / "t.csv")
    io.write_parquet(df, tmp_path / "t.parquet")
    back = pd.read_csv(tmp_path / "t.csv", keep_default_na=False)
    assert back["article_id"].tolist() == ["'=cmd|' /C calc'!A0", "'+1", "'-2-3", "'@SUM(A1)", "'\tx", "plain", ""]
    assert back["n"].tolist() == [1, -2, 3, 4, 5, 6, 7]  # numbers are not text: unchanged
    assert back["capabilities"].iloc[0] == "'=HYPERLINK(\"http://x\")"
    assert [io.unneutralize(v) for v in back["article_id"][:6]] == df["article_id"][:6].tolist()
    assert pd.read_parquet(tmp_path / "t.parquet")["article_id"].tolist()[:6] == df["article_id"][:6].tolist()
    io.write_csv(pd.DataFrame({"text": ["\rx"]}), tmp_path / "cr.csv")  # a carriage return first, too
    assert (tmp_path / "cr.csv").read_bytes().startswith(b"text\n'\rx")


def test_a_run_neutralises_statements_csv_and_manifest_csv(tmp_path):
    raw = tmp_path / "raw"
    _write(raw, "=cmd.txt", "=HYPERLINK(\"http://evil\") weather\n\nIt rained in town on Tuesday.\n")
    _write(raw, "@sum.txt", "")
    out = tmp_path / "out"
    run(raw, out, progress=False, use_cache=False, n_process=1)
    man = pd.read_csv(out / "manifest.csv")
    assert set(man["article_id"]) == {"'=cmd", "'@sum"}
    assert man.loc[man["article_id"] == "'=cmd", "title"].iloc[0].startswith("'=HYPERLINK")
    arts = pd.read_parquet(out / "articles.parquet")
    assert arts["article_id"].tolist() == ["=cmd"] and arts["title"].iloc[0].startswith("=HYPERLINK")
    assert (out / "current" / "manifest.csv").stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    old = os.umask(0o022)
    os.umask(old)
    return old


# ------------------------------------------------------------------------------------------ 6. Dask, one-line articles
@pytest.fixture()
def not_a_scheduler():
    """A local HTTP server: a port where something other than a Dask scheduler listens (and never answers it)."""
    import http.server
    import threading

    class Quiet(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"tcp://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_port_that_is_not_a_dask_scheduler_gives_one_line_and_exit_69(tmp_path, not_a_scheduler, monkeypatch,
                                                                        capsys):
    pytest.importorskip("distributed")
    from pledgewatch import pipeline

    monkeypatch.setattr(pipeline.dask_engine, "DASK_TIMEOUT", 2.0)
    raw = _articles(tmp_path / "raw", "q", 3, quote=True)
    code = cli.main(["run", "--raw", str(raw), "--out", str(tmp_path / "out"), "--no-cache", "--quiet",
                     "--engine", "dask", "--scheduler", not_a_scheduler])
    err = capsys.readouterr().err.strip()
    assert code == 69 and len(err.splitlines()) == 1
    assert "no Dask scheduler answered at " + not_a_scheduler in err
    free = not_a_scheduler.rsplit(":", 1)[0] + ":1"  # nothing listens on port 1
    with pytest.raises(pipeline.DaskUnavailable, match="no Dask scheduler answered"):
        pipeline.check_scheduler(free, timeout=2.0)


def test_a_dask_run_with_no_worker_stops_instead_of_waiting_forever(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from pledgewatch import pipeline

    monkeypatch.setattr(pipeline.dask_engine, "NO_WORKER_WAIT", 3.0)
    raw = _articles(tmp_path / "raw", "q", 3, quote=True)
    out = tmp_path / "out"
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        assert pipeline.check_scheduler(cluster.scheduler_address)["type"] == "Scheduler"
        with pytest.raises(pipeline.DaskUnavailable, match="no Dask worker left"):
            run(raw, out, progress=False, use_cache=False, engine="dask", scheduler=cluster.scheduler_address)
    assert not (out / "current").exists() and not list((out / ".runs").iterdir())  # nothing half-written


ONE_LINERS = {
    # a headline ending in a full stop, then the article on the same line
    "dpa_style": ("Germany pledges more air defence for Ukraine. " + "The German defence minister told reporters on Tuesday "
                  "that Berlin would send another Patriot system to Kyiv within weeks. " * 40),
    # an abbreviation first ('Gen. '), then a headline with a question mark, then a quotation
    "abbreviation": ("Gen. Milley: will the tanks arrive in time? " + "\"We need them now,\" a Ukrainian commander "
                     "told reporters near Kupiansk, adding that none had been seen at the front yet. " * 30),
    # a headline with a question mark and a quotation next
    "question": ("Will the tanks arrive in time? " + "\"We need them now,\" a Ukrainian commander told reporters "
                 "near Bakhmut, adding that the promised vehicles had not been seen at the front. " * 30),
    # no sentence end within the first 300 characters: no title, the whole line is the body
    "no_short_sentence": ("In a long statement issued late on Friday after a meeting of defence ministers from more "
                          "than fifty countries at the Ramstein air base in Germany, where officials discussed "
                          "ammunition, air defence, training and the repair of damaged equipment for the Ukrainian "
                          "armed forces over the coming winter months and beyond, the alliance said it would do more. "
                          + "Officials said deliveries would continue. " * 40),
}


def test_an_article_saved_on_one_line_is_split_not_dropped(tmp_path):
    raw = tmp_path / "raw"
    for name, line in ONE_LINERS.items():
        _write(raw, f"{name}.txt", line.strip() + "\n")
    arts, man = ingest.ingest(raw, dedupe="off")
    assert man["status"].tolist() == ["ok"] * 4
    got = arts.set_index("article_id")
    assert got.loc["abbreviation", "title"] == "Gen. Milley: will the tanks arrive in time?"
    assert got.loc["dpa_style", "title"] == "Germany pledges more air defence for Ukraine."
    assert got.loc["question", "title"] == "Will the tanks arrive in time?"
    assert got.loc["no_short_sentence", "title"] == ""
    for name, line in ONE_LINERS.items():
        text = got.loc[name, "text"]
        assert " ".join(text.split()) == " ".join(line.split())  # every word kept, in order
    assert got.loc["question", "text"].split("\n\n")[1].startswith("\"We need them now,\"")
    assert all("one line" in f for f in man["flags"])


def test_a_short_title_alone_is_still_not_an_article(tmp_path):
    raw = _write(tmp_path / "raw", "t.txt", "Ukraine war live: everything we know on day 612. Live updates.\n")
    arts, man = ingest.ingest(raw)
    assert arts.empty and man["status"].tolist() == ["empty"] and "title alone" in man["reason"].iloc[0]


def test_a_record_over_the_size_limit_is_cut_and_recorded_as_truncated(tmp_path):
    from pledgewatch.ingest import readers

    assert readers.DEFAULT_MAX_CHARS <= 150_000  # one parse stays under about 1 GB (docs/OPERATIONS.md)
    paras = [f"In part {i} the minister said the aid would arrive soon, that {i} more trucks would follow in the "
             f"spring and that the route through town {i} was open again. " * 4 for i in range(500)]
    raw = _write(tmp_path / "raw", "long.txt", "A very long article\n\n" + "\n\n".join(paras) + "\n")
    assert (raw / "long.txt").stat().st_size > readers.DEFAULT_MAX_CHARS
    arts, man = ingest.ingest(raw)
    assert man["status"].tolist() == ["truncated"] and "size limit" in man["reason"].iloc[0]
    assert readers.DEFAULT_MAX_CHARS * 0.8 < arts["n_chars"].iloc[0] <= readers.DEFAULT_MAX_CHARS + 100
    assert arts["text"].iloc[0].rsplit("\n\n", 1)[1] in [p.strip() for p in paras]  # cut at a paragraph end


def _worker_signals(conn):
    runs.worker_init()
    conn.send((signal.getsignal(signal.SIGHUP) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) == signal.SIG_IGN))
    conn.close()


def test_a_pool_worker_keeps_sighup_ignored_under_nohup():
    """A run started under nohup (SIGHUP ignored) keeps its forked workers alive on a hangup; a signal not ignored
    at the start (SIGTERM here) is the default again in the worker (round 33's review: worker_init reset both)."""
    ctx = mp.get_context("fork")
    old = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    old_term = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        reader, writer = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_worker_signals, args=(writer,))
        p.start()
    finally:
        signal.signal(signal.SIGHUP, old)
        signal.signal(signal.SIGTERM, old_term)
    writer.close()
    assert reader.poll(30) and reader.recv() == (True, False)
    p.join(10)
