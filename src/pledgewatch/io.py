"""Atomic table writes (and `article_records`, a run's articles read back): a temporary file in the target folder, then os.replace, so an interrupted run leaves the
previous good table in place. Files get the permissions of the umask (0644 under the usual 022), as `open` would
give them, not mkstemp's 0600.

CSV outputs neutralise spreadsheet formulas (OWASP, "CSV injection"): a text cell that starts with `=`, `+`, `-`,
`@`, a tab or a carriage return is written with a leading `'`, so that Excel, LibreOffice or Google Sheets show it as
text instead of running it. Only CSV files are changed: parquet keeps the exact text (read the parquet tables for
analysis; `unneutralize` undoes the prefix for a CSV read back)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_UMASK: int | None = None


def _umask() -> int:
    global _UMASK
    if _UMASK is None:
        try:  # Linux: read it without changing it
            line = next(ln for ln in Path("/proc/self/status").read_text().splitlines() if ln.startswith("Umask:"))
            _UMASK = int(line.split()[1], 8)
        except (OSError, StopIteration, ValueError, IndexError):
            _UMASK = os.umask(0o022)
            os.umask(_UMASK)
    return _UMASK


def atomic_write(path: str | Path, write) -> Path:
    """Call write(tmp_path) then rename tmp_path onto path (with the umask's permissions)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def neutralize(value):
    """A CSV cell that a spreadsheet would run as a formula, made text with a leading `'`; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def unneutralize(value):
    """The text `neutralize` was given (for a CSV read back): the leading `'` removed before a formula prefix."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def csv_ready(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of df as it is written to CSV: lists as ';'-joined text, formula prefixes neutralised."""
    import pandas as pd  # (here: the text writes of a replayed run import no pandas, pledgewatch.run_memo)

    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            # one pass over the values decides whether the column needs either change (most need neither)
            vals = out[col].tolist()
            if any(isinstance(v, (list, tuple)) for v in vals):
                out[col] = out[col].map(lambda v: ";".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
                vals = out[col].tolist()
            if any(isinstance(v, str) and v.startswith(FORMULA_PREFIXES) for v in vals):
                out[col] = out[col].map(neutralize)
    return out


def write_parquet(df: pd.DataFrame, path: str | Path) -> Path:
    return atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False))


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    return atomic_write(path, lambda tmp: csv_ready(df).to_csv(tmp, index=False))


def write_text(text: str, path: str | Path) -> Path:
    return atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def article_records(path: str | Path) -> list[dict]:
    """The records of a run's articles.parquet with an unknown date as None, as the run had it, not the NaT that
    pandas gives back (the speaker index reads the date: a re-extraction from NaT resolved some speakers differently
    from the run, ggt_dev, round 39). Other missing fields come back as pandas gives them (NaN, <NA>)."""
    import pandas as pd

    return [{k: (None if v is pd.NaT else v) for k, v in a.items()}
            for a in pd.read_parquet(path).to_dict("records")]
