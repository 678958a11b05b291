"""News outlets as speakers: a quoted title is a publication, "the newspaper" the outlet named before, "the state
agency TASS" the medium's name, a media head alone as written, and an outlet the tables know an organisation,
never a person nor a "she". Tests moved from the round-named files of rounds 8, 13 and 17."""

from __future__ import annotations

import pytest

from support import extract_rows, resolve_mention, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ('The army is short of ammunition, according to "Economist".', "The army is short", "Economist"),
    ('Japan will send more aid to Kyiv, according to "The Diplomat".', "Japan will send", "Diplomat"),
    ('Russia is preparing a new offensive in the spring, says "Economist" in its latest issue.',
     "Russia is preparing", "Economist"),
], ids=["economist-according", "the-diplomat", "economist-says"])
def test_a_quoted_title_is_a_publication_not_a_role(nlp, body, content, name):
    """'says "Economist"': a capitalised name in quotation marks is a title (translated news quotes newspaper
    titles), an organisation, even where its word is a role ("economist", "diplomat")."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"


@pytest.mark.parametrize("body, content, name", [
    ("Moscow has blocked access to the Telegraph over its coverage. The newspaper said that it had been accused "
     "of spreading false information.", "that it had been accused", "Telegraph"),
    ("The German magazine Der Spiegel obtained the documents last week. The magazine said that the plans had been "
     "drawn up in January.", "that the plans had been", "Der Spiegel"),
    ("The documents were first published by the magazine Novoye Vremya on Friday. The magazine said that the order "
     "was signed in May.", "that the order was signed", "Novoye Vremya"),
], ids=["the-telegraph", "magazine-der-spiegel", "magazine-novoye-vremya"])
def test_the_newspaper_is_the_outlet_named_before_even_where_the_ner_calls_it_no_organisation(nlp, body, content,
                                                                                              name):
    """"The newspaper said": the outlet named just before, a name beside a media word ("the magazine Der Spiegel",
    "the magazine Novoye Vremya") or "the" + a name the NER calls a product or a work ("the Telegraph")."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"


@pytest.mark.parametrize("body, content, name", [
    ("The Russian state agency TASS said the talks had stalled.", "the talks had stalled", "TASS"),
    ("The Moscow business newspaper Kommersant reported that the deal was off.", "that the deal was off",
     "Kommersant"),
    ("The Israeli newspaper Haaretz reported that the minister resigned.", "that the minister resigned", "Haaretz"),
    ("The Kremlin news agency Itar-Tass reported the troops had left the border.", "the troops had left", "Itar-Tass"),
], ids=["state-agency", "business-daily", "israeli-newspaper", "name-after-the-mention"])
def test_a_news_medium_is_its_name_not_its_description(nlp, body, content, name):
    """"The Russian state agency TASS": the medium's name after a media head (speaker_words.csv media_heads) is the
    speaker, not the description; also where the finder's mention stops at the head ("The Kremlin news agency[
    Itar-Tass] ...") (organisations.media_name)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_a_media_head_alone_stays_as_written(nlp):
    """With no name after it, "The news agency said" keeps its words."""
    assert speaker_of(extract_rows(nlp, "The news agency said the troops had left."), "the troops had left") == \
        "news agency"


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, -1)


@pytest.mark.parametrize("text, mention, content, name", [
    ("Washington may send four more launchers to Kyiv, Politico reports. \"It was worth the wait,\" the freed "
     "medic Olena Kravets told journalists, and she thanked the army.", "Politico", "Washington may send four",
     "Politico"),
    ("Satellite pictures taken on Sunday show a long convoy north of the city, Maxar said on Monday.", "Maxar",
     "Satellite pictures taken on Sunday", "Maxar"),
    ("Deliveries through the pipeline will fall to a fifth of capacity, Russian energy giant Gazprom said.",
     "Russian energy giant Gazprom", "Deliveries through the pipeline", "Gazprom"),
], ids=["outlet-reports", "company-said", "described-company"])
def test_an_outlet_or_company_the_tables_know_is_an_organisation_not_a_person(nlp, text, mention, content, name):
    row = _resolve(nlp, text, mention, content)
    assert (row["speaker_name"], row["speaker_type"]) == (name, "organization")


@pytest.mark.parametrize("text, mention, content", [
    ("Berlin will send more howitzers, Politico reports. The released driver, known as Lastivka, posted a message. "
     "\"We are home,\" she said.", "she", "We are home"),
    ("Russian units have left the airfield, Maxar reports. The freed medic, known as Sova, released a video. "
     "\"I never lost hope,\" she said.", "she", "I never lost hope"),
    ("The convoy stretches for forty miles, Maxar reports. The rescued cook, known as Bilka, recorded a message. "
     "\"We are alive,\" she said.", "she", "We are alive"),
], ids=["politico-she", "maxar-medic-she", "maxar-cook-she"])
def test_an_outlet_tagged_person_is_never_the_antecedent_of_she(nlp, text, mention, content):
    assert _resolve(nlp, text, mention, content)["speaker_name"] not in {"Politico", "Maxar", "Bloomberg"}
