"""The finder's word lists (data/reference/statement_words.csv via pledgewatch.statements.lexicon) and the cue
lexicon's surface forms (cues.csv via pledgewatch.statements.cues)."""

from __future__ import annotations

import csv

from pledgewatch import config
from pledgewatch.statements import cues, lexicon


def test_every_list_of_the_csv_is_named_in_lexicon_and_has_a_note():
    path = config.reference(lexicon.FILE)
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    names = dict.fromkeys(r["list"] for r in rows)
    for name in names:
        assert getattr(lexicon, name.upper()) == lexicon.load()[name]
        first = next(r for r in rows if r["list"] == name)
        assert first["note"].strip(), f"{name}: the list's first row says what it is for"
    assert all(r["word"] == r["word"].strip().lower() and r["word"] for r in rows)


def test_words_are_loaded_as_written():
    assert {"who", "whom"} == lexicon.PERSON_RELATIVE
    assert "read more" in lexicon.SUBHEADING_STOP
    assert "’s" in lexicon.SUPPOSITION_LET and "communiqué" in lexicon.DOCUMENT_NOUN


def test_cue_forms_cover_the_written_cue_and_the_lemmas_inflections():
    verbs, forms = cues.load()
    assert forms["said"] == "say" and forms["told"] == "tell"  # (irregular: the cue as written in cues.csv)
    assert forms["pledging"] == "pledge" and forms["warns"] == "warn" and forms["urged"] == "urge"
    assert verbs["call"].particles >= {"for", "on"}


def test_quote_marks_come_from_the_csv_and_the_apostrophe_is_no_quote_char():
    from pledgewatch.statements import quotes

    roles = quotes._marks()
    assert set(roles) == {"double_open", "double_close", "double_straight", "single_open", "single_close",
                          "single_straight"}
    assert "„" in quotes.DOUBLE_OPEN and "»" in quotes.DOUBLE_CLOSE and quotes.STRAIGHT == '"'
    assert "'" in quotes.SINGLE_OPEN and "'" in quotes.SINGLE_CLOSE and "'" not in quotes.QUOTE_CHARS
    text = "Minister: «We will hold the line» and 'no retreat' were his words"
    assert [text[q.start:q.end] for q in quotes.find_quotes(text)] == ["We will hold the line"]


def test_title_words_and_first_names_come_from_their_csvs():
    from pledgewatch.statements import gender, names

    assert {"mr", "minister", "secretary-general", "spokesperson"} <= names.TITLE_WORDS
    assert names.HONORIFIC_GENDER["mrs"] == "f" and names.HONORIFIC_GENDER["sir"] == "m"
    assert set(names.HONORIFIC_GENDER) <= names.TITLE_WORDS and "minister" not in names.HONORIFIC_GENDER
    assert names.clean_name("Foreign Minister Dmytro Kuleba")[0] == "Dmytro Kuleba"
    assert {"annalena", "kaja", "olena"} <= gender.FEMALE and {"volodymyr", "olaf", "rishi"} <= gender.MALE
    assert "nancy_not" not in gender.MALE and "nancy" in gender.FEMALE
