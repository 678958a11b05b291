"""Compare two `pledgewatch run` output folders: the csv tables byte for byte, the parquet tables by value (and by
bytes, reported). Exit 1 on any difference. Used to check speed-only changes (docs/BENCHMARK.md).

    python tools/compare_outputs.py OLD_OUT NEW_OUT
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

CSV = ("statements.csv", "manifest.csv")
PARQUET = ("statements.parquet", "articles.parquet", "statement_capabilities.parquet", "speakers.parquet")


def compare(old: Path, new: Path) -> list[str]:
    problems = []
    for name in CSV:
        a, b = (old / name).read_bytes(), (new / name).read_bytes()
        print(f"{name:32s} {'byte-identical' if a == b else 'DIFFERENT'} ({len(a):,} bytes)")
        if a != b:
            problems.append(name)
    for name in PARQUET:
        a, b = pd.read_parquet(old / name), pd.read_parquet(new / name)
        same_bytes = (old / name).read_bytes() == (new / name).read_bytes()
        try:
            pd.testing.assert_frame_equal(a, b)
            equal = True
        except AssertionError as e:
            equal = False
            print(f"  {name}: {str(e)[:300]}")
        print(f"{name:32s} {'equal' if equal else 'DIFFERENT'} ({len(a):,} rows; "
              f"{'byte-identical' if same_bytes else 'bytes differ'})")
        if not equal:
            problems.append(name)
    return problems


if __name__ == "__main__":
    bad = compare(Path(sys.argv[1]), Path(sys.argv[2]))
    print("IDENTICAL" if not bad else f"DIFFERENT: {bad}")
    sys.exit(1 if bad else 0)
