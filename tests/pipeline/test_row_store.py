"""cache.row_store: a chunk's frame converted to Arrow once; each article's rows stored from it decode as before."""

from __future__ import annotations

import pandas as pd

from pledgewatch import cache


def _chunk() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a", "a", "b", "c", "c", "c"],
        "text": ["Kyiv asked for jets.", "It got none.", None, "Berlin pledged tanks.", "x", "y"],
        "capabilities": [["aircraft"], [], [], ["tanks"], [], ["tanks", "air_defence"]],
        "speaker_is_official": [True, None, False, True, True, True],
        "n": [1, 2, 3, 4, 5, 6],
        "score": [0.5, float("nan"), 1.0, 0.25, 0.0, 1.5],
        "role": [None, None, None, "chancellor", None, "minister"],
    })


def _round_trip(value):
    return cache.decode(cache.encode(value))


def test_each_group_decodes_to_what_its_own_frame_gives():
    frame = _chunk()
    store = cache.row_store(frame)
    for _, part in frame.groupby("article_id", sort=False):
        kept = store(part)
        assert isinstance(kept, cache.ArrowRows)
        new, old = _round_trip(kept), _round_trip(part)
        pd.testing.assert_frame_equal(new, old, check_index_type=False)  # same values, dtypes and index labels
        assert list(new.dtypes) == list(old.dtypes)
        pd.testing.assert_frame_equal(new[["n", "score"]], part[["n", "score"]], check_index_type=False)


def test_empty_parts_and_unconvertible_frames_are_stored_as_frames():
    frame = _chunk()
    assert isinstance(cache.row_store(frame)(frame.iloc[:0]), pd.DataFrame)
    mixed = frame.assign(n=[1, "two", 3, 4, 5, 6])  # one column of mixed types: Arrow cannot convert it whole
    part = mixed.iloc[1:2]
    assert cache.row_store(mixed)(part) is part
    doubled = pd.concat([frame, frame])  # repeated index labels: rows cannot be told apart by label
    assert isinstance(cache.row_store(doubled)(doubled.iloc[:2]), pd.DataFrame)
