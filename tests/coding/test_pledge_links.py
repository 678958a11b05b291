"""Round 19 (issue #13): the general links of a pledge, each read apart from any one article's wording: the modality
(a transfer reported as arranged, "is to" / "is set to"; coding/clause_parts.py `scheduled`) and the speaker's side
(no office, no pledge: composition's `third_party`). Examples are sentences of our own, run through the real
pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from support import act_of


@pytest.mark.parametrize("body", [
    "Norway is to send eight more air defence launchers to Ukraine, the Norwegian defence minister said on Monday.",
    "The Dutch prime minister said the Netherlands is set to supply a second batch of F-16 jets to Kyiv.",
    '"Canada is due to deliver the armoured vehicles to Ukraine in March," the Canadian defence minister said.',
])
def test_a_transfer_reported_as_arranged_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    "The Serbian president said the aim of his visit is to send a message of calm to the region.",
    "The Slovak prime minister said the question is to send weapons or to seek talks.",
    "The Russian defence minister said Russia is to send more troops to its western border.",
])
def test_an_aim_a_question_or_the_adversary_is_not_arranged_aid(nlp, body):
    assert act_of(nlp, body) != "pledge"


@pytest.mark.parametrize("body", [
    "The newspaper said in an editorial that it will continue to support Ukraine.",
    "The Atlantic Council said it will keep backing Ukraine with research and advice.",
    "Human Rights Watch said it would continue to help Ukrainians document war crimes.",
])
def test_a_speaker_without_office_pledges_nothing(nlp, body):
    assert act_of(nlp, body) != "pledge"


# --- the object and the predicate that gives it -------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "The Australian defence minister said Australia will gift 30 more Bushmaster vehicles to Ukraine.",
    "The Croatian defence minister said Croatia would hand Ukraine eight Mi-8 helicopters before the winter.",
    "The Estonian prime minister said Estonia would release the next tranche of its aid to Kyiv within weeks.",
    '"We will disburse another 1.5 billion euros to Ukraine in March," the EU budget commissioner said.',
])
def test_giving_verbs_of_the_lexicon_give_aid(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body, pledge", [
    ('"The Pentagon will buy artillery shells for Ukraine from European makers," the US defence secretary said.', True),
    ("EU leaders agreed to use the interest on frozen Russian assets to buy weapons for Ukraine, the Council "
     "president said.", True),
    ("The Polish prime minister said Poland is to buy 250 Abrams tanks for its own army.", False),
    ('"Canada will purchase Norwegian air defence systems for its forces in Latvia," the Canadian defence minister '
     "said.", False),
])
def test_arms_bought_give_support_only_for_ukraine(nlp, body, pledge):
    assert (act_of(nlp, body) == "pledge") == pledge


@pytest.mark.parametrize("body", [
    '"We are working to send more air defence to Ukraine as fast as we can," the US national security adviser said.',
    "The Polish president said Warsaw is preparing a new package of military aid for Ukraine.",
    '"We are doubling our humanitarian support for Ukraine this year," the Irish prime minister said.',
    '"The Netherlands has earmarked 300 million euros for the air defence of Ukraine," the Dutch defence minister '
    "said.",
])
def test_aid_settled_on_or_raised_now_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"Sweden has today decided on its biggest support package yet for Ukraine," the Swedish defence minister said.',
    "Finland decided on Thursday on a further package of defence equipment for Ukraine, its defence minister said.",
    '"The cabinet has decided on new winter aid for Kyiv," the Norwegian prime minister, Jonas Gahr Store, said.',
])
def test_aid_decided_on_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


def test_a_budget_decided_on_for_its_own_army_is_no_pledge(nlp):
    assert act_of(nlp, '"We decided on a new budget for our own army," the Swedish defence minister said.') != "pledge"


@pytest.mark.parametrize("body", [
    "The German chancellor said Germany is increasing its defence budget to two per cent of output.",
    '"The EU agreed a new sanctions package over the war in Ukraine," the Commission president said.',
    '"We are expanding sanctions against Russian banks," the US treasury secretary said.',
    '"We are working to evacuate civilians from the besieged city," the UN refugee chief said.',
])
def test_own_budgets_sanctions_and_other_work_are_no_pledge(nlp, body):
    assert act_of(nlp, body) != "pledge"


# --- an announcement made as it is said (coding/own_pledges.py own_announcement) -------------------------------------
@pytest.mark.parametrize("body", [
    '"Today I am announcing 40 more armoured ambulances and two mobile hospitals for Ukraine," the Swedish prime '
    "minister noted.",
    '"We are announcing 60 million pounds for demining and the repair of power stations in Ukraine," the UK '
    "foreign secretary noted.",
    '"Today Norway announces 12 field hospitals and a fleet of water trucks for towns near the front," the Norwegian '
    "prime minister noted.",
    '"Today we unveil 300 armoured vehicles for the front," the Polish defence minister remarked.',
])
def test_the_speakers_own_announcement_of_aid_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"Today I am announcing new sanctions on Russian banks," the British prime minister said.',
    '"I am announcing my visit to Kyiv next month," the Austrian chancellor said.',
    '"Today I am announcing that our embassy will reopen," the Spanish foreign minister said.',
])
def test_announcing_sanctions_a_visit_or_news_is_no_pledge(nlp, body):
    assert act_of(nlp, body) != "pledge"


# --- a verb conjoined to the commitment shares its subject (coding/clause_parts.py shared_subject) -------------------
@pytest.mark.parametrize("body", [
    '"We will finish the training and then deliver the first Leopards," the German defence minister said.',
    "The Spanish defence minister said Spain would refurbish the vehicles and ship them to Kyiv in spring.",
    '"Britain will lead the coalition and provide the first batch of drones," the British defence secretary said.',
])
def test_a_conjoined_giving_verb_shares_the_commitment(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"We will not send fighter jets, and train no pilots either," the Austrian defence minister said.',
    '"We will meet the Ukrainian delegation and discuss their needs," the Portuguese foreign minister said.',
    "The Russian defence minister said Moscow would repair its tanks and send them back to the front.",
])
def test_no_commitment_is_shared_from_a_negation_talk_or_the_adversary(nlp, body):
    assert act_of(nlp, body) != "pledge"


# --- an intent of the speaker's own side (coding/clause_parts.py commitment, intent_lemma) --------------------------
@pytest.mark.parametrize("body", [
    '"We aim to deliver the first F-16 jets to Ukraine by the summer," the Danish defence minister said.',
    '"We want to send more air defence systems to Ukraine," the German chancellor said.',
    "The Canadian defence minister said Canada seeks to provide Ukraine with more drones this year.",
])
def test_the_sides_own_intent_to_give_is_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


@pytest.mark.parametrize("body", [
    '"We want Germany to send more tanks to Ukraine," the Polish president said.',
    '"I want to thank Germany for supporting Ukraine so strongly," the Lithuanian president said.',
    '"We seek to strengthen our own army," the Polish defence minister said.',
])
def test_wanting_another_to_give_thanks_or_own_forces_are_no_pledge(nlp, body):
    assert act_of(nlp, body) != "pledge"
