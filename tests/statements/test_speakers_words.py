"""The speaker word lists come from data/reference/speaker_words.csv, one list a name."""

import pytest

from pledgewatch import config
from pledgewatch.statements.speakers import words


def test_every_list_of_the_csv_is_loaded_and_nonempty():
    lists = words.load()
    assert {"group_heads", "org_heads", "doc_heads", "doc_works", "pron_rel"} <= set(lists)
    assert all(lists.values())
    assert "officials" in words.GROUP_HEADS and "ministry" in words.GOV_HEADS and "report" in words.DOC_WORKS


def test_the_csv_has_a_comment_header_saying_what_each_list_is():
    text = config.reference(words.WORDS_FILE).read_text(encoding="utf-8")
    header = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert text.startswith("#")
    for name in words.load():
        assert any(name in ln for ln in header), f"{name} is not described in the header"


def test_a_list_the_csv_lacks_is_an_error_not_an_empty_set():
    with pytest.raises(KeyError, match="no list"):
        words.word_list("no_such_list")
