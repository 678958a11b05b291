"""Constructions of the speaker's own words (pledgewatch.coding.identity_words, read by coding.identity): plural
offices, relatives of office holders, a nationality word that is part of a person's name, armed forces named by their
country. Real names and mentions of coding_dev's half A, the corpus and polnear_train's even half."""

from pledgewatch.coding import identity


def _row(name, role="", text="", typ="person", country="", official=False, article="a1"):
    return {"article_id": article, "speaker_name": name, "speaker_id": name, "speaker_role": role,
            "speaker_text": text or name, "speaker_type": typ, "speaker_country": country,
            "speaker_is_official": official, "published": "2022-06-01", "text": "Russia will pay a price.", "cue": "said"}


def test_a_group_named_by_the_plural_of_an_office_speaks_for_that_office():
    # "Eight have died after Russian attacks on Donetsk and Kharkiv, the governors of those regions said" (coding_dev),
    # "City mayors and regional governors say that in most cases they already face funding shortfalls", "A bipartisan
    # group of three US senators asked ..." (corpus): legislators, governors and mayors are officials (CODING.md)
    rows = [_row("governors of those regions", text="the governors of those regions", typ="group", article="p1"),
            _row("City mayors and regional governors", typ="group", article="p2"),
            _row("bipartisan group of three US senators", text="A bipartisan group of three US senators",
                 typ="organization", article="p3")]
    countries, officials = identity.recompute(rows)
    assert officials == [True, True, True]
    assert countries[2] == "United States"


def test_a_group_named_by_the_plural_of_a_role_that_is_no_office_stays_none():
    # "military experts", "Analysts", "residents": the plural of a role that is no public office
    rows = [_row("military experts", typ="group", official=True, article="q1"),
            _row("Analysts", typ="group", official=True, article="q2"),
            _row("residents", typ="group", official=True, article="q3")]
    _, officials = identity.recompute(rows)
    assert officials == [False, False, False]


def test_a_relative_of_an_office_holder_holds_no_office():
    # "Kateryna Prokopenko, the wife of the Ukrainian commander at the plant, said" (coding_dev), "Museveni's
    # influential son and aspirant successor" (coding_dev, another article), "The wives of at least two Ukrainian
    # soldiers inside Azovstal" (coding_dev, a third): the office word is the relative's; the nationality stays
    rows = [_row("Kateryna Prokopenko", "wife of the Ukrainian commander at the plant", official=True, article="k1"),
            _row("Muhoozi Kainerugaba", text="Museveni's influential son and aspirant successor", official=True,
                 article="k2"),
            _row("wives of at least two Ukrainian soldiers inside Azovstal",
                 text="The wives of at least two Ukrainian soldiers inside Azovstal", typ="group", official=True,
                 article="k3")]
    countries, officials = identity.recompute(rows)
    assert officials == [False, False, False]
    assert countries[0] == "Ukraine"


def test_an_office_before_the_relation_still_counts():
    # a title that heads the description keeps its office ("Deputy Prime Minister and wife of ...")
    rows = [_row("Jane Doe", "Deputy Prime Minister and wife of the president", article="k4")]
    _, officials = identity.recompute(rows)
    assert officials == [True]


def test_a_nationality_word_in_a_persons_own_name_is_no_nationality():
    # "said Tracey German, professor in conflict and security at King's College London", "said Michael German, a
    # fellow with the Brennan Center at NYU School of Law" (coding_dev), "said David French of the National Retail
    # Federation", "Mark Cuban, the billionaire owner of the Dallas Mavericks ... Cuban said" (polnear_train)
    rows = [_row("Tracey German", "professor in conflict and security at King's College London", article="n1"),
            _row("Michael German", "fellow with the Brennan Center at NYU School of Law", text="German", article="n2"),
            _row("David French", text="David French of the National Retail Federation", article="n3"),
            _row("Mark Cuban", "billionaire owner of the Dallas Mavericks", text="Cuban", article="n4")]
    countries, _ = identity.recompute(rows)
    assert countries == ["United Kingdom", "", "", ""]  # (King's College London: institution_home)


def test_a_nationality_beside_such_a_name_still_counts():
    # the role's own nationality word is the person's ("British professor Tracey German"); a name of no place word
    # keeps the nationality of its mention ("German Chancellor Olaf Scholz")
    rows = [_row("Tracey German", "British professor", article="m1"),
            _row("Olaf Scholz", "German Chancellor", text="German Chancellor Olaf Scholz", article="m2")]
    countries, _ = identity.recompute(rows)
    assert countries == ["United Kingdom", "Germany"]


def test_armed_forces_named_by_their_country_are_official():
    # "Ukraine's military says Russia has lost nearly 24,000 soldiers", "the Ukrainian navy said" (corpus), "the
    # Ukrainian army" (coding_dev): armed forces are officials (CODING.md), whatever the statements stage gave
    rows = [_row("Ukraine's military", typ="organization", article="f1"),
            _row("Ukrainian army", text="the army", typ="organization", article="f2"),
            _row("Ukrainian navy", text="the Ukrainian navy", typ="organization", article="f3")]
    countries, officials = identity.recompute(rows)
    assert officials == [True, True, True]
    assert countries == ["Ukraine", "Ukraine", "Ukraine"]


def test_a_place_where_an_organisation_is_based_is_its_home():
    # "the US-based Institute for the Study of War" (coding_dev), "the Washington-based Institute for the Study of
    # War", "Aron Lund, of the Washington-based thinktank the Century Foundation", "Charlie McGrath, owner of Objective
    # Travel Safety, a UK-based company" (corpus), "research analyst with the UK-based Royal United Services
    # Institute" (coding_dev): five articles
    rows = [_row("US-based Institute", text="the US-based Institute", typ="organization", article="b1"),
            _row("Washington-based Institute", text="the Washington-based Institute", typ="organization",
                 article="b2"),
            _row("Aron Lund", text="Aron Lund, of the Washington-based thinktank the Century Foundation", article="b3"),
            _row("UK-based company", text="The company", typ="organization", article="b4"),
            _row("Sam Cranny-Evans", "research analyst with the UK-based Royal United Services Institute",
                 text="Cranny-Evans", article="b5")]
    countries, officials = identity.recompute(rows)
    assert countries == ["United States", "United States", "United States", "United Kingdom", "United Kingdom"]
    assert officials == [False] * 5


def test_the_seat_of_an_international_body_is_no_home_and_a_nationality_comes_first():
    # "senior fellow at the Brussels-based economic policy thinktank Bruegel": Brussels is no EU body here; "head of
    # Moscow-based group Military Ombudsman" is Russian either way; a nationality word of the mention is read first
    rows = [_row("Simone Tagliapietra", "senior fellow at the Brussels-based economic policy thinktank Bruegel",
                 article="c1"),
            _row("Maxim Grebenyuk", "head of Moscow-based group Military Ombudsman", article="c2"),
            _row("Jane Doe", "Ukrainian analyst at a London-based firm", article="c3")]
    countries, _ = identity.recompute(rows)
    assert countries == ["", "Russia", "Ukraine"]


def test_a_body_of_a_listed_official_in_office_has_the_officials_country():
    # "Ramaphosa's office said Putin's absence from the BRICS summit was decided by mutual agreement" (corpus, coded
    # Russia from the article), "Biden's spokesman" (corpus, 2022), "Assad's military ... sending the American-vetted
    # rebels into retreat" (polnear_train)
    rows = [_row("Ramaphosa's office", text="Ramaphosa's office", typ="organization", country="Russia", official=True,
                 article="o1"),
            _row("Biden's spokesman", country="Ukraine", official=True, article="o2"),
            _row("Mr. Assad's military", typ="organization", country="Russia", official=True, article="o3")]
    rows[0]["published"], rows[1]["published"], rows[2]["published"] = "2023-07-27", "2022-01-29", "2016-09-06"
    countries, officials = identity.recompute(rows)
    assert countries == ["South Africa", "United States", "Syria"]
    assert officials == [True, True, True]


def test_a_namesake_out_of_office_gives_no_country():
    # "Sanders's campaign vowed Tuesday to remain in the fight" (polnear_train, 2016): officials.csv's Sanders is a
    # British general in office from 2022; the statements stage's value stays
    row = _row("Mr. Sanders's campaign", typ="organization", country="United States", article="o4")
    row["published"] = "2016-04-28"
    countries, _ = identity.recompute([row])
    assert countries == ["United States"]


def test_a_law_enforcement_source_speaks_for_that_office():
    # "Law enforcement sources have said he said ..." (polnear_train), "Citing an unnamed Russian law enforcement
    # source, TASS said ..." (coding_dev): roles.csv's law enforcement sources, beside its military, security and
    # defence sources ("A defence source told the BBC's defence correspondent", corpus); a source at a company is none
    rows = [_row("Law enforcement sources", typ="group", article="s2"),
            _row("an unnamed Russian law enforcement source", "unnamed Russian law enforcement source", article="s3"),
            _row("A defence source", "defence source", article="s1"),
            _row("A source at one of the UK's largest energy firms", "source at one of the UK's largest energy firms",
                 article="s4")]
    countries, officials = identity.recompute(rows)
    assert officials == [True, True, True, False]
    assert countries[1] == "Russia"


def test_a_non_official_is_from_the_place_of_the_institution_they_work_at():
    # "said Tracey German, professor in conflict and security at King's College London" (coding_dev), "Marcin
    # Zabodniak, analyst at the Polish Institute of International Affairs" (coding_dev, coded China from the article),
    # "Yakov Feygin, expert at the Berggruen Institute in the US" (corpus, coded Russia), "Mikhail B. Pogrebinsky, a
    # political analyst in Kiev" (polnear_train): "King" inside the institution's name is no role of the person
    rows = [_row("Tracey German", "professor in conflict and security at King's College London", article="i1"),
            _row("Marcin Zabodniak", "analyst at the Polish Institute of International Affairs", text="He",
                 country="China", article="i2"),
            _row("Yakov Feygin", "expert at the Berggruen Institute in the US", text="he", country="Russia",
                 article="i3"),
            _row("Mikhail B. Pogrebinsky", "political analyst in Kiev", article="i4")]
    countries, officials = identity.recompute(rows)
    assert countries == ["United Kingdom", "Poland", "United States", "Ukraine"]
    assert officials == [False] * 4


def test_an_office_holders_or_a_journalists_place_of_work_is_the_posts_host():
    # "Ron Weiser, a former ambassador to Slovakia" (polnear_train), "an ambassador in Kyiv", "a correspondent in
    # Moscow": the post's host, not the person's country (the statements stage's value stays)
    rows = [_row("Ron Weiser", "former ambassador to Slovakia", article="j1"),
            _row("Jane Doe", "ambassador in Kyiv", country="Germany", article="j2"),
            _row("John Doe", "correspondent in Moscow", country="United Kingdom", article="j3")]
    countries, _ = identity.recompute(rows)
    assert countries == ["", "Germany", "United Kingdom"]
