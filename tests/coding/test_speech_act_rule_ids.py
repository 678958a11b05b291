"""The rules' evidence the act and residual models read is keyed by a row's content, not its position in
speech_acts.csv: a researcher who inserts or reorders rows does not silently change what the models' `ev=` features
mean (before, a row added near the top shifted every later row's key until `make train`)."""

from pledgewatch.coding._match import read_table
from pledgewatch.coding.speech_acts import SpeechActRules, rule_id


def _ids(rows):
    return list(SpeechActRules(rows).row_ids.values())


def test_ids_unique_over_the_shipped_rows():
    ids = _ids(read_table("speech_acts.csv"))
    assert len(ids) == len(set(ids)) and all(i.startswith("r:") for i in ids)


def test_inserting_and_reordering_rows_keeps_every_other_rows_id():
    rows = read_table("speech_acts.csv")
    new = dict(rows[0], act="refusal", where="content", pattern="ruled out sending", needs="")
    before = _ids(rows)
    assert _ids([new] + rows)[1:] == before
    assert sorted(_ids(list(reversed(rows)))) == sorted(before)
    assert rule_id(new) not in before


def test_editing_a_row_gives_it_a_new_id_but_not_its_weight():
    row = read_table("speech_acts.csv")[0]
    assert rule_id(dict(row, weight="9")) == rule_id(row)
    assert rule_id(dict(row, pattern=row["pattern"] + " ; new words")) != rule_id(row)
    assert rule_id(dict(row, needs="aid")) != rule_id(row) or (row.get("needs") or "") == "aid"
