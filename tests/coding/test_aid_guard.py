"""The guide's guard on the aid relation (coding.model.guards) reads the adversary only as a receiver of support:
the adversary as the target of force (coding.aid_limits.adversary_target) leaves weapons given to strike it aid for
Ukraine. Examples paraphrase statements of different corpus articles."""

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import aid_limits
from support import lowers


def _aid(text, cue, country):
    df = pd.DataFrame([dict(text=text, cue=cue, cue_lemma=cue, speaker_country=country)])
    return bool(coding.code_statements(df)["aid_related"].iloc[0])


@pytest.mark.parametrize("text, cue, country", [
    # weapons package announced (US, June 2022)
    ("the supply of advanced rocket launchers and munitions able to strike distant Russian targets with precision "
     "as part of a $450m weapons package", "said", "United States"),
    # a UK package (2022)
    ("This record military aid package will give the Ukrainian president more of the kit he needs to kick Putin out",
     "said", "United Kingdom"),
    # longer-range missiles (2024)
    ("We will send longer-range missiles able to hit Russian territory", "pledged", "United Kingdom"),
    ("Britain will provide more weapons to fight against Russia", "said", "United Kingdom"),
])
def test_weapons_to_strike_the_adversary_are_aid(text, cue, country):
    assert _aid(text, cue, country) is True


@pytest.mark.parametrize("text, cue, country", [
    # the rules' fallback (a commitment naming no aid word is about support itself) keeps the adversary as target
    ("We will give them everything they need to drive Russian forces out", "pledged", "United Kingdom"),
    ("Poland will keep sending what is needed to push Russia out", "pledged", "Poland"),
    ("Britain will do whatever it takes so that Kyiv can defeat Putin", "pledged", "United Kingdom"),
])
def test_a_commitment_to_beat_the_adversary_is_about_support(text, cue, country):
    assert _aid(text, cue, country) is True


@pytest.mark.parametrize("text, cue, country", [
    ("Russia will face a disaster should it choose another round of aggression", "warned", "United States"),
    ("Ukraine will not be asked for any concessions to Russia", "promised", "France"),
    ("North Korea had shipped more than 1,000 containers of munitions to Russian forces", "said", "United States"),
    ("China would support Moscow in its struggle with the West", "said", "United States"),
    ("that the US would back the defense of Israel", "said", "United States"),
])
def test_support_for_the_adversary_or_another_stays_no_aid(text, cue, country):
    assert _aid(text, cue, country) is False


@pytest.mark.parametrize("text, expected", [
    ("munitions that could strike at long-range Russian targets", True),
    ("the kit they need to drive the Russian army out", True),
    ("missiles able to hit Russian territory", True),
    ("weapons to defend against Russia", True),
    ("weapons delivered to Russia", False),
    ("would support Russia's sovereignty", False),
    ("strike Russian targets, Moscow said", False),  # Moscow the speaker named, not a target
    ("more weapons for Ukraine", False),  # no adversary named
])
def test_the_adversary_as_the_target_of_force(text, expected):
    assert aid_limits.adversary_target(lowers(text)) is expected


@pytest.mark.parametrize("text, cue, country", [
    # a donor after 'of' is the giver (coding.features.beneficiary reads `giver_of` as coding.aid does): the guard
    # on support pledged to someone else leaves the pledge aid (sentences written for this test)
    ("We are proud to announce another $80m of military aid, built with the support of Canadian industry",
     "announced", "Canada"),
    ("we will deliver further military assistance, thanks to the help of British manufacturers", "said",
     "United Kingdom"),
    ("Oslo will fund more air defence this year with the backing of Norwegian firms", "pledged", "Norway"),
])
def test_a_donor_giver_after_of_is_no_other_beneficiary(text, cue, country):
    assert _aid(text, cue, country) is True


@pytest.mark.parametrize("text, expected", [
    ("with the support of Australian industry", ""),
    ("the help of Canada", ""),
    ("support Israel's defense", "other"),
    ("the support of Belarus", "adversary"),
])
def test_features_beneficiary_skips_a_donor_giver(text, expected):
    from pledgewatch.coding.features import beneficiary

    assert beneficiary(lowers(text)) == expected
