"""Outlets (ingest.outlets + data/reference/outlets.csv): the name and where it came from."""

from __future__ import annotations

import json

import pytest

from pledgewatch import config
from pledgewatch.ingest import ingest, outlets

TEXT = ("Defence ministers met at Ramstein on Tuesday to discuss new air defence for Ukraine. The minister said that "
        "the government would send two more systems before the winter, and that the training of crews had begun.")


def test_resolution_order_and_sources():
    r = outlets.resolve("The Guardian(London)", "https://www.bbc.co.uk/news/1", ["x.csv"])
    assert r == outlets.Outlet("The Guardian", "metadata", "GB")  # the record's own field first, canonical name
    assert outlets.resolve("Guardian.com", source_hint="export") == ("The Guardian", "export", "GB")
    assert outlets.resolve("Lokalblatt Nord") == ("Lokalblatt Nord", "metadata", None)  # unknown: kept as written
    assert outlets.resolve("edition.cnn.com") == ("CNN", "metadata", "US")  # a domain as the name (GDELT's column)
    assert outlets.resolve("semana.com") == ("semana.com", "metadata", None)
    assert outlets.resolve(None, "https://edition.cnn.com/2023/07/27/x") == ("CNN", "url_domain", "US")
    assert outlets.resolve(None, "https://news.onet.pl/swiat/abc") == ("Onet", "url_domain", "PL")  # subdomain
    assert outlets.resolve(None, "https://example.org/a") == ("example.org", "url_domain", None)
    assert outlets.resolve(None, None, ["guardian_2022.csv"]) == ("The Guardian", "file_name", "GB")
    assert outlets.resolve(None, None, ["ft_data.csv"]) == (None, "unknown", None)  # two-letter aliases never
    assert outlets.resolve(None, None, ["gdelt_articles.jsonl"], "20220125T090000Z_GB_en_7d015e6984") == \
        (None, "id_country", "GB")
    assert outlets.resolve(None, None, ["a.txt"], "my-article") == (None, "unknown", None)


def test_outlet_columns_in_articles_and_manifest(tmp_path):
    rows = [{"id": "20220301T101500Z_UA_en_0a1b2c3d4e", "text": TEXT + " One."},
            {"id": "r2", "text": TEXT + " Two.", "url": "https://www.reuters.com/world/europe/x"},
            {"id": "r3", "text": TEXT + " Three.", "outlet": "Kyiv Post"},
            {"id": "r4", "text": "Oops! Something went wrong. Please try again later.", "outlet": "Kyiv Post"}]
    f = tmp_path / "mixed.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    arts, man = ingest(f)
    a = arts.set_index("article_id")
    assert a.loc["20220301T101500Z_UA_en_0a1b2c3d4e", ["outlet_source", "outlet_country"]].tolist() == \
        ["id_country", "UA"]
    assert a.loc["r2", ["outlet", "outlet_source", "outlet_country"]].tolist() == ["Reuters", "url_domain", "GB"]
    assert a.loc["r3", ["outlet", "outlet_source"]].tolist() == ["Kyiv Post", "metadata"]
    m = man.set_index("article_id")
    assert m.loc["r4", "status"] == "empty" and m.loc["r4", "outlet"] == "Kyiv Post"  # set aside, outlet still shown
    assert m.loc["r2", "outlet_source"] == "url_domain"


# three examples per signature, each as a different article would print it; and mentions that are not signatures
SIGNATURES = {
    "BelTA": ["MINSK, 28 January (BelTA) – The president said on Friday that the talks would go on.",
              "MINSK, 7 February (BelTA) - The foreign minister met his counterpart.",
              "BREST, 14 March (BelTA) –The border guards reported a quiet night."],
    "CNN": ["CNN —\n\nA summit between the leaders began on Thursday.",
            "Paris, France (CNN)- An official in Paris confirmed on Tuesday that the talks had begun.",
            "(CNN) - The head of NATO said the alliance would stay united."],
    "Fox News": ["The senator spoke on Monday.\n\nCLICK HERE TO GET THE FOX NEWS APP\n\nHe added more.",
                 "The White House said on Friday ...\n\n(You can now listen to Fox News articles.)",
                 "The aid bill passed on Monday:\nCLICK HERE TO DOWNLOAD THE FOX NEWS APP"],
    "Onet": ["The minister spoke.\n\nSign up for Onet's newsletter and get the day's news.",
             "Read the latest news on the Onet's main page.",
             "The talks ended.\nTo read on, please visit Onet"],
    "Kyiv Post": ["This column gives its writer's views, not necessarily those of Kyiv Post.",
                  "These are the writer's views and not necessarily of the Kyiv Post.",
                  "The opinions belong to the writers and are not necessarily of Kyiv Post."],
    "Ukrinform": ["The vote passed, an Ukrinform correspondent says.",
                  "As Ukrinform reported earlier, the council met on Monday.",
                  "The ministers signed the memorandum in Kyiv, an Ukrinform correspondent reports."],
    "The Washington Post": ["Sign up for the full text: you're reading an excerpt from the Today's WorldView newsletter.",
                            "This is just a part: reading an excerpt from the Today’s WorldView newsletter",
                            "Note: you are now reading an excerpt from the Today's WorldView newsletter"],
}
MENTIONS = ["The minister told CNN on Sunday that the aid would come.", "The council met, Ukrinform reports.",
            "He told Fox News in an interview that the bill would pass.", "Onet asked the ministry for comment.",
            "As the Kyiv Post reported earlier, the minister said ...", "MINSK (Reuters) - The talks began."]


@pytest.mark.parametrize("outlet", sorted(SIGNATURES))
def test_text_signatures(outlet):
    for text in SIGNATURES[outlet]:
        assert outlets.from_text(text)[0] == outlet, text
        r = outlets.resolve(None, None, ["x.jsonl"], "an-id", text=text)
        assert (r.outlet, r.outlet_source) == (outlet, "text_signature")


def test_a_mention_is_not_a_signature_and_the_id_country_must_agree():
    for text in MENTIONS:
        assert outlets.from_text(text) == (None, None), text
    onet = SIGNATURES["Onet"][0]
    assert outlets.resolve(None, None, [], "20220301T101500Z_PL_en_0a1b2c3d4e", text=onet).outlet == "Onet"
    r = outlets.resolve(None, None, [], "20220301T101500Z_US_en_0a1b2c3d4e", text=onet)  # a US id: not Onet
    assert r == (None, "id_country", "US")
    r = outlets.resolve(None, "https://www.reuters.com/x", [], "a", text=onet)  # the URL decides first
    assert r.outlet == "Reuters"


CORPUS = config.SHARED / "corpus" / "ukraine_news"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is absent (shared corpus)")
def test_shared_corpus_articles_have_an_outlet_or_its_country():
    arts, _ = ingest(CORPUS)
    known = arts["outlet"].notna() | arts["outlet_country"].notna()
    assert known.mean() >= 0.95
    guardian = arts["source"].str.contains("guardian_2022.csv")
    assert (arts.loc[guardian, "outlet"] == "The Guardian").all()
    assert (arts.loc[guardian, "outlet_source"] == "file_name").all()
    gdelt = arts["source"].str.contains("gdelt_articles.jsonl")
    assert set(arts.loc[gdelt, "outlet_country"]) <= {"GB", "US", "PL", "UA", "BY"}
    signed = arts[arts["outlet_source"] == "text_signature"]
    assert len(signed) >= 100  # 120 on 2026-12-02: BelTA, CNN, Fox News, Kyiv Post, Onet, Ukrinform, Washington Post
    assert (signed["article_id"].str.split("_").str[1] == signed["outlet_country"]).all()


def test_the_ingest_cache_key_covers_outlets_and_export_labels():
    import pledgewatch.ingest as ingest_pkg
    import pledgewatch.statements as statements_pkg
    from pledgewatch.cache import reference_files

    names = {p.name for p in reference_files(ingest_pkg)}
    assert {"outlets.csv", "export_labels.csv"} <= names
    extract = {p.name for p in reference_files(statements_pkg)}
    # since round 17 the speakers read outlets.csv (an outlet the NER tags as a person is no person:
    # statements/speakers/bodies.py), so editing it re-runs extraction; export labels stay ingest's alone
    assert "outlets.csv" in extract
    assert "export_labels.csv" not in extract
