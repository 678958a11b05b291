"""speaker_country and speaker_is_official from the speaker's own identity (pledgewatch.coding.identity)."""

import pandas as pd

from pledgewatch.coding import code_statements, identity


def _row(name, role="", text="", typ="person", country="", official=False, article="a1", sid=None, date="2023-06-01"):
    return {"article_id": article, "speaker_name": name, "speaker_id": sid or name, "speaker_role": role,
            "speaker_text": text or name, "speaker_type": typ, "speaker_country": country,
            "speaker_is_official": official, "published": date, "text": "Russia will pay a price.", "cue": "said"}


def test_officials_table_beats_a_country_named_near_the_quote():
    # the statements stage took Russia from the sentence; officials.csv knows the speaker
    rows = [_row("Volodymyr Zelensky", country="Russia"), _row("Dmytro Kuleba", country="Russia", article="a2"),
            _row("Lloyd Austin", country="Russia", article="a3")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Ukraine", "Ukraine", "United States"]
    assert officials == [True, True, True]


def test_nationality_words_of_the_speakers_own_mention():
    rows = [_row("Cyril Ramaphosa", role="South African President", article="b1"),
            _row("Jair Bolsonaro", role="Brazilian President", country="Russia", article="b2", date="2022-06-01"),
            _row("a German source", role="source", article="b3"),
            _row("Leo Varadkar", text="Taoiseach Leo Varadkar", article="b4")]
    countries, officials = identity.recompute(rows)
    assert countries == ["South Africa", "Brazil", "Germany", "Ireland"]
    assert officials[:2] == [True, True] and officials[3] is True


def test_organisations_home_and_no_office():
    rows = [_row("Tass", typ="organization", article="c1", official=True),
            _row("Institute for the Study of War", typ="organization", article="c2", official=True),
            _row("Reuters", typ="organization", article="c3", country="Russia", official=True),
            _row("Kremlin", typ="organization", article="c4")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Russia", "United States", "United Kingdom", "Russia"]
    assert officials == [False, False, False, True]


def test_role_words_make_an_office_or_not():
    rows = [_row("Lawrence Freedman", role="professor of war studies", official=True, article="d1"),
            _row("Robert Fico", role="Former Slovak Prime Minister", official=True, article="d2", date="2022-05-01"),
            _row("Mike Pence", role="Republican presidential hopeful and former Vice President", official=True, article="d4",
                 date="2023-06-01"),
            _row("Oleksandr Khorunzhy", role="DSNS spokesman", article="d3")]
    _, officials = identity.recompute(rows)
    assert officials == [False, False, False, True]


def test_one_speaker_is_consistent_within_an_article():
    # "Lithuanian Foreign Minister Gabrielius ..." once; "he" and "Landsbergis" later, near words on Russia
    # (a person officials.csv does not list: the article's own words are all there is)
    rows = [_row("Jonas Petraitis", role="Lithuanian Foreign Minister", article="e1"),
            _row("Jonas Petraitis", text="he", country="Russia", article="e1"),
            _row("Jonas Petraitis", text="Petraitis", country="Russia", article="e1"),
            _row("Jonas Petraitis", text="Petraitis", country="Russia", article="e2")]
    countries, _ = identity.recompute(rows)
    assert countries[:3] == ["Lithuania"] * 3
    assert countries[3] == "Russia"  # another article: no evidence there, the extractor's value stays


def test_code_statements_rewrites_the_two_columns():
    df = pd.DataFrame([_row("Jair Bolsonaro", role="Brazilian President", country="Russia", date="2022-06-01")])
    out = code_statements(df)
    assert out["speaker_country"].iloc[0] == "Brazil"
    assert bool(out["speaker_is_official"].iloc[0]) is True


def test_statements_without_a_date():
    rows = [_row("Volodymyr Zelensky", date=None), _row("Dmytro Kuleba", date=float("nan"), article="f2"),
            _row("Lloyd Austin", date=pd.NaT, article="f3")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Ukraine", "Ukraine", "United States"] and all(officials)


def test_the_host_country_of_a_post_is_not_the_speakers():
    rows = [_row("Andrij Deszczyca", role="ambassador to Poland", country="Poland", article="g1"),
            _row("Melinda Simmons", role="British ambassador to Ukraine", country="Ukraine", article="g2"),
            _row("Jane Doe", role="UNHCR representative in Ukraine", article="g3", country="Ukraine")]
    countries, _ = identity.recompute(rows)
    assert countries[0] == "" and countries[1] == "United Kingdom"
    assert countries[2] == "UN"


def test_out_of_office_the_title_of_a_former_office_makes_no_official():
    # officials.csv lists the person, but not in office at the date: the country holds; the title of an office
    # they held is their former office; another title still makes an official; no title makes none (Boris Johnson
    # after he left the Commons on 2023-06-12: as an MP before that he was a legislator, an official)
    rows = [_row("Donald Trump", role="President", official=True, article="h1", date="2023-06-03"),
            _row("Boris Johnson", role="Prime Minister", official=True, article="h2", date="2023-09-01"),
            _row("Dmytro Kuleba", role="foreign minister", official=True, article="h3", date="2025-02-01"),
            _row("Liz Truss", role="MP", article="h4", date="2023-09-01"),
            _row("Angela Merkel", official=True, article="h5", date="2022-06-07")]
    countries, officials = identity.recompute(rows)
    assert countries == ["United States", "United Kingdom", "Ukraine", "United Kingdom", "Germany"]
    assert officials == [False, False, False, True, False]
    # in office at the date, the same rows are officials
    rows = [_row("Donald Trump", role="President", article="h6", date="2025-03-03"),
            _row("Boris Johnson", role="Prime Minister", article="h7", date="2022-03-01"),
            _row("Dmytro Kuleba", role="foreign minister", article="h8", date="2023-02-01")]
    assert identity.recompute(rows)[1] == [True, True, True]


def test_who_leads_or_speaks_for_a_non_governmental_body_holds_no_office():
    rows = [_row("Robert Mardini", role="director general of the Red Cross",
                 official=True, article="i1"),
            _row("Hugh Williamson", role="spokesman for Human Rights Watch", official=True, article="i2"),
            _row("Agnes Callamard", text="the head of Amnesty International", official=True, article="i3"),
            # a public office of its own stays an office, whatever body is named beside it
            _row("Ivan Petrenko", role="minister, speaking to Reuters", article="i4")]
    _, officials = identity.recompute(rows)
    assert officials == [False, False, False, True]


def test_home_of_public_bodies_named_without_a_country():
    rows = [_row("Foreign Office", typ="organization", country="Ukraine", article="j1"),
            _row("Home Office", typ="organization", article="j2"),
            _row("Metropolitan Police", typ="organization", article="j3"),
            _row("Intelligence Community", typ="organization", article="j4")]
    countries, officials = identity.recompute(rows)
    assert countries == ["United Kingdom"] * 3 + ["United States"]
    assert all(officials)


def test_head_role_word_decides_between_an_office_and_a_profession():
    from pledgewatch.statements.names import reference

    ref = reference()
    # the head of the first noun phrase, not any title word in it
    assert ref.role_official("chief market analyst with AvaTrade") is False
    assert ref.role_official("Northfield Research chief investment strategist") is False
    assert ref.role_official("founder of the Travel Kyiv portal and its executive director") is False
    assert ref.role_official("Deputy Minister of Foreign Affairs") is True
    assert ref.role_official("chief of staff to the president") is True
    assert ref.role_official("Commander-in-Chief of the Armed Forces") is True


def test_a_country_after_on_or_about_is_the_topic_of_expertise():
    # the statements stage took the country from the role; it is what the speaker studies, not who they speak for
    rows = [_row("Paul Jansen", role="visiting scholar and expert on Russia, Carnegie Endowment for "
                 "International Peace", country="Russia", article="k1"),
            _row("Maria Lindqvist", role="an expert on Ukraine", country="Ukraine", article="k2"),
            _row("Tomasz Nowicki", role="writer about Belarus", country="Belarus", article="k3"),
            # a nationality before the role stays the speaker's own
            _row("Hanna Kovalenko", role="Ukrainian expert on Russia", country="Russia", article="k4")]
    countries, _ = identity.recompute(rows)
    assert countries == ["United States", "", "", "Ukraine"]


def test_a_title_any_body_has_held_at_a_firm_foundation_or_think_tank_is_no_office():
    rows = [_row("Anna Weber", role="head of arbitration at the law firm Baker Hale", official=True,
                 article="l1"),
            _row("Ruth Miller", role="president of Northgate Strategy Consulting", official=True, article="l2"),
            _row("Mark Dubner", role="president of the Foundation for Democratic Studies", official=True,
                 article="l3"),
            _row("Oleg Sidorov", role="chairman of the Russian metals firm", official=True, article="l4"),
            # a public body keeps its head an official
            _row("Jan Schulz", role="head of Austria's federal energy agency", article="l5")]
    _, officials = identity.recompute(rows)
    assert officials == [False, False, False, False, True]


def test_a_military_security_or_government_source_holds_office():
    rows = [_row("a Ukraine security source", role="security source", article="m1"),
            _row("German government sources", typ="group", role="government sources", article="m2"),
            _row("UK defence sources", typ="group", role="defence sources", article="m3"),
            # a source with no office in its words does not
            _row("a source close to the company", role="source", official=True, article="m4")]
    _, officials = identity.recompute(rows)
    assert officials == [True, True, True, False]


def test_frequent_corpus_speakers_listed_with_their_country_and_office():
    rows = [_row("Vadym Skibitsky", text="The spies' spokesman", country="Belarus", article="n1", date="2022-07-25"),
            _row("Andriy Zagorodnyuk", role="former defence minister", article="n2", date="2022-05-01"),
            _row("Rebekah Koffler", role="president of a consultancy", country="Russia", official=True, article="n3"),
            _row("Merrick Garland", role="Attorney General", country="Ukraine", article="n4", date="2022-06-22")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Ukraine", "Ukraine", "United States", "United States"]
    assert officials == [True, False, False, True]


def test_a_joint_speaker_of_governments_is_official_with_its_first_members_country():
    rows = [_row("Poland and Lithuania", typ="group", article="o1"),
            _row("U.S. and Britain", typ="group", article="o2"),
            _row("Washington and London", typ="group", article="o3"),
            _row("US and EU", typ="group", text="the US and EU", article="o4"),
            # people of two countries are no government
            _row("Ukrainians and Poles", typ="group", article="o5")]
    countries, officials = identity.recompute(rows)
    assert countries[:4] == ["Poland", "United States", "United States", "United States"]
    assert officials == [True, True, True, True, False]


def test_a_bloc_speaker_takes_no_country_from_the_sentences_around():
    # "western officials" briefing on Russia's offensive were coded Russia (or Ukraine) by the statements stage
    rows = [_row("western officials", typ="group", country="Russia", article="w1"),
            _row("western officials", text="They", typ="group", country="Russia", article="w1"),
            _row("a western official", role="official", country="Russia", article="w2"),
            _row("Western diplomats", typ="group", country="Ukraine", article="w3"),
            # a country of its own mention still counts; a bloc word elsewhere than the mention does not matter
            _row("US and numerous western governments", typ="group", country="United States", article="w4"),
            _row("Nato officials", typ="group", country="Russia", article="w5")]
    countries, officials = identity.recompute(rows)
    assert countries[:4] == ["", "", "", ""]
    assert countries[4] == "United States"
    assert countries[5] == "NATO"
    assert identity.bloc_speaker(rows[0]) and not identity.bloc_speaker(rows[5])


def test_world_makes_a_bloc_only_before_a_plural_of_governments():
    # "world leaders" and "world powers" are no single country; a boxing champion, a strategist at a firm named
    # "New World ...", a veteran of the world war and a "World Cup" referee keep the country the stage gave them
    rows = [_row("world leaders", typ="group", country="Russia", article="x1"),
            _row("world powers", typ="group", country="Ukraine", article="x2"),
            _row("Oleksandr Usyk", role="world heavyweight champion", country="Ukraine", article="x3"),
            _row("Mira Castell", role="strategist with New World Holdings", country="Canada", article="x4"),
            _row("Tomas Edler", role="World War II veteran", country="Norway", article="x5"),
            _row("Ines Valdar", role="former World Cup referee", country="Peru", article="x6")]
    countries, _ = identity.recompute(rows)
    assert countries == ["", "", "Ukraine", "Canada", "Norway", "Peru"]
    assert identity.bloc_speaker(rows[0]) and not any(identity.bloc_speaker(r) for r in rows[2:])


def test_a_speaker_without_evidence_gets_one_country_and_office_in_an_article():
    # no officials.csv entry, no nationality or organisation in any mention: the rows take the value most of them
    # were given, so that one speaker_id has one identity in one article
    rows = [_row("a senior official", role="senior official", country="United States", article="m1"),
            _row("a senior official", text="the official", country="United States", article="m1"),
            _row("a senior official", text="the official", country="", article="m1"),
            _row("its foreign ministry", typ="organization", country="", official=True, article="m2"),
            _row("its foreign ministry", text="the ministry", typ="organization", country="Russia", official=True,
                 article="m2"),
            _row("its foreign ministry", text="it", typ="organization", country="Russia", official=True,
                 article="m2"),
            _row("MPs", typ="group", official=True, article="m3"),
            _row("MPs", typ="group", official=False, article="m3")]
    countries, officials = identity.recompute(rows)
    assert countries[:3] == ["United States"] * 3
    assert countries[3:6] == ["Russia"] * 3
    assert officials[6] == officials[7]


def test_a_group_of_governments_with_a_plural_of_them_is_official():
    # "EU states accused Moscow", "the US and its allies have warned", "G7 countries declared", "both countries
    # blamed the other side", "Kyiv and the West reject": the governments speak (CODING.md: governments are officials)
    rows = [_row("EU states", typ="organization", country="EU", article="g1"),
            _row("US and its allies", typ="group", country="United States", article="g2"),
            _row("G7 countries", typ="group", country="G7", article="g3"),
            _row("both countries", typ="group", article="g4"),
            _row("Kyiv and the West", typ="group", country="Ukraine", article="g5"),
            _row("only the Baltic states and Poland", typ="group", country="Poland", article="g6"),
            _row("Some of Ukraine's Western partners", typ="organization", article="g7")]
    countries, officials = identity.recompute(rows)
    assert officials == [True] * 7
    assert countries[:3] == ["EU", "United States", "G7"] and countries[5] == "Poland"


def test_a_group_of_people_around_a_country_is_no_government():
    # allies of a person, a country's leaders or experts, participants: not a group of governments
    rows = [_row("Trump's allies", typ="group", article="h1"),
            _row("military analysts and western governments", typ="group", article="h2"),
            _row("Crimea Platform participants", typ="group", article="h3"),
            _row("warring nations", typ="group", article="h4")]
    _, officials = identity.recompute(rows)
    assert officials == [False] * 4


def test_agencies_and_outlets_named_by_acronym_have_a_home():
    # "senior DIA officials said", "the director ... GCHQ, Sir Jeremy Fleming", "VGTRK journalist Vladimir Soloviev",
    # "TASS reported": organisations.csv gives their home (an acronym matches only as written)
    rows = [_row("senior DIA officials", typ="group", country="Russia", article="k1"),
            _row("Jeremy Fleming", role="director of GCHQ", article="k2"),
            _row("Vladimir Soloviev", role="VGTRK journalist", article="k3"),
            _row("TASS", typ="organization", article="k4")]
    countries, officials = identity.recompute(rows)
    assert countries == ["United States", "United Kingdom", "Russia", "Russia"]
    assert officials == [True, True, False, False]


def test_occupation_authorities_speak_for_their_own_side():
    # officials.csv: the heads of the Russian-installed administrations are officials of their side, not Ukraine's
    # (the sentences around them name Ukraine); Arestovych was an adviser to Zelensky's office until January 2023
    rows = [_row("Denis Pushilin", article="o1", date="2022-06-10"),
            _row("Kirill Stremousov", country="Ukraine", official=True, article="o2", date="2022-05-01"),
            _row("Oleksiy Arestovych", article="o3", date="2022-07-04"),
            _row("Oleksiy Arestovych", article="o4", date="2023-06-01")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Donetsk People's Republic", "Russia", "Ukraine", "Ukraine"]
    assert officials == [True, True, True, False]
