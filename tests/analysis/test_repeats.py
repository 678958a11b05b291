"""Repeated statements (pledgewatch.repeats): later copies marked, first copies kept, nothing dropped."""

import pandas as pd
import pytest

from pledgewatch import repeats

BIDEN = "We will support Ukraine as long as it takes."
ZELENSKY = "The fight is here; I need ammunition, not a ride."
STOLTENBERG = "NATO allies will keep giving Ukraine unmatched support as long as it takes."


def table(rows):
    return pd.DataFrame([dict(statement_id=f"s{i}", article_id=a, speaker_id=s, speaker_name=s, text=t)
                         for i, (a, s, t) in enumerate(rows)])


def firsts(out):
    return [None if pd.isna(v) else v for v in out["repeat_of"]]


def test_a_quote_repeated_in_a_live_blog_is_marked_once_with_its_first_copy():
    df = table([("blog", "Joe Biden", BIDEN),
                ("blog", "Volodymyr Zelensky", ZELENSKY),
                ("blog", "Joe Biden", "we will support Ukraine as long as it takes")])  # case, punctuation differ
    out = repeats.mark(df)
    assert out["is_repeat"].tolist() == [False, False, True]
    assert firsts(out) == [None, None, "s0"]
    assert len(out) == len(df)  # marked, not dropped


def test_a_trimmed_or_extended_copy_of_a_long_quote_is_a_repeat():
    df = table([("blog", "Jens Stoltenberg", STOLTENBERG),
                ("blog", "Jens Stoltenberg", "NATO allies will keep giving Ukraine unmatched support"),
                ("blog", "Volodymyr Zelensky", ZELENSKY),
                ("blog", "Volodymyr Zelensky", ZELENSKY + " The enemy will not break us.")])
    out = repeats.mark(df)
    assert out["is_repeat"].tolist() == [False, True, False, True]
    assert firsts(out)[1::2] == ["s0", "s2"]


def test_the_same_words_from_another_speaker_or_an_unrelated_article_are_not_repeats():
    df = table([("a1", "Joe Biden", BIDEN),
                ("a1", "Antony Blinken", BIDEN),       # another speaker
                ("a2", "Joe Biden", BIDEN),            # another article, not linked by ingest
                ("a1", "Joe Biden", "We will support Ukraine.")])  # a different, shorter statement
    assert not repeats.mark(df)["is_repeat"].any()


def test_copies_across_articles_that_ingest_found_overlapping_are_repeats():
    manifest = [{"article_id": "a1", "flags": None},
                {"article_id": "a2", "flags": "overlaps a1 (Jaccard 0.64): kept, may repeat statements"}]
    related = repeats.overlaps_from_manifest(manifest)
    assert related == {"a1": {"a2"}, "a2": {"a1"}}
    df = table([("a1", "Joe Biden", BIDEN), ("a2", "Joe Biden", BIDEN), ("a3", "Joe Biden", BIDEN)])
    out = repeats.mark(df, related)
    assert out["is_repeat"].tolist() == [False, True, False]


def test_a_copy_kept_under_its_own_id_repeats_the_record_it_copies():
    """ingest (dedupe mode 'keep') processes an exact or near-duplicate copy under its own id; `duplicate_of` links
    it to the first copy, and to every article the first copy overlaps (a copy of a2 repeats a1's first copies)."""
    manifest = [{"article_id": "a1", "status": "ok", "flags": None},
                {"article_id": "a2", "status": "ok", "flags": "overlaps a1 (Jaccard 0.64): kept, may repeat statements"},
                {"article_id": "a3", "status": "ok", "duplicate_of": "a2", "flags": "copy of a2 (...)"},
                {"article_id": "a4", "status": "duplicate", "duplicate_of": "a1"},  # set aside: no statements
                {"article_id": "a5", "status": "ok", "duplicate_of": "a5"}]  # never its own copy
    related = repeats.overlaps_from_manifest(manifest)
    assert related == {"a1": {"a2", "a3"}, "a2": {"a1", "a3"}, "a3": {"a1", "a2"}}
    df = table([("a1", "Joe Biden", BIDEN), ("a2", "Volodymyr Zelensky", ZELENSKY),
                ("a3", "Joe Biden", BIDEN.upper()), ("a3", "Volodymyr Zelensky", ZELENSKY),
                ("a3", "Jens Stoltenberg", STOLTENBERG)])  # a statement only the copy has is a first copy
    out = repeats.mark(df, related)
    assert firsts(out) == [None, None, "s0", "s1", None]


def test_links_read_chunk_by_chunk_equal_those_of_the_whole_manifest():
    rows = [{"article_id": "a1", "status": "ok"},
            {"article_id": "a2", "status": "ok", "flags": "overlaps a1 (Jaccard 0.55): kept, may repeat statements"},
            {"article_id": "a3", "status": "ok", "duplicate_of": "a2"},
            {"article_id": "a4", "status": "truncated", "duplicate_of": "a3"}]  # a copy of a copy
    idx = repeats.RepeatIndex()
    for k in range(len(rows)):
        idx.add_overlaps(rows[k:k + 1])
    assert dict(idx.related) == repeats.overlaps_from_manifest(rows)
    assert idx.related["a4"] == {"a1", "a2", "a3"}


def test_statements_without_a_speaker_repeat_only_inside_one_article():
    df = table([("a1", "", BIDEN), ("a1", "", BIDEN), ("a2", "", BIDEN)])
    out = repeats.mark(df, {"a1": {"a2"}, "a2": {"a1"}})
    assert out["is_repeat"].tolist() == [False, True, False]


def test_marking_chunk_by_chunk_gives_the_same_result_as_the_whole_table():
    df = table([("a1", "Joe Biden", BIDEN), ("a1", "Volodymyr Zelensky", ZELENSKY),
                ("a2", "Joe Biden", BIDEN), ("a2", "Volodymyr Zelensky", ZELENSKY)])
    related = {"a1": {"a2"}, "a2": {"a1"}}
    idx = repeats.RepeatIndex(related)
    chunked = pd.concat([idx.mark(df.iloc[:2]), idx.mark(df.iloc[2:])])
    whole = repeats.mark(df, related)
    assert firsts(chunked) == firsts(whole) == [None, None, "s0", "s1"]
    assert len(repeats.first_copies(whole)) == 2


# Real repeats: three articles of the corpus (two Guardian live blogs, one GDELT story) in which the extractor finds
# the same speaker's statement more than once, and two GDELT versions of one story that ingest kept as overlapping.
WITHIN = ["guardian_2022-0121", "guardian_2022-0023", "20220215T233000Z_PL_en_9b4b8f9520"]
ACROSS = ["20240507T074500Z_GB_en_8d006a54b7", "20240507T114500Z_GB_en_333d18aad4"]
# Copies ingest keeps under their own id (dedupe mode 'keep'), each with the record it copies: a Guardian live blog
# saved twice, a Polish story re-published with a few words changed, another GDELT story saved twice.
COPIES = [("guardian_2022-0029", "guardian_2022-0031"),
          ("20220714T170000Z_PL_en_07addd3422", "20220714T220000Z_PL_en_07addd3422"),
          ("20220311T073000Z_PL_en_39f25090af", "20220311T111500Z_PL_en_71094ff729")]


@pytest.fixture(scope="module")
def corpus(shared):
    from pledgewatch.ingest import ingest

    arts, man = ingest(shared / "corpus" / "ukraine_news")
    ids = WITHIN + ACROSS + [a for pair in COPIES for a in pair]
    arts = arts[arts["article_id"].isin(ids)].set_index("article_id", drop=False)
    if len(arts) < len(ids):
        pytest.skip("the corpus articles of this test are not in ../shared")
    return arts, man


def _statements(arts, ids, nlp):
    from pledgewatch.pipeline import article_rows
    from pledgewatch.statements import extract

    rows = []
    for aid in ids:
        art = arts.loc[aid].to_dict()
        rows += article_rows(art, extract(nlp(art["text"]), art))
    return pd.DataFrame(rows)


def _check(out):
    by_id = out.set_index("statement_id")
    for _, r in out[out["is_repeat"]].iterrows():
        first = by_id.loc[r["repeat_of"]]
        assert not first["is_repeat"]  # points at the first copy
        assert repeats.speaker_key(first) == repeats.speaker_key(r)
        assert repeats.same_words(repeats.words(first["text"]), repeats.words(r["text"]))


def test_real_repeated_quotes_within_three_articles(corpus, nlp):
    arts, _ = corpus
    for aid in WITHIN:
        out = repeats.mark(_statements(arts, [aid], nlp))
        assert out["is_repeat"].sum() >= 1, aid
        _check(out)
        firsts = out.set_index("statement_id").loc[out.loc[out["is_repeat"], "repeat_of"], "char_start"]
        assert (firsts.to_numpy() < out.loc[out["is_repeat"], "char_start"].to_numpy()).all()  # earlier copy kept


def test_real_repeated_quotes_across_two_overlapping_versions_of_a_story(corpus, nlp):
    arts, man = corpus
    related = repeats.overlaps_from_manifest(man.to_dict("records"))
    assert ACROSS[0] in related.get(ACROSS[1], set())
    st = _statements(arts, ACROSS, nlp)
    alone = repeats.mark(st)  # unlinked: only repeats inside each article
    out = repeats.mark(st, related)
    across = out[out["is_repeat"] & (out["article_id"] == ACROSS[1])
                 & out["repeat_of"].isin(st.loc[st["article_id"] == ACROSS[0], "statement_id"])]
    assert len(across) >= 3
    assert out["is_repeat"].sum() > alone["is_repeat"].sum()
    _check(out)


def test_real_copies_kept_under_their_own_id_repeat_the_first_copy(corpus, nlp):
    arts, man = corpus
    related = repeats.overlaps_from_manifest(man.to_dict("records"))
    for first_id, copy_id in COPIES:
        assert arts.loc[copy_id, "duplicate_of"] == first_id and first_id in related[copy_id]
        st = _statements(arts, [first_id, copy_id], nlp)
        out = repeats.mark(st, related)
        copy = out[out["article_id"] == copy_id]
        firsts_ = set(out.loc[out["article_id"] == first_id, "statement_id"])
        assert len(copy) >= 5 and copy["is_repeat"].all(), copy_id  # the same story: every statement repeats
        assert set(copy["repeat_of"]) <= firsts_ | set(copy["statement_id"])
        assert copy["repeat_of"].isin(firsts_).mean() >= 0.9
        _check(out)
