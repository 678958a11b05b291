"""An unnamed official source in an article that quotes several governments speaks for the government of the
evidenced official quoted nearest it (pledgewatch.coding.identity_article.nearest_government), not for the country
the sentences around it name (the statements stage's guess)."""

from pledgewatch.coding import identity
from pledgewatch.coding.identity_article import _names_person, nearest_government


def _row(name, start, role="", typ="person", country="", official=True, article="n1"):
    return {"article_id": article, "speaker_name": name, "speaker_id": name, "speaker_role": role,
            "speaker_text": name, "speaker_type": typ, "speaker_country": country, "speaker_is_official": official,
            "published": "2024-03-01", "char_start": start, "char_end": start + 80,
            "text": "Moscow moved more troops towards the border.", "cue": "said"}


def test_an_unnamed_source_takes_the_government_quoted_nearest_it():
    # "a senior official said the embassy in Kyiv would shrink" after two quotes of Antony Blinken, with Sergei
    # Lavrov quoted far below: the sentence names Ukraine, the official speaks for Washington
    rows = [_row("Antony Blinken", 100, article="n1"), _row("Antony Blinken", 250, article="n1"),
            _row("a senior official", 400, role="senior official", country="Ukraine", article="n1"),
            _row("Sergei Lavrov", 3000, article="n1"),
            # "the authorities reported" a Russian strike, just after Oleksandr Kubrakov, Annalena Baerbock later on
            _row("Oleksandr Kubrakov", 60, article="n2"),
            _row("authorities", 300, typ="group", country="Russia", article="n2"),
            _row("Annalena Baerbock", 2500, article="n2"),
            # "the Senate" of a capital whose foreign minister spoke just before it, a US secretary much later; the
            # stage gave the body no country at all
            _row("Radosław Sikorski", 500, role="Polish Foreign Minister", article="n3"),
            _row("Senate", 700, typ="organization", article="n3"),
            _row("Lloyd Austin", 4000, article="n3")]
    countries, officials = identity.recompute(rows)
    assert [countries[i] for i in (2, 5, 8)] == ["United States", "Ukraine", "Poland"]
    assert all(officials[i] for i in (2, 5, 8))


def test_the_guess_stays_where_it_is_one_of_the_articles_governments():
    # "officials said" beside Dmitry Peskov and Antony Blinken, coded Russia from the sentence: Russia is one of the
    # governments the article quotes, so the guess is kept even though Blinken is quoted nearer
    rows = [_row("Dmitry Peskov", 100, article="m1"), _row("Antony Blinken", 900, article="m1"),
            _row("officials", 1000, typ="group", country="Russia", article="m1")]
    countries, _ = identity.recompute(rows)
    assert countries[2] == "Russia"


def test_named_people_and_blocs_take_no_nearby_government():
    # a spokesman named by his full name, "western officials" and "world leaders" beside Blinken and Lavrov; two
    # named secretaries announcing a package together keep the country the statements stage gave them, though the
    # Kremlin's spokesman is quoted nearer
    rows = [_row("Antony Blinken", 100, article="w1"), _row("Sergei Lavrov", 2000, article="w1"),
            _row("Mark Hollis", 200, role="spokesman", article="w1"),
            _row("western officials", 300, typ="group", article="w1"),
            _row("world leaders", 400, typ="group", article="w1"),
            _row("Dmitry Peskov", 5000, article="w2"), _row("Oleksandr Kubrakov", 9000, article="w2"),
            _row("Lloyd Austin and Antony Blinken", 5200, typ="group", country="United States", article="w2")]
    countries, _ = identity.recompute(rows)
    assert countries[2:5] == ["", "", ""]
    assert countries[7] == "United States"


def test_two_governments_quoted_as_near_give_none():
    assert nearest_government([(100, "United States"), (100, "Russia")], [100]) == ""
    assert nearest_government([(100, "United States"), (500, "Russia")], [300]) == "United States"  # the one before
    assert nearest_government([(100, "Germany")], [9000]) == "Germany"  # one government: that one
    assert nearest_government([(0, "Ukraine"), (1000, "Russia")], [100, 900, 950]) == "Russia"  # most statements
    # a tie between the countries most statements get: the first of them, not the first statement's lone country
    three = [(0, "Ukraine"), (1000, "Poland"), (2000, "Germany")]
    assert nearest_government(three, [10, 990, 1010, 1990, 2010]) == "Poland"
    assert nearest_government(three, [1990, 10, 990, 1010, 2010]) == "Germany"


def test_bodies_joined_by_and_are_no_named_persons():
    # "the Energy and Climate Ministry", "the Foreign and Commonwealth Office" and "the Defence Ministry and Armed
    # Forces" beside Radosław Sikorski and, far below, Lloyd Austin speak for the government quoted nearest; two
    # named ministers joined by "and" are still named persons (the stage's country stays)
    rows = [_row("Radosław Sikorski", 100, role="Polish Foreign Minister", article="j1"),
            _row("Energy and Climate Ministry", 300, typ="organization", article="j1"),
            _row("Foreign and Commonwealth Office", 400, typ="organization", country="Russia", article="j1"),
            _row("Defence Ministry and Armed Forces", 500, typ="organization", article="j1"),
            _row("Lloyd Austin", 6000, article="j1"),
            _row("Dmytro Kuleba and Antony Blinken", 700, typ="group", country="Russia", article="j1")]
    countries, _ = identity.recompute(rows)
    assert countries[1:4] == ["Poland", "Poland", "Poland"]
    assert countries[5] == "Russia"
    # a surname that is also a body word ("Fox", "Post") after a given name is still a person's
    assert _names_person("Liam Fox and Ben Wallace") and _names_person("Anna Post, Lloyd Austin")
    assert not _names_person("Army and Air Force")


def test_an_accented_given_name_before_a_body_word_is_a_persons():
    # the given names are folded on loading, so the part is folded too: "André" is looked up as "andre"
    assert _names_person("André Bank and Lloyd Austin") and _names_person("Andre Bank and Lloyd Austin")
    # near miss: a body word after no given name is still a body's
    assert not _names_person("National Bank and Lloyd Austin")
