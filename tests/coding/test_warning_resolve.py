"""A side's resolve to use force and the adversary's war aims put ahead (coding/threats_resolve.py): a denied
hesitation before an act of force, put ahead, is a warning from any side; the adversary's aims that it will or must
achieve are a warning from the adversary. Look-alikes stay what they are: support without hesitation (a pledge), a
hesitation denied in the past (a report), another side's goals, aims not achieved. Sentences of our own wording, each
in the manner of a different article; the act tests run the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import threats, threats_resolve
from support import act_of, lowers

# --- force without hesitation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "we will not hesitate to respond with force if our ships are attacked again",  # future, verb of force
    "Minsk would show no hesitation in using the missiles stationed on its territory",  # noun, use + arms
    "they won't hesitate to strike back at anyone who crosses the border",  # contraction
    "the navy will never hesitate to act in defence of its sailors",  # "act" + "never"
])
def test_force_without_hesitation_holds(text):
    assert threats_resolve.force_unhesitating(lowers(text))
    assert "force_unhesitating" in threats.constructions(lowers(text), "donor")


@pytest.mark.parametrize("text", [
    "we will not hesitate to support Ukraine for as long as it takes",  # support is no force
    "we will not hesitate to use every tool we have to help the refugees",  # use without an object of force
    "the pilots did not hesitate to fly into the storm",  # past: reported, not put ahead
    "the soldiers did not hesitate to attack the convoy",  # past act of force: reported
    "we will hesitate before we strike",  # hesitation not denied
])
def test_no_force_without_hesitation(text):
    assert not threats_resolve.force_unhesitating(lowers(text))


def test_a_denied_hesitation_negates_nothing_after_it():
    text = "the fleet will show no hesitation in deploying its nuclear weapons against any blockade"
    words = lowers(text)
    assert not threats.negated_at(words, words.index("nuclear"))
    assert "nuclear_posture" in threats.constructions(words, "adversary")


@pytest.mark.parametrize("text", [
    "the fleet will show no hesitation in deploying its missiles against any blockade",  # "show no hesitation in"
    "the garrison commander would have no hesitation in using military force on the rebels",  # noun subject, "have"
    "our border guards would not hesitate to use their weapons against the smugglers",  # infinitive "to use"
])
def test_use_of_arms_without_hesitation_holds(text):
    assert threats_resolve.force_unhesitating(lowers(text))


@pytest.mark.xfail(strict=True, reason="arms are the classes force_noun and weapons only; a capability named by "
                   "capabilities.csv alone (submarines, artillery) is not read as an object of force")
@pytest.mark.parametrize("text", [
    "the fleet will show no hesitation in deploying its submarines against any blockade",
    "the garrison commander would have no hesitation in using artillery on the rebels",
])
def test_use_of_a_named_capability_without_hesitation(text):
    assert threats_resolve.force_unhesitating(lowers(text))


@pytest.mark.parametrize("body", [
    '"We will not hesitate to respond with force if our ships are attacked again," defence minister Kemal Arslan said.',
    'The White House spokesman Tom Reed said the United States "will not hesitate to act in defence of its troops in '
    'the region."',
    'Belarusian defence ministry spokesman Oleg Zhuk said Minsk would show no hesitation in using the missiles '
    'stationed on its territory.',
])
def test_force_without_hesitation_is_a_warning(nlp, body):
    assert act_of(nlp, body) == "warning"


@pytest.mark.parametrize("body", [
    '"We will not hesitate to support Ukraine for as long as it takes," Irish foreign minister Ciaran Walsh said.',
    'Canadian defence minister Claire Dubois said the pilots did not hesitate to fly into the storm to rescue the '
    'crew.',
])
def test_hesitation_look_alikes_are_no_warning(nlp, body):
    assert act_of(nlp, body) != "warning"


# --- the adversary's war aims ahead ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the objectives of the special operation will certainly be fulfilled",  # passive, aim the subject
    "Russia would achieve every goal it had set in the south",  # active, aim the object
    "it is vital for our country to accomplish the tasks of the operation",  # necessity
    "Moscow is able to defend itself, and the aims of the operation will be fully achieved",  # under an estimate
    "it is essential for the army to fulfil its tasks before the winter",  # necessity (class necessity)
    "the southern group must accomplish the objectives it was given",  # obligation (class obligation_modal)
])
def test_war_aims_ahead_hold_for_the_adversary(text):
    assert threats_resolve.war_aims_ahead(lowers(text))
    assert "war_aims_ahead" in threats.constructions(lowers(text), "adversary")


@pytest.mark.parametrize("text,side", [
    ("the objectives of the special operation will certainly be fulfilled", "donor"),  # not the adversary's word
    ("our goals for the climate summit will be achieved", "recipient"),
    ("the army had not achieved its objectives in the first weeks", "adversary"),  # not achieved, not ahead
    ("the goals of the operation will not be achieved", "adversary"),  # negated
    ("the goals were set out by the general staff", "adversary"),  # no achieving ahead
])
def test_war_aims_look_alikes_do_not_hold(text, side):
    assert "war_aims_ahead" not in threats.constructions(lowers(text), side)


@pytest.mark.parametrize("body", [
    '"All the objectives of the operation will certainly be fulfilled," Russian defence minister Anatoly Serov said.',
    'Kremlin spokesman Ivan Petrov said Russia would achieve every goal it had set in the south.',
])
def test_war_aims_of_the_adversary_are_a_warning(nlp, body):
    assert act_of(nlp, body) == "warning"


@pytest.mark.parametrize("body", [
    '"Our goals for the climate summit will be achieved by the end of the year," German environment minister Petra '
    'Lang said.',
    'Russian defence minister Anatoly Serov admitted that the army had not achieved its objectives in the first weeks.',
])
def test_war_aims_look_alikes_are_no_warning(nlp, body):
    assert act_of(nlp, body) != "warning"
