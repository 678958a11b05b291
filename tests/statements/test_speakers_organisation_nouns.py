"""Generic organisation nouns ("the agency", "the company", "the bank"): the organisation named in the passage or
speaking before, never the news outlet that reported; a media head still takes the outlet. Tests moved from the
round-named files of rounds 14 and 19."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, name", [
    ("Police said the video had been removed by YouTube on Friday. The company said it violated its policies.",
     "it violated its policies", "YouTube"),
    ("The minister said the contract had been cancelled by Siemens Energy. The company told Reuters that no contract "
     "had been signed.", "that no contract had", "Siemens Energy"),
    ("Residents said the flights had been cancelled by Air Canada. The airline said in a short statement that the storm had "
     "grounded its fleet.", "that the storm had", "Air Canada"),
], ids=["youtube", "siemens-energy", "air-canada"])
def test_the_agency_is_the_organisation_named_in_reported_speech(nlp, body, content, name):
    """"The agency", "the company", "the airline" (ggt_dev: the mayor's claim that a study by the transit
    authority existed, then "The agency told" a broadcaster ...): the organisation named in the reported (unquoted) speech just
    before, which no candidate outside content rivals (organisations._reported_org)."""
    assert row_of(extract_rows(nlp, body), content)["speaker_name"] == name


@pytest.mark.parametrize("body, content, name", [
    ("Suncor said Export Development Canada had paid the second instalment. The company noted that the sum could be "
     "repaid.", "that the sum could be", "Suncor"),
    ("“We have not signed anything with Siemens Energy,” Air Canada said on Monday. The company added that talks "
     "would continue.", "that talks would continue", "Air Canada"),
    ("Air Canada said Siemens Energy had delivered the turbine. The company added that talks would continue.",
     "that talks would continue", "Air Canada"),
], ids=["previous-organisation-speaker", "quoted-organisation", "speaker-before-reported-name"])
def test_the_company_keeps_the_organisation_speaking(nlp, body, content, name):
    """The previous organisation speaker comes first ("Suncor said EDC had paid ... The company noted": Suncor), and a
    name inside a quotation is no antecedent."""
    assert name in row_of(extract_rows(nlp, body), content)["speaker_name"]


@pytest.mark.parametrize("text, content, name", [
    ("HSBC keeps about 200 staff in Russia, according to the FT. The bank said it had been shrinking its Russian "
     "business for a decade.", "it had been shrinking", "HSBC"),
    ("Siemens halted new orders in March, Reuters reported. The company said it would still service trains already "
     "sold.", "it would still service", "Siemens"),
    ("Nestle cut its range of products sold in Russia, the Financial Times reported on Monday. The company said it "
     "would keep selling baby food.", "it would keep selling", "Nestle"),
], ids=["bank-after-ft", "company-after-reuters", "company-after-financial-times"])
def test_a_company_noun_is_never_the_outlet_that_reported(nlp, text, content, name):
    """"the bank", "the company" (a generic organisation head that names no medium) is the body the passage is
    about, never the news outlet the previous sentence cited (`bodies.media_bodies`)."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert row["speaker_name"] == name


def test_the_newspaper_is_still_the_outlet(nlp):
    """A media head still takes the outlet: "the newspaper said" after the FT reported."""
    rows = extract_rows(nlp, "Unilever kept its Moscow plant open, the FT reported. The newspaper said the plant "
                             "employs 3,000 people.")
    row = next(r for r in rows if r["text"].startswith("the plant employs"))
    assert row["speaker_name"] != "Unilever"
