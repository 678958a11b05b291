"""pledgewatch.statements.model.Statement: links by reference, turned into row indices for the speaker resolver
and join_parts; a link to a statement no longer returned becomes None."""

from __future__ import annotations

from pledgewatch.statements import join_parts
from pledgewatch.statements.model import Statement

TEXT = "\"We will not let up,\" Austin said, \"because Ukraine's fight is our fight.\""


def _st(part, **kw):
    cs = TEXT.index(part)
    return Statement(part, cs, cs + len(part), "direct", "said", "say", (5, 6), 6, False, **kw)


def test_links_become_row_indices_and_join_parts_merges_the_parts():
    first = _st("We will not let up,")
    second = _st("because Ukraine's fight is our fight.", joins=first)
    index = {first: 0, second: 1}
    rows = [first.to_row(index), second.to_row(index)]
    assert rows[1]["_joins"] == 0 and rows[0]["_joins"] is None and rows[1]["speaker_of"] is None
    joined = join_parts(rows, TEXT)
    assert len(joined) == 1
    assert joined[0]["text"] == "We will not let up, because Ukraine's fight is our fight."
    assert (joined[0]["char_start"], joined[0]["char_end"], joined[0]["quote_type"]) == (
        first.char_start, second.char_end, "direct")


def test_a_link_to_a_dropped_statement_is_none_and_equal_spans_stay_two_statements():
    dropped = _st("We will not let up,")
    kept = _st("because Ukraine's fight is our fight.", joins=dropped, speaker_of=dropped)
    row = kept.to_row({kept: 0})
    assert row["_joins"] is None and row["speaker_of"] is None
    assert _st("We will not let up,") != _st("We will not let up,")  # identity, not value: two cues, two statements


def test_set_span_narrows_the_text_with_the_offsets():
    st = _st("because Ukraine's fight is our fight.")
    st.set_span(st.char_start, st.char_start + len("because Ukraine's fight"), TEXT)
    assert st.text == "because Ukraine's fight" == TEXT[st.char_start:st.char_end]
