"""Capabilities from data/reference/capabilities.csv: systems by category (with the `system` column), uses that are
no capability, the value of a weapons package (not `financial`), and a new category counted as equipment without a
code change. Sentences are written for these tests, each construction with three or more of them."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import amounts
from pledgewatch.coding._match import blank_nlp, normalize, read_table
from pledgewatch.coding.capabilities import CapabilityMatcher, find


def coded(text, country="United States") -> dict:
    row = {"statement_id": "s1", "article_id": "a1", "text": text, "cue": "said", "cue_lemma": "said",
           "quote_type": "indirect", "speaker_name": "Someone", "speaker_text": "", "speaker_type": "person",
           "speaker_role": "", "speaker_country": country, "speaker_is_official": True, "in_title": False}
    return coding.code_statements(pd.DataFrame([row])).iloc[0].to_dict()


@pytest.mark.parametrize("text", [
    "the US announced a $550m package including HIMARS ammunition and Javelins",
    "Washington unveiled a new $1bn package for Kyiv, with artillery rounds and air defence interceptors",
    "a package worth $2.5bn including Patriot missiles was approved",
    "the Pentagon's $400m tranche brings more Bradley vehicles",
])
def test_the_value_of_a_weapons_package_is_not_financial(text):
    assert "financial" not in coded(text)["capabilities"]


@pytest.mark.parametrize("text", [
    "the EU approved a $50bn package of budget support",
    "Japan pledged $5.5bn in additional aid",
    "Canada announced a $500m package of loans and drones",
    "a $1bn economic package for Kyiv",
])
def test_funding_packages_stay_financial(text):
    assert "financial" in coded(text)["capabilities"]


@pytest.mark.parametrize("text, category, system", [
    ("Russia fired Kh-101 cruise missiles overnight", "long_range_strike", "Kh-101"),
    ("Tu-95 bombers took off from Engels", "combat_aircraft", "Tu-95"),
    ("the US sent M109 Paladins", "artillery", "M109"),
    ("Humvees and MaxxPro vehicles arrived", "armoured_vehicles", "Humvee"),
    ("a Buk system was destroyed", "air_defence", "Buk"),
    ("TOW missiles and Carl Gustaf launchers", "anti_tank", "TOW"),
    ("Geran-2 drones hit the port", "drones", "Shahed"),
    ("the Uragan launchers fired", "rocket_artillery", "BM-27 Uragan"),
])
def test_common_systems_are_capabilities_with_their_system(text, category, system):
    tab = coding.capability_table(coding.code_statements(pd.DataFrame([{"statement_id": "s", "article_id": "a",
                                                                        "text": text}])))
    got = dict(zip(tab["capability"], tab["system"], strict=True))
    assert system in (got.get(category) or "")


@pytest.mark.parametrize("text, expected", [
    ("the first Gepard mobile artillery guns arrived", {"air_defence", "artillery"}),
    ("Gepard anti-aircraft guns", {"air_defence"}),
    ("the artillery guns were moved south", {"artillery"}),
])
def test_guns_of_artillery_and_air_defence_are_not_small_arms(text, expected):
    assert {c for c, _ in find(text)} == expected


@pytest.mark.parametrize("text", [
    "the patrol entered the Air Defense Identification Zone off Alaska",
    "Moscow of using gas as a \"weapon\"",
    "using grain as a weapon will not succeed",
    "for strategic and financial benefit",
    "financial sanctions and control of exports",
    "sabotage and reconnaissance groups can operate from the north",
    "Russian forces hit a tank holding nitric acid",
    "a helicopter crashed near the border",
])
def test_uses_that_are_no_capability(text):
    assert find(text) == []


def test_a_new_category_is_counted_as_equipment_without_a_code_change():
    rows = read_table("capabilities.csv") + [{"category": "radar", "surface": "radar", "kind": "phrase", "note": "",
                                                "system": ""}]
    m = CapabilityMatcher(rows)
    for text, value in (("France will send 12 radars", 12.0), ("three additional radars arrived", 3.0),
                        ("Germany delivered 4 new radars", 4.0)):
        norm, offs = normalize(text)
        doc = blank_nlp().make_doc(norm)
        spans = [s for s in m.spans(doc) if s.label_ == "radar"]
        assert [e["value"] for e in amounts.equipment(doc, spans, text, offs)] == [value]
