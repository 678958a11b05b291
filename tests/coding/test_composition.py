"""Speech acts composed from the parse (statements/clause_frame.py + coding/composition.py): each construction with
examples written in the manner of different articles, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding, statements
from pledgewatch.coding import composition
from pledgewatch.statements import clause_frame
from support import act_of, coded_rows, extract_rows


def frame_of(nlp, body: str) -> dict:
    return extract_rows(nlp, body)[0][statements.FRAME_KEY]


# --- the frame itself ------------------------------------------------------------------------------------------
def test_frame_reads_cue_addressee_and_xcomp(nlp):
    fr = frame_of(nlp, "Orban urged EU leaders to change their sanctions regime, his office said.")
    assert fr["cue"]["lemma"] == "urge"
    assert fr["cue"]["to"] == ["eu", "leaders"]
    assert fr["cue"]["x"]["pred"] == ["change"] and "sanctions" in fr["cue"]["x"]["obj"]


def test_frame_reads_future_negation_subject_and_beneficiary(nlp):
    fr = frame_of(nlp, '"We are not going to send rocket systems to Ukraine that can reach Russia," Biden said.')
    cl = fr["clauses"][0]
    assert cl["pred"] == ["go", "send"] and cl["tense"] == "future" and cl["neg"]
    assert cl["subj"] == ["we"] and "ukraine" in cl["ben"]
    assert "russia" not in cl["obj"]  # the relative clause is left out of the object


def test_frame_perfect_and_phrasal_verbs(nlp):
    cl = frame_of(nlp, "The minister said Germany had sent 18 howitzers to Kyiv.")["clauses"][0]
    assert cl["tense"] == "perfect" and cl["pred"] == ["send"] and cl["subj"] == ["germany"]
    cl = frame_of(nlp, '"We will never give up," the prime minister said.')["clauses"][0]
    assert cl["pred"][0] == "give_up"


def test_frame_is_dropped_before_the_table(nlp):
    rows = extract_rows(nlp, "The minister said Germany had sent 18 howitzers to Kyiv.")
    out = coding.code_statements(pd.DataFrame(rows))
    assert clause_frame.FRAME_KEY not in out.columns


# --- constructions ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "US President Joe Biden said he will move quickly to send Ukraine fresh military aid.",
    '"Britain will continue to supply weapons to Ukraine," British Prime Minister Rishi Sunak said.',
    "German Chancellor Olaf Scholz said Germany would deliver more air defence systems to Kyiv next month.",
])
def test_own_commitment_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"We simply must not let up in arming Ukraine\'s defenders, however long the war goes on," NATO chief '
    'Jens Stoltenberg said.',
    '"We will never give up on Ukraine," French President Emmanuel Macron said.',
    '"We will not abandon our Ukrainian friends," Polish President Andrzej Duda told reporters.',
])
def test_own_persistence_litotes_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"We are not going to send rocket systems to Ukraine that can reach Russia," US President Joe Biden said.',
    "German Chancellor Olaf Scholz said Germany will not deliver Taurus missiles to Ukraine.",
    '"We will not provide fighter jets to Kyiv," Hungarian Foreign Minister Peter Szijjarto said.',
])
def test_own_negated_commitment_is_a_refusal(nlp, body):
    assert act_of(nlp, body) == "refusal"


@pytest.mark.parametrize("body", [
    "EU leaders vowed to step up sanctions against Tehran.",
    "The Canadian prime minister vowed to impose new sanctions on Russian oligarchs.",
    "Japan's foreign minister promised to tighten sanctions on Moscow.",
])
def test_commissive_cue_with_sanctions_alone_is_no_pledge(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    "Zelensky urged Western allies to send more air defence systems.",
    "Kuleba called on NATO members to speed up deliveries of ammunition.",
    "The Lithuanian foreign minister urged the EU to impose tougher sanctions on Russia.",
])
def test_request_for_support_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    "Hungarian Prime Minister Viktor Orban urged EU governments to rethink their sanctions approach.",
    "The regional governor urged residents not to leave their homes after dark.",
    "The former Italian prime minister urged the West to give Putin a way to save face.",
])
def test_request_for_other_conduct_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"We need more air defence," Ukrainian President Zelensky said.',
    "Ukrainian Foreign Minister Dmytro Kuleba said Ukraine needs security guarantees.",
    '"We need the greatest unity of the free world," Zelensky said in his evening address.',
])
def test_need_stated_by_the_recipient_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"Ukraine needs more ammunition," NATO chief Jens Stoltenberg said.',
    "German Defence Minister Boris Pistorius said Ukraine needs more air defence.",
    '"Kyiv needs more artillery shells," the Dutch defence minister said.',
])
def test_need_stated_by_a_donor_is_no_appeal(nlp, body):
    assert act_of(nlp, body) not in ("appeal", "pledge")


@pytest.mark.parametrize("body", [
    "The German defence minister said Germany has sent 18 howitzers to Ukraine.",
    "A US defense official told reporters the missile type supplied was the AGM-88.",
    '"The weapons were delivered last week," the Polish defence ministry said.',
])
def test_transfer_done_is_a_delivery(nlp, body):
    assert act_of(nlp, body) == "delivery"


@pytest.mark.parametrize("body", [
    "Ukrainian presidential aide Andriy Yermak said Ukrainian pilots will be trained to fly F-16 jets.",
    '"Ukraine will receive 18 more howitzers from Germany," Ukraine\'s defence chief Oleksii Reznikov said.',
    "The Dutch defence minister said Ukraine will be given four more Patriot launchers.",
])
def test_announced_receipt_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    "The Estonian prime minister said Western countries must send more tanks to Ukraine.",
    '"Sanctions on Russia should be tightened," Ukrainian President Zelensky said.',
    "Zelensky said partners should provide long-range missiles.",
])
def test_obligation_on_others_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"Give us the planes," Ukrainian President Zelensky told the US Congress.',
    '"Send us more artillery shells," the Ukrainian defence minister said.',
    '"Help us with air defence," Ukraine\'s top diplomat Dmytro Kuleba said.',
])
def test_imperative_request_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_a_hedge_in_a_relative_clause_is_no_hypothetical(nlp):
    body = ("US President Joe Biden said the United States will send Ukraine advanced rocket systems that could "
            "strike Russian targets with precision.")
    row = coded_rows(nlp, body)[0]
    assert row["speech_act"] == "pledge" and not row["hypothetical"]
    row = coded_rows(nlp, "US President Joe Biden said the United States could send Ukraine more rocket systems.")[0]
    assert row["hypothetical"] and row["speech_act"] != "pledge"


def test_third_party_never_pledges():
    frame = {"cue": None, "clauses": [{"pred": ["continue", "support"], "v": True, "aux": ["will"],
                                       "tense": "future", "neg": False, "hyp": False, "q": False, "pass": False,
                                       "subj": ["we"], "obj": ["ukraine"], "ben": []}], "done": []}
    row = {"quote_type": "direct", "speaker_country": "United States", "speaker_is_official": False,
           "speaker_type": "person"}
    act, _, veto = composition.decide(frame, "donor", row, frozenset(), {"we", "will", "support", "ukraine"})
    assert act is None and "pledge" in veto
    act, construction, _ = composition.decide(frame, "donor", dict(row, speaker_is_official=True), frozenset(), set())
    assert (act, construction) == ("pledge", "own_commitment")


# --- round 8: obligations and necessities laid on others, the recipient's dependence on support ---------------------
def test_frame_reads_a_copular_complement(nlp):
    cl = frame_of(nlp, '"It is time for every nation to isolate Russia," Ukrainian Foreign Minister Dmytro Kuleba '
                  'said.')["clauses"][0]
    assert cl["comp"]["of"] == "time" and cl["comp"]["pred"] == ["isolate"] and cl["comp"]["subj"] == ["nation"]
    cl = frame_of(nlp, "The German chancellor said Germany will send more tanks.")["clauses"][0]
    assert "comp" not in cl  # only a copular predicate with a clause after it has one


@pytest.mark.parametrize("body", [
    '"For this reason it is so very important to support Ukraine," German Foreign Minister Baerbock said.',
    '"It is important for every nation to condemn Russia\'s terror," Ukrainian President Zelensky said.',
    "Ukrainian Foreign Minister Dmytro Kuleba said it was absolutely crucial that donor states did not let up in their aid.",
    '"It is time for all democracies to isolate Russia," the Lithuanian foreign minister told reporters.',
])
def test_deontic_frame_asking_for_support_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"It is necessary to free Crimea from occupation," Ukrainian President Zelensky said.',
    '"It is high time for the Western states to come back to talks," the Belarusian ruler Alexander Lukashenko said.',
    "The Kremlin spokesman said it was vital that Russia achieve its goals.",
    '"What counts today is that we support the inquiry under way," the British foreign secretary said.',
])
def test_deontic_frame_for_other_conduct_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"Allies have to send more tanks," Ukraine\'s defence chief Oleksii Reznikov said.',
    "The Polish president said Western partners need to provide Kyiv with fighter jets.",
    '"The world must isolate Russia," Ukrainian President Zelensky told the summit.',
])
def test_semi_modal_and_oppose_obligations_are_appeals(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"Ukraine needs to regain its full territorial integrity," the Polish president said.',
    '"Russia must pull its troops out," the German chancellor said.',
    '"Russia has to isolate the Baltic states," the Kremlin spokesman said.',
])
def test_obligations_of_other_conduct_or_on_the_adversary_are_no_appeals(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"This show proves how vital the support of partner nations is to us," the Ukrainian finance minister said.',
    '"Our dream is undefeatable if we can count on your support," Zelensky told the Australian parliament.',
    "Ukraine's top diplomat Dmytro Kuleba said Western military aid remained critical for the counteroffensive.",
])
def test_dependence_on_support_voiced_by_the_recipient_is_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"Our support can be decisive in this war," the Lithuanian foreign minister said.',
    '"The EU cannot depend on gas deliveries from a state that threatens war," the German economy minister said.',
    "NATO chief Jens Stoltenberg said Western military aid remained critical for Kyiv.",
])
def test_dependence_stated_by_a_donor_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"I reaffirmed France\'s steadfast support for Ukraine," French President Emmanuel Macron said.',
    '"Germany has promised to deliver more air defence systems," German Chancellor Olaf Scholz told reporters.',
    '"We have pledged to train Ukrainian pilots," the Danish defence minister said.',
])
def test_reported_commitment_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"  # not a delivery: what was promised is not yet sent


@pytest.mark.parametrize("body", [
    '"Russia has promised to supply more gas to China," the Kremlin spokesman said.',
    '"We never promised to send fighter jets," the British defence secretary said.',
    '"They promised to send tanks and nothing came," Ukrainian President Zelensky said.',
])
def test_reported_commitment_of_the_adversary_or_negated_is_no_pledge(nlp, body):
    assert act_of(nlp, body) != "pledge"


def test_the_adversary_counting_on_support_is_no_appeal(nlp):
    body = ("Ukrainian Foreign Minister Dmytro Kuleba said Putin can still count on firm backing from the German "
            "business lobby.")
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    "Ukraine's top diplomat Dmytro Kuleba said the West's sanctions against Moscow needed to be made much tougher.",
    '"The European Union has to adopt a new sanctions package," the Lithuanian foreign minister said.',
    '"It is important to tighten sanctions on Russia," the Polish prime minister said.',
    '"Terror has to be answered - impose sanctions," Ukrainian President Zelensky said.',
])
def test_sanctions_asked_of_others_are_appeals(nlp, body):
    assert act_of(nlp, body) == "appeal"  # ANNOTATION.md: a call for sanctions is an appeal


@pytest.mark.parametrize("body", [
    '"Russia has to live with sanctions for years," the German finance minister said.',
    '"Russia has to lift its sanctions on Western food," the Kremlin spokesman said.',
    '"The sanctions have hit the Russian economy hard," the British foreign secretary said.',
])
def test_sanctions_borne_or_lifted_by_the_adversary_are_no_appeals(nlp, body):
    assert act_of(nlp, body) != "appeal"


# --- requests for something other than support (round 9: classes counted on a coded corpus sample) ------------
@pytest.mark.parametrize("body", [
    "The prosecutor requested a two-year prison sentence for the activist, the court heard.",
    "UN Secretary-General Antonio Guterres called for an impartial inquiry into the killings.",
    "The family of the British fighter asked for privacy, the Foreign Office said.",
    "Several member states asked for an exemption from the gas savings target, diplomats said.",
])
def test_request_for_a_thing_other_than_support_is_other(nlp, body):
    row = coded_rows(nlp, body)[0]
    assert row["speech_act"] == "other", row["text"]


@pytest.mark.parametrize("body", [
    "Ukraine's President Zelensky called for further sanctions against Moscow.",
    "Ukraine's president again pushed hard for a no-fly zone over his country.",
    "Kuleba called for more weapons for Ukraine.",
])
def test_request_for_support_named_in_a_noun_phrase_stays_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"We call on Russia to pull all its forces out of Ukraine at once," the G7 foreign ministers said.',
    '"We urge Moscow to return the deported children," the Council of Europe said in a statement.',
    '"We now call on the authorities of the Russian Federation to honour their duties under humanitarian law," '
    'the participants said.',
])
def test_request_addressed_to_the_adversary_is_other(nlp, body):
    assert act_of(nlp, body) == "other"


@pytest.mark.parametrize("body", [
    '"We now call on our partners to impose fresh sanctions on Russia," Kuleba said.',
    pytest.param('"We call on Russia to pay reparations and on our allies to send more tanks," Zelensky said.',
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "gapped second addressee ('and on our allies to send'): the clause frame reads only the first "
                     "request (spaCy hangs 'on our allies' as a conj of 'pay' and 'send' as its advcl), so the rules "
                     "code it other as addressed to the adversary; round 25's act/aid model turned it to appeal, the "
                     "model retrained on round 26's rules does not (docs/EVALUATION.md, round 26)"))),
    "Zelensky called for Russia to pay a heavy price and for the allies to impose harsher sanctions.",
])
def test_request_to_allies_naming_the_adversary_stays_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"
