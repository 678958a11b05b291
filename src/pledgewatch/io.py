"""Atomic table writes: a temporary file in the target folder, then os.replace, so an interrupted run leaves the
previous good table in place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd


def atomic_write(path: str | Path, write) -> Path:
    """Call write(tmp_path) then rename tmp_path onto path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_parquet(df: pd.DataFrame, path: str | Path) -> Path:
    return atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False))


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    def _w(tmp):
        out = df.copy()
        for col in out.columns:  # lists (object columns only) as ';'-joined text in CSV
            if out[col].dtype == object and any(isinstance(v, (list, tuple)) for v in out[col]):
                out[col] = out[col].map(lambda v: ";".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
        out.to_csv(tmp, index=False)

    return atomic_write(path, _w)


def write_text(text: str, path: str | Path) -> Path:
    return atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
