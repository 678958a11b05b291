"""Speaker constructions of issue 14 step 2 (round 8), found on coding_dev's development half, ggt_dev and
ukraine_dev and counted on the corpus; each with sentences in the style of at least three different (invented)
articles, run end to end through statements.extract."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("Siemens Energy has handed over three generators to Ukraine this week, the country's ministry of health said on "
     "Friday.", "Siemens Energy", "Ukrainian ministry of health"),
    ("Poland will buy 96 Apache helicopters from the United States, the country's defence ministry said on "
     "Tuesday.", "Poland will buy", "Polish defence ministry"),
    ("Germany has moved closer to rationing gas, since on Wednesday the country's economic ministry warned "
     "of a high risk of lasting shortages.", "a high risk", "German economic ministry"),
], ids=["health-ministry-recipient", "defence-ministry-subject", "economic-ministry-after"])
def test_a_body_of_the_country_is_the_body_of_the_country_its_sentence_names(nlp, body, content, name):
    """"the country's X said": the first country its sentence names (content included), not the words "country's"."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"


@pytest.mark.parametrize("body, content, name", [
    ("Siemens Energy has handed over three generators to Ukraine this week, the country's ministry of health reported. Later, "
     "the ministry of health said that one generator could power a whole hospital.",
     "that one generator", "Ukrainian ministry of health"),
    ("Heavy shelling hit Kharkiv overnight, Ukraine's ministry of defence said. Later the ministry said that two "
     "more villages had been retaken.", "that two more villages", "Ukrainian ministry of defence"),
    ("Estonia's ministry of foreign affairs summoned the Russian envoy on Monday. The ministry said that the "
     "incursion was unacceptable.", "that the incursion", "Estonian ministry of foreign affairs"),
], ids=["of-health", "of-defence", "of-foreign-affairs"])
def test_the_body_named_again_keeps_the_of_phrase_of_its_name(nlp, body, content, name):
    """"the ministry" after "Ukraine's ministry of health": the earlier phrase with the of-phrase of its name."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("North Korea fired two ballistic missiles into the sea on Sunday. The country said that the launches were a "
     "warning to Seoul.", "that the launches", "North Korea"),
    ("Ukraine intends to retake the coast this year. The country said that it would train ten new brigades.",
     "that it would train", "Ukraine"),
    ("Russia on Friday published a list of 500 Americans barred from entry, among them senior US officials. The "
     "country said that it would continue to retaliate.", "that it would continue", "Russia"),
], ids=["north-korea", "ukraine", "russia-before-us"])
def test_the_country_is_the_country_its_sentence_or_the_one_before_names(nlp, body, content, name):
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"


@pytest.mark.parametrize("body, content, name", [
    ('President Joe Biden signed the aid bill on Wednesday. The aim, according to the US defense official, who spoke '
     'anonymously, is to let Ukraine take back the initiative. "Ukrainians will have to rebuild a good '
     'deal," the official said.', "Ukrainians will have", "US defense official"),
    ('Defence Secretary Lloyd Austin flew to Brussels. The trip was planned weeks ago, the senior Pentagon official '
     'told reporters. "We expect more pledges," the official added.', "We expect more", "senior Pentagon official"),
    ("Volodymyr Zelensky visited the front on Monday. The Ukrainian military source told Reuters that shelling had "
     "intensified. The source said that two villages had been lost.", "that two villages",
     "Ukrainian military source"),
], ids=["us-defense-official", "senior-pentagon-official", "military-source"])
def test_a_definite_unnamed_source_is_that_source_not_a_named_office_holder(nlp, body, content, name):
    """"the US defense official", "the senior Pentagon official": an unnamed source described by more than a
    nationality stays unnamed (as written), and "the official" / "the source" after it is the same source."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "person"


@pytest.mark.parametrize("body, content, name", [
    ("The ministry's spokesperson Igor Konashenkov briefed reporters on Monday. The defence ministry spokesperson said that ten "
     "drones were shot down.", "that ten drones", "Igor Konashenkov"),
    ("Ukraine's presidential aide Mykhailo Podolyak gave interviews on Sunday. The Ukrainian official said that the talks "
     "were over.", "that the talks", "Mykhailo Podolyak"),
    ("The announcement was commented on by the Kremlin spokesman. The plan needs careful study, Kremlin "
     "spokesman Dmitry Peskov said. Later the Kremlin spokesman said that the goals would be achieved.",
     "that the goals", "Dmitry Peskov"),
], ids=["spokesperson-named-before", "nationality-only", "spokesman-named-later"])
def test_a_description_the_article_names_is_still_the_named_person(nlp, body, content, name):
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ('The army is short of ammunition, according to "Economist".', "The army is short", "Economist"),
    ('Japan will send more aid to Kyiv, according to "The Diplomat".', "Japan will send", "Diplomat"),
    ('Russia is preparing a new offensive in the spring, says "Economist" in its latest issue.',
     "Russia is preparing", "Economist"),
], ids=["economist-according", "the-diplomat", "economist-says"])
def test_a_quoted_title_is_a_publication_not_a_role(nlp, body, content, name):
    """'says "Economist"': a capitalised name in quotation marks is a title (translated news quotes newspaper
    titles), an organisation, even where its word is a role ("economist", "diplomat")."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"


@pytest.mark.parametrize("body, content, name", [
    ("John Bolton visited Kyiv on Tuesday with a delegation. The former envoy said that the West had to send more "
     "air defence.", "that the West had", "John Bolton"),
    ("Sandra Novak chaired the hearing on Wednesday. The lawmaker said that the aid package would pass next week.",
     "that the aid package", "Sandra Novak"),
    ("Peter Hartmann arrived in Vilnius on Monday. The envoy said that Germany would station a brigade there.",
     "that Germany would station", "Peter Hartmann"),
], ids=["former-envoy", "lawmaker", "envoy"])
def test_a_description_no_one_fits_by_role_is_the_person_just_named(nlp, body, content, name):
    """"John Bolton visited Kyiv. The former envoy said": a definite description that fits nobody by role refers
    back to the person named as a subject just before, when the text gives that person no role of their own."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_a_person_with_another_role_is_not_the_description(nlp):
    body = ("Volodymyr Zelensky met the delegation in Kyiv on Tuesday. The senator said that the aid package would "
            "pass next week.")
    assert speaker_of(extract_rows(nlp, body), "that the aid package") != "Volodymyr Zelensky"


@pytest.mark.parametrize("body, content, name", [
    ("Moscow has blocked access to the Telegraph over its coverage. The newspaper said that it had been accused "
     "of spreading false information.", "that it had been accused", "Telegraph"),
    ("The German magazine Der Spiegel obtained the documents last week. The magazine said that the plans had been "
     "drawn up in January.", "that the plans had been", "Der Spiegel"),
    ("The documents were first published by the magazine Novoye Vremya on Friday. The magazine said that the order "
     "was signed in May.", "that the order was signed", "Novoye Vremya"),
], ids=["the-telegraph", "magazine-der-spiegel", "magazine-novoye-vremya"])
def test_the_newspaper_is_the_outlet_named_before_even_where_the_ner_calls_it_no_organisation(nlp, body, content,
                                                                                              name):
    """"The newspaper said": the outlet named just before, a name beside a media word ("the magazine Der Spiegel",
    "the magazine Novoye Vremya") or "the" + a name the NER calls a product or a work ("the Telegraph")."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "organization"
