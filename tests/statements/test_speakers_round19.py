"""Round 19: speakers that hold on unseen news. Invented sentences in the style of the corpus's articles, one
construction per test, each example from a different (invented) article."""

from __future__ import annotations

import pytest

from support import extract_rows, resolve_mention


def _resolve(nlp, text, mention, content):
    return resolve_mention(nlp, text, mention, content, 0)


@pytest.mark.parametrize("text, mention, content, name", [
    ("Nora Lind said her son told the family that he was training recruits near the border. \"He wanted to help,\" "
     "she told a local paper, referring to President Ivan Korov.", "her son", "that he was training recruits",
     "Nora Lind's son"),
    ("Relatives of the sailor gathered outside the court. Pavel Rudin, the sailor, was detained in May; his wife "
     "said that he had done nothing wrong. Governor Anton Belov later visited the port.", "his wife",
     "that he had done nothing wrong", "Pavel Rudin's wife"),
    ("Defence Minister Karl Moen met the crew on Friday. Asked about the missing pilot, Erik Dahl said his father "
     "had warned that the base was unsafe.", "his father", "that the base was unsafe", "Erik Dahl's father"),
], ids=["son-later-president", "wife-later-governor", "father-earlier-minister"])
def test_a_kin_noun_owned_by_a_pronoun_is_no_office_holder(nlp, text, mention, content, name):
    """"her son", "his wife", "his father" (a kin noun of `person_relations` with no role) is the owner's relative,
    never a president, governor or minister named before or after it."""
    assert _resolve(nlp, text, mention, content)["speaker_name"] == name


@pytest.mark.parametrize("text, she, name", [
    ("Nora Lind said her son told the family that he was training recruits. \"He wanted to help,\" she told a local "
     "paper.", "He wanted to help", "Nora Lind"),
    ("Olga Petrenko said her husband told her that the unit had run out of shells. \"We have not heard from him "
     "since,\" she said on Monday.", "We have not heard from him", "Olga Petrenko"),
    ("Anna Berg said her brother told friends that the convoy had been hit. \"I only want him home,\" she added.",
     "I only want him home", "Anna Berg"),
], ids=["son-then-she", "husband-then-she", "brother-then-she"])
def test_a_she_after_a_male_relative_is_not_that_relative(nlp, text, she, name):
    """A he/she carries an unnamed previous speaker on only when the noun that describes them is not of the other
    gender (`nouns_m`, `nouns_f`): "her son told ... she said" is the mother."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(she))
    assert row["speaker_name"] == name


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


@pytest.mark.parametrize("text, content, name", [
    ("He said: \"Whatever else happens, the United States stands ready to talk about arms control.\"\n\n"
     "Mr Biden's remarks came hours after the Kremlin ordered a partial mobilisation.", "Whatever else happens",
     "Biden"),
    ("\"We are adding sanctions on twelve more members of the regime and their relatives,\" he wrote on social "
     "media, Canadian Prime Minister Justin Trudeau. Britain has already sanctioned them.", "We are adding sanctions",
     "Justin Trudeau"),
    ("She said the talks in Geneva had been \"hard but useful\". Ms Baerbock, Germany's foreign minister, flew "
     "back to Berlin on Tuesday evening.", "the talks in Geneva", "Baerbock"),
], ids=["he-then-mr-biden", "he-then-prime-minister", "she-then-ms-baerbock"])
def test_a_pronoun_that_opens_the_text_is_the_person_named_right_after(nlp, text, content, name):
    """A he/she no person before can be (a text that opens with the quotation) is the first person of that gender
    named after it, in its sentence or the next, outside quotations (`pronouns._named_right_after`); was UNKNOWN."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert name in row["speaker_name"]


@pytest.mark.parametrize("text, mention, content, name", [
    ("Rockets hit two districts of the city overnight. The mayor of Mykolaiv reported that a woman had died. "
     "Officials in Kyiv did not comment.", "The mayor of Mykolaiv", "a woman had died", "mayor of Mykolaiv"),
    ("Energy prices rose again in May. The head of the World Bank warned that growth would slow. Markets fell.",
     "The head of the World Bank", "growth would slow", "head of the World Bank"),
    ("Shelling went on all night. The governor of the Sumy region said three houses burned. Nobody was hurt.",
     "The governor of the Sumy region", "three houses burned", "governor of the Sumy region"),
], ids=["mayor-of-city", "head-of-fund", "governor-of-region"])
def test_an_office_of_a_named_place_nobody_holds_in_the_text_is_as_written(nlp, text, mention, content, name):
    """A description of an office of a named place or body that no person of the article or officials.csv fits is
    that office's holder as written, a source a reader can name (`descriptions._names_its_place`); was UNKNOWN."""
    row = _resolve(nlp, text, mention, content)
    assert row["speaker_name"] == name
    assert row["speaker_is_official"]


def test_a_bare_description_no_person_fits_stays_unknown(nlp):
    """Without a named place ("the expert"), the description no person fits is still UNKNOWN."""
    row = _resolve(nlp, "Prices rose in May. The expert said the outlook had darkened.", "The expert",
                   "the outlook had darkened")
    assert row["speaker_name"] == "UNKNOWN"


@pytest.mark.parametrize("text, content, name", [
    ("Two thinktanks in London published a report on the deportations. The report found that children were moved "
     "to camps. It warns that states cannot claim they did not know.", "that states cannot claim", "thinktanks"),
    ("Researchers from two universities wrote the report for the Dutch government. The report describes attacks on "
     "hospitals. It warns that the damage will take years to repair.", "that the damage will take", "Researchers"),
    ("The G7 foreign ministers issued a joint statement on Friday, Reuters reported. \"We condemn the seizure of the "
     "ports,\" the statement said. \"We will keep up the pressure on Moscow,\" it added.",
     "We will keep up the pressure", "G7 foreign ministers"),
], ids=["report-thinktanks", "report-researchers", "statement-ministers"])
def test_it_after_a_document_spoke_is_that_documents_source(nlp, text, content, name):
    """"The report found ... It warns": an "it" right after a row whose mention is a document noun is that
    document, whose source spoke (a group of authors too), not the nearest organisation or place named before
    (`pronouns._prev_was_document`)."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert name in row["speaker_name"]


@pytest.mark.parametrize("text, content, name", [
    ("The G7 foreign ministers issued a joint statement on Friday, Reuters reported. \"We condemn the seizure of the "
     "ports,\" the statement said.", "We condemn the seizure", "G7 foreign ministers"),
    ("Participants of the Black Sea summit adopted a joint declaration, the Kyiv agency Ukrinform reports. The "
     "declaration condemned the blockade of the ports.", "the blockade of the ports", "Participants"),
    ("Leaders of the three Baltic states released a declaration in Riga on Monday, Interfax reported. The "
     "declaration said the region needed more air defence.", "the region needed more", "Baltic states"),
    ("The Czech government published a statement after the strike, CTK reported. The statement said that no "
     "citizens had been hurt.", "that no citizens had been hurt", "Czech government"),
    ("The Nordic defence ministers signed a statement in Oslo, the agency NTB reported. The statement said the four "
     "countries would buy shells together.", "the four countries would buy", "Nordic defence ministers"),
], ids=["g7-statement-after-reuters", "declaration-after-ukrinform", "baltic-declaration-after-interfax",
        "czech-statement-after-ctk", "nordic-statement-after-ntb-kept"])
def test_a_document_named_in_reported_speech_is_its_issuers_not_the_outlets(nlp, text, content, name):
    """A document issued in a sentence an outlet reports ("X issued a statement, Reuters reported. The statement
    said") is X's: reported speech is the narrator's words, so its issuing verb names the source
    (`documents._author_of_document`), not the outlet that spoke before."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert name in row["speaker_name"]


@pytest.mark.parametrize("text, content, name", [
    ("A nurse at the city hospital described the night of the strike. \"We had no light for hours,\" the nurse said. "
     "\"Patients were moved to the basement.\"\n\n\"Nobody slept,\" she added.", "Nobody slept", "nurse"),
    ("A soldier from the 93rd brigade spoke to reporters at the front. \"The shelling has not stopped since Friday,\" "
     "the soldier said. \"We dig in again every night.\"\n\n\"We need more shells,\" he said.", "We need more shells",
     "soldier"),
    ("Sophie, the Duchess of Edinburgh, travelled to Kyiv on Monday. \"Survivors here have spoken out so bravely,\" "
     "the duchess said. \"They show all of us what is at risk.\"\n\n\"We must stand with every survivor,\" she "
     "said.", "We must stand with every survivor", "duchess"),
], ids=["nurse", "soldier", "duchess"])
def test_an_unnamed_speaker_is_carried_on_across_the_quotations_own_sentences(nlp, text, content, name):
    """A he/she carries an unnamed previous speaker on in the next sentence, or a later one when only that
    speaker's quoted sentences lie between (`described_near._all_quoted`); was UNKNOWN."""
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith(content))
    assert name in row["speaker_name"].lower()


def test_a_quantifier_speaker_is_not_carried_on_across_quotations(nlp):
    """A plural or quantifier speaker ("Many shelter users report") is no "she" two sentences on: the person named
    before it is."""
    text = ("\"The beds fill up by nine,\" Nadia Ross says. Many shelter users say they do not want flats they "
            "could never pay for.\n\n\"Keep in mind that the people in shelters differ a lot. Some "
            "would rather stay,\" she added.")
    rows = extract_rows(nlp, text)
    row = next(r for r in rows if r["text"].startswith("Keep in mind"))
    assert row["speaker_name"] == "Nadia Ross"
