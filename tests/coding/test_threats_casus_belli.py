"""coding/threats_frame.py round 26: a casus belli put ahead (`belligerence_ahead`) and a red line (`red_line`) are
warnings (ANNOTATION.md: threats and warnings about an adversary or about consequences). Invented sentences, each in
the manner of a different article, run through the real pipeline (parse, extract, code); and near misses that are no
threat."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import threats_frame
from support import act_of, extract_rows, lowers


def found(nlp, body: str, side: str = "") -> list[str]:
    row = extract_rows(nlp, body)[0]
    return threats_frame.constructions(row[statements.FRAME_KEY], lowers(row["text"]), side)


@pytest.mark.parametrize("body", [
    '"Stationing foreign jets in Moldova would mean war," Russian envoy Ilya Tarkov told a news conference.',
    "A Kremlin adviser, Roman Shestov, said any Western warship in the Sea of Azov would be treated as a target.",
    '"Arming the militias will trigger a wider war in the region," Armenian envoy Aram Petrosyan said.',
    '"Closing the straits to our tankers will lead to confrontation," Russian envoy Pavel Orlov told reporters.',
])
def test_casus_belli_ahead_is_a_warning(nlp, body):
    assert "belligerence_ahead" in found(nlp, body)
    assert act_of(nlp, body) == "warning"


@pytest.mark.parametrize("body", [
    '"The agreement would lead to the end of the war," the Turkish mediator Selim Kaya said.',  # the end of the war
    '"This would not mean war," the Austrian neutrality envoy Lisa Gruber said.',  # negated
    '"The Greens would become the largest party," pollster Nina Hahn said.',  # no belligerence named
])
def test_no_casus_belli(nlp, body):
    assert "belligerence_ahead" not in found(nlp, body)


@pytest.mark.parametrize("body", [
    '"Our next report will be on the war economy," Estonian central bank chief Mart Kask said.',  # an adjunct
    '"The next phase would be the rebuilding of war-torn towns," Croatian minister Ivo Maric said.',  # inside it
    '"There will be no conflict between the allies over this," Slovenian minister Tanja Kos said.',  # "no" on it
])
def test_belligerence_must_head_the_complement(nlp, body):
    assert "belligerence_ahead" not in found(nlp, body)
    assert act_of(nlp, body) != "warning"


@pytest.mark.parametrize("body, side", [
    ('"Any attack on the pipeline is a red line for Azerbaijan," the Azerbaijani foreign minister Elnur Aliyev said.',
     "donor"),
    ("Russian senator Lev Morozkin said the shipment of jets had crossed Moscow's red lines.", "adversary"),
    ("The Belarusian interior minister Pavel Sinko said the drills were coming close to the republic's red line.",
     "adversary"),
])
def test_red_line_is_a_warning(nlp, body, side):
    assert "red_line" in found(nlp, body, side)
    assert act_of(nlp, body) == "warning"


def test_no_red_line_named_negated(nlp):
    body = '"There are no red lines in our support for Kyiv," Czech president Jana Dvorak said.'
    assert "red_line" not in found(nlp, body)


def test_the_adversarys_red_line_judged_by_a_donor_is_no_threat(nlp):
    body = '"The Kremlin\'s red lines keep moving every month," Dutch defence minister Joost Smit said.'
    assert "red_line" not in found(nlp, body, "donor")
    assert "red_line" in found(nlp, body, "adversary")


def test_a_question_is_no_casus_belli(nlp):
    body = '"What would be the gain for Minsk in this war?" the Lithuanian analyst-turned-minister Rokas Vilkas asked.'
    assert "belligerence_ahead" not in found(nlp, body)
