"""The run memo (pledgewatch.run_memo): `pledgewatch run` again on the same inputs, code and arguments replays the
stored tables byte for byte; any change of input or argument, a damaged store, --no-cache or
$PLEDGEWATCH_RUN_MEMO=0 runs the stages."""

from __future__ import annotations

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
    return {k: v for k, v in runs.read_set_manifest(runs.current_set(out)).items() if k not in ("id", "created")}


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


def test_a_linked_folder_or_a_fifo_under_raw_is_not_memoised(tmp_path):
    raw, elsewhere = tmp_path / "raw", tmp_path / "elsewhere"
    raw.mkdir()
    elsewhere.mkdir()
    (raw / "a.txt").write_text(BODY)
    (elsewhere / "b.txt").write_text(MORE)

    def key():
        return run_memo.run_key(cli.build_parser(["run"]).parse_args(_args(raw, tmp_path / "o", tmp_path / "c")))

    assert key() is not None
    (raw / "linked").symlink_to(elsewhere)  # ingest reads it; a change in it must never replay the old tables
    assert key() is None
    (raw / "linked").unlink()
    os.mkfifo(raw / "pipe")  # never opened (it would block)
    assert key() is None
