"""The run memo (pledgewatch.run_memo): `pledgewatch run` again on the same inputs, code and arguments replays the
stored tables byte for byte; any change of input or argument, a damaged store, --no-cache or
$PLEDGEWATCH_RUN_MEMO=0 runs the stages."""

from __future__ import annotations

import hashlib
import json
import logging
import os

import pytest

from pledgewatch import cli, run_memo, runs

BODY = ('"We will not let up," Austin told the conference on Tuesday. "Ukraine will not fail on our watch."\n\n'
        'Pistorius said Germany would send more air defence.')
REPLAYED = "outputs replayed from the cache"
MORE = 'Zelensky said Ukraine needed more shells. "We need them now," he told reporters.'


def _args(raw, out, cache, *extra):
    return ["run", "--raw", str(raw), "--out", str(out), "--quiet", "--cache", str(cache), "--n-process", "1",
            *extra]


def _write(raw, *texts):
    raw.write_text("".join(json.dumps({"id": f"a{i}", "title": "Allies meet", "text": t}) + "\n"
                           for i, t in enumerate(texts)))


def _tables(out):
    d = runs.current_set(out)
    return {t: (d / t).read_bytes() for t in runs.TABLE_FILES}


def _set_info(out):
    return {k: v for k, v in runs.read_set_manifest(runs.current_set(out)).items() if k not in ("id", "created", "replayed_from")}


def test_a_rerun_is_replayed_byte_identical_and_a_changed_input_is_run(tmp_path, capsys, monkeypatch):
    raw, cache = tmp_path / "in.jsonl", tmp_path / "cache"
    _write(raw, BODY)
    assert cli.main(_args(raw, tmp_path / "o1", cache)) == 0
    assert REPLAYED not in capsys.readouterr().out
    assert cli.main(_args(raw, tmp_path / "o2", cache)) == 0
    printed = capsys.readouterr().out
    assert REPLAYED in printed and "ingest: 1 records" in printed
    assert _tables(tmp_path / "o1") == _tables(tmp_path / "o2")
    assert _set_info(tmp_path / "o1") == _set_info(tmp_path / "o2")
    _write(raw, BODY, MORE)  # a new article: the stages run, and find its statements
    assert cli.main(_args(raw, tmp_path / "o3", cache)) == 0
    assert REPLAYED not in capsys.readouterr().out
    assert b"We need them now" in _tables(tmp_path / "o3")["statements.csv"]
    assert cli.main(_args(raw, tmp_path / "o3", cache, "--skip", "none")) == 0  # another argument: run
    assert REPLAYED not in capsys.readouterr().out
    monkeypatch.setenv("PLEDGEWATCH_RUN_MEMO", "0")
    assert cli.main(_args(raw, tmp_path / "o4", cache)) == 0
    assert REPLAYED not in capsys.readouterr().out
    assert _tables(tmp_path / "o3") == _tables(tmp_path / "o4")


def test_a_damaged_store_runs_the_stages_and_no_cache_stores_nothing(tmp_path, capsys, caplog):
    raw, cache = tmp_path / "in.jsonl", tmp_path / "cache"
    _write(raw, BODY)
    assert cli.main(_args(raw, tmp_path / "o1", cache)) == 0
    (stored,) = (cache / run_memo.STAGE).iterdir()
    (stored / "statements.csv").write_bytes(b"article_id\n")
    capsys.readouterr()
    with caplog.at_level(logging.WARNING, logger="pledgewatch.cache"):
        assert cli.main(_args(raw, tmp_path / "o2", cache)) == 0
    assert REPLAYED not in capsys.readouterr().out
    assert any("damaged" in r.getMessage() for r in caplog.records)
    assert _tables(tmp_path / "o1") == _tables(tmp_path / "o2")
    assert [p.name for p in (tmp_path / "o2" / runs.SETS_DIR).iterdir()] == [runs.current_set(tmp_path / "o2").name]
    fresh = tmp_path / "fresh"
    assert cli.main(_args(raw, tmp_path / "o3", fresh, "--no-cache")) == 0
    assert not (fresh / run_memo.STAGE).exists()


@pytest.mark.parametrize("change", ["argument", "data", "environment", "raw"])
def test_the_key_holds_arguments_data_environment_and_raw_but_not_out(tmp_path, monkeypatch, change):
    raw, data = tmp_path / "raw", tmp_path / "data"
    raw.mkdir()
    (raw / "a.txt").write_text(BODY)
    (data / "reference").mkdir(parents=True)
    (data / "reference" / "cues.csv").write_text("cue\nsay\n")
    (data / "interim").mkdir()
    monkeypatch.setattr("pledgewatch.config.DATA", data)
    monkeypatch.delenv("PLEDGEWATCH_DEDUPE", raising=False)

    def key(*extra, out="o1"):
        return run_memo.run_key(cli.build_parser(["run"]).parse_args(_args(raw, tmp_path / out, tmp_path / "c",
                                                                           *extra)))

    k = key()
    assert k is not None and key(out="elsewhere") == k and key("--quiet") == k
    (data / "interim" / "scratch").write_text("x")  # what a run writes under data/ is not an input
    assert key() == k
    if change == "argument":
        assert key("--skip", "none") != k
    elif change == "data":
        (data / "reference" / "cues.csv").write_text("cue\nsay\ntell\n")
        assert key() != k
    elif change == "environment":
        monkeypatch.setenv("PLEDGEWATCH_DEDUPE", "near")
        assert key() != k
    else:
        (raw / "b.txt").write_text(MORE)
        assert key() != k
    assert key("--no-cache") is None and key("--engine", "dask") is None


def test_a_linked_folder_under_raw_is_hashed_and_a_fifo_never_opened(tmp_path):
    """The key hashes what ingest reads (pledgewatch.rawinput, the ingest cache's fingerprint): a linked folder's
    files (ingest follows the link), never a FIFO (ingest reports it, the walk would block on it)."""
    raw, elsewhere = tmp_path / "raw", tmp_path / "elsewhere"
    raw.mkdir()
    elsewhere.mkdir()
    (raw / "a.txt").write_text(BODY)
    (elsewhere / "b.txt").write_text(MORE)

    def key():
        return run_memo.run_key(cli.build_parser(["run"]).parse_args(_args(raw, tmp_path / "o", tmp_path / "c")))

    k = key()
    assert k is not None
    (raw / "linked").symlink_to(elsewhere)  # ingest reads it; a change in it must never replay the old tables
    linked = key()
    assert linked not in (None, k)
    (elsewhere / "b.txt").write_text(MORE + " More.")
    assert key() not in (None, linked)
    (raw / "linked").unlink()
    os.mkfifo(raw / "pipe")  # never opened (it would block)
    assert key() not in (None, k)

def _stored(cache):
    (d,) = (cache / run_memo.STAGE).iterdir()
    return d


@pytest.mark.parametrize("damage", ["escape", "missing_table", "wrong_shape", "not_a_name"])
def test_a_memo_that_is_not_one_complete_set_of_plain_tables_is_never_replayed(tmp_path, capsys, caplog, damage):
    """memo.json is read as untrusted: a table name that leaves the set, a memo listing fewer tables than a run
    writes, a memo of the wrong shape: a warning, the entry removed, the stages run (exit 0, a complete set)."""
    raw, cache = tmp_path / "in.jsonl", tmp_path / "cache"
    _write(raw, BODY)
    assert cli.main(_args(raw, tmp_path / "o1", cache)) == 0
    d = _stored(cache)
    memo = json.loads((d / run_memo.MEMO_FILE).read_text())
    out = tmp_path / "deep" / "o2"  # "../../../x" from a set folder of out is tmp_path/deep/x
    planted = tmp_path / "deep" / "planted.txt"
    if damage == "escape":  # (read from cache/run/<key>/../../../planted.txt = tmp_path/planted.txt)
        (tmp_path / "planted.txt").write_bytes(b"planted")
        memo["files"]["../../../planted.txt"] = hashlib.sha1(b"planted").hexdigest()
    elif damage == "missing_table":
        for t in ("statements.csv", "statement_capabilities.parquet"):
            memo["files"].pop(t)
    elif damage == "not_a_name":
        memo["files"] = {f"sub/{k}": v for k, v in memo["files"].items()}
    (d / run_memo.MEMO_FILE).write_text("[]" if damage == "wrong_shape" else json.dumps(memo))
    capsys.readouterr()
    with caplog.at_level(logging.WARNING, logger="pledgewatch.cache"):
        assert cli.main(_args(raw, out, cache)) == 0
    assert REPLAYED not in capsys.readouterr().out
    assert any("stored run" in r.getMessage() for r in caplog.records)
    assert not planted.exists()
    assert _tables(tmp_path / "o1") == _tables(out)  # every table, none dangling
    assert cli.main(_args(raw, tmp_path / "o3", cache)) == 0  # the damaged entry was replaced by this run's
    assert REPLAYED in capsys.readouterr().out


def test_store_refuses_a_set_with_a_missing_table(tmp_path):
    raw, cache = tmp_path / "in.jsonl", tmp_path / "cache"
    _write(raw, BODY)
    args = cli.build_parser(["run"]).parse_args(_args(raw, tmp_path / "o1", cache))
    assert cli.main(_args(raw, tmp_path / "o1", cache, "--no-cache")) == 0
    d = runs.current_set(tmp_path / "o1")
    (d / "statements.csv").unlink()  # as a concurrent run's prune would
    run_memo.store(args, "k" * 20, d, "summary", "ingest")
    assert not (cache / run_memo.STAGE / ("k" * 20)).exists()


def test_a_model_folder_named_by_the_environment_is_not_memoised(tmp_path, monkeypatch):
    raw = tmp_path / "in.jsonl"
    _write(raw, BODY)
    (tmp_path / "model_dir").mkdir()

    def key():
        return run_memo.run_key(cli.build_parser(["run"]).parse_args(_args(raw, tmp_path / "o", tmp_path / "c")))

    assert key() is not None
    monkeypatch.setenv("PLEDGEWATCH_SPACY_MODEL", str(tmp_path / "model_dir"))  # its files could change unseen
    assert key() is None


def test_a_replay_says_where_it_came_from(tmp_path, capsys, caplog):
    raw, cache = tmp_path / "in.jsonl", tmp_path / "cache"
    _write(raw, BODY)
    assert cli.main(_args(raw, tmp_path / "o1", cache)) == 0
    first = runs.read_set_manifest(runs.current_set(tmp_path / "o1"))
    with caplog.at_level(logging.INFO, logger="pledgewatch"):
        assert cli.main(_args(raw, tmp_path / "o2", cache)) == 0
    assert REPLAYED in capsys.readouterr().out
    info = runs.read_set_manifest(runs.current_set(tmp_path / "o2"))
    assert info["replayed_from"] == {"key": _stored(cache).name, "set": first["id"], "created": first["created"]}
    assert "replayed_from" not in first
    assert any("replayed" in r.getMessage() and first["id"] in r.getMessage() for r in caplog.records)


def test_a_changed_sidecar_of_a_single_file_input_is_read_again(tmp_path, capsys):
    """--raw a.txt with a.yml beside it: the sidecar's date is an input of the ingest cache and of the memo."""
    import pandas as pd

    raw, cache = tmp_path / "a.txt", tmp_path / "cache"
    raw.write_text("Allies meet\n\n" + BODY + "\n")
    (tmp_path / "a.yml").write_text("date: 2022-04-07\n")
    from pledgewatch.pipeline.records import _raw_fingerprint

    assert cli.main(_args(raw, tmp_path / "o1", cache)) == 0
    before = _raw_fingerprint(raw)  # the ingest cache's key
    (tmp_path / "a.yml").write_text("date: 2023-01-05\n")
    assert _raw_fingerprint(raw) != before
    assert cli.main(_args(raw, tmp_path / "o2", cache)) == 0
    assert REPLAYED not in capsys.readouterr().out
    dates = pd.read_parquet(runs.current_set(tmp_path / "o2") / "articles.parquet")["published"].astype(str).tolist()
    assert dates[0].startswith("2023-01-05"), dates


def test_an_unreadable_folder_under_raw_is_not_memoised(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(BODY)

    def key():
        return run_memo.run_key(cli.build_parser(["run"]).parse_args(_args(raw, tmp_path / "o", tmp_path / "c")))

    assert key() is not None
    real_walk = os.walk

    def walk(top, onerror=None, **kw):  # as if a sub-folder could not be listed (root can read any folder)
        if onerror is not None and str(top) == str(raw):
            onerror(PermissionError(13, "Permission denied", str(raw / "locked")))
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(os, "walk", walk)
    assert key() is None


def test_a_run_on_another_day_is_a_miss(tmp_path, monkeypatch):
    """ingest rejects an article dated beyond today + 2 days: on another day the same input may give other tables."""
    import datetime

    raw = tmp_path / "in.jsonl"
    _write(raw, BODY)

    def key():
        return run_memo.run_key(cli.build_parser(["run"]).parse_args(_args(raw, tmp_path / "o", tmp_path / "c")))

    k = key()
    tomorrow = datetime.date.fromordinal(datetime.date.today().toordinal() + 1)

    class Tomorrow(datetime.date):
        @classmethod
        def today(cls):
            return tomorrow

    monkeypatch.setattr(run_memo.datetime, "date", Tomorrow)
    assert key() not in (None, k)
