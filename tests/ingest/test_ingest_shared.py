"""Ingest on the shared corpus and gold sets (skipped where ../shared is absent): every record accounted for,
duplicates found, eval ids kept, gold statements survive the cleaning."""

from __future__ import annotations

import csv
import json

import pytest

from pledgewatch import schema
from pledgewatch.ingest import ingest, normalize, summarize

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def corpus(shared):
    folder = shared / "corpus" / "ukraine_news"
    arts, man = ingest(folder)
    return folder, arts, man


def _count_jsonl(path):
    with open(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())


def _count_csv(path):
    csv.field_size_limit(1 << 30)
    with open(path, newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def test_manifest_accounts_for_every_record(corpus):
    folder, arts, man = corpus
    jl, cs = folder / "gdelt_articles.jsonl", folder / "guardian_2022.csv"
    assert (man["source"].str.startswith(f"{jl}:line ")).sum() == _count_jsonl(jl) == 427
    assert (man["source"].str.startswith(f"{cs}:row ")).sum() == _count_csv(cs) == 183
    assert len(man) == 427 + 183
    processed = man["status"].isin(["ok", "truncated", "decode_fallback"])
    assert processed.sum() == len(arts)
    assert man.loc[~processed, "reason"].notna().all()
    schema.validate("articles", arts)
    schema.validate("manifest", man)


def test_duplicates_are_found(corpus):
    folder, arts, man = corpus
    copies = man[man["duplicate_of"].notna()]
    assert 20 <= len(copies) <= 40
    firsts = set(man.loc[man["duplicate_of"].isna(), "article_id"])
    assert set(copies["duplicate_of"]) <= firsts  # a copy names the first copy, never another copy
    # dedupe 'keep' (the default): a copy under its own id is an article naming what it copies; the copies set aside
    # are those with nothing left once page furniture is removed (as in mode 'near')
    kept = copies[copies["status"] != "duplicate"]
    assert len(kept) >= 15 and set(kept["article_id"]) <= set(arts["article_id"])
    assert (arts.set_index("article_id").loc[kept["article_id"], "duplicate_of"].to_numpy()
            == kept["duplicate_of"].to_numpy()).all()
    # a re-publication with a different id and a few changed words (Jaccard ~0.97)
    near = copies.set_index("article_id")
    assert near.loc["20220714T220000Z_PL_en_07addd3422", "duplicate_of"] == "20220714T170000Z_PL_en_07addd3422"
    # mode 'near' (the behaviour before round 13): every copy set aside
    _, man_near = ingest(folder, dedupe="near")
    dups = man_near[man_near["status"] == "duplicate"]
    assert len(dups) == len(copies)
    assert set(dups["article_id"]) == set(copies["article_id"])


def test_shared_corpus_dates_and_summary(corpus):
    _, arts, man = corpus
    assert arts["published"].notna().all()
    assert (arts["date_source"] == "metadata").all()
    s = summarize(man)
    assert "duplicate" in s and "610 records" in s and "copies of an earlier record" in s


@pytest.mark.parametrize("name", ["seeds", "ukraine_dev", "ggt_dev", "polnear_dev"])
def test_eval_articles_all_kept_with_their_ids(shared, name):
    path = shared / "eval" / name / "articles.jsonl"
    ids = [json.loads(line)["id"] for line in path.open(encoding="utf-8") if line.strip()]
    arts, man = ingest(path)
    assert sorted(arts["article_id"]) == sorted(ids), man[man["status"] != "ok"][["article_id", "status", "reason"]]


@pytest.mark.parametrize("name", ["seeds", "ukraine_dev", "ggt_dev"])
def test_gold_statements_survive_cleaning(shared, name):
    folder = shared / "eval" / name
    raw = {json.loads(x)["id"]: json.loads(x)["text"] for x in (folder / "articles.jsonl").open(encoding="utf-8")}
    arts, _ = ingest(folder / "articles.jsonl")
    clean = dict(zip(arts["article_id"], arts["text"], strict=True))

    def key(s):
        return " ".join(normalize(s).lower().split())

    lost = []
    for line in (folder / "gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        content = g.get("content")
        if content and key(content) in key(raw[g["article_id"]]) and key(content) not in key(clean[g["article_id"]]):
            lost.append((g["article_id"], content[:80]))
    assert not lost


def test_seed_eval_ids_and_dates(shared):
    arts, _ = ingest(shared / "eval" / "seeds" / "articles.jsonl")
    a = arts.set_index("article_id")
    assert str(a.loc["000_1332245036d4884d", "published"].date()) == "2024-03-19"
    assert a.loc["000_1332245036d4884d", "title_chars"] == len(
        "'We will not let up': US vows to continue support for Ukraine")
