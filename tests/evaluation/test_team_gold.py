"""The team's blind Ukraine gold (evaluation.team_gold): offsets in, the guide's records out; the committed file's
spans checked against ../shared's articles (skipped where ../shared is absent)."""

from __future__ import annotations

import json

import pytest

from pledgewatch.evaluation import team_gold

ARTICLES = {
    "a1": {"id": "a1", "date": "2023-01-05", "title": "Minister vows more shells",
           "text": 'The minister said the shells would arrive soon. "We will send more," she said. '
                   '"We will send more," she repeated later.'},
}


def _record(content, **kw):
    base = {"article_id": "a1", "content": content, "speaker_text": "she", "speaker": "Anna Berg",
            "speaker_type": "person", "speaker_role": "minister", "speaker_country": "Germany", "cue": "said",
            "quote_type": "direct", "speech_act": "pledge", "aid_related": True, "capabilities": ["ammunition"],
            "in_title": False}
    return {**base, **kw}


def test_offsets_round_trip_through_the_csv(tmp_path):
    recs = [_record("the shells would arrive soon", quote_type="indirect", speech_act="delivery"),
            _record("We will send more,"),
            _record("We will send more,", occurrence=2, cue="repeated"),
            _record("vows more shells", in_title=True, cue="vows", quote_type="indirect")]
    rows = team_gold.from_annotations(recs, ARTICLES, annotator="t")
    assert [r["char_start"] for r in rows[1:3]] == [ARTICLES["a1"]["text"].index('We will'),
                                                     ARTICLES["a1"]["text"].rindex('We will')]
    path = tmp_path / "gold.csv"
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        fh.write("# a comment line\n")
        w = csv.DictWriter(fh, fieldnames=team_gold.COLUMNS)
        w.writeheader()
        w.writerows(rows)
    back = team_gold.gold_records(team_gold.load(path), ARTICLES)
    assert [g["content"] for g in back] == [r["content"] for r in recs]
    assert back[3]["in_title"] is True and back[0]["in_title"] is False
    assert back[0]["capabilities"] == ["ammunition"] and back[0]["aid_related"] is True
    assert "occurrence" not in back[2] and "annotator" not in back[2]
    # short words are kept as written; a longer description as a span of the text, its occurrence nearest the content
    assert rows[1]["speaker_text"] == "she" and not rows[1]["speaker_text_span"]
    assert [g["speaker_text"] for g in back] == ["she"] * 4 and back[0]["speaker_role"] == "minister"
    long = team_gold.from_annotations([_record("We will send more,", speaker_role="The minister said the shells would")],
                                      ARTICLES)[0]
    assert long["speaker_role"] == "" and long["speaker_role_span"] == "0:34"


def test_a_long_role_not_in_the_text_is_cut_into_parts():
    role = "The minister said the shells would; a former officer of the navy reserve"
    row = team_gold.from_annotations([_record("We will send more,", speaker_role=role)], ARTICLES)[0]
    assert row["speaker_role_span"] == "0:34" and row["speaker_role"] == "a former officer of the navy reserve"
    back = team_gold.gold_records([{**row, "char_start": 0, "char_end": 3, "in_title": False}], ARTICLES)[0]
    assert back["speaker_role"] == role


def test_content_not_in_the_text_is_refused():
    with pytest.raises(ValueError, match="not found"):
        team_gold.from_annotations([_record("we will never send tanks")], ARTICLES)
    with pytest.raises(ValueError, match="occurrence 3"):
        team_gold.from_annotations([_record("We will send more,", occurrence=3)], ARTICLES)


def test_halves_follow_the_md5_parity_of_the_development_sets():
    # md5 of each id, worked out once: even, odd, even
    assert [team_gold.half(a) for a in ("guardian_2022-0090", "20220125T090000Z_GB_en_7d015e6984", "x")] == \
        ["A", "B", "A"]


def test_absent_file_gives_no_rows_and_no_set(tmp_path):
    assert team_gold.load(tmp_path / "none.csv") == []
    assert team_gold.build(tmp_path, tmp_path / "none.csv") is None
    assert team_gold.article_ids(tmp_path / "none.csv", [{"article_id": "b"}, {"article_id": "a"}, {"article_id": "b"}]) == ["b", "a"]


@pytest.mark.shared
def test_committed_spans_cut_whole_words_from_coding_dev_articles(shared, tmp_path):
    rows = team_gold.load()
    if not rows:
        pytest.skip("data/gold/ukraine_team.csv not present")
    set_dir = team_gold.build(tmp_path)
    gold = [json.loads(line) for line in open(set_dir / "gold.jsonl", encoding="utf-8")]
    arts = {a["id"] for a in map(json.loads, open(set_dir / "articles.jsonl", encoding="utf-8"))}
    assert len(gold) == len(rows) and {g["article_id"] for g in gold} <= arts
    assert arts == set(team_gold.article_ids()) and len(arts) == 280
    assert all(g["content"].strip() and g["speaker"] for g in gold)
    assert {team_gold.half(a) for a in arts} == {"A", "B"}


@pytest.mark.shared
def test_the_second_annotation_agrees_with_the_first(shared, capsys):
    """The forty-four doubly annotated articles (ukraine_team_second.csv) scored by score.py against the first annotation,
    and the command that prints it (`python -m pledgewatch.evaluation.team_gold`)."""
    if not team_gold.load(team_gold.SECOND_PATH):
        pytest.skip("data/gold/ukraine_team_second.csv not present")
    res = team_gold.agreement()
    assert res["statements@0.3"]["f1"] >= 0.9 and res["speaker_acc"] >= 0.9
    assert res["gold"] < len(team_gold.load())  # only the articles both annotated
    team_gold.main()
    out = capsys.readouterr().out
    assert "half A: 139 articles" in out and "half B: 141 articles" in out and '"statements@0.3"' in out
