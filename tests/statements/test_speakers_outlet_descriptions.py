"""An outlet's description is the one outlet the article names ("the weekly", "the British weekly", "the American
daily" -> the outlet), before or after the name (speakers/outlet_descriptions.py, round 27). Invented sentences."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    # the description before the name, as translated press reviews write it
    ("Berlin has long ignored its army, which now lacks spare parts - reminds the British weekly. The country "
     'can still change course - says "Economist".', "Berlin has long ignored", "Economist"),
    # a nationality word that fits the outlet, after the name
    ("The New York Times reported on Monday that the shipments had been delayed. The American daily added that "
     "the sanctions had failed to stop the trade.", "that the sanctions had failed", "New York Times"),
    # the bare head after the name, with a body that is no outlet named between
    ("The Washington Post obtained the memo last week. The Pentagon declined to comment. Officials were "
     "worried about the cost, the newspaper said.", "Officials were worried", "Washington Post"),
    # a later bare description after an earlier description that named its nationality
    ('Exports fell by a third in the spring, writes the British weekly. "Factories will adapt," says "Economist". '
     "The new pipelines will take years to build - says the weekly.", "The new pipelines will take", "Economist"),
], ids=["before-the-name", "nationality-after", "bare-head", "later-bare-head"])
def test_an_outlet_description_is_the_outlet_the_article_names(nlp, body, content, name):
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"


def test_a_description_of_another_country_is_not_the_outlet(nlp):
    """"the British daily" before the name is not the one American outlet the article names."""
    body = 'Prices will keep rising - writes the British daily. The shortages are over - says "New York Times".'
    assert speaker_of(extract_rows(nlp, body), "Prices will keep rising") != "New York Times"


def test_two_outlets_named_leave_the_description_as_it_was(nlp):
    """Two outlets of the description's country named: the rule does not choose ("the British weekly" before
    both stays as written)."""
    body = ('Prices will keep rising - writes the British weekly. The shortages are over - says "Economist". The '
            "Financial Times reported that the talks had stalled.")
    assert speaker_of(extract_rows(nlp, body), "Prices will keep rising") != "Economist"


def test_an_outlet_named_only_inside_a_quotation_does_not_count(nlp):
    """An outlet a speaker names inside a quotation is no outlet of the article."""
    body = 'Prices will keep rising - writes the British weekly. "I never read the Economist," the minister said.'
    assert speaker_of(extract_rows(nlp, body), "Prices will keep rising") != "Economist"


def test_a_paper_is_not_a_described_outlet(nlp):
    """"the paper" may be a research paper: not an outlet head (speaker_words.csv `outlet_heads`)."""
    body = ("Exports fell sharply, writes the Economist. Tariffs will rise in the spring, "
            "the paper by the central bank said.")
    assert speaker_of(extract_rows(nlp, body), "Tariffs will rise") != "Economist"


@pytest.mark.parametrize("body, content", [
    ("The ISW said the brigades were regrouping near the river. The supply lines are short of fuel, the newspaper "
     "wrote.", "The supply lines are short of fuel"),
    ("Analysts at the Institute for the Study of War expect a pause in the winter. The daily reported that the "
     "convoys had turned back.", "that the convoys had turned back"),
    ("UK Government figures show a rise in exports. Shipments will double by May, according to the newspaper.",
     "Shipments will double by May"),
], ids=["isw-newspaper-wrote", "think-tank-daily-reported", "government-according-to"])
def test_a_source_that_is_no_news_outlet_is_not_the_described_outlet(nlp, body, content):
    """outlets.csv lists article sources that are no news outlet (`kind` think_tank, public_body): "the newspaper"
    or "the daily" is never the one of them the article names."""
    assert speaker_of(extract_rows(nlp, body), content) not in {"ISW", "Institute for the Study of War",
                                                                "UK Government"}


@pytest.mark.parametrize("body, content, name", [
    ("The Independent reported on Friday that the ferries had stopped. The ports will stay shut until March, the "
     "British daily said.", "The ports will stay shut", "Independent"),
    ('Fuel prices will fall in the summer - claims the German newspaper. The refineries are full - writes '
     '"Süddeutsche Zeitung".', "Fuel prices will fall", "Süddeutsche Zeitung"),
    ("According to the Daily Mail, the minister will resign. The British newspaper said that the letter was sent "
     "on Sunday.", "that the letter was sent", "Daily Mail"),
], ids=["british-daily-after", "german-newspaper-before", "british-newspaper-after-according"])
def test_an_outlet_only_outlets_csv_gives_a_country_fits_its_nationality(nlp, body, content, name):
    """The outlet's country is organisations.csv's, else outlets.csv's ISO code (country_codes.csv): "the British
    daily" can be an outlet organisations.csv does not list."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"
