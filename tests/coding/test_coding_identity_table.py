"""One identity per named person across a run (pledgewatch.coding.identity_table, speakers.parquet)."""

import pandas as pd
import pyarrow as pa

from pledgewatch import schema
from pledgewatch.coding import identity_table as T


def _row(name, article, country="", official=True, role="", text="", typ="person", date="2022-06-01"):
    return {"article_id": article, "published": pd.Timestamp(date), "speaker_name": name, "speaker_id": name,
            "speaker_role": role, "speaker_text": text or name, "speaker_type": typ, "speaker_country": country,
            "speaker_is_official": official}


def _frame(rows):
    return pd.DataFrame(rows)


def test_proper_names_are_pooled_descriptions_are_not():
    assert T.is_proper_name("Ursula von der Leyen")
    assert T.is_proper_name("Jonas Petraitis")
    assert T.is_proper_name("Oleksandr Striuk")
    assert not T.is_proper_name("An Ukrinform correspondent")
    assert not T.is_proper_name("a senior official")
    assert not T.is_proper_name("The official")
    assert not T.is_proper_name("Petraitis")  # a surname alone may be anyone's
    assert not T.is_proper_name("UNKNOWN")


def test_one_article_that_says_who_the_person_is_identifies_them_in_the_others():
    # "Lithuanian Foreign Minister Jonas Petraitis" in one article; two others only say "Petraitis" near words on
    # Russia (a person officials.csv does not list)
    rows = [_row("Jonas Petraitis", "a1", country="Lithuania", role="Lithuanian Foreign Minister"),
            _row("Jonas Petraitis", "a2", country="Russia"),
            _row("Jonas Petraitis", "a3", country="Russia", date="2022-07-01")]
    table = T.build(_frame(rows))
    row = table.set_index("speaker_id").loc["Jonas Petraitis"]
    assert (row["country"], row["country_evidence"], row["n_articles"], row["n_evidenced_articles"]) == \
        ("Lithuania", "mention", 3, 1)
    assert row["n_countries"] == 2
    out = T.apply(_frame(rows), table)
    assert out["speaker_country"].tolist() == ["Lithuania"] * 3


def test_the_country_most_articles_give_when_none_says_who_the_person_is():
    # no article has evidence: the country that two thirds of the person's articles give (at least two articles)
    rows = [_row("Oksana Marchenko", "b1", country="Ukraine"), _row("Oksana Marchenko", "b2", country="Ukraine"),
            _row("Oksana Marchenko", "b3", country="Belarus"),
            # a person of one article only: its context is that article's guess, the table keeps nothing
            _row("Petro Hnatiuk", "b4", country="Russia"), _row("Petro Hnatiuk", "b4", country="Ukraine"),
            # articles that disagree evenly: no country
            _row("Ivan Sirko", "b5", country="Russia"), _row("Ivan Sirko", "b6", country="Ukraine")]
    table = T.build(_frame(rows)).set_index("speaker_id")
    assert (table.loc["Oksana Marchenko", "country"], table.loc["Oksana Marchenko", "country_evidence"]) == \
        ("Ukraine", "articles")
    assert table.loc["Petro Hnatiuk", "country"] == "" and table.loc["Ivan Sirko", "country"] == ""
    out = T.apply(_frame(rows), table.reset_index())
    assert out["speaker_country"].tolist() == ["Ukraine", "Ukraine", "Ukraine", "Russia", "Ukraine", "Russia", "Ukraine"]


def test_one_article_gives_one_person_one_country():
    # no evidence anywhere and one article only: the country most of the person's rows there give
    rows = [_row("Petro Hnatiuk", "g1", country="Ukraine"), _row("Petro Hnatiuk", "g1", country="Russia"),
            _row("Petro Hnatiuk", "g1", country="Ukraine"),
            _row("Mykola Bondar", "g2", country="Belarus"), _row("Mykola Bondar", "g2", country="Ukraine"),
            _row("Mykola Bondar", "g2", country="Ukraine"), _row("Mykola Bondar", "g2", country="")]
    out = T.apply(_frame(rows), T.build(_frame(rows)))
    assert out["speaker_country"].tolist() == ["Ukraine"] * 3 + ["Ukraine"] * 4


def test_an_article_that_identifies_the_person_keeps_what_it_says():
    rows = [_row("Jonas Petraitis", "c1", country="Lithuania", role="Lithuanian Foreign Minister"),
            _row("Jonas Petraitis", "c2", country="Lithuania", role="Lithuanian Foreign Minister"),
            _row("Jonas Petraitis", "c3", country="Latvia", role="Latvian diplomat")]
    out = T.apply(_frame(rows), T.build(_frame(rows)))
    assert out["speaker_country"].tolist() == ["Lithuania", "Lithuania", "Latvia"]


def test_official_status_from_evidenced_mentions_fills_articles_without_any():
    rows = [_row("Anna Kovac", "d1", official=False, role="analyst at a think tank"),
            _row("Anna Kovac", "d2", official=True),  # the statements stage guessed an office
            _row("Marek Zielinski", "d3", official=True, role="Polish deputy defence minister"),
            _row("Marek Zielinski", "d4", official=False)]
    table = T.build(_frame(rows)).set_index("speaker_id")
    assert table.loc["Anna Kovac", "official"] == False  # noqa: E712 (pandas BooleanDtype)
    assert table.loc["Marek Zielinski", "official"] == True  # noqa: E712
    out = T.apply(_frame(rows), table.reset_index())
    assert out["speaker_is_official"].tolist() == [False, False, True, True]


def test_unnamed_and_generic_speakers_are_not_pooled():
    rows = [_row("a senior official", "e1", country="Ukraine"), _row("a senior official", "e2", country="Ukraine"),
            _row("a senior official", "e3", country="United States"),
            _row("Foreign Ministry", "e4", country="Russia", typ="organization"),
            _row("Foreign Ministry", "e5", country="Russia", typ="organization"),
            _row("Foreign Ministry", "e6", country="Ukraine", typ="organization")]
    table = T.build(_frame(rows))
    assert table.empty
    assert T.apply(_frame(rows), table)["speaker_country"].tolist() == [r["speaker_country"] for r in rows]


def test_the_table_passes_its_schema_and_the_arrow_pass_keeps_column_types():
    rows = [_row("Jonas Petraitis", "f1", country="Lithuania", role="Lithuanian Foreign Minister"),
            _row("Jonas Petraitis", "f2", country="Russia", date="2023-01-05"),
            _row("Oksana Marchenko", "f3", country="Ukraine", date=None),
            _row("Oksana Marchenko", "f4", country="Ukraine")]
    table = schema.validate("speakers", T.build(_frame(rows)))
    assert table["first_date"].min() == pd.Timestamp("2022-06-01")
    part = pa.Table.from_pandas(_frame(rows), preserve_index=False)
    out = T.arrow_transform(table)(part)
    assert out.schema == part.schema
    assert out.column("speaker_country").to_pylist() == ["Lithuania", "Lithuania", "Ukraine", "Ukraine"]
