"""`capability_in_use` (coding/aid_extra.py): Ukraine as the user of a capability is the guide's aid "in use", with
no transfer verb or aid word named. Invented sentences, one per imagined article; the near misses (another user, a
habit, a capability that is not the verb's object) keep no aid relation, and each guard of the rule is checked on
its own anchor (another subject, the adversary's captured weapons, money or intelligence in use)."""

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import aid
from pledgewatch.coding._match import blank_nlp
from pledgewatch.coding.capabilities import matcher


def _aid(text, cue, country):
    df = pd.DataFrame([dict(text=text, cue=cue, cue_lemma=cue, speaker_country=country)])
    return bool(coding.code_statements(df)["aid_related"].iloc[0])


@pytest.mark.parametrize("text, cue, country", [
    ("our skies stay open to raids because Ukraine still uses ageing air defence systems from the eighties",
     "said", "Ukraine"),
    ("the Western capitals of pushing Kyiv to use its weapons against the villages near the border",
     "accused", "Russia"),
    ("Kyiv is using its howitzers sparingly these days", "said", "Estonia"),
    ("Ukrainian crews are now using the drones to watch the river crossings at night", "said", "Latvia"),
    ("Ukraine's army still uses the howitzers it got in the spring", "said", "Lithuania"),
    ('the Pentagon of urging Ukraine to "use every drone" against the border towns', "accused", "Russia"),
])
def test_ukraine_using_a_capability_is_aid(text, cue, country):
    assert _aid(text, cue, country) is True


@pytest.mark.parametrize("text, cue, country", [
    ("Russia used its drones against several Ukrainian towns overnight", "said", "Ukraine"),  # another user
    ("the villagers who used to sell tanks of milk to Ukraine's dairies", "said", "Poland"),  # a habit
    ("Ukraine uses the lull, and the artillery of both armies is silent", "said", "Ukraine"),  # no object of 'use'
])
def test_near_misses_are_no_aid(text, cue, country):
    assert _aid(text, cue, country) is False


def _in_use(text):
    doc = blank_nlp()(text)
    return "capability_in_use" in [name for name, _ in aid.anchors([t.lower_ for t in doc], matcher().spans(doc))]


@pytest.mark.parametrize("text", [
    "Ukraine fears Russia will use its drones against the grain ports",  # the adversary uses them
    "Ukraine used to make tanks for half of the world",  # a habit
    "Ukraine used captured Russian tanks to push back the assault",  # the adversary's own weapons
    "Kyiv uses trophy Russian artillery on the southern front",  # the adversary's own weapons
    "Ukraine accuses Iran of using drones against its power plants",  # 'of': Iran is the user
    "Ukraine says Wagner fighters use artillery near the town",  # another subject
    "Russia accused Ukraine of using chemical weapons near the front",  # 'of': Ukraine is the object
    "Ukrainian farmers are using drones to spray their fields",  # Ukraine only modifies the subject
    "Kyiv uses the intelligence gathered by its own agents",  # intelligence: a not_new_category
    "Ukraine uses the money to pay pensions",  # money: a not_new_category
])
def test_each_guard_keeps_no_use_anchor(text):
    assert _in_use(text) is False


def test_the_use_anchor_itself():
    assert _in_use("Kyiv is using its howitzers sparingly these days") is True


@pytest.mark.parametrize("text", [
    "Ukraine wants to use the drones on the eastern front",  # a control word before the infinitive's 'to'
    "Kyiv plans to use its howitzers in the autumn",
    "Kyiv hopes to use the drones soon against the depots",
    "Ukraine is allowed to use the drones across the border now",
    "Ukraine's armed forces use the howitzers every night",  # 'Ukraine' + "'s", one word before the head
    "Ukraine's own troops use the drones for scouting",
    "Ukraine says its forces used drones against the bridge",  # its: the reporting verb's Ukraine subject
])
def test_ukraine_in_use_through_control_owner_or_reported_its(text):
    assert _in_use(text) is True


@pytest.mark.parametrize("text", [
    "Ukraine says Russia plans to use its drones against the ports",  # the control word's subject is Russia
    "the villagers hope to use the drones to spray the orchards",  # no Ukraine subject
    "the Ukraine war's veteran troops use drones at the drills",  # no "Ukraine's": the war's troops
    "Poland says its forces used drones in the drill",  # its: Poland's
    "Ukraine says Moscow and its forces used drones against the bridge",  # its: not after the reporting verb
    "Russia and Ukraine both use drones along the front",  # a subject shared with the adversary
    "Russian and Ukrainian forces use drones near the river",
])
def test_control_owner_and_shared_subject_near_misses(text):
    assert _in_use(text) is False
