"""The command line's pool forked from a fork server that loaded the model while the run began (opt-in,
PLEDGEWATCH_ZYGOTE=1; pledgewatch.zygote): the same tables as the pool forked from the main process, the server stopped and reaped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pledgewatch import zygote


def _articles(folder: Path, n: int) -> Path:
    """n small invented articles, each with a quotation (each is parsed)."""
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"z{i:02d}.txt").write_text(f"Roads in town {i}\n\nThe mayor of town {i} promised \"new roads by "
                                              f"spring\" on Tuesday, and her deputy said the work would start soon.\n",
                                              encoding="utf-8")
    return folder

_RUN = """
import multiprocessing.forkserver as fs
import sys
from pledgewatch import cli, zygote
sys.argv = ["pledgewatch", "run", "--raw", sys.argv[1], "--out", sys.argv[2], "--no-cache", "--quiet",
            "--n-process", "2", "--chunk-size", "4"]
rc = cli.main()
print("END", rc, "spacy" in sys.modules, fs._forkserver._forkserver_pid is None, not zygote._started)
"""


def _run(raw: Path, out: Path, on: bool) -> list[str]:
    env = dict(os.environ, PLEDGEWATCH_ZYGOTE="1" if on else "0", PLEDGEWATCH_RUN_MEMO="0")
    done = subprocess.run([sys.executable, "-c", _RUN, str(raw), str(out)], capture_output=True, text=True,
                          check=True, env=env)
    return [line for line in done.stdout.splitlines() if line.startswith("END")][-1].split()


@pytest.mark.slow
def test_the_command_line_forks_its_workers_from_the_server_and_writes_the_same_tables(tmp_path):
    raw = _articles(tmp_path / "raw", 12)  # three chunks of 4: the pool is used
    # with the server: the main process never imports spaCy (the server loaded the model), the server is reaped
    assert _run(raw, tmp_path / "on", True) == ["END", "0", "False", "True", "True"]
    assert _run(raw, tmp_path / "off", False) == ["END", "0", "True", "True", "True"]
    for table in ("statements.csv", "manifest.csv"):
        assert (tmp_path / "on" / table).read_bytes() == (tmp_path / "off" / table).read_bytes()
    assert len((tmp_path / "on" / "statements.csv").read_text().splitlines()) > 12


def test_a_process_of_its_context_does_not_re_run_an_unguarded_main_script(tmp_path):
    script = tmp_path / "unguarded.py"
    script.write_text("from pledgewatch import zygote\n"
                      "p = zygote.context().Process(target=print, args=('child',))\n"
                      "p.start()\np.join()\nprint('exit', p.exitcode)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["child", "exit", "0"], done.stderr[-2000:]


def test_it_is_opt_in(monkeypatch):
    for value in ("0", None):
        if value is None:
            monkeypatch.delenv("PLEDGEWATCH_ZYGOTE", raising=False)
        else:
            monkeypatch.setenv("PLEDGEWATCH_ZYGOTE", value)
        assert zygote.start(None, 16, "split", "inner") is False
        assert not zygote.serves("en_core_web_sm")


def test_a_first_chunk_all_in_the_cache_stops_the_server(monkeypatch):
    from types import SimpleNamespace

    from pledgewatch.pipeline import local

    stopped = []
    monkeypatch.setattr(zygote, "stop", lambda: stopped.append(True))
    local._first_planned(SimpleNamespace(needs_work=True))
    assert stopped == []
    local._first_planned(SimpleNamespace(needs_work=False))
    assert stopped == [True]
