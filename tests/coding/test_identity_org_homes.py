"""Outlets and firms of organisations.csv give a speaker's home country and no office (pledgewatch.coding.identity)."""

from pledgewatch.coding import identity


def _row(name, text="", article="a1"):
    return {"article_id": article, "speaker_name": name, "speaker_id": name, "speaker_role": "",
            "speaker_country": "", "speaker_text": text or name, "speaker_is_official": False,
            "speaker_type": "organization", "published": "2023-03-01", "text": "Kyiv asked for more shells.",
            "cue": "said"}


def test_outlets_and_firms_take_their_home():
    # "analysts at Janes estimate", "according to the consultancy Cornwall Insight", "Meta said it took the pages
    # down", "the Jerusalem Post reported", "Euromaidan Press wrote", "El País reported"
    rows = [_row("Janes", article="o1"), _row("consultancy Cornwall Insight", article="o2"),
            _row("Meta", article="o3"), _row("Jerusalem Post", "the Jerusalem Post", article="o4"),
            _row("Euromaidan Press", article="o5"), _row("El País", article="o6")]
    countries, officials = identity.recompute(rows)
    assert countries == ["United Kingdom", "United Kingdom", "United States", "Israel", "Ukraine", "Spain"]
    assert not any(officials)


def test_a_one_word_firm_name_matches_only_capitalised():
    # "the metadata showed", "a meta analysis" name no company
    rows = [_row("metadata", article="p1"), _row("meta analysis", article="p2")]
    countries, _ = identity.recompute(rows)
    assert countries == ["", ""]
