"""Database exports (ingest.exports): small files of each format built here, and the real samples in
../shared/fixtures (skipped where ../shared is absent)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pledgewatch import config
from pledgewatch.ingest import exports, ingest

FIX = config.SHARED / "fixtures"

PARA_A = ("Defence ministers met at Ramstein on Tuesday to discuss new air defence for Ukraine. The minister said that "
          "the government would send two more systems before the winter, and that the training of crews had begun.")
PARA_B = ("Officials in Kyiv welcomed the decision. They said they had asked for the systems for months and that the "
          "need was urgent because of the attacks on the power grid over the past weeks.")


def _wrap(text: str, width: int = 70) -> str:
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join(out + [line])


def lexisnexis_text(docs) -> str:
    parts = [f"Download Request: Selected Items: 1-{len(docs)}\nTime Of Request: Friday, March 20, 2018  16:51:31\n\n"]
    for i, (outlet, date, title, byline, body) in enumerate(docs, 1):
        parts.append(f"\n{'':30}{i} of {len(docs)} DOCUMENTS\n\n\n{'':30}{outlet}\n\n{'':28}{date}\n\n{title}\n\n"
                     + (f"BYLINE: {byline}\n\n" if byline else "")
                     + f"LENGTH: {len(body.split())} words\n\n\n"
                     + "\n\n".join(_wrap(p) for p in body.split("\n\n"))
                     + "\n\n\nLOAD-DATE: January 11, 2010\n\nLANGUAGE: ENGLISH\n\nGRAPHIC: A photo caption that\n"
                       "runs on two lines\n\nPUBLICATION-TYPE: Newspaper\n\n\n"
                     + f"{'':23}Copyright 2010 {outlet}\n{'':30}All Rights Reserved\n")
    return "".join(parts)


LN_DOCS = [
    ("The Times (London)", "March 19, 2024 Tuesday", "Allies pledge air defence", "Tom Coghlan", f"{PARA_A}\n\n{PARA_B}"),
    ("Guardian.com", "April 7, 2022 Thursday", "Ministers meet in Brussels", None, PARA_B),
    ("Kyiv Post", "May 2, 2023", "Crews trained abroad\nas systems arrive", "Staff", PARA_A),
]


def test_lexisnexis_text_export_splits_into_documents(tmp_path):
    f = tmp_path / "export.txt"
    f.write_text(lexisnexis_text(LN_DOCS).replace("\n", "\r\n"), encoding="utf-8")
    arts, man = ingest(f)
    assert len(man) == 3 and list(man["format"].unique()) == ["lexisnexis_txt"]
    assert man["source"].tolist() == [f"{f}:doc {i}" for i in (1, 2, 3)]
    assert man["title"].tolist() == ["Allies pledge air defence", "Ministers meet in Brussels",
                                     "Crews trained abroad as systems arrive"]
    assert man["outlet"].tolist() == ["The Times", "The Guardian", "Kyiv Post"]
    assert (man["outlet_source"] == "export").all()
    assert [d.date() for d in man["published"]] == [dt.date(2024, 3, 19), dt.date(2022, 4, 7), dt.date(2023, 5, 2)]
    a = arts.set_index("article_id")
    assert a.loc["export-doc001", "byline"] == "Tom Coghlan"
    assert a.loc["export-doc001", "word_count"] == len(f"{PARA_A} {PARA_B}".split())
    assert a.loc["export-doc001", "language"] == "en" and a.loc["export-doc001", "date_source"] == "metadata"
    text = a.loc["export-doc001", "text"]
    assert text.startswith("Allies pledge air defence\n\nDefence ministers met at Ramstein")
    assert "LOAD-DATE" not in text and "photo caption" not in text and "Copyright" not in text
    assert "BYLINE" not in text and "LENGTH" not in text
    assert "crews had begun.\n\nOfficials in Kyiv" in text  # hard-wrapped lines joined into paragraphs
    assert a.loc["export-doc003", "outlet_country"] == "UA"


def test_lexisnexis_export_is_recognised_by_content_not_name(tmp_path):
    (tmp_path / "download_2024").write_text(lexisnexis_text(LN_DOCS[:2]), encoding="utf-8")  # no extension
    (tmp_path / "plain.txt").write_text(f"Just a title\n\n{PARA_A}\n", encoding="utf-8")
    _, man = ingest(tmp_path)
    fmt = dict(zip(man["source"].map(lambda s: Path(s.split(":doc")[0]).name + (":doc" in s) * "*"), man["format"], strict=True))
    assert fmt == {"download_2024*": "lexisnexis_txt", "plain.txt": "text"}
    assert len(man) == 3


def _nexis_docx(path: Path, docs, cover=True):
    import docx

    d = docx.Document()
    if cover:
        d.add_paragraph("Date and Time: Friday, 5. July 2019 09:31:00 CEST")
        d.add_paragraph(f"Documents ({len(docs)})")
        for i, doc in enumerate(docs, 1):
            d.add_paragraph(f"{i}. {doc[2]}")
            d.add_paragraph("Client/Matter: -None-")
            d.add_paragraph("Search Terms: Ukraine")
    for outlet, date, title, byline, body in docs:
        d.add_paragraph(title)
        d.add_paragraph(outlet)
        d.add_paragraph(date)
        d.add_paragraph("Copyright 2023 The outlet All Rights Reserved")
        d.add_paragraph("Section:\u00a0WORLD; Version:3")
        d.add_paragraph(f"Length:\u00a0{len(body.split())} words")
        if byline:
            d.add_paragraph(f"Byline:\u00a0{byline}")
        d.add_paragraph("Body")
        for p in body.split("\n\n"):
            d.add_paragraph(p)
        d.add_paragraph("Classification")
        d.add_paragraph("Language:\u00a0ENGLISH")
        d.add_paragraph("Load-Date:\u00a0July 4, 2023")
        d.add_paragraph("End of Document")
    d.save(path)


def test_nexis_uni_docx_one_row_per_article(tmp_path):
    f = tmp_path / "nexis.docx"
    docs = [("The Guardian(London)", "July 1, 2023 Saturday 9:20 AM GMT", "Allies pledge air defence", "Dan Sabbagh",
             f"{PARA_A}\n\n{PARA_B}"),
            ("The Washington Post", "July 3, 2023 Monday 7:53 PM GMT", "Kyiv welcomes the decision", None, PARA_B)]
    _nexis_docx(f, docs)
    arts, man = ingest(f)
    assert man["format"].tolist() == ["nexis_uni_docx"] * 2 and man["status"].tolist() == ["ok", "ok"]
    assert man["title"].tolist() == ["Allies pledge air defence", "Kyiv welcomes the decision"]
    assert man["outlet"].tolist() == ["The Guardian", "The Washington Post"]
    assert [d.date() for d in man["published"]] == [dt.date(2023, 7, 1), dt.date(2023, 7, 3)]
    a = arts.iloc[0]
    assert a["byline"] == "Dan Sabbagh" and a["word_count"] == len(f"{PARA_A} {PARA_B}".split())
    assert a["language"] == "en"
    assert a["text"] == f"Allies pledge air defence\n\n{PARA_A}\n\n{PARA_B}"
    assert arts.iloc[1]["text"] == f"Kyiv welcomes the decision\n\n{PARA_B}"


def test_a_word_file_that_is_not_an_export_is_one_article(tmp_path):
    import docx

    d = docx.Document()
    for p in ("Notes on the Ramstein meeting", PARA_A, PARA_B):
        d.add_paragraph(p)
    d.save(tmp_path / "notes.docx")
    arts, man = ingest(tmp_path / "notes.docx")
    assert man["format"].tolist() == ["docx"] and man["article_id"].tolist() == ["notes"]
    assert arts.iloc[0]["title"] == "Notes on the Ramstein meeting"
    assert arts.iloc[0]["text"].endswith(PARA_B)


def _rtf(text: str) -> str:
    body = text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    body = "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in body)
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 " + body.replace("\n", "\\par\n") + "}"


def test_lexisnexis_rtf_export_and_an_rtf_named_doc(tmp_path):
    (tmp_path / "ln.rtf").write_text(_rtf(lexisnexis_text(LN_DOCS)), encoding="ascii")
    (tmp_path / "old_export.doc").write_text(_rtf(lexisnexis_text(LN_DOCS[:1])), encoding="ascii")  # RTF saved as .doc
    arts, man = ingest(tmp_path, dedupe="off")
    assert man["format"].tolist() == ["lexisnexis_rtf"] * 4
    assert man["title"].tolist()[:3] == ["Allies pledge air defence", "Ministers meet in Brussels",
                                         "Crews trained abroad as systems arrive"]
    assert man["outlet"].tolist()[:3] == ["The Times", "The Guardian", "Kyiv Post"]
    assert arts.iloc[0]["text"].endswith("power grid over the past weeks.")


FACTIVA_HTML = """<html><head><title>Factiva</title><script>var x = 1;</script></head><body>
<div id="article-{id1}" class="article"><div class="article enArticle">
<p></p><div id="hd"><span class="enHeadline">Allies pledge air defence</span></div>
<div class="author">By Jane Smith</div><div>412 words</div><div>19 March 2024</div><div>08:15</div>
<div>Financial Times</div><div>FTCOM</div><div>English</div><div>(c) 2024 The Financial Times Limited</div>
<p class="articleParagraph enarticleParagraph">{a}</p><p class="articleParagraph enarticleParagraph">{b}</p>
<p>Document {id1}</p></div></div>
<div id="article-{id2}" class="article"><div class="article enArticle">
<p></p><div id="hd"><span class="enHeadline">Kyiv welcomes the decision</span></div>
<div>88 words</div><div>20 March 2024</div><div>The Kyiv Independent</div><div>KYIVIN</div><div>English</div>
<div>Copyright 2024 The Kyiv Independent</div>
<p class="articleParagraph enarticleParagraph">{b}</p><p>Document {id2}</p></div></div>
</body></html>"""
ID1, ID2 = "FTCOM00020240319ek3j0001x", "KYIVIN0020240320ek3k0002y"


def test_factiva_html_export(tmp_path):
    f = tmp_path / "Factiva.html"
    f.write_text(FACTIVA_HTML.format(id1=ID1, id2=ID2, a=PARA_A, b=PARA_B), encoding="utf-8")
    arts, man = ingest(f)
    assert man["article_id"].tolist() == [ID1, ID2]  # the Factiva document id
    assert man["format"].tolist() == ["factiva_html"] * 2 and man["status"].tolist() == ["ok", "ok"]
    assert man["title"].tolist() == ["Allies pledge air defence", "Kyiv welcomes the decision"]
    assert man["outlet"].tolist() == ["Financial Times", "The Kyiv Independent"]
    assert [d.date() for d in man["published"]] == [dt.date(2024, 3, 19), dt.date(2024, 3, 20)]
    a = arts.set_index("article_id")
    assert a.loc[ID1, "byline"] == "Jane Smith" and a.loc[ID1, "word_count"] == 412
    assert a.loc[ID1, "text"] == f"Allies pledge air defence\n\n{PARA_A}\n\n{PARA_B}"
    assert "var x" not in a.loc[ID1, "text"] and "Document" not in a.loc[ID2, "text"]


def test_factiva_rtf_export(tmp_path):
    block = ("Allies pledge air defence\nBy Jane Smith\n412 words\n19 March 2024\nFinancial Times\nFTCOM\nEnglish\n"
             f"(c) 2024 The Financial Times Limited\n{PARA_A}\n\n{PARA_B}\n\nDocument {ID1}\n\n\n"
             f"Kyiv welcomes the decision\n88 words\n20 March 2024\nThe Kyiv Independent\nKYIVIN\nEnglish\n"
             f"Copyright 2024 The Kyiv Independent\n{PARA_B}\n\nDocument {ID2}\n")
    (tmp_path / "factiva.rtf").write_text(_rtf(block), encoding="ascii")
    arts, man = ingest(tmp_path / "factiva.rtf")
    assert man["format"].tolist() == ["factiva_rtf"] * 2 and man["article_id"].tolist() == [ID1, ID2]
    assert man["outlet"].tolist() == ["Financial Times", "The Kyiv Independent"]
    assert man["title"].tolist() == ["Allies pledge air defence", "Kyiv welcomes the decision"]
    assert [d.date() for d in man["published"]] == [dt.date(2024, 3, 19), dt.date(2024, 3, 20)]
    assert arts.iloc[0]["text"] == f"Allies pledge air defence\n\n{PARA_A}\n\n{PARA_B}"
    assert arts.iloc[0]["byline"] == "Jane Smith"


@pytest.mark.parametrize("line,want", [
    ("January 11, 2010 Monday", dt.date(2010, 1, 11)),
    ("July 1, 2019 Monday 9:20 AM GMT", dt.date(2019, 7, 1)),
    ("9 Mai 1998", dt.date(1998, 5, 9)),
    ("18 April 1998", dt.date(1998, 4, 18)),
    ("3 mars 2022", dt.date(2022, 3, 3)),
    ("Guardian.com", None),
    ("664 Wörter", None),
])
def test_export_date_lines(line, want):
    assert exports.parse_date_line(line) == want


def test_word_counts_and_languages():
    assert exports.word_count("2,968 words") == 2968 and exports.word_count("664 Wörter") == 664
    assert exports.word_count("18 April") is None and exports.word_count("ENGLISH") is None
    assert exports.language_code("ENGLISH") == "en" and exports.language_code("Deutsch") == "de"


# ------------------------------------------------------------------------------------ the real samples (../shared)
needs_fixtures = pytest.mark.skipif(not FIX.is_dir(), reason=f"{FIX} is absent (shared fixtures)")


@needs_fixtures
def test_lexisnexis_sample_txt_gives_ten_rows_with_metadata():
    _, man = ingest(FIX / "lexisnexis" / "sample.TXT")
    assert len(man) == 10
    assert man["title"].notna().all() and man["published"].notna().all() and man["outlet"].notna().all()
    assert man["title"].iloc[7] == "PRISONER OF HIS OWN CABINET"
    assert man["outlet"].tolist()[:4] == ["The Guardian", "The Guardian", "The Sun", "The Times"]
    assert man["published"].iloc[0].date() == dt.date(2010, 1, 11)
    assert man["published"].iloc[9].date() == dt.date(2010, 1, 9)


@needs_fixtures
def test_nexis_uni_sample_docx_gives_one_row_per_article():
    _, man = ingest(FIX / "lexisnexis" / "sample.DOCX")
    assert len(man) == 10
    assert man["title"].notna().all() and man["published"].notna().all()
    assert (man["outlet"] == "The Guardian").all()
    assert man["title"].iloc[6] == "Sample Headline" and man["published"].iloc[6].date() == dt.date(2019, 7, 3)
    _, one = ingest(FIX / "lexisnexis" / "test.DOCX")  # a one-line Word file, not an export
    assert len(one) == 1 and one["title"].iloc[0] == "LexisNexis Uni Test" and one["status"].iloc[0] == "empty"


@needs_fixtures
def test_factiva_sample_html_gives_one_row_per_article():
    arts, man = ingest(FIX / "factiva" / "Factiva-example.html")
    assert man["article_id"].tolist() == ["pnp0000020010926du4i003v3", "sddz000020010927du5900a1e"]
    assert man["outlet"].tolist() == ["Passauer Neue Presse", "Süddeutsche Zeitung"]
    assert [d.date() for d in man["published"]] == [dt.date(1998, 4, 18), dt.date(1998, 5, 9)]
    assert man["title"].tolist() == ["MEINUNG.ZU 50 JAHRE ISRAEL.", "Fragen an das Land von Dani, Rami und Uzi."]
    # German articles (the export says 'Deutsch'): set aside, even the one whose placeholder text is 4 English words
    assert man["status"].tolist() == ["not_english", "not_english"]
    assert "the export gives its language as 'de'" in man["reason"].iloc[0]


def test_an_article_the_export_labels_as_another_language_is_set_aside(tmp_path):
    f = tmp_path / "export.txt"
    f.write_text(lexisnexis_text(LN_DOCS[:1]).replace("LANGUAGE: ENGLISH", "LANGUAGE: GERMAN"), encoding="utf-8")
    arts, man = ingest(f)
    assert len(arts) == 0 and man["status"].tolist() == ["not_english"]
    assert man["reason"].iloc[0].startswith("the export gives its language as 'de'")
    assert man["outlet"].iloc[0] == "The Times" and man["title"].iloc[0] == "Allies pledge air defence"


def test_lexisnexis_export_without_centring_or_header_fields(tmp_path):
    text = "\n".join(ln.lstrip() for ln in lexisnexis_text(LN_DOCS).split("\n"))  # nothing indented
    text = "\n".join(ln for ln in text.split("\n") if not ln.startswith(("BYLINE:", "LENGTH:")))  # no header fields
    text = re.sub(r"LOAD-DATE:.*?PUBLICATION-TYPE: Newspaper\n", "", text, flags=re.S)  # nor footer fields
    (tmp_path / "flat.txt").write_text(text, encoding="utf-8")
    arts, man = ingest(tmp_path / "flat.txt")
    assert man["title"].tolist() == ["Allies pledge air defence", "Ministers meet in Brussels",
                                     "Crews trained abroad as systems arrive"]
    assert man["outlet"].tolist() == ["The Times", "The Guardian", "Kyiv Post"]
    assert man["published"].notna().all()
    assert arts.iloc[0]["text"] == f"Allies pledge air defence\n\n{PARA_A}\n\n{PARA_B}"


def test_nexis_uni_rtf_export(tmp_path):
    lines = []
    for title, outlet, date, body in [("Allies pledge air defence", "The Guardian(London)", "July 1, 2023 Saturday",
                                       f"{PARA_A}\n{PARA_B}"),
                                      ("Kyiv welcomes the decision", "Kyiv Post", "July 3, 2023 Monday", PARA_B)]:
        lines += [title, outlet, date, "Length:\u00a0120 words", "Body", *body.split("\n"), "Load-Date: July 4, 2023",
                  "End of Document", ""]
    (tmp_path / "nexis.rtf").write_text(_rtf("\n".join(lines)), encoding="ascii")
    arts, man = ingest(tmp_path / "nexis.rtf")
    assert man["format"].tolist() == ["nexis_uni_rtf"] * 2
    assert man["title"].tolist() == ["Allies pledge air defence", "Kyiv welcomes the decision"]
    assert man["outlet"].tolist() == ["The Guardian", "Kyiv Post"]
    assert arts.iloc[0]["text"] == f"Allies pledge air defence\n\n{PARA_A}\n\n{PARA_B}"
    assert arts.iloc[0]["word_count"] == 120


def test_factiva_html_without_article_ids_and_an_unknown_language_label(tmp_path):
    html = (FACTIVA_HTML.format(id1=ID1, id2=ID2, a=PARA_A, b=PARA_B)
            .replace(f'id="article-{ID1}" ', "").replace(f'id="article-{ID2}" ', "")
            .replace("<div>English</div>", "<div>English; ENGLISH</div>", 1))
    f = tmp_path / "factiva.htm"
    f.write_text(html, encoding="utf-8")
    arts, man = ingest(f)
    assert man["article_id"].tolist() == [ID1, ID2]  # from the 'Document <id>' line
    assert man["status"].tolist() == ["ok", "ok"] and arts["language"].tolist() == ["en", "en"]
    assert man["title"].tolist() == ["Allies pledge air defence", "Kyiv welcomes the decision"]


def test_a_line_break_inside_a_word_paragraph_is_kept(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Notes on the Ramstein meeting")
    p = d.add_paragraph(PARA_A)
    p.add_run().add_break()
    p.add_run(PARA_B)
    d.save(tmp_path / "notes.docx")
    arts, _ = ingest(tmp_path / "notes.docx")
    text = arts.iloc[0]["text"]
    assert "begun.Officials" not in text and ("begun. Officials" in text or "begun.\nOfficials" in text)
