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


def test_the_command_line_freezes_the_collector_before_it_exits_and_a_call_with_argv_does_not(tmp_path):
    """`pledgewatch run` from the command line (main() without argv) ends with the collector frozen, so that the
    interpreter's exit does not walk every object the run left; a caller that passes argv keeps its collector."""
    import gc
    import subprocess
    import sys

    from pledgewatch import config

    args = ["run", "--raw", str(config.RAW), "--out", str(tmp_path / "o1"), "--quiet", "--no-cache",
            "--n-process", "1"]
    code = ("import gc, sys\nfrom pledgewatch import cli\n"
            f"sys.argv = ['pledgewatch', *{args!r}]\n"
            "rc = cli.main()\nprint(rc, gc.get_freeze_count() > 0)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "0 True"
    assert (tmp_path / "o1" / "statements.csv").is_file()
    before = gc.get_freeze_count()
    assert cli.main([*args[:4], str(tmp_path / "o2"), *args[5:]]) == 0
    assert gc.get_freeze_count() == before
