"""A warm re-run (every article's extraction and coding in the cache) never loads spaCy: nothing is parsed, and
importing spaCy costs a warm corpus re-run about 0.8 s of CPU (user+sys, 3.0-3.4 s with it, 2.1-2.6 s without, on a
busy machine; docs/BENCHMARK.md gives `import spacy` alone as 0.49 s on a quiet one)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # two pipeline runs in subprocesses

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

_RUN = """
import sys
from pledgewatch.cli import main
sys.argv = ["pledgewatch", "run", "--raw", sys.argv[1], "--out", sys.argv[2], "--cache", sys.argv[3],
            "--quiet", "--n-process", "1"]
main()
print("SPACY", "spacy" in sys.modules)
"""


def _run(tmp_path: Path) -> str:
    out = subprocess.run([sys.executable, "-c", _RUN, str(RAW), str(tmp_path / "out"), str(tmp_path / "cache")],
                         capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line.startswith("SPACY")][-1]


def test_the_cold_run_parses_and_the_warm_run_leaves_spacy_unloaded(tmp_path):
    assert _run(tmp_path) == "SPACY True"  # cold: the articles are parsed
    assert _run(tmp_path) == "SPACY False"  # warm: replayed from the cache
