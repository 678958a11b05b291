"""A body named through a possessive of a common noun takes the home of the body the noun names in the article
(pledgewatch.coding.identity_possessor), not the country the sentences around it name."""

from pledgewatch.coding import identity
from pledgewatch.coding.identity_possessor import possessor


def _row(name, start, role="", typ="organization", country="", official=True, article="p1"):
    return {"article_id": article, "speaker_name": name, "speaker_id": name, "speaker_role": role,
            "speaker_text": name, "speaker_type": typ, "speaker_country": country, "speaker_is_official": official,
            "published": "2022-07-23", "char_start": start, "char_end": start + 80,
            "text": "residents to report where Russian troops are based", "cue": "said"}


def test_the_possessor_noun():
    assert possessor("ministry's defence intelligence directorate") == "ministry"
    assert possessor("the agency's spokesperson") == "agency"
    assert possessor("Ukraine's defence ministry") == ""
    assert possessor("ministry") == ""


def test_a_body_owned_by_a_common_noun_takes_the_home_of_the_body_it_names():
    rows = [  # "Ukraine's defence ministry urged residents ...", then "the statement by the ministry's directorate"
        _row("Ukrainian defence ministry", 100, article="a1"),
        _row("Turkish defence ministry", 3000, article="a1"),
        _row("ministry's defence intelligence directorate", 400, country="Russia", article="a1"),
        # "the Ukrainian space agency" ... "the agency's spokesperson said Russian rockets ..."
        _row("Ukrainian space agency", 50, article="a2"),
        _row("agency's spokesperson", 300, typ="person", role="spokesperson", country="Russia", article="a2"),
        # "President Volodymyr Zelenskiy" ... "the president's office said"
        _row("Volodymyr Zelenskiy", 80, typ="person", role="President", article="a3"),
        _row("president's office", 500, country="United States", article="a3")]
    countries, officials = identity.recompute(rows)
    assert [countries[i] for i in (2, 4, 6)] == ["Ukraine", "Ukraine", "Ukraine"]
    assert all(officials[i] for i in (2, 4, 6))


def test_the_nearest_body_of_the_noun_or_none_of_it():
    # "the ministry's press service" right after the Russian defence ministry's claim: Russia's; "the bloc's
    # presidency" in an article with no body called a bloc keeps the stage's country
    rows = [_row("Ukrainian defence ministry", 100, article="b1"), _row("Russian defence ministry", 450, article="b1"),
            _row("ministry's press service", 500, country="Ukraine", article="b1"),
            _row("Kyiv Independent", 100, official=False, article="b2"),
            _row("bloc's presidency", 400, country="Russia", article="b2")]
    countries, _ = identity.recompute(rows)
    assert countries[2] == "Russia" and countries[4] == "Russia"
