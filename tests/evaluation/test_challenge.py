"""The challenge runner: what a row expects is checked against the coded statements of its text."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch.evaluation import challenge


def _row(**kw):
    row = dict(construction="c", split="dev", text="t", words="send tanks", expect_statement="", expect_act="",
               expect_aid="", expect_speaker="")
    row.update(kw)
    return row


CODED = [{"text": "We will send tanks to Ukraine", "speech_act": "pledge", "aid_related": True,
          "speaker_name": "Anna Berg"}]


def test_check_passes_where_every_expectation_holds():
    assert challenge.check(_row(expect_act="pledge", expect_aid="true", expect_speaker="berg"), CODED) == ""


def test_check_names_each_expectation_that_fails():
    failure = challenge.check(_row(expect_act="appeal", expect_aid="false", expect_speaker="Weber"), CODED)
    assert "act pledge (expected appeal)" in failure and "aid_related" in failure and "speaker" in failure


def test_a_negated_act_passes_any_act_but_the_one_named():
    assert challenge.check(_row(expect_act="!appeal"), CODED) == ""
    assert "expected !pledge" in challenge.check(_row(expect_act="!pledge"), CODED)


def test_check_fails_where_no_statement_holds_the_words_and_a_negative_row_fails_where_one_does():
    assert challenge.check(_row(words="ruled out"), CODED).startswith("no statement")
    assert challenge.check(_row(expect_statement="false"), CODED).startswith("statement found")
    assert challenge.check(_row(words="ruled out", expect_statement="false"), CODED) == ""


@pytest.mark.parametrize("bad_row, named", [
    (dict(split="train"), "split"),
    (dict(words=" "), "words"),  # blank words would pick any statement
])
def test_load_rejects_a_row_it_cannot_check(tmp_path, bad_row, named):
    bad = tmp_path / "bad.csv"
    pd.DataFrame([_row(**bad_row)]).to_csv(bad, index=False)
    with pytest.raises(ValueError, match=named):
        challenge.load([bad])


def test_every_committed_set_loads_with_both_splits():
    rows = challenge.load()
    assert set(rows["split"]) == {"dev", "test"}
    assert (rows["words"] != "").all() and (rows["text"] != "").all()


def test_a_real_text_runs_through_extraction_and_coding(nlp):
    rows = pd.DataFrame([
        _row(text='"Germany will deliver another forty armoured vehicles to Kyiv," Chancellor Paul Weber told reporters.',
             words="forty armoured", expect_act="pledge", expect_speaker="Weber"),
        _row(text="The weather in the capital was cold on Monday and the trains ran late.", words="weather",
             expect_statement="false"),
    ])
    result = challenge.run(rows, nlp)
    assert result["passed"].all(), result["failure"].tolist()


IDENTITY = [{"text": "We will send tanks to Ukraine", "speech_act": "pledge", "aid_related": True,
             "speaker_name": "Anna Berg", "speaker_role": "Defence Minister", "speaker_is_official": True,
             "speaker_country": "Germany"}]


def test_check_reads_official_and_country_case_insensitively():
    assert challenge.check(_row(expect_official="true", expect_country="germany"), IDENTITY) == ""
    failure = challenge.check(_row(expect_official="false", expect_country="Poland"), IDENTITY)
    assert "official True" in failure and "country 'Germany' (expected 'Poland')" in failure
    assert "Defence Minister" in failure  # who the speaker was taken to be


def test_expect_country_none_asks_for_no_country():
    no_country = [dict(IDENTITY[0], speaker_country=None, speaker_is_official=False)]
    assert challenge.check(_row(expect_country="none", expect_official="false"), no_country) == ""
    assert "expected 'none'" in challenge.check(_row(expect_country="none"), IDENTITY)


def test_a_set_without_the_identity_columns_loads_them_blank(tmp_path):
    old = tmp_path / "old.csv"
    pd.DataFrame([_row()]).to_csv(old, index=False)
    rows = challenge.load([old])
    assert (rows["expect_official"] == "").all() and (rows["expect_country"] == "").all()
    assert challenge.check(rows.to_dict("records")[0], IDENTITY) == ""


def test_sets_with_and_without_the_identity_columns_load_together_blank(tmp_path):
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    pd.DataFrame([_row()]).to_csv(old, index=False)
    pd.DataFrame([_row(expect_official="true", expect_country="Germany")]).to_csv(new, index=False)
    rows = challenge.load([old, new])
    assert rows["expect_official"].tolist() == ["", "true"] and rows["expect_country"].tolist() == ["", "Germany"]
    assert [challenge.check(r, IDENTITY) for r in rows.to_dict("records")] == ["", ""]


def test_eval_prints_the_pass_rates_and_writes_every_rows_result(nlp, tmp_path, monkeypatch, capsys):
    from pledgewatch.evaluation import gold

    rows = challenge.load([challenge.DIR / "smoke.csv"])
    monkeypatch.setattr(challenge, "load", lambda paths=None: rows)
    gold._challenge(tmp_path)
    written = pd.read_csv(tmp_path / "challenge.csv")
    assert len(written) == len(rows) and "text" not in written and set(written["split"]) == {"dev", "test"}
    assert "smoke" in capsys.readouterr().out

