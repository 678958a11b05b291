"""Project paths and settings, resolved from the repository root so that notebooks run by nbconvert or papermill
(whose working directory is `notebooks/`) find the same files as the command line."""

from __future__ import annotations

import os
from pathlib import Path


def _find_root() -> Path:
    env = os.environ.get("PLEDGEWATCH_ROOT")
    if env:
        return Path(env).resolve()
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *Path.cwd().parents, *here.parents]:
        if (parent / "pyproject.toml").is_file() and (parent / "data" / "reference").is_dir():
            return parent
    return here.parents[2]


ROOT = _find_root()
DATA = ROOT / "data"
RAW = DATA / "raw"
INTERIM = DATA / "interim"
PROCESSED = DATA / "processed"
REFERENCE = DATA / "reference"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
NOTEBOOKS = ROOT / "notebooks"
# ../shared sits beside the project root; tests, eval and benchmarks skip where it is absent.
SHARED = Path(os.environ.get("PLEDGEWATCH_SHARED", ROOT.parent / "shared"))


def reference(name: str) -> Path:
    """Path of a researcher-editable reference table in data/reference/ (e.g. reference('cues.csv'))."""
    return REFERENCE / name


def reference_rows(path: str | Path) -> list[dict]:
    """The rows (dicts by header) of a reference CSV, its '#' comment lines skipped: a name in data/reference/
    ('kiel_countries.csv') or a path."""
    import csv

    path = Path(path)
    with open(path if path.parent != Path(".") else reference(str(path)), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(ln for ln in fh if not ln.lstrip().startswith("#")))


def word_list(name: str, file: str = "word_lists.csv") -> list[dict]:
    """The rows of one list of a list,word[,value] reference CSV (data/reference/word_lists.csv unless `file` names
    another), in file order."""
    return [r for r in reference_rows(file) if r["list"] == name]
