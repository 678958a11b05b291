"""A title any organisation has, held at a body that is no public office (coding.identity._head_of_private_body,
`private_body` words of coding_words.csv), and the religious titles of roles.csv: no official (CODING.md)."""

from pledgewatch.coding import identity


def _p(name, role, text="", article="a1", date="2023-05-01"):
    return {"article_id": article, "speaker_name": name, "speaker_id": name, "speaker_role": role,
            "speaker_text": text or name, "speaker_type": "person", "speaker_country": "",
            "speaker_is_official": True, "published": date, "text": "We will keep going.", "cue": "said"}


def test_religious_leaders_hold_no_public_office():
    # "Poland's Chief Rabbi Michael Schudrich said", "Archbishop Sviatoslav Shevchuk told worshippers", "the mufti of
    # the region, Ahmed Tamimov, said": leaders of a faith, not of a government
    rows = [_p("Michael Schudrich", "Chief Rabbi", "Poland's Chief Rabbi Michael Schudrich", article="r1"),
            _p("Sviatoslav Shevchuk", "Archbishop", "Archbishop Sviatoslav Shevchuk", article="r2"),
            _p("Ahmed Tamimov", "mufti of the region", article="r3")]
    _, officials = identity.recompute(rows)
    assert officials == [False, False, False]


def test_a_campaign_or_a_college_or_a_theatre_is_no_public_body():
    # "Harris campaign spokesman Ian Sams said", "Dana Moor, academic vice president of a small college, said",
    # "Olga Petrenko, artistic director of the Kyiv opera house, said", "Oleh Sentsov, the film director, said"
    rows = [_p("Ian Sams", "Harris campaign spokesman", article="c1"),
            _p("Dana Moor", "academic vice president of a small college", article="c2"),
            _p("Olga Petrenko", "artistic director of the Kyiv opera house", article="c3"),
            _p("Oleh Sentsov", "the film director", article="c4")]
    _, officials = identity.recompute(rows)
    assert officials == [False, False, False, False]


def test_a_government_director_or_spokesperson_stays_an_official():
    # near misses: "Ned Price, then the State Department's spokesman, noted" (in 2022), "the FBI's director, Christopher Wray,
    # said", "Ukraine's commander-in-chief Valerii Zaluzhnyi said" speak for a government
    rows = [_p("Ned Price", "State Department spokesperson", article="n1", date="2022-06-01"),
            _p("Christopher Wray", "the FBI's director", article="n2"),
            _p("Valerii Zaluzhnyi", "commander-in-chief of Ukraine's armed forces", article="n3")]
    _, officials = identity.recompute(rows)
    assert officials == [True, True, True]


def test_the_staff_of_a_former_office_holder_or_a_candidate_hold_no_office():
    # "a Pence adviser said" (2023), "Trump's deputy press aide, Jo Hale, said" (2016, a candidate's), "Harris aide
    # Sam Byrd said" (2026, after her term): no office of their own
    rows = [_p("a Pence adviser", "Pence adviser", article="s1", date="2023-07-02"),
            _p("Jo Hale", "Trump's deputy press aide", article="s2", date="2016-05-10"),
            _p("Sam Byrd", "Harris aide", article="s3", date="2026-02-01")]
    _, officials = identity.recompute(rows)
    assert officials == [False, False, False]


def test_the_staff_of_an_office_holder_in_office_stay_officials():
    # near misses: "Biden's spokesman, Tom Reyes" (2022), "a Zelensky adviser" (2023), "Scholz's spokesman" (2022)
    rows = [_p("Tom Reyes", "Biden's spokesman", article="k1", date="2022-04-01"),
            _p("a Zelensky adviser", "Zelensky adviser", article="k2", date="2023-07-02"),
            _p("Ola Brandt", "Scholz's spokesman", article="k3", date="2022-09-01")]
    _, officials = identity.recompute(rows)
    assert officials == [True, True, True]
