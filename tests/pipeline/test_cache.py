"""The per-article cache: hits and misses, what a lexicon change invalidates, --no-cache."""

from __future__ import annotations

import shutil

import pytest

from pledgewatch import cache as cache_mod
from pledgewatch import config, pipeline


@pytest.fixture(autouse=True)
def _no_code_hash(monkeypatch):
    """Other stages' source may be edited while these tests run: key on versions and files only (the code hash has
    its own test)."""
    monkeypatch.setenv("PLEDGEWATCH_CACHE_CODE_HASH", "0")


@pytest.fixture()
def counting(monkeypatch):
    """Counts the texts handed to nlp.pipe (n_process=1 runs the work in this process)."""
    calls = {"texts": 0}
    real = pipeline._load

    class Counting:
        def __init__(self, nlp):
            self.nlp = nlp

        def pipe(self, texts, **kw):
            for t in texts:
                calls["texts"] += 1
                yield from self.nlp.pipe([t], **kw)

    monkeypatch.setattr(pipeline.units, "_load", lambda ctx: Counting(real(ctx)))  # where work_unit loads it
    return calls


@pytest.fixture()
def reference(tmp_path, monkeypatch):
    """A private copy of data/reference/ that a test may edit."""
    ref = tmp_path / "reference"
    shutil.copytree(config.REFERENCE, ref)
    monkeypatch.setattr(config, "REFERENCE", ref)
    return ref


def _run(tmp_path, name, **kw):
    return pipeline.run(config.RAW, tmp_path / name, progress=False, n_process=1, cache=tmp_path / "cache", **kw)


def test_second_run_parses_nothing(tmp_path, counting, monkeypatch):
    from pledgewatch import ingest

    first = _run(tmp_path, "a")
    n = first.counts["articles"]
    assert n > 0 and counting["texts"] == n and first.stats["parsed"] == n
    reads = {"n": 0}
    real_iter = ingest.iter_records

    def counting_iter(*a, **k):
        reads["n"] += 1
        return real_iter(*a, **k)

    monkeypatch.setattr(ingest, "iter_records", counting_iter)
    second = _run(tmp_path, "b")
    assert counting["texts"] == n, "the warm run parsed again"
    assert reads["n"] == 0 and second.stats.get("ingest_cached"), "the warm run read the raw files again"
    assert second.stats["parsed"] == 0 and second.stats["extract_hits"] == n
    assert second.stats.get("coded_articles", 0) == 0
    assert (tmp_path / "a" / "statements.parquet").read_bytes() == (tmp_path / "b" / "statements.parquet").read_bytes()
    third = _run(tmp_path, "c", use_cache=False)
    assert counting["texts"] == 2 * n and third.stats["parsed"] == n
    assert third.stats["extract_hits"] == 0


def test_cache_dir_is_where_asked(tmp_path):
    _run(tmp_path, "a")
    shards = list((tmp_path / "cache").rglob("shard-*.parquet"))
    assert {p.relative_to(tmp_path / "cache").parts[0] for p in shards} == {"ingest", "extract", "coding", "identity"}


def test_coding_lexicon_change_recodes_without_parsing(tmp_path, counting, reference):
    first = _run(tmp_path, "a")
    n = first.counts["articles"]
    ctx0 = pipeline.make_context(cache_dir=tmp_path / "cache")
    with open(reference / "capabilities.csv", "a", encoding="utf-8") as f:
        f.write("\n")
    ctx1 = pipeline.make_context(cache_dir=tmp_path / "cache")
    assert ctx1.extract_key == ctx0.extract_key and ctx1.coding_key != ctx0.coding_key
    second = _run(tmp_path, "b")
    assert counting["texts"] == n, "a capabilities.csv edit must not re-parse"
    assert second.stats["extract_hits"] == n and second.stats["coding_hits"] == 0
    assert second.stats["coded_articles"] > 0


def test_extraction_lexicon_change_reparses(tmp_path, counting, reference):
    first = _run(tmp_path, "a")
    n = first.counts["articles"]
    ctx0 = pipeline.make_context(cache_dir=tmp_path / "cache")
    for name in ("cues.csv", "officials.csv"):
        with open(reference / name, "a", encoding="utf-8") as f:
            f.write("\n")
        ctx1 = pipeline.make_context(cache_dir=tmp_path / "cache")
        assert ctx1.extract_key != ctx0.extract_key, name
        ctx0 = ctx1
    second = _run(tmp_path, "b")
    assert counting["texts"] == 2 * n and second.stats["extract_hits"] == 0


def test_reference_files_split_by_stage():
    from pledgewatch import coding, statements

    ex = {p.name for p in cache_mod.reference_files(statements)}
    co = {p.name for p in cache_mod.reference_files(coding)}
    if (config.REFERENCE / "cues.csv").is_file():
        assert "cues.csv" in ex and "cues.csv" not in co
    if (config.REFERENCE / "capabilities.csv").is_file():
        assert "capabilities.csv" in co and "capabilities.csv" not in ex


def test_stage_cache_roundtrip(tmp_path):
    c = cache_mod.Cache(tmp_path).stage("extract", "k1")
    assert c.get_many(["a", "b"]) == {}
    c.put_many({"a": [{"x": 1, "t": (1, 2)}], "b": []})
    fresh = cache_mod.Cache(tmp_path).stage("extract", "k1")
    assert fresh.get_many(["a", "b", "c"]) == {"a": [{"x": 1, "t": (1, 2)}], "b": []}
    assert cache_mod.Cache(tmp_path).stage("extract", "k2").get_many(["a"]) == {}
    off = cache_mod.Cache(tmp_path, enabled=False).stage("extract", "k1")
    assert off.get_many(["a"]) == {}


def test_stage_source_is_part_of_the_key(monkeypatch):
    monkeypatch.delenv("PLEDGEWATCH_CACHE_CODE_HASH")
    from pledgewatch import statements

    real = cache_mod.source_hash
    k0 = pipeline.make_context()
    monkeypatch.setattr(pipeline.context, "source_hash", lambda m: "edited" if m is statements else real(m))
    k1 = pipeline.make_context()
    assert k1.extract_key != k0.extract_key
    assert k1.compat == k0.compat  # dask workers are checked on versions, model and files, not on the source hash


def test_frames_round_trip_through_the_cache_codec_and_old_parquet_values_still_read():
    """A coded frame (lists, bools, None, NaN, timestamps, text) comes back equal; values written before frames
    were Arrow IPC streams (parquet inside the msgpack extension) still decode."""
    import io as _io

    import msgpack
    import pandas as pd

    from pledgewatch import cache

    df = pd.DataFrame({"statement_id": ["a", "b"], "capabilities": [["tanks", "air_defence"], []],
                       "aid_related": [True, False], "amount_value": [2.5e9, float("nan")],
                       "amount_text": ["$2.5bn", None], "published": pd.to_datetime(["2023-01-25", None])})
    back = cache.decode(cache.encode({"rows": df, "n": 2}))
    pd.testing.assert_frame_equal(back["rows"], df)
    assert back["n"] == 2
    buf = _io.BytesIO()
    df.to_parquet(buf)
    payload = msgpack.packb(msgpack.ExtType(cache._FRAME, buf.getvalue()), use_bin_type=True)
    old = cache._MAGIC + cache._digest(payload) + payload
    pd.testing.assert_frame_equal(cache.decode(old), df)


def test_a_stage_key_covers_the_shared_modules_it_runs():
    """statements uses pledgewatch.inflect and coding uses pledgewatch.sides and statements.names: their source is
    in those stages' keys; make train's module is not stage code."""
    from pledgewatch import cache, coding, config, statements

    def files(module):
        d = cache._package_dir(module)
        skip = set(getattr(module, "NOT_STAGE_CODE", ()))
        return {p.relative_to(config.ROOT / "src" / "pledgewatch").as_posix()
                for p in cache.own_imports(f for f in d.rglob("*.py") if f.name not in skip)}

    st, co = files(statements), files(coding)
    assert "inflect.py" in st and not any(f.startswith("pipeline/") for f in st)
    assert {"sides.py", "statements/names.py", "inflect.py"} <= co
    assert "coding/train.py" not in co and not any(f.startswith("pipeline/") for f in co)


def test_import_scan_finds_every_import_a_full_parse_finds():
    """The key's import scan parses only the lines that start an import statement (one-line, parenthesised, indented
    inside a function, backslash-continued); on every module of the package it finds each import node a parse of the
    whole module finds (it may find more: an import written in a docstring, which only adds a file to a key)."""
    import ast

    from pledgewatch import cache

    src = (
        "'''doc\nfrom the corpus import nothing\n'''\nimport os\nfrom . import (a,\n    b)\n"
        "def f():\n    from .c import d  # comment (\n    import pledgewatch.e as e\nfrom .g import \\\n    h\n")
    dump = lambda nodes: sorted(ast.dump(n) for n in nodes)  # noqa: E731
    full = [n for n in ast.walk(ast.parse(src)) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert dump(cache._import_nodes(src)) == dump(full)
    root = config.ROOT / "src" / "pledgewatch"
    for f in root.rglob("*.py"):
        text = f.read_text(encoding="utf-8")
        full = {ast.dump(n) for n in ast.walk(ast.parse(text)) if isinstance(n, (ast.Import, ast.ImportFrom))}
        assert full <= {ast.dump(n) for n in cache._import_nodes(text)}, f


def test_csv_names_are_the_regex_findall_of_the_whole_file(tmp_path):
    """_csvs_in runs the CSV-name regex only on the lines that mention ".csv": the names are those of the regex on
    the whole text, for every module of the package and for names at the ends of lines, two on a line, CRLF."""
    from pledgewatch import cache

    f = tmp_path / "m.py"
    f.write_text('x = "cues.csv"\r\nload(a_b-c.d.csv, "officials.csv") # .csv\nno csv here\ncsv.csv.csv\n.csv\n',
                 encoding="utf-8")
    text = f.read_text(encoding="utf-8")
    assert cache._csv_names(f) == frozenset(cache._CSV.findall(text)) == {
        "cues.csv", "a_b-c.d.csv", "officials.csv", "csv.csv.csv"}
    for f in (config.ROOT / "src" / "pledgewatch").rglob("*.py"):
        assert cache._csv_names(f) == frozenset(cache._CSV.findall(f.read_text(encoding="utf-8", errors="replace"))), f
