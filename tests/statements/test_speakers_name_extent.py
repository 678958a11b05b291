"""What counts as a name and where it starts (speakers/name_forms.py, index.py): a name glued to a body, office or
clergy titles the NER put inside it, a title alone, a name after a title whatever the NER says, and an acronym of
capitals and digits that is no person. Tests moved from the round-named file of round 13."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("The head of the Foreign Affairs Ministry Zbigniew Rau stated in an interview that Russia will lose.",
     "that Russia will lose", "Zbigniew Rau"),
    ("Last week, the deputy head of China's Foreign Affairs Ministry Le Yucheng blamed NATO alone for the conflict.",
     "NATO alone for the conflict", "Le Yucheng"),
    ('"This matters greatly," Ukraine\'s Minister of Energy Herman Halushchenko told the BBC in an email.',
     "This matters greatly", "Herman Halushchenko"),
], ids=["head-of-the-ministry", "deputy-head-chinese", "minister-of-internal-affairs"])
def test_a_name_starts_after_the_body_it_is_glued_to(nlp, body, content, name):
    """"the Ministry of Foreign Affairs Zbigniew Rau" (an office with no comma before the name): the body's last
    word, the object of "of", is no part of the name (name_forms.name_start)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("House Speaker Paul Ryan said the bill would pass before the recess.", "the bill would pass", "Paul Ryan"),
    ("Taoiseach Leo Varadkar vowed to stand by Ukraine as long as needed.", "to stand by Ukraine",
     "Leo Varadkar"),
    ("Russia's Chief Rabbi Berel Lazar said the commemoration was no place for politics.",
     "the commemoration was", "Berel Lazar"),
    ("Senate Majority Whip John Cornyn said the vote would be held next week.", "the vote would be held",
     "John Cornyn"),
], ids=["house-speaker", "taoiseach", "chief-rabbi", "majority-whip"])
def test_an_office_or_clergy_title_is_no_part_of_the_name(nlp, body, content, name):
    """Title-case titles the NER tags as part of the PERSON ("Speaker Paul Ryan", "Taoiseach Leo Varadkar", "Rabbi
    Berel Lazar", "Whip John Cornyn") are titles (title_words.csv), not the first word of the name."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("Taoiseach Leo Varadkar visited Kyiv on Wednesday. The Taoiseach announced an extra five million euro of aid "
     "for civilians.", "an extra five million", "Leo Varadkar"),
    ("Speaker Nancy Pelosi met the delegation on Tuesday. The Speaker said the troops did not need a new vote.",
     "the troops did not need", "Nancy Pelosi"),
    ("Representative Peter King spoke to reporters. King said the hearing would go ahead on Monday.",
     "the hearing would go ahead", "Peter King"),
], ids=["the-taoiseach", "the-speaker", "surname-king-kept"])
def test_a_title_alone_is_the_office_holder_not_a_person_of_that_name(nlp, body, content, name):
    """"The Taoiseach announced" is the holder the article named, not a person called "Taoiseach" (name_forms.
    lone_title); a surname that is also a title word ("Peter King" ... "King said") stays the person."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("America's top spy chief, DNI Avril Haines, told lawmakers that Russia would keep fighting.",
     "that Russia would keep fighting", "Avril Haines"),
    ('Donald Trump thinks that Russia will seize Ukraine, and the Florida governor Ron Desantis (which will '
     'likely announce its run soon) described the war as a mere "border dispute".', "the war as a",
     "Ron Desantis"),
    ("- Putin's oligarchs will have nowhere at all to hide - said the UK Minister of Foreign Affairs Liz Truss at "
     "the weekend\n\nKremlin spokesman Dmitry Peskov said that the threat was absurd.", "Putin's oligarchs",
     "Liz Truss"),
], ids=["acronym-title", "governor-of-a-state", "translated-minister"])
def test_a_name_after_a_title_is_a_person_whatever_the_ner_says(nlp, body, content, name):
    """A given name and a surname right after a title, a person noun or the "of" phrase of an office is a person even
    where the NER tags it ORG or glues it to a place ("[Florida Ron Desantis]GPE") (titled.py)."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("An adviser to Volodymyr Zelenskiy, Mykhailo Podolyak, said Russia would fail.", "Russia would fail",
     "Mykhailo Podolyak"),
    ("The Mayor of London Sadiq Khan said the city stood with Ukraine.", "the city stood with", "Sadiq Khan"),
    ("Kremlin spokesman Dmitry Peskov, on a call, said the talks had stalled.", "the talks had stalled", "Dmitry Peskov"),
], ids=["adviser-appositive", "mayor-of-city", "spokesman-name"])
def test_names_already_right_keep_their_speaker(nlp, body, content, name):
    """Names after an office or with an appositive that the index already held keep their speaker."""
    assert speaker_of(extract_rows(nlp, body), content) == name


@pytest.mark.parametrize("body, content, name", [
    ("The head of MI6, Richard Moore, spoke at the Aspen forum. The MI6 chief said Russia was losing momentum. "
     '"We are in for a hard time," he said.', "We are in for a hard time", "Richard Moore"),
    ("Jeremy Fleming, the director of GCHQ, spoke in Canberra. The GCHQ chief said the war had gone badly for Moscow."
     ' "The costs are staggering," he said.', "The costs are staggering", "Jeremy Fleming"),
    ("Ken McCallum, the director general of MI5, addressed the conference. The MI5 chief said the threat had grown."
     ' "We see it every day," he said.', "We see it every day", "Ken McCallum"),
], ids=["mi6", "gchq", "mi5"])
def test_an_acronym_of_capitals_and_digits_is_no_person(nlp, body, content, name):
    """"The MI6 chief said": the NER's PERSON "MI6" is an acronym (capitals and digits), no person, so "he" after
    it is the chief the article named (index._not_a_name)."""
    assert speaker_of(extract_rows(nlp, body), content) == name
