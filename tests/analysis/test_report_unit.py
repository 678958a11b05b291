"""report.py pieces that need no kernel: notebook order, stale-output cleanup, page shell and index escaping."""

from __future__ import annotations

from pathlib import Path

from pledgewatch import report


def test_notebook_sources_in_order_and_filter():
    names = [p.stem for p in report.notebook_sources()]
    assert names == sorted(names) and names[0].startswith("01_")
    assert [p.stem for p in report.notebook_sources(["03", "05"])] == ["03_pledges", "05_rhetoric"]


def test_clear_outputs_removes_only_that_notebooks_files(tmp_path):
    figs, tabs = tmp_path / "figures", tmp_path / "tables"
    figs.mkdir()
    tabs.mkdir()
    for f in ("03_a.png", "03_a.svg", "04_b.png"):
        (figs / f).write_text("x")
    for f in ("03_a.csv", "statements.parquet", "04_b.csv"):
        (tabs / f).write_text("x")
    report._clear_outputs("03", figs, tabs)
    assert sorted(p.name for p in figs.iterdir()) == ["04_b.png"]
    assert sorted(p.name for p in tabs.iterdir()) == ["04_b.csv", "statements.parquet"]


def test_nav_links_are_relative_and_escaped():
    names = [("01_ingest", "01 ingest"), ("02_statements", "02 <b>statements</b>")]
    full = report._nav(names, 0, reader=False)
    reader = report._nav(names, 1, reader=True)
    assert 'href="index.html"' in full and 'href="02_statements.html"' in full and "reader/01_ingest.html" in full
    assert 'href="../index.html"' in reader and 'href="../02_statements.html"' in reader
    assert "<b>" not in full and "&lt;b&gt;" in full


def test_index_escapes_titles(tmp_path):
    out = tmp_path
    r = report.NotebookResult("03_pledges", "03 <script>x</script>", out / "03_pledges.html",
                              out / "reader" / "03_pledges.html", Path("x.ipynb"), 1.0)
    page = report._index_html([r], out / "figures", out, "corpus <img src=x onerror=y>", {})
    assert "<script>x</script>" not in page and "<img src=x" not in page
    assert "Content-Security-Policy" in page and "script-src 'none'" in page
    assert 'href="statements.html"' in page  # the statements explorer is linked from the index


def test_parameters_from_the_command_line():
    assert report.parse_param("min_n=10") == ("min_n", 10)
    assert report.parse_param("official_only=False") == ("official_only", False)
    assert report.parse_param("corpus_label=the Guardian file") == ("corpus_label", "the Guardian file")
    assert report.parse_param("events_path='my events.csv'") == ("events_path", "my events.csv")
    import pytest

    with pytest.raises(ValueError):
        report.parse_param("no equals sign")
    declared = report._declared_parameters_py(report.notebook_sources(["03"])[0])
    assert {"processed", "figures_dir", "min_n", "events_path"} <= declared


def test_unknown_parameter_is_refused(capsys):
    import argparse

    p = argparse.ArgumentParser()
    report.add_arguments(p)
    args = p.parse_args(["--notebooks", "03", "-p", "no_such_parameter=1"])
    assert report.main(args) == 2
    assert "no_such_parameter" in capsys.readouterr().err


def test_the_corpus_label_counts_a_copy_of_an_earlier_article_once(tmp_path):
    import pandas as pd

    from pledgewatch.report import page

    pd.DataFrame({"article_id": ["a", "b", "b-copy"], "duplicate_of": [None, None, "b"]}).to_parquet(
        tmp_path / "articles.parquet")
    assert page._corpus_label(None, tmp_path) == f"{tmp_path.name} (2 articles + 1 copy of an earlier one)"
    pd.DataFrame({"article_id": ["a", "b"]}).to_parquet(tmp_path / "articles.parquet")  # a run before round 13
    assert page._corpus_label(None, tmp_path) == f"{tmp_path.name} (2 articles)"
