"""Runs that never lose or mix a result (issue 19): empty results, the output set, the lock, signals, bad input
files, the cache's healing, CSV formula neutralisation. Process tests start real `python` processes."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import cli, schema

TABLES = ("articles.parquet", "statements.parquet", "statement_capabilities.parquet", "statements.csv", "manifest.csv")


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
    arts = pd.read_parquet(out / "articles.parquet")
    schema.validate("articles", arts)
    assert len(arts) == (1 if case == "no_quotation" else 0)
    man = pd.read_csv(out / "manifest.csv")
    assert len(man) == {"no_quotation": 1, "only_unsupported": 1, "empty_folder": 0}[case]
    assert "statements: 0" in capsys.readouterr().out
