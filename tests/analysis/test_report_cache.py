"""The report cache: a notebook is executed again only when something it depends on changed.

Unit tests of the key and the store need no kernel. The build tests execute two tiny notebooks (a table and a chart
from statements.parquet; the second reads the first's table) in a temporary notebooks folder, with a temporary
cache, and judge reuse by what build_reports returns and logs, never by time."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from pledgewatch import config
from pledgewatch import report_cache as rc
from pledgewatch.report import build_reports

HEADER = """# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---
"""

COUNT = HEADER + '''
# %% [markdown]
# # 01 · Count of speech acts

# %% tags=["parameters"]
processed = None
figures_dir = None
tables_dir = None
corpus_label = "the test corpus"

# %%
import helpers as h
import matplotlib
from pledgewatch import charts as C

paths = h.notebook_setup(processed, figures_dir, tables_dir)
matplotlib.rcParams["svg.hashsalt"] = "test"  # SVG ids from a fixed salt, not a random one: byte-identical SVGs
st = h.load_statements(paths["processed"])
counts = st["speech_act"].value_counts()
h.save_table(counts.rename_axis("speech_act").rename("statements").reset_index(), "01_count")
C.bar_chart(counts, name="01_count", title=f"{counts.index[0]} leads", caption=h.caption(corpus_label, len(st), "statements"),
            xlabel="statements (count)")
print("statements:", len(st))
'''

ECHO = HEADER + '''
# %% [markdown]
# # 02 · Echo of the count table

# %% tags=["parameters"]
processed = None
figures_dir = None
tables_dir = None

# %%
import helpers as h

paths = h.notebook_setup(processed, figures_dir, tables_dir)
counts = h.pd.read_csv(paths["tables"] / "01_count.csv")
h.save_table(counts.assign(double=counts["statements"] * 2), "02_echo")
print("rows read from 01_count.csv:", len(counts))
'''

FAIL = HEADER + '''
# %% [markdown]
# # 03 · Fails

# %% tags=["parameters"]
processed = None

# %%
raise RuntimeError("this notebook always fails")
'''


def statements(n: int = 6) -> pd.DataFrame:
    acts = ["pledge", "appeal", "pledge", "other", "pledge", "appeal", "refusal"]
    return pd.DataFrame({"statement_id": [f"s{i}" for i in range(n)], "article_id": ["a1"] * n,
                         "speech_act": [acts[i % len(acts)] for i in range(n)], "text": ["x"] * n})


# ------------------------------------------------------------------------------------------------ key, no kernel
def _inputs(processed: Path, nb_dir: Path) -> rc.Inputs:
    return rc.Inputs.collect(processed, nb_dir, ["01", "02"])


@pytest.fixture
def folders(tmp_path):
    processed, nb_dir = tmp_path / "processed", tmp_path / "notebooks"
    processed.mkdir()
    nb_dir.mkdir()
    statements().to_parquet(processed / "statements.parquet")
    (nb_dir / "01_count.py").write_text(COUNT, encoding="utf-8")
    return processed, nb_dir


def test_touch_does_not_change_the_key_content_does(folders):
    processed, nb_dir = folders
    before = _inputs(processed, nb_dir)
    os.utime(processed / "statements.parquet", (1, 1))
    assert _inputs(processed, nb_dir) == before
    statements(5).to_parquet(processed / "statements.parquet")
    assert _inputs(processed, nb_dir).processed != before.processed


def test_notebook_outputs_in_the_processed_folder_are_not_inputs(folders):
    processed, nb_dir = folders
    before = _inputs(processed, nb_dir).processed
    (processed / "01_count.csv").write_text("speech_act,statements\n")
    (processed / ".statements.parquet.x.tmp").write_text("half written")
    assert _inputs(processed, nb_dir).processed == before
    (processed / "extra_table.csv").write_text("a\n1\n")  # anything else in the folder counts (conservative)
    assert _inputs(processed, nb_dir).processed != before


def test_reference_code_and_environment_are_in_the_key(folders, tmp_path, monkeypatch):
    processed, nb_dir = folders
    ref = tmp_path / "reference"
    ref.mkdir()
    (ref / "events.csv").write_text("date,label\n2023-01-01,x\n")
    monkeypatch.setattr(config, "REFERENCE", ref)
    code = tmp_path / "src"
    code.mkdir()
    (code / "helpers.py").write_text("X = 1\n")
    monkeypatch.setattr(rc, "code_roots", lambda nb: [code])
    base = _inputs(processed, nb_dir)
    (ref / "events.csv").write_text("date,label\n2023-01-01,y\n")
    changed_ref = _inputs(processed, nb_dir)
    assert changed_ref.reference != base.reference and changed_ref.code == base.code
    (code / "helpers.py").write_text("X = 2\n")
    assert _inputs(processed, nb_dir).code != base.code
    env = rc.environment_digest()
    monkeypatch.setattr(rc, "installed_distributions", lambda: ["pandas-0.0.1.dist-info"])
    assert rc.environment_digest() != env
    monkeypatch.undo()
    monkeypatch.setenv("PYTHONHASHSEED", "12345")
    assert rc.environment_digest() != env


def test_installed_distributions_lists_the_kernel_relevant_packages():
    names = " ".join(rc.installed_distributions()).lower()
    for pkg in ("pandas", "matplotlib", "seaborn", "nbconvert", "papermill"):
        assert f"{pkg}-" in names, pkg


def test_key_follows_source_and_used_parameters(folders):
    processed, nb_dir = folders
    src = nb_dir / "01_count.py"
    inputs = _inputs(processed, nb_dir)
    params = {"processed": str(processed), "corpus_label": "a", "kiel_path": None}
    key = rc.notebook_key(src, COUNT, params, inputs, {})
    assert rc.notebook_key(src, COUNT, dict(params), inputs, {}) == key
    assert rc.notebook_key(src, COUNT + "\n# a comment\n", params, inputs, {}) != key
    assert rc.notebook_key(src, COUNT, {**params, "corpus_label": "b"}, inputs, {}) != key
    # a parameter the notebook never mentions does not invalidate it
    assert rc.notebook_key(src, COUNT, {**params, "kiel_path": "/elsewhere"}, inputs, {}) == key
    assert rc.notebook_key(src, COUNT, params, inputs, {"00": "abc"}) != key


def test_upstream_notebooks_are_found_by_prefix_or_folder_listing():
    assert rc.upstream_prefixes(ECHO, "02", ["01"]) == ["01"]
    assert rc.upstream_prefixes(COUNT, "01", []) == []
    assert rc.upstream_prefixes("x = '02_a.csv'  # 03_b.csv is ours", "03", ["01", "02"]) == ["02"]
    assert rc.upstream_prefixes("h.pd.read_csv('v1.01_x.csv')", "03", ["01", "02"]) == []
    assert rc.upstream_prefixes("for f in paths['tables'].glob('*.csv'): pass", "03", ["01", "02"]) == ["01", "02"]


def test_store_lookup_restore_and_damage(tmp_path):
    cache = rc.ReportCache(tmp_path / "cache")
    figs, tabs = tmp_path / "figures", tmp_path / "tables"
    figs.mkdir()
    tabs.mkdir()
    (figs / "01_a.png").write_bytes(b"png")
    (tabs / "01_a.csv").write_text("a\n1\n")
    (tabs / "02_b.csv").write_text("b\n")
    executed = tmp_path / "01.ipynb"
    executed.write_text("{}")
    outputs = rc.outputs_of("01", figs, tabs)
    assert sorted(outputs) == ["figures/01_a.png", "tables/01_a.csv"]
    cache.store("01_a", "k1", executed=executed, bodies={"full": "<p>f</p>", "reader": "<p>r</p>"}, outputs=outputs,
                meta={"title": "A", "executed_at": 1.0})
    assert not list((tmp_path / "cache" / "01_a").glob(".tmp-*"))
    entry = cache.lookup("01_a", "k1")
    assert entry is not None and entry.body("reader") == "<p>r</p>" and entry.meta["title"] == "A"
    assert cache.lookup("01_a", "k2") is None
    # restore: a stale output of the same notebook goes, another notebook's stays, identical files are not rewritten
    (figs / "01_stale.svg").write_text("old")
    (figs / "01_a.png").unlink()
    os.utime(tabs / "01_a.csv", (1, 1))
    assert rc.restore(entry, "01", figs, tabs) == 1
    assert (figs / "01_a.png").read_bytes() == b"png" and not (figs / "01_stale.svg").exists()
    assert (tabs / "01_a.csv").stat().st_mtime == 1 and (tabs / "02_b.csv").is_file()
    # a damaged entry is a miss
    (tmp_path / "cache" / "01_a" / "k1" / "files" / "figures" / "01_a.png").write_bytes(b"pnG")
    assert cache.lookup("01_a", "k1") is None


def test_prune_keeps_recent_entries_per_reports_folder(tmp_path):
    cache = rc.ReportCache(tmp_path / "cache", keep=2, keep_all=5)
    executed = tmp_path / "x.ipynb"
    executed.write_text("{}")
    for i in range(4):  # reports/: 4 builds, the 2 newest stay
        cache.store("01_a", f"main{i}", executed=executed, bodies={}, outputs={}, meta={"group": "reports"})
        os.utime(cache.path("01_a", f"main{i}") / "meta.json", (100 + i, 100 + i))
    for i in range(5):  # five temporary folders, each used once, all newer
        cache.store("01_a", f"tmp{i}", executed=executed, bodies={}, outputs={}, meta={"group": f"/tmp/{i}"})
        os.utime(cache.path("01_a", f"tmp{i}") / "meta.json", (200 + i, 200 + i))
    cache.prune("01_a")
    kept = sorted(p.name for p in (tmp_path / "cache" / "01_a").iterdir())
    assert kept == ["tmp0", "tmp1", "tmp2", "tmp3", "tmp4"]
    cache.keep_all = 7
    cache.store("01_a", "main9", executed=executed, bodies={}, outputs={}, meta={"group": "reports"})
    assert (tmp_path / "cache" / "01_a" / "main9").is_dir()


# -------------------------------------------------------------------------------------------- builds, with kernels
def snapshot(*folders: Path) -> dict[str, bytes]:
    return {f"{d.name}/{p.relative_to(d).as_posix()}": p.read_bytes()
            for d in folders for p in sorted(d.rglob("*")) if p.is_file()}


@pytest.fixture
def project(folders, tmp_path):
    processed, nb_dir = folders
    (nb_dir / "02_echo.py").write_text(ECHO, encoding="utf-8")
    out, cache = tmp_path / "reports", tmp_path / "cache"
    logs: list[str] = []

    def build(**kw):
        logs.clear()
        res = build_reports(processed, out, notebooks_dir=nb_dir, cache_dir=cache, run_eval=False,
                            executed_dir=tmp_path / "executed", log=logs.append, **kw)
        assert res.ok, {n.name: n.error for n in res.notebooks if n.error}
        return {n.name: n.cached for n in res.notebooks}, res

    return build, processed, nb_dir, out, logs


@pytest.mark.slow
def test_second_build_reuses_every_notebook_with_identical_output(project):
    build, processed, _, out, logs = project
    cached, res = build()
    assert cached == {"01_count": False, "02_echo": False}
    first = snapshot(out, processed)
    assert "reports/figures/01_count.png" in first and "processed/02_echo.csv" in first
    (out / "figures" / "01_count.png").unlink()  # a deleted output comes back from the cache
    (out / "02_echo.html").unlink()
    cached, res = build()
    assert cached == {"01_count": True, "02_echo": True}
    assert any(line.startswith("[report] 01_count: reused (cache") for line in logs)
    assert "2 of 2 notebooks reused" in logs[-1]
    assert snapshot(out, processed) == first  # pages, reader pages, index, figures and tables, byte for byte
    assert res.notebooks[0].executed.is_file() and "statements: 6" in res.notebooks[0].executed.read_text()


@pytest.mark.slow
def test_changed_input_table_reexecutes_touch_does_not(project):
    build, processed, *_ = project
    build()
    os.utime(processed / "statements.parquet")
    assert build()[0] == {"01_count": True, "02_echo": True}
    statements(7).to_parquet(processed / "statements.parquet")
    cached, res = build()
    assert cached == {"01_count": False, "02_echo": False}
    assert "statements: 7" in res.notebooks[0].html.read_text(encoding="utf-8")


@pytest.mark.slow
def test_source_edit_reexecutes_that_notebook_and_those_reading_its_outputs(project):
    build, _, nb_dir, *_ = project
    build()
    (nb_dir / "02_echo.py").write_text(ECHO + "\n# %%\nprint('edited')\n", encoding="utf-8")
    assert build()[0] == {"01_count": True, "02_echo": False}
    # a comment in 01: 01 runs again, its outputs come out the same, so 02 (which reads them) is reused
    (nb_dir / "01_count.py").write_text(COUNT + "\n# a comment\n", encoding="utf-8")
    assert build()[0] == {"01_count": False, "02_echo": True}
    # 01's table changes: 02 reads it, so it runs again too
    (nb_dir / "01_count.py").write_text(COUNT.replace(".value_counts()", ".value_counts() * 10"),
                                        encoding="utf-8")
    assert build()[0] == {"01_count": False, "02_echo": False}


@pytest.mark.slow
def test_force_reexecutes_and_failures_are_not_cached(project):
    build, processed, nb_dir, out, logs = project
    build()
    cached, _ = build(force=True)
    assert cached == {"01_count": False, "02_echo": False}
    assert build()[0] == {"01_count": True, "02_echo": True}
    (nb_dir / "03_fail.py").write_text(FAIL, encoding="utf-8")
    for _ in range(2):
        logs.clear()
        res = build_reports(processed, out, notebooks_dir=nb_dir, cache_dir=out.parent / "cache", run_eval=False,
                            executed_dir=out.parent / "executed", log=logs.append)
        fail = res.notebooks[-1]
        assert fail.error and "always fails" in fail.error and not fail.cached
        assert "always fails" in fail.html.read_text(encoding="utf-8")
    assert not (out.parent / "cache" / "03_fail").exists() or not any((out.parent / "cache" / "03_fail").iterdir())
