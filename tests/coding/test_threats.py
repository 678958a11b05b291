"""Warnings composed from the content (pledgewatch.coding.threats): each construction on sentences written for the
test in the manner of different articles (pre-invasion intelligence, nuclear signalling, sanctions diplomacy), and
the cases that are not warnings (harm done, harm denied, Ukraine's own strikes, sanctions announced)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import threats
from pledgewatch.coding.speech_acts import classify_text
from support import lowers


def act(text: str, cue: str = "said", country: str = "United States") -> str:
    return classify_text(text, cue=cue, speaker_country=country)


# --- threatened harm: a harm under a future, conditional or threatened modality ----------------------------------

@pytest.mark.parametrize("text,country", [
    ("Russia will launch a limited military attack on the country in the coming weeks", "Estonia"),
    ("that an invasion may begin within days", "United States"),
    ("Moscow is preparing to take revenge on its Western foes", "Ukraine"),
    ("that Moscow could escalate further if the bridge is hit again", "United Kingdom"),
])
def test_threatened_harm_is_a_warning(text, country):
    assert "threatened_harm" in threats.constructions(lowers(text), "donor")
    assert act(text, country=country) == "warning"


@pytest.mark.parametrize("text,country", [
    ("Russian missiles struck a shopping centre in Kremenchuk on Monday, killing 18 people", "Ukraine"),  # harm done
    ("that Ukrainian forces had conducted a rocket strike on a command post in Izyum", "United States"),  # done
    ("the new rockets will let Ukraine hit Russian supply lines more precisely", "United States"),
    ("we see no sign that Russia intends to attack any NATO member", "Germany"),  # harm denied
])
def test_harm_done_denied_or_ukraines_own_is_no_threat(text, country):
    assert "threatened_harm" not in threats.constructions(lowers(text), "donor")
    assert act(text, country=country) != "warning"


# --- consequences: a price or response put ahead of the adversary ------------------------------------------------

@pytest.mark.parametrize("text,country", [
    ("any incursion would have severe consequences for Moscow", "United Kingdom"),
    ("that Minsk will bear the consequences for hosting the troops", "Lithuania"),
    ("Russia would continue to react firmly to all restrictions imposed by London", "Russia"),
])
def test_consequence_is_a_warning(text, country):
    side = "adversary" if country == "Russia" else "donor"
    assert "consequence" in threats.constructions(lowers(text), side)
    assert act(text, country=country) == "warning"


def test_consequence_denied_is_no_threat():
    assert "consequence" not in threats.constructions(lowers("the decision will not have any consequences"), "donor")


# --- sanctions threatened (conditional) vs sanctions announced or hoped for --------------------------------------

@pytest.mark.parametrize("text,country", [
    ("possible sanctions against Tehran for the drone deliveries", "EU"),
    ("If Moscow moves, we are ready to impose crippling sanctions on its banks", "United States"),
    ("that in the case of an invasion the sanctions would be far tougher than in 2014", "Germany"),
])
def test_sanctions_threatened_are_warnings(text, country):
    assert "sanctions_threatened" in threats.constructions(lowers(text), "donor")
    assert act(text, country=country) == "warning"


# a condition a few words after the sanctions (edited wording of our own after different articles: a German
# chancellor's press statement, a US president's remarks, a report on a US adviser's meeting with China's envoy)
@pytest.mark.parametrize("text,cue,country", [
    ('a resolute reaction and targeted sanctions" in the case of any Russian assault on Ukraine', "announced", "Germany"),
    ("he would consider sanctions on Putin personally if Moscow invades its neighbour", "says", "United States"),
    ("she will raise the prospect of economic sanctions on China, if it helps Moscow in its war against "
     "Ukraine", "according to", "United States"),
])
def test_a_condition_after_the_sanctions_threatens(text, cue, country):
    assert "sanctions_threatened" in threats.constructions(lowers(text), "donor")
    assert act(text, cue=cue, country=country) == "warning"


def test_a_condition_far_after_the_sanctions_is_another_clause():
    text = "the EU imposed sanctions on the banks last week and the talks would resume if the ceasefire held"
    assert "sanctions_threatened" not in threats.constructions(lowers(text), "donor")


@pytest.mark.parametrize("text,country", [
    ("it would widen sanctions on the energy sector to cover steel", "Canada"),  # announced
    ("we all hope these sanctions regimes are expanded further", "Poland"),  # hoped for
    ("Latvia was only enforcing the sanctions regime of the bloc", "EU"),  # enforced
    ("that Belgrade has no intention to impose sanctions on Russia", "Serbia"),  # declined
])
def test_sanctions_announced_hoped_or_declined_are_no_warnings(text, country):
    assert "sanctions_threatened" not in threats.constructions(lowers(text), "donor")
    assert act(text, country=country) != "warning"


# --- the adversary's nuclear posture ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    ("Russia had shipped its first tactical nuclear arms into Belarus", "Russia"),
    ("it had inspected the carriers of its non-strategic nuclear arms", "Belarus"),
    ("he was not bluffing about using nuclear weapons", "Russia"),
])
def test_adversarys_nuclear_posture_is_a_warning(text, country):
    assert "nuclear_posture" in threats.constructions(lowers(text), "adversary")
    assert act(text, country=country) == "warning"


@pytest.mark.parametrize("text,country", [
    ("Europe's biggest nuclear plant is held by Russian forces", "United States"),  # a plant, not arms
    ("it would not allow the inspectors to visit its nuclear weapons sites", "Russia"),  # negated
    ("Beijing commits itself never to use nuclear arms against Ukraine", "China"),
])
def test_nuclear_plants_and_denials_are_no_posture(text, country):
    side = "adversary" if country == "Russia" else "donor"
    assert "nuclear_posture" not in threats.constructions(lowers(text), side)


# --- the negated-threat veto -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,country", [
    ("Our partnership does not pose a threat whatsoever to third countries", "China"),
    ("we do not see any sign that the Kremlin means to use nuclear weapons", "United States"),
    ("the exercises are no danger to the neighbours", "Belarus"),
])
def test_a_denied_threat_is_no_warning(text, country):
    assert act(text, country=country) != "warning"


def test_a_warning_cue_still_counts_over_a_denial():
    assert act("that the drills are no bluff and the West should not test us", "warned", "Russia") == "warning"


# --- an estimate of capability or intent is an assessment, not a threat ------------------------------------------

@pytest.mark.parametrize("text,country", [
    ("Russian troops were unlikely to be able to mount a push towards Odesa", "United Kingdom"),
    ("Moscow will depend on nuclear arms, cyber tools and space", "United States"),
    ("they are developing rockets which are able to carry nuclear warheads", "Estonia"),
])
def test_an_estimate_is_no_threat(text, country):
    assert threats.constructions(lowers(text), "donor") == []
    assert act(text, country=country) != "warning"


# --- the adversary's resolve: a means of response held, used or reserved, or "not a bluff" -----------------------

@pytest.mark.parametrize("text", [
    'Moscow would "use all means" to protect the annexed regions',  # nuclear signalling, autumn 2022
    "Russia had an answer for every country that threatened it",  # tank deliveries, early 2023
    "Moscow reserves the right to take steps to defend its own interests",  # Kaliningrad transit
    "we will have to work out our response to this decision",  # asset seizure
    "This is not a bluff.",
    'he was "not bluffing" about the potential use of nuclear arms',  # resolve declared: no estimate ("potential")
])
def test_adversary_resolve_is_a_warning(text):
    assert "adversary_resolve" in threats.constructions(lowers(text), "adversary")
    assert act(text, country="Russia") == "warning"


@pytest.mark.parametrize("text,side", [
    ("the expulsions were a response to sanctions from the West", "adversary"),  # a reaction reported
    ("Moscow banned 28 officials in response to like measures taken by Canberra", "adversary"),
    ("the court has yet to answer that question", "adversary"),  # the verb
    ("Russia does not have the means to respond to every provocation", "adversary"),  # negated
    ("Ukraine reserves the right to take steps to defend its territory", "donor"),  # not the adversary speaking
])
def test_no_resolve_without_a_means_held_by_the_adversary(text, side):
    assert "adversary_resolve" not in threats.constructions(lowers(text), side)


# --- what an appeal asks for is no threat by the speaker: a request for other conduct stays `other` --------------

@pytest.mark.parametrize("text,cue,country", [
    ("for de-escalation of tension along the border", "appealed", "Germany"),  # pre-invasion diplomacy
    ("Russia to de-escalate and pull back its troops", "urged", "EU"),  # EU statement
    ("an end to the fighting in Ukraine", "called for", "Russia"),  # a business leader, spring 2022
])
def test_request_for_de_escalation_is_no_warning(text, cue, country):
    assert act(text, cue=cue, country=country) != "warning"


# --- a risk named as a noun: "the risk of escalation" names the harm, it does not put it ahead -----------------------
# (edited wording of our own after different articles: a US president's appeal, an Australian strategist, Polish
# experts' scenario, a White House briefing)

@pytest.mark.parametrize("text,cue", [
    ("to reflect hard and strategically on the risk of escalation", "appealed"),
    ("the risk of a nuclear war is higher today than at any point since the Cold War", "said"),
    ("which for the first time leaves the southern flank of Romania, Slovakia, Hungary and Poland open to the risk of "
     "a Russian ground attack by autumn", "pointed out"),
    ("the risk of an attack by the Russian army has grown", "emphasized"),
])
def test_a_risk_named_is_no_threatened_harm(text, cue):
    assert "threatened_harm" not in threats.constructions(lowers(text), "donor")
    assert act(text, cue=cue) != "warning"


@pytest.mark.parametrize("text", [
    "an attack may happen within the coming few days",  # a modal verb still puts the harm ahead
    "Moscow can use nuclear arms in the event of aggression against Russia or its allies",  # 'in the event of'
    "there is a risk of escalation and Russia could attack the convoys",  # the risk noun aside, a modal
    "The threat of Russian missile strikes from Belarusian soil on civilian and military targets "
    "remains",  # "the threat of" is a threat (ukraine_dev: warning)
])
def test_a_modal_beside_a_risk_noun_still_threatens(text):
    assert "threatened_harm" in threats.constructions(lowers(text), "donor")


# --- the arms-control veto: nuclear arms negotiated, limited or guarded against are diplomacy ------------------------
# (edited wording of our own after different articles: a treaty offer, a joint statement on guarantees, a foreign
# ministry on nuclear war, a refusal of inspections under a treaty)

@pytest.mark.parametrize("text,country", [
    ("Washington stands ready to negotiate a fresh treaty cutting nuclear arsenals once the old one lapses",
     "United States"),
    ("Beijing would offer Kyiv security guarantees should it ever face an attack with nuclear weapons", "China"),
    ("Moscow keeps working to prevent a nuclear war from breaking out", "Russia"),
    ("it would not let American inspectors see its nuclear warheads under the reduction treaty", "Russia"),
])
def test_nuclear_arms_under_arms_control_are_no_warning(text, country):
    assert threats.arms_control(lowers(text))
    assert act(text, country=country) != "warning"


@pytest.mark.parametrize("text,country", [
    ("Russia would suspend its part in the last nuclear arms treaty with Washington", "Russia"),
    ("Moscow may resume nuclear testing despite the ban treaty", "Russia"),
])
def test_arms_control_broken_stays_a_warning(text, country):
    assert not threats.arms_control(lowers(text))
    assert act(text, country=country) == "warning"


def test_a_warning_cue_counts_over_arms_control():
    assert act("any strike on its territory would end all talks on nuclear arms reductions", "warned",
               "Russia") == "warning"


# --- the accusation veto: the conduct charged is reported, not put ahead ------------------------------------------
# (edited wording of our own after different articles: a Ukrainian minister on strikes on cities, a president on
# nuclear signalling, a Kremlin spokesman on Western policy)

@pytest.mark.parametrize("text,country", [
    ("Moscow of deliberately stepping up its escalation against power stations", "Ukraine"),
    ("the Russian leader of nuclear blackmail against the whole continent", "Ukraine"),
    ("Washington and its allies of escalating the tension around the border", "Russia"),
])
def test_an_accusation_reports_conduct_no_warning(text, country):
    scores = {"warning": 1.0}
    side = "adversary" if country == "Russia" else "recipient"
    assert threats.adjust(scores, lowers(text), side, {}, "accuse") == []
    assert "warning" not in scores
    assert classify_text(text, cue="accused", speaker_country=country, cue_lemma="accuse") != "warning"


def test_an_accusation_with_a_harm_put_ahead_still_warns():
    text = "Kyiv of shelling the villages, which could serve as a pretext for a Russian invasion"
    assert threats.adjust({}, lowers(text), "donor", {}, "accuse") == ["threatened_harm"]
    assert classify_text(text, cue="accused", speaker_country="United States", cue_lemma="accuse") == "warning"


# --- a harm named as the setting (a preposition's object) is put ahead by no modal after it -------------------------
# (edited wording of our own after different articles: a US official on a counteroffensive's timetable, a report on
# Minsk's trade, a Ukrainian minister on the economy)

@pytest.mark.parametrize("text", [
    "that the push to regain the land taken early in the invasion would end before the autumn",
    "Minsk, hit by wide sanctions following the Russian invasion, would turn its trade to Beijing",
    "that output is lower than at the start of the all-out Russian invasion and may fall further",
])
def test_a_harm_named_as_setting_is_no_threat(text):
    assert "threatened_harm" not in threats.constructions(lowers(text), "donor")


@pytest.mark.parametrize("text", [
    "we are in a period when an invasion could begin any day",
    "that the attack might come within the week",
    "a renewed offensive may start as soon as the ground freezes",
])
def test_a_harm_as_subject_with_a_modal_after_it_still_threatens(text):
    assert "threatened_harm" in threats.constructions(lowers(text), "donor")


# --- the denial veto: a threat the cue denies is no threat ----------------------------------------------------------
# (edited wording of our own after different pre-invasion reports: the Kremlin's denials of an attack plan)

@pytest.mark.parametrize("text", [
    "it intends to mount an attack on its neighbour",
    "that its troops would invade Ukraine",
    "any plan for an incursion, while the build-up goes on",
])
def test_a_threat_denied_by_the_cue_is_no_warning(text):
    scores = {"warning": 1.0}
    assert threats.adjust(scores, lowers(text), "adversary", {}, "deny") == []
    assert "warning" not in scores
    assert classify_text(text, cue="denied", speaker_country="Russia", cue_lemma="deny") != "warning"
    assert classify_text(text, cue="said", speaker_country="Russia", cue_lemma="say") == "warning"


# --- an evidence denial reaches every threat word after it --------------------------------------------------------
# (edited wording of our own after different articles: a US official on nuclear signals, the Pentagon on force
# posture after announced drills, a president rebutting claims of a Ukrainian offensive)

@pytest.mark.parametrize("text", [
    "officials have not seen any indication that Moscow plans to use nuclear arms, although its rhetoric is reckless",
    "the ministry has seen no change in the Russian posture since Moscow announced drills with tactical nuclear weapons",
    "there is no evidence for those claims, nor any logic in the idea that Kyiv would launch an attack now",
])
def test_an_evidence_denial_denies_the_threats_after_it(text):
    assert threats.constructions(lowers(text), "donor") == []
    assert act(text) != "warning"


def test_a_threat_before_the_evidence_denial_still_counts():
    text = "an attack may well come, though we see no indication the decision is made"
    assert "threatened_harm" in threats.constructions(lowers(text), "donor")


# --- a crackdown is enforcement at home, no threat (speech_acts.csv) ----------------------------------------------
# (edited wording of our own after different articles: an Irish minister on sanctions evasion, a rights group on a
# foreign-agents law, a report on protests)

@pytest.mark.parametrize("text,country", [
    ("middlemen keep finding loopholes in the sanctions and it matters that we crack down on them", "Ireland"),
    ("the bill would curb press freedom and serve to crack down on charities", "United States"),
    ("the police moved to crack down on the students gathered in the square", "Georgia"),
])
def test_a_crackdown_is_no_warning(text, country):
    assert act(text, country=country) != "warning"
