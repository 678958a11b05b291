"""The body a speaker works at or in (coding.identity_employer): its country is the speaker's where the mention
gives no other; a bare place, or a body after a posted noun, is a host."""

from pledgewatch.coding import identity


def _p(name, role="", text="", article="a1", official=False):
    return {"article_id": article, "speaker_name": name, "speaker_id": name, "speaker_role": role,
            "speaker_text": text or name, "speaker_type": "person", "speaker_country": "",
            "speaker_is_official": official, "published": "2023-03-01", "text": "The front will hold.", "cue": "said"}


def test_the_body_after_at_or_in_is_the_speakers_employer():
    # "Laura Cooper, who runs analysis in the US Department of Energy, said", "Gita Rao, a division chief at the
    # IMF, said", "Hélène Dubois at the French Centre for Defence Research argued", "a past dean at the London
    # School of Economics, Tom Brandt, said"
    rows = [_p("Laura Cooper", "head of analysis in the US Department of Energy", article="e1", official=True),
            _p("Gita Rao", "division chief at the IMF", article="e2", official=True),
            _p("Hélène Dubois", text="Hélène Dubois at the French Centre for Defence Research", article="e3"),
            _p("Tom Brandt", "former dean at the London School of Economics", article="e4")]
    countries, _ = identity.recompute(rows)
    assert countries == ["United States", "IMF", "France", "United Kingdom"]


def test_a_bare_place_or_a_post_at_another_body_is_a_host():
    # near misses: "the agency's representative in Ukraine, Ana Lopez" (a bare place), "Ambassador Pablo Ruiz, an
    # alternate representative at the United Nations" (a posted noun before the body), "a reporter at the
    # White House, Jo Lane" (the same): no country from the phrase
    rows = [_p("Ana Lopez", "the agency's representative in Ukraine", article="h1"),
            _p("Pablo Ruiz", "alternate representative at the United Nations", article="h2"),
            _p("Jo Lane", "a reporter at the White House", article="h3")]
    countries, _ = identity.recompute(rows)
    assert countries == ["", "", ""]


def test_a_place_naming_a_field_of_study_is_no_country():
    # "Mara Ellison, a fellow at the Centre for Russian Studies, said", "Piotr Hale, who teaches Ukrainian history
    # at a college in Ohio, said", "Dana Whitlock of the Institute for Baltic and Eastern European Studies argued":
    # the place is what the body studies, not the speaker's nationality nor the body's home
    rows = [_p("Mara Ellison", "a fellow at the Centre for Russian Studies", article="f1"),
            _p("Piotr Hale", "lecturer in Ukrainian history at a college", article="f2"),
            _p("Dana Whitlock", text="Dana Whitlock of the Institute for Baltic and Eastern European Studies",
               article="f3")]
    countries, _ = identity.recompute(rows)
    assert countries == ["", "", ""]


def test_a_nationality_before_the_bodys_own_noun_or_a_portfolio_still_counts():
    # near misses: "a researcher with the Latvian Institute of Foreign Policy" (the body's own nationality),
    # "Mykola Tochytskyi, Ukraine's culture minister" (a portfolio, not a field), "a Lithuanian historian at the
    # Centre for Russian Studies" (the speaker's own nationality beside the field)
    rows = [_p("Ilze Berzina", "researcher at the Latvian Institute of Foreign Policy", article="g1"),
            _p("Mykola Tochytskyi", "Ukrainian Culture Minister", article="g2", official=True),
            _p("Rasa Vilkas", "a Lithuanian historian at the Centre for Russian Studies", article="g3")]
    countries, _ = identity.recompute(rows)
    assert countries == ["Latvia", "Ukraine", "Lithuania"]


def test_the_field_run_stops_at_a_comma_before_the_field():
    # near misses: "a professor at Warsaw University, Ukrainian Studies" (the body's home before a comma
    # stays), "a lecturer at Vilnius University, Belarusian Studies", "a fellow at the London School of Economics,
    # Russian Studies": the field's run does not reach back over the comma into the body's name; a list of fields
    # closed by "and" is one run
    rows = [_p("Ola Nowicka", "professor at Warsaw University, Ukrainian Studies", article="k1"),
            _p("Rasa Petraite", "lecturer at Vilnius University, Belarusian Studies", article="k2"),
            _p("Ian Moss", "fellow at the London School of Economics, Russian Studies", article="k3"),
            _p("Lena Ward", "fellow at the Centre for Russian, Eurasian and East European Studies", article="k4")]
    countries, _ = identity.recompute(rows)
    assert countries == ["Poland", "Lithuania", "United Kingdom", ""]
