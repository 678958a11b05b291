"""The repository's own text: no file carries a merge's conflict markers (round 38's merge left one in the
statements README, found in round 39)."""
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^(<{7} |>{7} )", re.M)  # (a line of seven "=" alone may be a setext heading)


def _tracked():
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / p for p in out.splitlines() if p.endswith((".md", ".py", ".csv", ".yml", ".toml", ".cfg", ".txt"))
            or p == "Makefile"]


def test_no_file_carries_conflict_markers():
    found = [f"{p.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
             for p in _tracked() if p.is_file()
             for text in [p.read_text(encoding="utf-8", errors="replace")] for m in MARKER.finditer(text)]
    assert not found, found


def test_the_marker_pattern_finds_a_marker():
    assert MARKER.search("a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> branch\n")
    assert not MARKER.search("Title\n=======\n>> a quoted reply\n")
