"""Ingest: every format, every kind of bad input, cleaning, dates, duplicates; fixtures are made here in tmp_path."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import re

import pandas as pd
import pytest

from pledgewatch import config, schema
from pledgewatch.ingest import clean_body, ingest, iter_records, normalize, resolve_date, summarize
from pledgewatch.ingest.dates import WAR_DAY_ONE
from pledgewatch.ingest.language import check_english

SEED_DPA = config.RAW / "000_1332245036d4884d.txt"
SEED_RFE = config.RAW / "003_628869d7c8165c06.txt"

_VOCAB = """minister army support weapons tanks ammunition allies summit talks sanctions border troops city region
defence government parliament spokesman package funding artillery drones shells missiles training coalition forces
officials capital winter energy grid ports grain ships exports refugees hospitals schools villages front offensive
counteroffensive negotiations ceasefire embassy diplomats leaders ministers budget loans aid deliveries systems
jets pilots engineers volunteers families prices markets banks factories railways roads bridges rivers""".split()
_GLUE = "the of and to in that for on with as was by at from it is be has are will this said".split()


def english(seed: int, n_words: int = 120, title: str | None = None) -> str:
    """Distinct English-looking prose (about half function words), reproducible by seed."""
    rng = random.Random(seed)
    words = []
    while len(words) < n_words:
        sent = []
        for i in range(rng.randint(10, 18)):
            sent.append(rng.choice(_GLUE) if i % 2 else rng.choice(_VOCAB))
        sent[0] = sent[0].capitalize()
        words.extend(sent)
        words[-1] += "."
    body = " ".join(words)
    paras = re.sub(r"(\.) ", r"\1\n\n", body, count=3)
    return f"{title}\n\n{paras}" if title else paras


POLISH = ("Minister obrony narodowej poinformował w poniedziałek, że Polska przekaże Ukrainie kolejne czołgi oraz "
          "amunicję. Według niego wsparcie dla sąsiedniego kraju jest konieczne, ponieważ wojna trwa już ponad rok, "
          "a sytuacja na froncie pozostaje bardzo trudna dla ukraińskich żołnierzy i cywilów mieszkających w regionie.")
RUSSIAN = ("Министр обороны заявил в понедельник, что поставки оружия будут продолжены. По его словам, ситуация на "
           "фронте остается сложной, и союзники должны ускорить передачу боеприпасов и систем противовоздушной обороны.")


def _gz(path, data: bytes):
    with gzip.open(path, "wb") as fh:
        fh.write(data)


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    """A mixed, nested folder with every format and every kind of bad input; returns (root, expected statuses)."""
    root = tmp_path_factory.mktemp("raw")
    sub = root / "nested" / "deeper"
    sub.mkdir(parents=True)
    exp = {}  # source suffix -> expected status

    (root / "good.txt").write_text(english(1, title="Good plain text article"), encoding="utf-8")
    exp["good.txt"] = "ok"
    (sub / "front.md").write_text("---\ndate: 2023-05-04\noutlet: Test Times\nurl: https://example.org/a\n"
                                  "title: Front matter title\n---\n# Front matter title\n\n" + english(2),
                                  encoding="utf-8")
    exp["front.md"] = "ok"
    (sub / "side.txt").write_text(english(3, title="Sidecar article"), encoding="utf-8")
    (sub / "side.json").write_text(json.dumps({"published": "2022-03-01", "publisher": "Side Post"}), encoding="utf-8")
    exp["side.txt"] = "ok"
    (root / "nested" / "yml.txt").write_text(english(4, title="YAML sidecar article"), encoding="utf-8")
    (root / "nested" / "yml.yml").write_text("date: 2024-01-02\noutlet: Yaml Daily\n", encoding="utf-8")
    exp["yml.txt"] = "ok"
    (root / "empty.txt").write_bytes(b"")
    exp["empty.txt"] = "empty"
    (root / "blank.txt").write_text("   \n\n\t \n", encoding="utf-8")
    exp["blank.txt"] = "empty"
    (root / "binary.txt").write_bytes(bytes(range(256)) * 20)
    exp["binary.txt"] = "not_text"
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    exp["image.png"] = "not_text"
    (root / "report.docx").write_bytes(b"PK\x03\x04" + bytes(100))
    exp["report.docx"] = "malformed"  # DOCX is read (ingest.exports); this one is a broken zip
    (root / "utf16.txt").write_bytes(english(5, title="UTF-16 article").encode("utf-16"))
    exp["utf16.txt"] = "ok"
    (root / "utf16_nobom.txt").write_bytes(english(22, title="UTF-16 without BOM").encode("utf-16-le"))
    exp["utf16_nobom.txt"] = "decode_fallback"
    (root / "bom.txt").write_bytes(b"\xef\xbb\xbf" + english(6, title="BOM article").encode("utf-8"))
    exp["bom.txt"] = "ok"
    (root / "cp1252.txt").write_bytes(("Windows article\n\n\u201cWe will help,\u201d the minister said. " + english(7))
                                      .encode("cp1252"))
    exp["cp1252.txt"] = "decode_fallback"
    (root / "polish.txt").write_text("Polski artykuł\n\n" + POLISH, encoding="utf-8")
    exp["polish.txt"] = "not_english"
    (root / "russian.txt").write_text("Статья\n\n" + RUSSIAN, encoding="utf-8")
    exp["russian.txt"] = "not_english"
    (root / "big.txt").write_text("Very long article\n\n" + "\n\n".join(english(100 + i) for i in range(60)),
                                  encoding="utf-8")
    exp["big.txt"] = "truncated"
    (root / "zz_dup_of_good.txt").write_text(english(1, title="Good plain text article"), encoding="utf-8")
    exp["zz_dup_of_good.txt"] = "ok"  # an exact copy under its own id: processed, duplicate_of names "good"
    (root / "orphan.yaml").write_text("date: 2020-01-01\n", encoding="utf-8")
    exp["orphan.yaml"] = "not_text"

    jl = [
        json.dumps({"id": "j1", "date": "2022-05-06", "title": "JSONL one", "text": english(8)}),
        '{"id": "j2", "text": "broken json',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "j4", "date": "2022-05-07"}),
        json.dumps({"id": "j5", "text": ""}),
        "",
        json.dumps({"id": "j7", "text": english(8)}),  # the same body as j1 (j1 also has a title): near/exact dup
        json.dumps({"id": "j8", "text": english(9) + " Extra closing words here."}),
        json.dumps({"id": "j9", "text": english(9)}),  # near-duplicate of j8
        json.dumps({"id": "j10", "text": 12345}),
        json.dumps({"id": "20220125T090000Z_GB_en_abc", "text": english(10)}),
    ]
    (root / "records.jsonl").write_text("\n".join(jl) + "\n", encoding="utf-8")
    exp.update({"records.jsonl:line 1": "ok", "records.jsonl:line 2": "malformed", "records.jsonl:line 3": "malformed",
                "records.jsonl:line 4": "empty", "records.jsonl:line 5": "empty", "records.jsonl:line 7": "ok",
                "records.jsonl:line 8": "ok", "records.jsonl:line 9": "ok",
                "records.jsonl:line 10": "malformed", "records.jsonl:line 11": "ok"})

    rows = [["published", "headlines", "articles"],
            ["2022-08-01T16:23:25Z", "CSV first", english(11)],
            ["2022-08-02T10:00:00Z", "CSV second, with comma", english(12)],
            ["2022-08-03", "CSV extra fields", "text", "surplus"],
            ["", "CSV no text", ""]]
    import csv
    import io
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    # a record with broken quoting, then a good one after it
    buf.write('2022-08-04,"Broken "quote" here,"body text"\n')
    buf.write("2022-08-05,CSV last," + english(13).replace("\n", " ") + "\n")
    (root / "table.csv").write_text(buf.getvalue(), encoding="utf-8")
    exp.update({"table.csv:row 1": "ok", "table.csv:row 2": "ok", "table.csv:row 3": "malformed",
                "table.csv:row 4": "empty", "table.csv:row 5": "malformed", "table.csv:row 6": "ok"})
    (root / "unclosed.csv").write_text("id,text\nu1," + english(14).replace("\n", " ") + '\nu2,"never closed\nu3,x\n',
                                       encoding="utf-8")
    exp.update({"unclosed.csv:row 1": "ok", "unclosed.csv:row 2": "malformed"})

    html = ("<html><head><title>HTML page title</title><style>body{color:red} .STYLE_SECRET{}</style>"
            "<script>var SCRIPT_SECRET = 'do not keep me';</script></head><body><nav>Home | News</nav>"
            "<article><h1>HTML page title</h1>"
            + "".join(f"<p>{p}</p>" for p in english(15).split("\n\n"))
            + "<script>console.log('SCRIPT_SECRET_2')</script></article><footer>Copyright</footer></body></html>")
    (sub / "page.html").write_text(html, encoding="utf-8")
    exp["page.html"] = "ok"

    _gz(root / "story.txt.gz", english(16, title="Gzipped text").encode("utf-8"))
    exp["story.txt.gz"] = "ok"
    _gz(sub / "more.jsonl.gz", (json.dumps({"id": "gz1", "text": english(17)}) + "\n"
                                + json.dumps({"id": "gz2", "text": english(18)}) + "\n").encode("utf-8"))
    exp.update({"more.jsonl.gz:line 1": "ok", "more.jsonl.gz:line 2": "ok"})
    _gz(root / "page2.htm.gz", html.replace("HTML page title", "Gzipped HTML").replace(
        "<article>", "<article><p>" + english(19) + "</p>").encode("utf-8"))
    exp["page2.htm.gz"] = "ok"
    _gz(root / "t.csv.gz", b"id,title,text\ncg1,Gz csv," + english(20).replace("\n", " ").encode() + b"\n")
    exp["t.csv.gz:row 1"] = "ok"
    full = gzip.compress(english(21).encode() * 3)
    (root / "cut.txt.gz").write_bytes(full[: len(full) // 2])
    exp["cut.txt.gz"] = "malformed"
    (root / ".hidden.txt").write_text("hidden files are skipped", encoding="utf-8")
    return root, exp


@pytest.fixture(scope="module")
def result(fixtures):
    root, _ = fixtures
    return ingest(root, max_chars=20_000)


def _row(manifest, suffix):
    hit = manifest[manifest["source"].str.endswith("/" + suffix)]
    assert len(hit) == 1, f"{suffix}: {len(hit)} manifest rows"
    return hit.iloc[0]


def test_every_fixture_record_has_the_expected_status(fixtures, result):
    _, exp = fixtures
    _, man = result
    bad = {}
    for suffix, status in exp.items():
        r = _row(man, suffix)
        if r["status"] != status:
            bad[suffix] = (r["status"], r["reason"])
        assert r["status"] == "ok" or r["reason"], f"{suffix}: status {r['status']} without a reason"
    assert not bad, bad
    assert len(man) == len(exp), "no extra or missing manifest rows (hidden files and sidecars are not records)"


def test_tables_match_the_schemas(result):
    arts, man = result
    schema.validate("articles", arts)
    schema.validate("manifest", man)
    assert set(man["status"]) <= set(schema.MANIFEST_STATUSES)
    processed = man[man["status"].isin(["ok", "truncated", "decode_fallback"])]
    assert sorted(processed["article_id"]) == sorted(arts["article_id"])
    assert arts["article_id"].is_unique


def test_text_is_title_blank_line_body(result):
    arts, _ = result
    for _, a in arts.iterrows():
        if a["title_chars"]:
            assert a["text"][: a["title_chars"]] == a["title"]
            assert a["text"][a["title_chars"]: a["title_chars"] + 2] in ("\n\n", "")
        assert a["n_chars"] == len(a["text"])
        assert a["text"].count(a["title"] + "\n\n" + a["title"]) == 0 if a["title"] else True


def test_metadata_from_front_matter_and_sidecars(result):
    arts, _ = result
    a = arts.set_index("article_id")
    assert a.loc["front", "published"] == pd.Timestamp("2023-05-04") and a.loc["front", "date_source"] == "metadata"
    assert a.loc["front", "outlet"] == "Test Times" and a.loc["front", "url"] == "https://example.org/a"
    assert a.loc["front", "title"] == "Front matter title"
    assert not a.loc["front", "text"].startswith("Front matter title\n\n# Front")
    assert a.loc["side", "published"] == pd.Timestamp("2022-03-01") and a.loc["side", "outlet"] == "Side Post"
    assert a.loc["yml", "published"] == pd.Timestamp("2024-01-02") and a.loc["yml", "outlet"] == "Yaml Daily"
    assert a.loc["20220125T090000Z_GB_en_abc", "date_source"] == "filename"
    assert a.loc["20220125T090000Z_GB_en_abc", "published"] == pd.Timestamp("2022-01-25")


def test_csv_aliases_and_generated_ids(result):
    arts, _ = result
    row = arts[arts["title"] == "CSV second, with comma"].iloc[0]
    assert row["published"] == pd.Timestamp("2022-08-02") and row["article_id"] == "table-0002"


def test_html_never_keeps_script_or_style(result):
    arts, _ = result
    for aid in ("page", "page2"):
        t = arts.set_index("article_id").loc[aid, "text"]
        assert "SECRET" not in t and "color:red" not in t and "console.log" not in t
        assert len(t) > 300


def test_gz_and_encodings(result):
    arts, man = result
    a = arts.set_index("article_id")
    assert a.loc["story", "title"] == "Gzipped text"
    assert {"gz1", "gz2", "cg1"} <= set(a.index)
    assert a.loc["utf16", "title"] == "UTF-16 article" and a.loc["bom", "title"] == "BOM article"
    assert a.loc["utf16_nobom", "title"] == "UTF-16 without BOM"
    assert '"We will help," the minister said' in a.loc["cp1252", "text"]
    assert "cp1252" in _row(man, "cp1252.txt")["reason"]


def test_truncated_article_is_cut_with_a_flag(result):
    arts, man = result
    r = _row(man, "big.txt")
    assert r["status"] == "truncated" and "size limit" in r["reason"]
    assert arts.set_index("article_id").loc["big", "n_chars"] <= 20_000 + 100


def test_duplicates_name_the_record_they_duplicate(result):
    arts, man = result
    assert _row(man, "zz_dup_of_good.txt")["duplicate_of"] == "good"
    assert _row(man, "records.jsonl:line 9")["duplicate_of"] == "j8"
    assert _row(man, "records.jsonl:line 7")["duplicate_of"] == "j1"
    # kept copies (dedupe mode 'keep', the default) are articles that name what they copy, and say so in the flags
    a = arts.set_index("article_id")
    assert a.loc["j9", "duplicate_of"] == "j8" and a.loc["j7", "duplicate_of"] == "j1"
    assert a.loc["zz_dup_of_good", "duplicate_of"] == "good" and pd.isna(a.loc["good", "duplicate_of"])
    assert "copy of j8 (near-duplicate (estimated Jaccard" in _row(man, "records.jsonl:line 9")["flags"]
    assert _row(man, "records.jsonl:line 9")["similarity"] < 1.0 <= _row(man, "zz_dup_of_good.txt")["similarity"]


def test_dedupe_modes(tmp_path, monkeypatch):
    body = english(60)
    lines = [json.dumps({"id": f"c{k}", "text": body + ("" if k == 0 else f"\n\n[synthetic copy {k}]")})
             for k in range(3)] + [json.dumps({"id": "same", "text": body}), json.dumps({"id": "c0", "text": body}),
                                   json.dumps({"id": "c0", "text": body + "\n\nOne more sentence at the end."})]
    p = tmp_path / "copies.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    st = lambda **kw: list(ingest(p, **kw)[1]["status"])  # noqa: E731
    # keep: copies under their own id are processed; the same id again (the same record read twice) is set aside
    assert st() == ["ok", "ok", "ok", "ok", "duplicate", "duplicate"]
    arts, man = ingest(p)
    assert arts["duplicate_of"].fillna("").tolist() == ["", "c0", "c0", "c0"]
    assert man["duplicate_of"].fillna("").tolist() == ["", "c0", "c0", "c0", "c0", "c0"]
    assert st(dedupe="near") == ["ok", "duplicate", "duplicate", "duplicate", "duplicate", "duplicate"]
    assert st(dedupe="exact") == ["ok", "ok", "ok", "duplicate", "duplicate", "ok"]
    assert st(dedupe="off") == ["ok"] * 6
    monkeypatch.setenv("PLEDGEWATCH_DEDUPE", "exact")
    assert st() == ["ok", "ok", "ok", "duplicate", "duplicate", "ok"]
    monkeypatch.setenv("PLEDGEWATCH_DEDUPE", "near")
    assert st() == st(dedupe="near")
    with pytest.raises(ValueError):
        st(dedupe="drop")


def test_summary_lists_every_status(result):
    _, man = result
    s = summarize(man)
    for status in set(man["status"]):
        assert status in s
    assert str(len(man)) in s.splitlines()[0]


def test_iter_records_streams_and_never_raises(fixtures, tmp_path):
    root, _ = fixtures
    it = iter_records(root)
    first = next(it)
    assert isinstance(first, tuple) and len(first) == 2
    rows = list(iter_records(tmp_path / "does-not-exist"))
    assert rows[0][1]["status"] == "error"
    assert list(iter_records(tmp_path)) == []  # an empty folder: nothing to report


def test_unreadable_folder_gets_a_row(tmp_path, monkeypatch):
    import os

    (tmp_path / "ok.txt").write_text(english(50, title="Readable"), encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, **kw):  # as if a sub-folder could not be listed (root can read any folder)
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(os, "walk", walk)
    rows = [m for _, m in iter_records(tmp_path)]
    assert [r["status"] for r in rows] == ["error", "ok"]
    assert "could not be listed" in rows[0]["reason"] and rows[0]["source"].endswith("locked")


def test_mapping_overrides_aliases(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("ident,body_text,hl,when\nx1," + english(30).replace("\n", " ") + ",Mapped title,2021-02-03\n",
                 encoding="utf-8")
    arts, man = ingest(p, mapping={"id": "ident", "text": "body_text", "title": "hl", "date": "when"})
    assert list(arts["article_id"]) == ["x1"] and arts.loc[0, "title"] == "Mapped title"
    assert arts.loc[0, "published"] == pd.Timestamp("2021-02-03")
    arts2, man2 = ingest(p)
    assert man2.loc[0, "status"] == "empty" and "mapping" in man2.loc[0, "reason"]


def test_very_large_file_is_read_only_up_to_the_limit(tmp_path):
    p = tmp_path / "huge.txt.gz"
    para = english(300) + "\n\n"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("Huge article\n\n")
        for _ in range(3000):  # ~2.5 MB of text
            fh.write(para)
    arts, man = ingest(p, max_chars=10_000)
    assert man.loc[0, "status"] == "truncated" and "size limit" in man.loc[0, "reason"]
    assert arts.loc[0, "n_chars"] <= 10_000 + len("Huge article") + 2


def test_jsonl_mapping_string_and_truncation(tmp_path):
    p = tmp_path / "r.jsonl"
    long = "\n\n".join(english(200 + i) for i in range(30))
    p.write_text(json.dumps({"key": "k1", "story": long, "hed": "Long one"}) + "\n", encoding="utf-8")
    arts, man = ingest(p, mapping="id=key,text=story,title=hed", max_chars=5000)
    assert man.loc[0, "status"] == "truncated" and arts.loc[0, "article_id"] == "k1"
    assert arts.loc[0, "title"] == "Long one" and arts.loc[0, "n_chars"] <= 5000 + len("Long one") + 2


# ----------------------------------------------------------------------------------------------------- cleaning
def _paragraphs_with_speech(text):
    out = []
    for para in normalize(text).split("\n"):
        if re.search(r'"|\b(said|says|told|warned|promised|vows)\b', para):
            out.append(para)
    return out


@pytest.mark.parametrize("seed", [SEED_DPA, SEED_RFE], ids=["dpa", "rfe"])
def test_seed_furniture_removed_statements_kept(seed):
    raw = seed.read_text(encoding="utf-8")
    title, body = raw.split("\n", 1)
    clean, removed = clean_body(body)
    assert "Oops" not in clean and "Something went wrong" not in clean
    assert "Uwe Anspach/dpa" not in clean and "Live Briefing" not in clean and "Based on reporting" not in clean
    for para in _paragraphs_with_speech(body):
        if "Anspach" in para:
            continue
        assert para in clean, f"statement lost: {para[:80]}"
    if seed == SEED_DPA:
        assert removed["oops_box"] == 2 and removed["caption_slash"] == 2
        assert "Ramstein Air Base. Numerous" not in clean  # the doubled caption is gone, both copies
    else:
        assert removed["live_briefing"] == 1 and removed["based_on_reporting"] == 1


def test_promo_boxes_and_credits_are_removed_and_counted():
    text = ("Officials met in Kyiv on Monday.\n\nVIEW VIDEO Some video title\n\n"
            "Other Topics of Interest Another story: teaser text\n\n"
            "A soldier stands guard. Photograph: Jane Doe/Reuters\n\n"
            '"We will help," the minister said. Photograph: AP\n\n'
            "Advertisement\n\nBased on reporting by Reuters and AP\n\nThe talks ended.")
    clean, removed = clean_body(text)
    assert clean == 'Officials met in Kyiv on Monday.\n\n"We will help," the minister said.\n\nThe talks ended.'
    assert removed["view_video"] == 1 and removed["other_topics"] == 1 and removed["advertisement"] == 1
    assert removed["caption_photograph"] == 1 and removed["caption_photograph:credit_only"] == 1


def test_normalisation_is_reproducible():
    t = "\u201cQuote\u201d  \u2018x\u2019\u00a0 a\r\nb\t\tc\n\n\n\nd\u200b"
    assert normalize(t) == "\"Quote\" 'x' a\nb c\n\nd"
    assert normalize(normalize(t)) == normalize(t)
    c1, _ = clean_body(t)
    c2, _ = clean_body(t)
    assert c1 == c2


# -------------------------------------------------------------------------------------------------------- dates
def test_ramstein_seed_is_dated_2024_03_19():
    arts, man = ingest(SEED_DPA)
    a = arts.iloc[0]
    assert a["article_id"] == "000_1332245036d4884d"
    assert a["published"] == pd.Timestamp("2024-03-19") and a["date_source"] == "war_day"
    assert a["text"].startswith("'We will not let up': US vows to continue support for Ukraine\n\nUS Secretary")
    assert a["title_chars"] == len("'We will not let up': US vows to continue support for Ukraine")


def test_date_order_and_reasons():
    assert resolve_date("2022-08-01T16:23:25Z")[:2] == (dt.date(2022, 8, 1), "metadata")
    assert resolve_date(None, ["20220125T090000Z_GB_en_x"])[:2] == (dt.date(2022, 1, 25), "filename")
    assert resolve_date(None, ["breitbart_2016-09-12_story"])[:2] == (dt.date(2016, 9, 12), "filename")
    assert resolve_date(None, ["000_1332245036d4884d"])[1] == "unknown"
    assert resolve_date(None, [], "KYIV, Tuesday, March 19, 2024 - text")[:2] == (dt.date(2024, 3, 19), "text_date")
    assert resolve_date(None, [], "Title\n\nPublished 2023-06-01 10:00\n\nBody text.")[:2] == (dt.date(2023, 6, 1), "text_date")
    d, src, why = resolve_date(None, [], "The war began on a Thursday.\n\nIt has gone on since February 24, 2022.")
    assert d is None and src == "unknown" and "historical" in why
    assert resolve_date(None, [], "on day 387 of the invasion")[0] == WAR_DAY_ONE + dt.timedelta(days=386)
    d, src, _ = resolve_date(None, [], "He spoke on Thursday, April 7. Last year, in 2021, ...")
    assert (d, src) == (dt.date(2022, 4, 7), "weekday")
    d, src, why = resolve_date(None, [], "He spoke on Thursday, April 7.")
    assert d is None and "no year" in why
    d, src, why = resolve_date("not a date", [], "")
    assert d is None and "could not be read" in why


# ----------------------------------------------------------------------------------------------------- language
def test_language_check():
    assert check_english(english(40))[0]
    assert check_english(SEED_DPA.read_text(encoding="utf-8"))[0]
    assert not check_english(POLISH)[0]
    assert not check_english(RUSSIAN)[0]
    assert check_english("Short headline about Ukraine")[0]


# A standing editorial note appended to every article of a series (boilerplate.csv `standing_editors_note`): our own
# wording around the note's fixed opening and close, one line, broken over lines, and before a paragraph that stays.
_NOTES = [
    "Editor's note: Donald Trump is a serial liar and birther who has pledged to keep a whole faith from entering the U.S.",
    "Editor\u2019s note: Donald Trump regularly\nincites political violence and is a serial liar,\nbigot and birther who "
    "has vowed to stop all members of one faith from\nentering the U.S.",
    "Editor's note: Donald Trump regularly incites political violence and is a serial liar who has\xa0promised to bar "
    "believers of one religion from entering the U.S.",
]


@pytest.mark.parametrize("note", _NOTES, ids=["short", "broken", "long"])
def test_standing_editors_note_is_furniture(note):
    body = f"The candidate spoke in Ohio on Monday, his aides said.\n\n{note}\n\nThe rally ended at dusk."
    clean, removed = clean_body(body)
    assert clean == "The candidate spoke in Ohio on Monday, his aides said.\n\nThe rally ended at dusk."
    assert removed["standing_editors_note"] == 1


def test_correction_notes_and_other_notes_stay():
    body = ("Editor's Note: A report on Tuesday said the senator had left; the senator's office said she had not.\n\n"
            "Editor's note: The mayor is a candidate in the race and, he said, will stay in it.")
    assert clean_body(body)[0] == body


@pytest.mark.parametrize("key,start,end", [("dcd6e9aa0e", 2131, 2348), ("70be485cac", 3381, 3632),
                                           ("5035bea8e9", 3268, 3519)], ids=["pt-a", "pt-b", "dev"])
def test_standing_editors_note_in_polnear_articles(key, start, end):
    from support import shared_span

    note = shared_span(key, start, end)
    assert clean_body(f"Officials met on Monday.\n\n{note}")[0] == "Officials met on Monday."


@pytest.mark.parametrize("title, body", [
    # our own wording of three newspapers' headline-and-deck titles, repeated as the body's first paragraph
    ("Council passes budget after long night; Members criticize cuts to bus routes",
     "Council passes budget after long night;\nMembers criticize cuts to bus routes.\n\nThe council met on Monday."),
    ("Storm hits the coast; Some residents vow to rebuild",
     "Storm hits the coast; \nSome residents vow to rebuild.\n\nThe storm hit on Monday."),
    ("Mayor wins second term; Rival concedes in a short speech",
     "Mayor wins second term;\n Rival concedes in a short speech\n\nThe mayor won on Monday."),
])
def test_the_bodys_copy_of_a_title_broken_over_lines_is_not_repeated(title, body):
    from pledgewatch.ingest.core import _compose

    text, n = _compose(title, body)
    assert n == len(title) and text == f"{title}\n\n{body.split(chr(10) * 2, 1)[1]}"


def test_a_first_paragraph_that_differs_from_the_title_stays():
    from pledgewatch.ingest.core import _compose

    body = "Storm hits the coast;\nresidents flee inland.\n\nThe storm hit on Monday."
    assert _compose("Storm hits the coast", body)[0] == f"Storm hits the coast\n\n{body}"


@pytest.mark.parametrize("title, body", [
    # our own wording of headlines that end with a quotation, repeated with a full stop inside the closing mark
    ("Mayor: 'We will rebuild the bridge'", "Mayor: 'We will rebuild the bridge.'\n\nThe mayor spoke on Monday."),
    ('Senator says the plan is "dead on arrival"', 'Senator says the plan is "dead on arrival."\n\nThe bill failed.'),
    ("Coach: \u2018We Were Not Ready\u2019", "Coach: \u2018We Were Not Ready.\u2019\n\nThe team lost on Sunday."),
])
def test_the_bodys_copy_of_a_title_with_a_full_stop_inside_its_closing_quote_is_not_repeated(title, body):
    from pledgewatch.ingest.core import _compose

    text, n = _compose(title, body)
    assert n == len(title) and text == f"{title}\n\n{body.split(chr(10) * 2, 1)[1]}"


def test_a_one_line_first_paragraph_with_more_words_than_the_title_stays():
    from pledgewatch.ingest.core import _compose

    body = "Mayor: 'We will rebuild the bridge soon.'\n\nThe mayor spoke on Monday."
    assert _compose("Mayor: 'We will rebuild the bridge'", body)[0] == f"Mayor: 'We will rebuild the bridge'\n\n{body}"


@pytest.mark.parametrize("caption", [
    "0:59 Minister 'very worried' about possible Russian invasion of Ukraine – video",
    "1:32 Zelenskiy addresses parliament in London by video link – video",
    "2:05 'We will fight on': residents of Kharkiv on the shelling - video",
    # review of round 29: a video an hour or longer
    "1:02:15 Zelenskiy's full address to the European parliament – video",
])
def test_a_guardian_video_caption_inside_the_text_is_furniture(caption):
    """Round 29: the Guardian's embedded video (running time, title, '– video') on its own line is a caption, not
    text (ANNOTATION.md: captions are no statements); a quotation that goes on after it continues its paragraph."""
    text = f'She said: "The big risk is an invasion.\n\n{caption}\n\n"This would not stop at Ukraine."\n\nTalks ended.'
    clean, removed = clean_body(text)
    assert clean == 'She said: "The big risk is an invasion.\n\n"This would not stop at Ukraine."\n\nTalks ended.'
    assert removed["guardian_video"] == 1


def test_a_time_and_the_word_video_inside_a_sentence_stay():
    text = "12:45 The minister said the video of the strike would be released.\n\nTalks ended."
    assert clean_body(text)[0] == text


def test_a_quotation_going_on_after_a_video_caption_is_the_speakers(nlp):
    from support import extract_rows

    text = ('She said: "The big risk is an invasion of Ukraine.\n\n'
            "0:59 Minister 'very worried' about possible Russian invasion of Ukraine – video\n\n"
            '"This would not stop at Ukraine, and other states would be next."')
    rows = extract_rows(nlp, clean_body(text)[0])
    assert "This would not stop at Ukraine, and other states would be next." in [r["text"] for r in rows]


# Canadian outlets' embedded video boxes (boilerplate.csv `watch_box`, round 38, ggt_dev's articles), in our own
# words: Global News's "WATCH BELOW:" blurb (a reporter's "As X reports, ..." inside it, 300+ characters), CBC's and
# CTV's "Watch: <title>. Story continues below.", a video title that attributes speech; a sentence of the story
# that opens with the verb "watch" in lower case stays.
_WATCH_BOXES = [
    "WATCH BELOW: A dispute over a proposed provincial park continues in the west of the province. Public sessions "
    "have been called off amid claims of harassment at earlier meetings and online. As Jane Roe reports, a protest "
    "is planned for Monday by residents who say the whole consultation process has been flawed from the very "
    "start. (Sun, Jan 6)",
    "Watch: Inside the most expensive condo in the city. Story continues below.",
    "Watch: Prime minister says Beijing is 'acting arbitrarily' in the sentencing of a Canadian",
]


@pytest.mark.parametrize("box", _WATCH_BOXES, ids=["watch_below", "story_continues", "speech_title"])
def test_a_canadian_video_box_is_furniture(box):
    body = f"The council met on Monday, the mayor said.\n\n{box}\n\nThe vote was delayed."
    clean, removed = clean_body(body)
    assert clean == "The council met on Monday, the mayor said.\n\nThe vote was delayed."
    assert removed["watch_box"] == 1


@pytest.mark.parametrize("body", [
    "Watch closely: the minister said the budget would be tabled in March.",
    "Watch: the minister said the levee would hold until Friday, but residents were already leaving.",
    'Watch: "We will not leave," said one farmer whose field lies below the dam.',
    'Watch: That is what the mayor told residents. "We are going to rebuild," she said.',
], ids=["watch-closely", "a-sentence", "a-quotation", "two-sentences"])
def test_watch_as_a_verb_in_the_story_stays(body):
    """A "Watch:" line that is a sentence of the story (it ends as one, without "Story continues below.") stays."""
    assert clean_body(body)[0] == body
