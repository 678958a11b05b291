"""The command line: `pledgewatch run` with a column mapping, and subcommands registered without importing them all."""

from __future__ import annotations

import pandas as pd

from pledgewatch import cli


def test_run_with_a_column_mapping(tmp_path, capsys):
    raw = tmp_path / "export.csv"
    pd.DataFrame({
        "key": ["a1"], "headline": ["Minister vows support"], "when": ["2023-05-02"],
        "body": ['"We will send more air defence systems to Ukraine," the German defence minister said on Tuesday.'],
    }).to_csv(raw, index=False)
    out = tmp_path / "out"
    assert cli.main(["run", "--raw", str(raw), "--out", str(out), "--quiet", "--no-cache",
                     "--mapping", "id=key,text=body,title=headline,date=when"]) == 0
    arts = pd.read_parquet(out / "articles.parquet")
    assert arts["article_id"].tolist() == ["a1"]
    assert str(arts["published"].iloc[0])[:10] == "2023-05-02"
    assert arts["text"].iloc[0].startswith("Minister vows support\n\n")
    st = pd.read_parquet(out / "statements.parquet")
    assert any("air defence systems" in t for t in st["text"])
    assert "records" in capsys.readouterr().out  # the status summary is printed


def test_help_lists_every_subcommand_without_importing_them(capsys):
    parser = cli.build_parser(["run"])
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(sub.choices) == {"run", "eval", "bench", "report", "fetch", "sample", "agree"}
