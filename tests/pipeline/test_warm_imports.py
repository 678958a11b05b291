"""A warm re-run (every article's extraction and coding in the cache) never loads spaCy: nothing is parsed, and
importing spaCy costs a warm corpus re-run about 0.8 s of CPU (user+sys, 3.0-3.4 s with it, 2.1-2.6 s without, on a
busy machine; docs/BENCHMARK.md gives `import spacy` alone as 0.49 s on a quiet one). A re-run the run memo replays
(pledgewatch.run_memo) imports neither the pipeline nor pandas."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # three pipeline runs in subprocesses

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

_RUN = """
import sys
from pledgewatch.cli import main
sys.argv = ["pledgewatch", "run", "--raw", sys.argv[1], "--out", sys.argv[2], "--cache", sys.argv[3],
            "--quiet", "--n-process", "1"]
main()
print("LOADED", *(m for m in ("spacy", "pledgewatch.pipeline", "pandas") if m in sys.modules))
"""


def _run(tmp_path: Path, memo: bool = True) -> str:
    env = dict(os.environ, PLEDGEWATCH_RUN_MEMO="1" if memo else "0")
    out = subprocess.run([sys.executable, "-c", _RUN, str(RAW), str(tmp_path / "out"), str(tmp_path / "cache")],
                         capture_output=True, text=True, check=True, env=env).stdout
    return [line for line in out.splitlines() if line.startswith("LOADED")][-1]


def test_the_cold_run_parses_the_warm_run_leaves_spacy_unloaded_and_a_replay_imports_no_pipeline(tmp_path):
    assert "spacy" in _run(tmp_path).split()  # cold: the articles are parsed
    assert _run(tmp_path, memo=False).split() == ["LOADED", "pledgewatch.pipeline", "pandas"]  # warm: from the cache
    assert _run(tmp_path) == "LOADED"  # replayed: the stored tables copied
