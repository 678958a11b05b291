"""Requests and obligations that ask no one for support (coding/requests.py, round 19): a support verb whose object
is other conduct (`request_conduct`), "call" that names or telephones (`call_naming`), an imperative asking for
other conduct (`imperative_other`) and an obligation on the speaker's own side or on an impersonal thing
(`obligation_own_conduct`) are no appeals; requests and obligations that ask others for support stay appeals."""

from __future__ import annotations

import pytest

from pledgewatch.coding import requests
from support import act_of


@pytest.mark.parametrize("body", [
    "The Ukrainian foreign ministry called on every state to back the founding of a special court for the "
    "crimes of the invasion.",
    "The Kyiv envoy urged the members of the assembly to support the setting up of an inquiry into the "
    "deportations.",
    "The Chinese leader asked the Ukrainian president to speed up a political settlement of the war.",
])
def test_a_support_verb_asked_for_other_conduct_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    "The Ukrainian foreign minister called on all partners to support Ukraine with more artillery.",
    "The Polish premier urged the alliance to back Kyiv with fighter jets and air defence.",
    "The Ukrainian prime minister called on the donors to back the court of arbitration with weapons and money.",
])
def test_a_support_verb_asked_for_support_stays_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    'The State Department spokesman called the decision "a regrettable step" given the long cooperation the '
    "two space programmes have enjoyed.",
    'The German chancellor called the shelling of the station "a grave crime" that demanded a response.',
    'The Lithuanian minister called the new aid rules "a welcome change".',
])
def test_call_that_names_its_object_is_no_request(nlp, body):
    assert act_of(nlp, body) != "appeal"


def test_naming_call_reads_the_cue_particles():
    named = {"lemma": "call", "to": ["decision"], "x": None}
    assert requests.naming_call(named, {"called"})
    assert not requests.naming_call(named, {"called", "for"})
    assert not requests.naming_call(named, {"called", "on"})
    assert not requests.naming_call(dict(named, x={"pred": ["send"]}), {"called"})
    assert not requests.naming_call(dict(named, lemma="urge"), {"urged"})


@pytest.mark.parametrize("body", [
    '"If you wish to see what they did to our villages, please come here and look," the Ukrainian mayor said.',
    '"Please come to Kharkiv and see our schools for yourselves," the Ukrainian governor said.',
    '"Read the letter again and judge for yourselves," the Ukrainian spokesman said.',
])
def test_an_imperative_asking_for_other_conduct_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"Give us the planes and we will close our skies," the Ukrainian president said.',
    '"Please send us more air defence systems," the Ukrainian foreign minister said.',
    '"Help us now," the Ukrainian mayor told the donors.',
])
def test_an_imperative_asking_for_support_stays_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    '"Clearly we should join the northern alliance too," the Finnish general said.',
    '"All this is coming back to hurt us and must be put right very quickly," the British minister said.',
    '"We must deal with our own security first," the Swedish prime minister said.',
])
def test_an_obligation_on_the_speakers_own_side_is_no_appeal(nlp, body):
    assert act_of(nlp, body) != "appeal"


@pytest.mark.parametrize("body", [
    '"The West must send more air defence systems to Ukraine," the Latvian president said.',
    '"Partners have to deliver the promised tanks faster," the Ukrainian defence minister said.',
    '"Together, we should make sure that the regime loses its income - we ask our partners to impose a '
    'full oil embargo," the Ukrainian foreign minister said.',
])
def test_an_obligation_on_others_to_give_support_stays_an_appeal(nlp, body):
    assert act_of(nlp, body) == "appeal"


def test_a_bare_call_to_act_is_left_to_the_other_rules():
    act_now = {"pred": ["act"], "imp": True, "subj": [], "obj": [], "ben": [], "neg": False}
    come = dict(act_now, pred=["come"])
    assert requests.imperative_other([act_now], frozenset(), {"act", "now"}) is None
    assert requests.imperative_other([come], frozenset(), {"please", "come"}) == ("other", "imperative_other")
    assert requests.imperative_other([come], frozenset(), {"come", "to", "ukraine"}) is None
