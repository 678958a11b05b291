"""Hypothesis fuzzing: the cleaner, the date resolver and every reader take arbitrary bytes or text without raising,
and every input record still gets a manifest row with an allowed status."""

from __future__ import annotations

import gzip
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgewatch import schema
from pledgewatch.ingest import clean_body, iter_records, normalize, resolve_date
from pledgewatch.ingest.decode import decode_bytes
from pledgewatch.ingest.language import check_english

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])

# text that looks a bit like scraped news: words, quotes, furniture fragments, odd whitespace and characters
_PIECES = st.sampled_from([
    "Advertisement", "VIEW VIDEO", "Other Topics of Interest", "Live Briefing: x", "Photograph: A/B", "Uwe Anspach/dpa",
    "Oops!", "Something went wrong.", "Please try again later.", "\u2022", "\u201c", "\u201d", "'", '"', "said", "\n",
    "\n\n", "\r\n", "\t", "\u00a0", "\u200b", " ", "Tuesday, March 19", "the 755th day of the war", "2024", "---",
    "CLICK HERE TO GET", "Based on reporting by", ":", "/", "(", ")", "Ukraine", "\ufffd", "\x00", "\ud7ff",
])
NEWSY = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


@FAST
@given(st.one_of(st.text(max_size=400), NEWSY))
def test_cleaner_never_raises_and_is_idempotent_on_its_output(text):
    out, removed = clean_body(text)
    assert isinstance(out, str) and all(v > 0 for v in removed.values())
    assert normalize(out) == out
    assert "\r" not in out and "\n\n\n" not in out


@FAST
@given(st.one_of(st.text(max_size=300), NEWSY), st.one_of(st.none(), st.text(max_size=30), st.integers(),
                                                           st.floats(allow_nan=True)))
def test_dates_and_language_never_raise(text, meta):
    d, src, why = resolve_date(meta, [text[:40]], text)
    assert src in ("metadata", "filename", "text_date", "war_day", "weekday", "unknown")
    assert (d is None) == (src == "unknown") and why
    check_english(text)


@FAST
@given(st.binary(max_size=600))
def test_decode_never_raises(data):
    dec = decode_bytes(data)
    assert dec.status in ("ok", "decode_fallback", "not_text")


_SUFFIXES = [".txt", ".md", ".jsonl", ".json", ".csv", ".tsv", ".html", ".txt.gz", ".jsonl.gz", ".csv.gz", ".bin"]


@FAST
@given(st.binary(max_size=800), st.sampled_from(_SUFFIXES))
def test_readers_take_arbitrary_bytes(tmp_path_factory, data, suffix):
    root = tmp_path_factory.mktemp("fuzz")
    p = root / f"f{suffix}"
    p.write_bytes(gzip.compress(data) if suffix.endswith(".gz") and data[:1] != b"x" else data)
    rows = list(iter_records(root, max_chars=2000))
    assert rows, "every file yields at least one manifest row"
    for art, row in rows:
        assert row["status"] in schema.MANIFEST_STATUSES
        assert row["status"] == "ok" or row["reason"]
        if art is not None:
            assert art["text"] and art["n_chars"] == len(art["text"])


@FAST
@given(st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["id", "text", "title", "date", "body", "x"]),
                    st.one_of(st.text(max_size=80), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=3)),
                    max_size=5).map(json.dumps),
    st.text(max_size=60)), max_size=12))
def test_jsonl_lines_each_get_a_row(tmp_path_factory, lines):
    root = tmp_path_factory.mktemp("fuzzjl")
    p = root / "r.jsonl"
    body = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    p.write_text(body, encoding="utf-8")
    rows = list(iter_records(p))
    physical = [ln for ln in p.read_bytes().split(b"\n") if ln.strip()]
    assert len(rows) == max(1, len(physical))
