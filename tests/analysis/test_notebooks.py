"""The notebooks: paired, committed without outputs, thin with a papermill parameters cell and a header declaring
inputs and outputs, and all of them execute on the sample in data/raw (papermill, the same path as `make report`)."""

from __future__ import annotations

import json

import jupytext
import pytest

from pledgewatch import config
from pledgewatch.report import notebook_sources

SOURCES = notebook_sources()
EXPECTED = ["01_ingest", "02_statements", "03_pledges", "04_capabilities", "05_rhetoric", "06_validation"]


def test_the_six_notebooks_exist_in_order():
    assert [p.stem for p in SOURCES] == EXPECTED


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_notebook_structure(src):
    nb = jupytext.read(src)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and "**Inputs:**" in first.source and "**Outputs:**" in first.source
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and "processed" in params[0].source and "figures_dir" in params[0].source
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "import helpers as h" in code[1].source
    assert max(len(c.source.splitlines()) for c in code) < 45, "notebook cells stay thin: logic lives in src/"


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_paired_ipynb_has_no_outputs_and_matches(src):
    ipynb = src.with_suffix(".ipynb")
    assert ipynb.is_file(), f"{ipynb.name} missing: run `make sync-notebooks`"
    raw = json.loads(ipynb.read_text(encoding="utf-8"))
    for c in raw["cells"]:
        if c["cell_type"] == "code":
            assert not c.get("outputs") and c.get("execution_count") is None, f"{ipynb.name} has outputs"
    py_cells = [c.source for c in jupytext.read(src).cells]
    nb_cells = [c.source for c in jupytext.read(ipynb).cells]
    assert py_cells == nb_cells, f"{src.name} and {ipynb.name} differ: run `jupytext --sync {src}`"


@pytest.mark.slow
def test_all_notebooks_execute_on_the_sample(tmp_path, capfd):
    from pledgewatch.pipeline import run
    from pledgewatch.report import build_reports

    processed = tmp_path / "processed"
    run(config.RAW, processed, progress=False)
    rep = build_reports(processed, tmp_path / "reports", raw=config.RAW, run_eval=False,
                        executed_dir=tmp_path / "executed", log=lambda *a: None)
    assert [n.name for n in rep.notebooks] == EXPECTED
    assert rep.ok, {n.name: n.error for n in rep.notebooks if n.error}
    for n in rep.notebooks:
        assert n.html.stat().st_size > 0 and n.reader.stat().st_size > 0
    assert rep.index.is_file()
    # quiet: the kernels' own log lines (IPKernelApp's TCP note, a KeyboardInterrupt at shutdown) go to a log file
    err = capfd.readouterr().err
    assert "IPKernelApp" not in err and "KeyboardInterrupt" not in err, err[-2000:]


@pytest.mark.slow
def test_all_notebooks_execute_on_empty_tables(tmp_path):
    """A corpus without any statement: every notebook runs and says 'too little data' instead of failing."""
    import pandas as pd

    from pledgewatch import schema
    from pledgewatch.report import build_reports

    processed = tmp_path / "processed"
    processed.mkdir()
    schema.empty("statements").to_parquet(processed / "statements.parquet")
    schema.empty("articles").to_parquet(processed / "articles.parquet")
    pd.DataFrame(columns=list(schema.MANIFEST.columns)).to_csv(processed / "manifest.csv", index=False)
    rep = build_reports(processed, tmp_path / "reports", run_eval=False, executed_dir=tmp_path / "executed",
                        log=lambda *a: None)
    assert rep.ok, {n.name: n.error for n in rep.notebooks if n.error}
    for n in rep.notebooks[2:]:
        assert "too little data" in n.reader.read_text(encoding="utf-8").lower(), n.name
