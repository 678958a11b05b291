"""Who a speaker is across the article: officials.csv spellings and surnames (statements.speakers.index)."""

from __future__ import annotations

import re

import pytest

from pledgewatch.statements.speakers import resolve_speakers


def _resolve(nlp, text, specs, published=None):
    """specs: (mention, nth occurrence, content) -> rows resolved in text order (as in test_speakers.py)."""
    doc = nlp(text)
    rows = []
    for mention, nth, content in specs:
        cs = text.index(content)
        pos = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", text)][nth]
        span = doc.char_span(pos, pos + len(mention), alignment_mode="expand")
        rows.append({"speaker_span": (span.start, span.end), "cue_i": span.end, "char_start": cs,
                     "char_end": cs + len(content), "speaker_text": ""})
    resolve_speakers(doc, rows, {"text": text, "published": published})
    return rows


@pytest.mark.parametrize("text, mention, content, expected", [
    # a Polish outlet's transliteration first, the English spelling later in the same article
    ("Russia's Foreign Minister Sergei Ławrow arrived in Geneva on Friday. Talks with Lavrov lasted two hours. "
     "Ławrow said Moscow expected a written answer next week.", "Ławrow", "Moscow expected a written answer",
     "Sergei Lavrov"),
    ("Aleksander Łukaszenko met his security council in Minsk. Lukashenko has hosted Russian troops since January. "
     "Łukaszenko said the drills would end in February.", "Łukaszenko", "the drills would end",
     "Alexander Lukashenko"),
    # a misspelling beside the right spelling
    ("White House press secretary Jen Pskai took questions on Wednesday. Psaki was asked about the troops. "
     "Pskai said the deployment was temporary.", "Pskai", "the deployment was temporary", "Jen Psaki"),
])
def test_a_transliteration_beside_the_english_spelling_is_the_officials_name(nlp, text, mention, content, expected):
    r = _resolve(nlp, text, [(mention, 1, content)], published="2022-02-02")
    assert r[0]["speaker_name"] == expected
    assert r[0]["speaker_id"] == expected


@pytest.mark.parametrize("text, mention, content, expected", [
    # one spelling in the article: it stays, whatever officials.csv calls the person
    ("Oleksy Daniłow, the secretary of the security council, spoke in Kyiv. Daniłow said the front was stable.",
     "Daniłow", "the front was stable", "Oleksy Daniłow"),
    # an English variant the table lists is the article's own spelling ("Zelenskiy" beside "Zelensky")
    ("Volodymyr Zelenskiy addressed parliament on Monday. Zelensky, as some agencies write it, thanked allies. "
     "Zelenskiy said more air defence was needed.", "Zelenskiy", "more air defence was needed",
     "Volodymyr Zelenskiy"),
    ("Chancellor Gerhard Schröder met Putin in 2001. Schröder said the pipeline was a private matter.",
     "Schröder", "the pipeline was a private matter", "Gerhard Schröder"),
])
def test_the_articles_own_spelling_stays(nlp, text, mention, content, expected):
    r = _resolve(nlp, text, [(mention, 1, content)], published="2022-08-01")
    assert r[0]["speaker_name"] == expected


@pytest.mark.parametrize("text, mention, content, name", [
    ("Mary Healey, a teacher in Leeds, has housed a family from Kharkiv since March. "
     "Healey said the council had been slow to help.", "Healey", "the council had been slow", "Mary Healey"),
    ("Dan Haley farms 300 acres in Ohio. Haley said fertiliser prices had doubled since the invasion.",
     "Haley", "fertiliser prices had doubled", "Dan Haley"),
    ("Tom Reeves, who runs a bakery in Kent, pays twice as much for gas. "
     "Reeves said he could not pass the cost on.", "Reeves", "he could not pass the cost on", "Tom Reeves"),
])
def test_a_surname_alone_is_the_person_named_in_full_not_an_official(nlp, text, mention, content, name):
    # officials.csv lists John Healey, Nikki Haley and Rachel Reeves; the article's person has another first name
    r = _resolve(nlp, text, [(mention, 1, content)], published="2024-09-01")
    assert r[0]["speaker_name"] == name and r[0]["speaker_id"] == name
    assert r[0]["speaker_is_official"] is False


@pytest.mark.parametrize("text, mention, nth, content, country", [
    ("Ukraine has taken Abrams tanks off the front line, Pentagon officials said. US defence officials added that "
     "drones were the reason. Russia has drones everywhere, a senior defence official said this week.",
     "a senior defence official", 0, "Russia has drones everywhere", "United States"),
    ("Russian officials denied any role in the blast near Kyiv. Moscow has not commented further. "
     "Ukraine staged the attack itself, an official said.", "an official", 0, "Ukraine staged the attack itself",
     "Russia"),
    ("Ukrainian military officials said the bridge near Kherson was hit overnight. Russian forces shelled the "
     "city again. Russia is running out of missiles, one official said.", "one official", 0,
     "Russia is running out of missiles", "Ukraine"),
])
def test_an_unnamed_official_is_of_the_kind_of_source_the_article_quotes(nlp, text, mention, nth, content,
                                                                         country):
    # the content names another country (Russia, Ukraine): the country of the article's other officials decides
    r = _resolve(nlp, text, [(mention, nth, content)], published="2024-04-26")
    assert r[0]["speaker_is_official"] is True
    assert r[0]["speaker_country"] == country


@pytest.mark.parametrize("text, mention, content, country", [
    ("Kremlin-affiliated officials said Ukraine would lose the war by spring.", "Kremlin-affiliated officials",
     "Ukraine would lose the war", "Russia"),
    ("Moscow-installed officials said Ukrainian drones hit a school in Melitopol.", "Moscow-installed officials",
     "Ukrainian drones hit a school", "Russia"),
    ("US-led coalition officials said Iraq had asked for more trainers.", "US-led coalition officials",
     "Iraq had asked for more trainers", "United States"),
])
def test_a_hyphenated_word_of_the_sources_own_names_its_country(nlp, text, mention, content, country):
    r = _resolve(nlp, text, [(mention, 0, content)], published="2023-02-25")
    assert r[0]["speaker_country"] == country


@pytest.mark.parametrize("text, mention, content, country, role", [
    ("Russian billionaire Oleg Tinkov has condemned the war in Ukraine. Tinkov said the war was insane.", "Tinkov",
     "the war was insane", "Russia", "billionaire"),
    ("Elina Svitolina, a Ukrainian tennis player, won in Rome on Monday. Svitolina said the win was for her "
     "country.", "Svitolina", "the win was for her country", "Ukraine", "tennis player"),
    ("Belarusian opposition figure Pavel Latushko spoke in Vilnius. Latushko said the regime was afraid.",
     "Latushko", "the regime was afraid", "Belarus", "opposition figure"),
])
def test_a_nationality_before_a_common_noun_gives_the_persons_country(nlp, text, mention, content, country, role):
    # no title of roles.csv ("billionaire", "tennis player"): the nationality still says whose the person is
    r = _resolve(nlp, text, [(mention, 1, content)], published="2022-04-20")
    assert r[0]["speaker_country"] == country
    assert r[0]["speaker_role"] == role
    assert r[0]["speaker_is_official"] is False


@pytest.mark.parametrize("text, mention, content, country, official, role", [
    # the appositive runs on into a relative clause: the description is the noun phrase before it
    ('"Agreements are not worth the paper," said Andriy Smyrnov, deputy chief of staff to Ukraine\'s '
     "president, who leads the tribunal effort. Smyrnov said some states were sceptical.", "Smyrnov",
     "some states were sceptical", "Ukraine", True, "deputy chief of staff to Ukraine's president"),
    ('"We stop cars every hour," said Oleksandr Malysh, the patrol police chief in the towns of Kramatorsk and '
     "Druzhkivka in Donetsk. Malysh said the roads were quiet.", "Malysh", "the roads were quiet",
     "", True, "patrol police chief"),
    ("The report came out as Lisa Carter, the American ambassador-at-large for global criminal justice, who briefed "
     "reporters on Thursday, spoke in Kyiv. Carter said the evidence was strong.", "Carter",
     "the evidence was strong", "United States", True, "ambassador-at-large for global criminal justice"),
    # a non-official description cut the same way stays no office
    ("Darren Linvill, a professor at Clemson University who studies trolls, looked at the accounts. Linvill said "
     "the campaign was coordinated.", "Linvill", "the campaign was coordinated", "", False,
     "professor at Clemson University"),
])
def test_an_appositive_description_that_runs_on_into_a_clause(nlp, text, mention, content, country, official, role):
    r = _resolve(nlp, text, [(mention, 1 if text.count(mention) > 1 else 0, content)], published="2022-09-06")
    assert r[0]["speaker_role"].startswith(role)
    assert r[0]["speaker_is_official"] is official
    if country:
        assert r[0]["speaker_country"] == country
