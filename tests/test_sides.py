from pledgewatch.sides import countries_on, side_of


def test_sides_of_countries_and_bodies():
    assert side_of("Germany") == "donor"
    assert side_of("EU") == "donor"
    assert side_of("Ukraine") == "recipient"
    assert side_of("russia") == "adversary"
    assert side_of("Belarus") == "adversary"
    assert side_of("China") == "other"
    assert side_of("") == "" and side_of(None) == ""


def test_countries_on_a_side():
    assert {"Russia", "Belarus"} <= countries_on("adversary")
    assert countries_on("recipient") == {"Ukraine"}
