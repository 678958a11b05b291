"""statements.widening: the overlap test and the widening that the finder's later steps (reason_phrase,
complements, naming, host_sides, quote_close, object_adjuncts, continuations) share; round 42."""

from __future__ import annotations

from types import SimpleNamespace

from pledgewatch.statements.model import Statement
from pledgewatch.statements.widening import overlaps, starts_in, widen_to


def _row(text, cs, ce, quote_type="indirect"):
    return Statement(text[cs:ce], cs, ce, quote_type, "thanked", "thank", None, None, False)


TEXT = "She thanked the donors at a dinner for “standing with our city”. He agreed.\nNext line."


def test_overlaps_counts_other_rows_only():
    st, other = _row(TEXT, 40, 62), _row(TEXT, 65, 75)
    assert not overlaps([st, other], st, 12, 63)  # st itself never counts
    assert overlaps([st, other], st, 12, 66)  # one character of the other row
    assert not overlaps([st, other], st, 12, 65)  # the other row starts where the span ends
    assert overlaps([st, other], None, 40, 41)  # None: any row


def test_widen_to_widens_and_marks_quoted_words_mixed():
    st = _row(TEXT, 12, 22)  # "the donors"
    assert widen_to(SimpleNamespace(text=TEXT), [st], st, 12, 63)
    assert st.text == "the donors at a dinner for “standing with our city”" and st.quote_type == "mixed"
    plain = _row(TEXT, 12, 22)
    assert widen_to(SimpleNamespace(text=TEXT), [plain], plain, 12, 34) and plain.quote_type == "indirect"


def test_widen_to_stops_at_a_line_break_or_another_row():
    st, other = _row(TEXT, 12, 22), _row(TEXT, 65, 75)
    assert not widen_to(SimpleNamespace(text=TEXT), [st, other], st, 12, 70)
    assert not widen_to(SimpleNamespace(text=TEXT), [st], st, 12, 80)  # over the line break
    assert (st.char_start, st.char_end) == (12, 22)


def test_starts_in_asks_where_another_row_starts():
    st, other = _row(TEXT, 12, 40), _row(TEXT, 30, 50)
    assert not starts_in([st, other], st, 40, 63)  # the other row starts before the span (it overlaps st)
    assert starts_in([st, other], st, 30, 63) and not starts_in([st], st, 0, 90)
