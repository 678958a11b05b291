"""A speaker described through "the bloc" is the article's bloc, the EU or NATO, in the statements stage and after
coding (statements/speakers/blocs.py; round 42). Invented articles of three shapes."""

from __future__ import annotations

import pytest

from support import coded_row, extract_rows, row_of

# an EU gas plan, the UK and Germany named around the quotation
GAS = ("An EU plan to cut gas use was approved on Tuesday after Germany agreed to save more. The European Union "
       "wants to fill its storage before winter, while the UK is buying more gas from Norway.\n\n"
       "\u201cThis is a strong signal of unity,\u201d the bloc\u2019s presidency said in a statement.")
# EU sanctions, Russia and the UN named around the quotation
SANCTIONS = ("The EU has frozen billions of euros of Russian assets since the invasion, and the UN has called for "
             "more checks.\n\n\u201cWe will find every hidden yacht in Russia's network,\u201d the bloc's top justice "
             "official said on Tuesday.")
# a NATO summit, Poland named around the quotation
SUMMIT = ("Nato leaders met in Vilnius, where Poland asked for more troops on the alliance's eastern flank. Nato "
          "has doubled its forces there.\n\n\u201cWe will defend every inch of Polish soil,\u201d the bloc's top "
          "military commander said.")


@pytest.mark.parametrize("body, words, country", [
    (GAS, "This is a strong signal", "EU"),
    (SANCTIONS, "We will find every hidden yacht", "EU"),
    (SUMMIT, "We will defend every inch", "NATO"),
], ids=["gas-presidency", "sanctions-justice-official", "summit-commander"])
def test_the_bloc_is_the_articles_bloc(nlp, body, words, country):
    assert row_of(extract_rows(nlp, body), words)["speaker_country"] == country
    assert coded_row(nlp, body, words)["speaker_country"] == country


@pytest.mark.parametrize("body, words, bloc", [
    ("The EU and Nato both met in Brussels.\n\n\u201cThe old order is gone,\u201d the former Soviet bloc's last "
     "foreign minister said in Moscow.", "The old order is gone", "EU"),
    ("Russia has cut gas supplies to Germany.\n\n\u201cWe are ready for winter,\u201d the bloc's energy chief said.",
     "We are ready for winter", "EU"),  # the article names no bloc: no country from "the bloc"
    ("The EU and Nato met in Brussels. The EU and Nato agreed.\n\n\u201cWe are ready,\u201d the bloc's top "
     "diplomat said.", "We are ready", "EU"),  # a tie: none
], ids=["soviet-bloc", "no-bloc-named", "tie"])
def test_no_bloc_country_without_the_bare_bloc_or_the_articles_one(nlp, body, words, bloc):
    assert row_of(extract_rows(nlp, body), words)["speaker_country"] not in (bloc, "NATO")


# review 2 of round 42 (d): where the bloc route gives none, the row has none (not the sentences' guess: Russia)
@pytest.mark.parametrize("body, words", [
    ("Russia has cut gas supplies to Germany.\n\n\u201cWe are ready for winter,\u201d the bloc's energy chief said.",
     "We are ready for winter"),
    ("The EU and Nato met in Brussels. The EU and Nato agreed.\n\n\u201cWe are ready,\u201d the bloc's top "
     "diplomat said in Moscow.", "We are ready"),
    ("Leaders of the BRICS group met in Johannesburg, where South Africa hosted them.\n\n\u201cWe want a fairer "
     "order,\u201d the bloc's chair said.", "We want a fairer order"),
], ids=["no-bloc-named", "tie", "brics"])
def test_the_bloc_route_with_no_answer_gives_none(nlp, body, words):
    assert row_of(extract_rows(nlp, body), words)["speaker_country"] == ""


# review of round 42: another bloc in the article (a named CSTO, a modified "alliance", a party's "bloc") gives none;
# a named person keeps their own country; the role decides between the EU and NATO where it is one body's
@pytest.mark.parametrize("body, words, wrong", [
    ("The CSTO, a Moscow-led security alliance, sent troops to Kazakhstan. Moscow calls it a counterweight to Nato, "
     "and Nato says it is watching.\n\n\u201cWe will restore order,\u201d the bloc's secretary general said.",
     "We will restore order", "NATO"),
    ("Batkivshchyna formed a bloc with two smaller parties before the EU summit. The EU has urged unity.\n\n"
     "\u201cWe will win the vote,\u201d the bloc's leader Oleksandr Mazur said.", "We will win the vote", "EU"),
    ("Leaders of the BRICS group met in Johannesburg, while the EU and the EU's partners watched.\n\n\u201cWe want "
     "a fairer order,\u201d the bloc's chair said.", "We want a fairer order", "EU"),
], ids=["csto-alliance", "party-bloc-named-leader", "brics"])
def test_another_bloc_or_a_named_person_gets_no_bloc_country(nlp, body, words, wrong):
    row = row_of(extract_rows(nlp, body), words)
    assert row["speaker_country"] != wrong
    if "Mazur" not in body:
        assert row["speaker_country"] == ""


@pytest.mark.parametrize("body, words, country", [
    ("Finland joined Nato on Tuesday. Nato now has 31 members. The EU welcomed the step.\n\n\u201cThis makes Europe "
     "safer,\u201d the bloc's foreign policy chief said.", "This makes Europe safer", "EU"),
    ("The EU agreed a new package of sanctions on Friday, and the EU will review it in June.\n\n\u201cThe money "
     "will reach Kyiv,\u201d the 27-nation bloc's foreign policy chief said.", "The money will reach Kyiv", "EU"),
    ("Sweden's bid was discussed in Brussels, where the EU and Nato both have their seats. Nato met on Monday.\n\n"
     "\u201cSweden will be a member soon,\u201d the bloc's secretary general said.", "Sweden will be a member", "NATO"),
], ids=["foreign-policy-chief-eu", "27-nation-bloc", "secretary-general-nato"])
def test_the_role_decides_the_bloc(nlp, body, words, country):
    assert row_of(extract_rows(nlp, body), words)["speaker_country"] == country
    assert coded_row(nlp, body, words)["speaker_country"] == country


@pytest.mark.parametrize("body, words, country", [
    ("Nato leaders met in Vilnius. The Nato alliance has doubled its forces in Poland, Nato said.\n\n\u201cWe will "
     "defend every inch,\u201d the bloc's top military commander said.", "We will defend every inch", "NATO"),
    ("The EU met in Brussels, and the military alliance met nearby. Nato said it was ready.\n\n\u201cWe are "
     "ready,\u201d the bloc's secretary general said.", "We are ready", "NATO"),
], ids=["nato-alliance", "military-alliance"])
def test_the_alliance_named_as_the_body_is_no_other_bloc(nlp, body, words, country):
    assert row_of(extract_rows(nlp, body), words)["speaker_country"] == country


EUBODY = ("The EU agreed new sanctions on Friday, and the EU will review them in June. The European Union also "
          "pledged more aid.\n\n")


# review 2 of round 42 (a): "the bloc" counts only as the possessor of the mention's head with a role noun; a critic,
# member or opponent of the bloc, or "of the bloc", is no speaker of the bloc
@pytest.mark.parametrize("speaker", [
    "the bloc's critics", "critics of the bloc", "the bloc's most pro-Russian member",
], ids=["blocs-critics", "critics-of", "pro-russian-member"])
def test_a_critic_or_member_of_the_bloc_is_no_bloc(nlp, speaker):
    body = EUBODY + "\u201cThe sanctions will fail,\u201d " + speaker + " said."
    assert row_of(extract_rows(nlp, body), "The sanctions will fail")["speaker_country"] != "EU"


# (b) "an alliance" is undetermined like "a alliance": another bloc; (c) the Warsaw Pact is another bloc
@pytest.mark.parametrize("intro", [
    "Russia formed an alliance with Belarus in 1999.",
    "Hungary left the Warsaw Pact in 1991.",
    "Former members of the Warsaw Pact joined in 2004.",
], ids=["an-alliance", "warsaw-pact-left", "warsaw-pact-members"])
def test_an_undetermined_alliance_or_the_warsaw_pact_is_another_bloc(nlp, intro):
    body = intro + " " + EUBODY + "\u201cWe remember the occupation,\u201d the bloc's last commander said."
    assert row_of(extract_rows(nlp, body), "We remember the occupation")["speaker_country"] == ""


# review 2 of round 42: "bloc"/"alliance" in apposition to, or predicated of, the EU or NATO is that body, no other
# bloc ("The EU, a 27-nation bloc,", "the world's largest trading bloc", "Nato, the world's biggest military alliance")
@pytest.mark.parametrize("intro, words, country", [
    ("The EU, a 27-nation bloc, agreed new aid on Thursday. The EU will borrow the money.\n\n\u201cThis is a good day "
     "for Europe,\u201d the bloc's foreign policy chief said.", "This is a good day", "EU"),
    ("The EU is the world's largest trading bloc. The EU agreed new tariffs on Thursday.\n\n\u201cWe will not be "
     "bullied,\u201d the bloc's trade chief said.", "We will not be bullied", "EU"),
    ("Nato, the world's biggest military alliance, met in Vilnius. Nato promised Kyiv a path to membership.\n\n"
     "\u201cWe are ready,\u201d the bloc's secretary general said.", "We are ready", "NATO"),
], ids=["eu-27-nation-appos", "eu-is-largest-trading", "nato-biggest-appos"])
def test_the_bloc_described_as_the_eu_or_nato_is_no_other_bloc(nlp, intro, words, country):
    assert row_of(extract_rows(nlp, intro), words)["speaker_country"] == country


# the final read of round 42: an ordinary "pact" and a noun used attributively ("bloc members", "Nato alliance
# members") introduce no other bloc
@pytest.mark.parametrize("body, words, country", [
    ("EU leaders gathered in Brussels. The European Union is negotiating a security pact with Moldova.\n\n"
     "\u201cWe will send more air defence,\u201d the bloc's foreign policy chief said.", "We will send more", "EU"),
    ("EU leaders gathered in Brussels. The European Union discussed support for Kyiv, and bloc members agreed on a "
     "timetable.\n\n\u201cWe will send more air defence,\u201d the bloc's foreign policy chief said.",
     "We will send more", "EU"),
    ("Nato alliance members differ on the timing. Nato met in Vilnius, and Nato will decide in June.\n\n\u201cWe "
     "will defend every ally,\u201d the bloc's secretary general said.", "We will defend every ally", "NATO"),
], ids=["security-pact", "bloc-members", "nato-alliance-members"])
def test_an_ordinary_pact_or_an_attributive_bloc_is_no_other_bloc(nlp, body, words, country):
    assert row_of(extract_rows(nlp, body), words)["speaker_country"] == country


@pytest.mark.parametrize("body, words, country", [
    (GAS + "\n\n\u201cWe will meet again in May,\u201d the bloc\u2019s presidency added.", "We will meet again", "EU"),
    (SANCTIONS + "\n\n\u201cNo asset is safe,\u201d the bloc's top justice official added.", "No asset is safe", "EU"),
    (SUMMIT + "\n\n\u201cThe flank will hold,\u201d the bloc's top military commander added.", "The flank will hold",
     "NATO"),
], ids=["gas-presidency", "sanctions-justice-official", "summit-commander"])
def test_the_articles_bloc_facts_are_found_once(nlp, body, words, country, monkeypatch):
    """Round 43: an article with two "the bloc" speakers asks for its bloc facts (another bloc introduced, the
    blocs named outside quotations) once, not per speaker (`ArticleIndex.bloc_facts`)."""
    from pledgewatch.ingest.clean import normalize
    from pledgewatch.statements.speakers import blocs

    calls = []
    another = blocs.another_bloc
    monkeypatch.setattr(blocs, "another_bloc", lambda doc, ref: calls.append(1) or another(doc, ref))
    rows = extract_rows(nlp, normalize(body))  # the text as ingest gives it (curly marks made straight)
    assert row_of(rows, words)["speaker_country"] == country
    assert len(calls) == 1
