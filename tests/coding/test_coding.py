"""Unit tests of the coding stage: every tricky form named in issue 5, capability spellings, amounts, rhetoric,
the contract of code_statements / capability_table, and the reference tables."""

from __future__ import annotations

import pandas as pd
import pytest

from pledgewatch import coding
from pledgewatch.coding import amounts, capabilities, rhetoric, speech_acts
from pledgewatch.coding._match import normalize, read_table


def row(text, cue="said", country="United States", **kw):
    base = {"statement_id": f"s{abs(hash(text)) % 10**8}", "article_id": "a1", "text": text, "cue": cue,
            "cue_lemma": cue, "quote_type": "indirect", "speaker_name": kw.pop("name", "Someone"),
            "speaker_text": "", "speaker_type": "person", "speaker_role": kw.pop("role", ""),
            "speaker_country": country, "speaker_is_official": True, "in_title": False}
    base.update(kw)
    return base


def code(text, cue="said", country="United States", **kw) -> dict:
    return coding.code_statements(pd.DataFrame([row(text, cue, country, **kw)])).iloc[0].to_dict()


def act(text, cue="said", country="United States", **kw) -> str:
    return code(text, cue, country, **kw)["speech_act"]


# --- speech acts: the forms named in issue 5 -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our message is clear: America will not let Kyiv fail",
    "London will let nothing stand in the way of sending Kyiv the weapons it needs",
    "We will not let up",
    "we will never abandon Ukraine",
])
def test_litotes_are_pledges(text):
    assert act(text) == "pledge"


@pytest.mark.parametrize("text,cue", [
    ("there are no plans to send jets", "said"),
    ("Berlin has ruled out sending Taurus missiles to Kyiv", "said"),
    ("Berlin has delayed the weapons delivery to Kyiv", "reports"),
    ("we will not send fighter jets to Ukraine", "said"),
    ("sending long-range missiles", "ruled out"),
    ("The plan to sell three armable drones to Kyiv has been paused", "reported"),
])
def test_refusals(text, cue):
    assert act(text, cue, "Germany") == "refusal"


@pytest.mark.parametrize("text", [
    "the howitzers have arrived",
    "Britain and its partners are now supplying longer-range missile systems",
    "the first F-16s are now in Ukraine",
    "the tanks have been delivered to the front",
])
def test_deliveries(text):
    assert act(text, country="United Kingdom") == "delivery"


@pytest.mark.parametrize("text,cue,financial", [
    ("a fresh $100m assistance package for Kyiv, which includes ammunition and military equipment", "announced", True),
    # ANNOTATION.md: the dollar value of a weapons package is not `financial`; funding (military financing) is
    ("I am glad to announce a further $100m of military assistance", "said", False),
    ("Washington would provide over $250m in military financing", "told", True),
])
def test_new_package_is_a_pledge(text, cue, financial):
    out = code(text, cue, "Australia")
    assert out["speech_act"] == "pledge"
    assert out["pledge_specificity"] == "specific"
    assert ("financial" in out["capabilities"]) is financial


@pytest.mark.parametrize("text", [
    "the supply of modern rocket systems in a $600m (£480m) weapons package due to be unveiled",
    "Washington unveiled a further $3.1bn (£2.6bn) in military aid",
    "that $2 billion in artillery, air defence and other hardware would soon head to the front lines",
])
def test_the_value_of_weapons_is_not_financial(text):
    assert "financial" not in code(text, "said", "United States")["capabilities"]


@pytest.mark.parametrize("text,cue", [
    ("we need more air defence", "said"),
    ("The best way to help Kyiv is to give the country everything it needs", "said"),
    ("NATO for more weapons", "pressed"),
    ("allies to send more air defence systems", "urged"),
    ("his country awaits new supplies, heavy weapons above all", "noted"),
    ("We call on every partner to hasten deliveries of air defence", "said"),
])
def test_appeal_by_a_recipient(text, cue):
    assert act(text, cue, "Ukraine") == "appeal"


def test_recipient_without_country_is_found_by_name():
    assert act("we need more air defence", country="", name="Volodymyr Zelensky") == "appeal"


def test_appeal_cue_vetoes_pledge_content():
    # a donor urging its own government asks, it does not commit
    assert act("the U.S. to keep on supporting Ukraine", "urged", "United States") == "appeal"


def test_appeal_cue_to_adversary_or_for_talks_is_not_an_appeal():
    assert act("Moscow to return the children to Ukraine at once", "called for", "OSCE") != "appeal"
    assert act("US-Russian peace talks to bring the war in Ukraine to an end", "called for", "Hungary") != "appeal"


@pytest.mark.parametrize("text", [
    "Germany could send more tanks to Ukraine",
    "Washington would consider sending ATACMS to Ukraine",
    "if Congress approves, we will send more weapons",
])
def test_hypotheticals_are_flagged_and_not_pledges(text):
    out = code(text, country="Germany")
    assert out["hypothetical"] is True
    assert out["speech_act"] != "pledge"


def test_would_in_reported_speech_is_not_hypothetical():
    out = code("Paris would send Kyiv seven additional Caesar artillery guns", "promised", "France")
    assert out["speech_act"] == "pledge" and out["hypothetical"] is False


def test_negation_flag():
    assert code("we will not send jets", country="Germany")["negated"] is True
    assert code("we will send jets", country="Germany")["negated"] is False


def test_warning_and_pledge_cue_with_threat():
    assert act("the Russian leader \"will not stop at Ukraine.\"", "adding") == "warning"
    assert act("the Kremlin leader would pay a \"heavy price\" should he use chemical arms", "vowed") == "warning"


def test_cue_verb_leans():
    assert act("lasting international support", "promised") == "pledge"
    assert act("Britain's support for Ukraine", "reiterated", "United Kingdom") == "pledge"
    assert act("Australia's commitment to the program to train Ukrainian forces", "reaffirmed", "Australia") == "pledge"


def test_adversary_does_not_pledge():
    assert act("we will continue to supply our army with new weapons", country="Russia") != "pledge"


def test_events_and_evaluations():
    assert act("five civilians were killed in the shelling on Sunday", country="Ukraine") == "other"
    assert act("the situation on the front is extremely difficult", country="Ukraine") == "assessment"


# --- capabilities -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,category", [
    ("F-16", "combat_aircraft"), ("F16", "combat_aircraft"), ("f-16s", "combat_aircraft"), ("F 16 jets", "combat_aircraft"),
    ("155mm", "ammunition"), ("155-mm", "ammunition"), ("155 mm", "ammunition"), ("155mm shells", "ammunition"),
    ("air defense", "air_defence"), ("air defence", "air_defence"), ("air-defence systems", "air_defence"),
    ("Air Defenses", "air_defence"), ("Leopard 2A6", "tanks"), ("Leopard 2 tanks", "tanks"), ("M1A1 Abrams", "tanks"),
    ("IRIS-T", "air_defence"), ("Iris T SLM", "air_defence"), ("SAMP/T", "air_defence"), ("SAMP-T", "air_defence"),
    ("HIMARS", "rocket_artillery"), ("Himars", "rocket_artillery"), ("Patriot batteries", "air_defence"),
    ("anti-aircraft guns", "air_defence"), ("Panzerhaubitze 2000", "artillery"), ("PzH-2000", "artillery"),
    ("M777 howitzers", "artillery"), ("ATACMS", "long_range_strike"), ("longer-range missiles", "long_range_strike"),
    ("long -range rockets", "long_range_strike"), ("Storm Shadow", "long_range_strike"),
    ("infantry fighting vehicles", "armoured_vehicles"), ("armored vehicles", "armoured_vehicles"),
    ("Bayraktar drones", "drones"), ("loitering munitions", "drones"), ("Javelins", "anti_tank"),
    ("anti-ship missiles", "naval"), ("Harpoon", "naval"), ("small arms", "small_arms"), ("rifles", "small_arms"),
    ("weapons", "weapons_general"), ("military aid", "weapons_general"), ("arms", "weapons_general"),
    ("training of pilots", "training_intel"), ("intelligence sharing", "training_intel"),
    ("financial aid", "financial"), ("humanitarian aid", "humanitarian"), ("medicines", "humanitarian"),
    ("multiple rocket launchers", "rocket_artillery"), ("MiG-29s", "combat_aircraft"),
])
def test_capability_variants(text, category):
    assert category in [c for c, _ in capabilities.find(text)], capabilities.find(text)


def test_capability_surfaces_are_exact():
    text = "Germany sends F-16s, 155-mm shells and SAMP/T to Kyiv"
    assert capabilities.find(text) == [("combat_aircraft", "F-16s"), ("ammunition", "155-mm"),
                                       ("ammunition", "shells"), ("air_defence", "SAMP/T")]


@pytest.mark.parametrize("text", [
    "analysts at a think tank said", "talks on arms control", "two train stations near Lviv were shelled",
    "a humanitarian corridor for civilians", "the intelligence services of Russia", "a patriot at heart",
])
def test_capability_exclusions(text):
    assert capabilities.find(text) == []


def test_longest_match_wins_but_both_sides_of_partial_overlaps_count():
    cats = [c for c, _ in capabilities.find("155 mm howitzer arsenal")]
    assert cats == ["artillery"]
    cats = {c for c, _ in capabilities.find("humanitarian and military assistance")}
    assert cats == {"humanitarian", "weapons_general"}


def test_money_is_financial_only_when_funding():
    assert "financial" in code("a $40m grant to an international fund for Ukraine", "announced")["capabilities"]
    assert "financial" not in code("China sold Russia drones worth over $12 million", country="")["capabilities"]


def test_capability_counts_only_where_named():
    out = code("we will keep helping", role="Defence Minister")
    assert out["capabilities"] == []


# --- amounts ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,currency", [
    ("a package of $2.5bn", 2.5e9, "USD"), ("€500m in aid", 5e8, "EUR"), ("£235m", 2.35e8, "GBP"),
    ("1.2 billion euros", 1.2e9, "EUR"), ("$ 12 million", 1.2e7, "USD"), ("15 million Hryvnia", 1.5e7, "UAH"),
    ("USD 300 million", 3e8, "USD"), ("$1,000,000", 1e6, "USD"),
])
def test_money(text, value, currency):
    m = amounts.money(text)[0]
    assert m["value"] == pytest.approx(value) and m["currency"] == currency


def test_amount_columns_money():
    out = code("Australia will provide a further $100m of military assistance", country="Australia")
    assert (out["amount_text"], out["amount_value"], out["amount_currency"]) == ("$100m", 1e8, "USD")


@pytest.mark.parametrize("text,value,unit", [
    ("the US will send 31 Abrams tanks", 31, "Abrams tanks"),
    ("Paris would send Kyiv six extra Caesar artillery guns", 6, "extra Caesar artillery guns"),
    ("eleven IRIS-T air defence systems", 11, "IRIS-T air defence systems"),
])
def test_amount_columns_equipment(text, value, unit):
    out = code(text, "promised", "France")
    assert out["amount_value"] == value and out["amount_unit"] == unit and out["amount_currency"] is None


def test_pledge_specificity():
    assert code("we will go on supporting Kyiv")["pledge_specificity"] == "vague"
    assert code("we will send more weapons to Ukraine")["pledge_specificity"] == "vague"
    assert code("we will send 31 Abrams tanks")["pledge_specificity"] == "specific"
    assert code("we will send more aid to Ukraine by the end of March")["pledge_specificity"] == "specific"
    assert code("five civilians were killed", country="Ukraine")["pledge_specificity"] is None


# --- rhetoric -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,frame", [
    ("we will back Kyiv's fight as long as it takes", "resolve"), ("as long as we can", "resolve"),
    ("whatever it takes", "resolve"), ("we stand with Ukraine", "resolve"),
    ("the free world will never let Ukraine fail", "resolve"), ("we need them now", "urgency"),
    ("the sooner they arrive, the more lives will be saved", "urgency"), ("it is about the timeline", "urgency"),
    ("deliver without delay", "urgency"), ("Putin will not stop at Ukraine", "threat"),
    ("Ukraine must win", "victory"), ("Ukraine must not lose", "victory"),
])
def test_frames(text, frame):
    assert frame in rhetoric.frames(text)


def test_no_frames_in_plain_report():
    assert rhetoric.frames("the meeting took place in Brussels") == []


def test_commitment_strength_orders_boosters_over_hedges():
    strong = rhetoric.commitment_strength("We will definitely and unwaveringly support Ukraine", "vowed")
    weak = rhetoric.commitment_strength("We might possibly consider sending something", "suggested")
    assert -1 <= weak < 0 < strong <= 1


# --- contract -----------------------------------------------------------------------------------------------------

def test_code_statements_contract():
    df = pd.DataFrame([row("we will send 31 Abrams tanks"), row("five civilians were killed", country="Ukraine"),
                       row("the situation is difficult")], index=[7, 3, 5])
    out = coding.code_statements(df)
    assert list(out.index) == [7, 3, 5] and list(out["text"]) == list(df["text"])
    for c in coding.ADDED_COLUMNS:
        assert c in out.columns
    assert set(out["speech_act"]) <= set(speech_acts.ACTS)
    assert all(isinstance(c, list) and all(isinstance(x, str) for x in c) for c in out["capabilities"])
    assert all(isinstance(f, list) for f in out["frames"])
    assert out["commitment_strength"].between(-1, 1).all()
    assert out["aid_related"].map(type).eq(bool).all()
    assert "speech_act" not in df.columns  # input untouched


def test_code_statements_empty():
    out = coding.code_statements(pd.DataFrame(columns=["statement_id", "article_id", "text"]))
    assert len(out) == 0 and all(c in out.columns for c in coding.ADDED_COLUMNS)


def test_capability_table():
    out = coding.code_statements(pd.DataFrame([row("we will send F-16s and 155mm shells"), row("hello")]))
    tab = coding.capability_table(out)
    assert list(tab.columns) == ["statement_id", "article_id", "capability", "surface", "system"]
    assert set(tab["capability"]) == {"combat_aircraft", "ammunition"}
    assert set(tab["surface"]) == {"F-16s", "155mm"}
    systems = {c: (s if isinstance(s, str) else None) for c, s in zip(tab["capability"], tab["system"], strict=True)}
    assert systems == {"combat_aircraft": "F-16", "ammunition": None}
    assert coding.capability_table(out.iloc[0:0]).empty


@pytest.mark.parametrize("text,expected", [
    ("Germany has already sent 18 Leopard 2 tanks", {"tanks": "Leopard 2"}),
    ("the US will send 31 Abrams tanks and more Patriot batteries", {"tanks": "Abrams", "air_defence": "Patriot"}),
    ("HIMARS and ATACMS changed the battlefield", {"rocket_artillery": "HIMARS", "long_range_strike": "ATACMS"}),
    ("pilots are training on F-16s; Storm Shadow missiles arrived", {"combat_aircraft": "F-16",
                                                                      "long_range_strike": "Storm Shadow"}),
    ("Leopard and Challenger tanks", {"tanks": "Leopard; Challenger 2"}),
])
def test_capability_table_names_the_system(text, expected):
    tab = coding.capability_table(coding.code_statements(pd.DataFrame([row(text)])))
    got = {c: s for c, s in zip(tab["capability"], tab["system"], strict=True) if isinstance(s, str)}
    assert got == expected


def test_a_new_category_needs_no_code_change():
    from pledgewatch.coding.capabilities import CapabilityMatcher

    rows = read_table("capabilities.csv") + [{"category": "radar", "surface": "radar", "kind": "phrase", "note": "",
                                                "system": ""},
                                               {"category": "radar", "surface": "Ground Master", "kind": "name",
                                                "note": "", "system": "Ground Master 200"}]
    m = CapabilityMatcher(rows)
    assert "radar" in m.categories
    from pledgewatch.coding._match import blank_nlp, normalize

    doc = blank_nlp().make_doc(normalize("France sends Ground Master radars and tanks")[0])
    spans = m.spans(doc)
    assert {s.label_ for s in spans} == {"radar", "tanks"}
    assert [m.systems_in(doc, s) for s in spans if s.label_ == "radar"] in ([["Ground Master 200"]],
                                                                           [["Ground Master 200"], []])


def test_coding_version_tracks_reference_tables():
    assert isinstance(coding.CODING_VERSION, str) and "+" in coding.CODING_VERSION


def test_schema_accepts_coded_statements():
    from pledgewatch import schema

    df = pd.DataFrame([row("we will send 31 Abrams tanks")]).assign(char_start=0, char_end=10, published=None,
                                                                     outlet=None, speaker_id="Someone",
                                                                     speaker_unknown_reason="")
    schema.validate("statements", coding.code_statements(df))


def test_batch_codes_repeated_texts_identically():
    # speed is measured by `make bench`, never by a timed test; here: a large batch gives each row its own answer
    texts = ["America will not let Ukraine fail and will send 14 Abrams tanks and $1.5bn",
             "Ukraine needs more air defence now", "five civilians were killed in the shelling on Sunday"] * 700
    df = pd.DataFrame([row(t) for t in texts]).assign(statement_id=[f"s{i}" for i in range(len(texts))])
    out = coding.code_statements(df)
    assert len(out) == len(df) and out.index.equals(df.index)
    first = out.head(3)[["speech_act", "aid_related"]].to_dict("records")
    assert out[["speech_act", "aid_related"]].to_dict("records") == first * 700
    assert out["capabilities"].iloc[0] == out["capabilities"].iloc[3]


# --- reference tables ---------------------------------------------------------------------------------------------

def test_capability_table_covers_the_guide():
    rows = read_table("capabilities.csv")
    cats = {r["category"] for r in rows if r["kind"] != "exclude"}
    assert cats == set(capabilities.CATEGORIES) and len(cats) == 16
    assert all(r["surface"] for r in rows)


def test_frames_and_rules_tables_load():
    assert {r["frame"] for r in read_table("frames.csv")} == set(rhetoric.FRAMES)
    assert all(r["example"] for r in read_table("frames.csv"))
    assert {r["act"] for r in read_table("speech_acts.csv")} >= {"pledge", "delivery", "appeal", "refusal", "warning"}
    assert all(r["source"] for r in read_table("commitment.csv"))


def test_normalize_keeps_offsets():
    text = "F-16s, 155mm and SAMP/T"
    norm, offs = normalize(text)
    assert norm.startswith("F 16") and len(offs) == len(norm) + 1
    assert all(0 <= o <= len(text) for o in offs)


def test_every_rule_matches_its_own_example():
    """Each content rule of speech_acts.csv and each frame fires on the example given beside it (catches patterns
    whose alternatives were meant as multi-word phrases: `a b|c d` is three tokens, not two phrases)."""
    from spacy.matcher import Matcher

    from pledgewatch.coding import _code_one
    from pledgewatch.coding._match import blank_nlp, compile_pattern

    nlp = blank_nlp()
    failures = []
    for table, key in (("speech_acts.csv", "act"), ("frames.csv", "frame")):
        for r in read_table(table):
            example = (r.get("example") or "").strip().strip('"')
            if table == "speech_acts.csv" and (r["where"] != "content" or not example or example.startswith("(")):
                continue
            m = Matcher(nlp.vocab)
            m.add("x", [compile_pattern(p.strip()) for p in r["pattern"].split(" ; ")])
            hit = False
            for ex in (e.strip().strip('"') for e in example.split(";")):
                norm, offs = normalize(ex)
                doc = nlp.make_doc(norm)
                _code_one(ex, doc, offs, nlp.make_doc("said"), nlp.make_doc(""), {"text": ex})  # marks CAP/MONEY/AID
                hit = hit or bool(m(doc))
            if not hit:
                failures.append((table, r[key], r["pattern"], example))
    assert not failures, failures


@pytest.mark.parametrize("expected,cue,country,text", [
    ("pledge", "said", "Netherlands", "We will keep supporting Kyiv's defence as long as it takes"),
    ("pledge", "said", "Germany", "Germany will deliver four more Patriot systems before the year is out"),
    ("pledge", "pledged", "Japan", "$5.5bn in additional aid"),
    ("refusal", "said", "United States", "the US is not going to send F-16s to Ukraine"),
    ("refusal", "said", "United States", "F-16s are off the table for now"),
    ("refusal", "said", "Hungary", "Hungary will not allow weapons to transit through its territory"),
    ("refusal", "refused", "Germany", "to send Taurus missiles"),
    ("delivery", "said", "Germany", "Germany has already sent 18 Leopard 2 tanks"),
    ("delivery", "said", "United States", "Ukrainian forces used HIMARS to strike a Russian command post"),
    ("appeal", "said", "Ukraine", "Give us the tools and we will finish the job"),
    ("appeal", "said", "Ukraine", "we ask our partners to lift restrictions on the use of long-range weapons"),
    ("appeal", "said", "Lithuania", "Allies must send Ukraine more air defence now"),
    ("warning", "said", "Russia", "any Western troops in Ukraine would be legitimate targets"),
    ("warning", "said", "United States", "If Ukraine falls, Putin will not stop there"),
    ("other", "said", "Ukraine", "three people were killed in a missile strike on Odesa overnight"),
    ("pledge", "said", "NATO", "NATO allies had agreed to deliver more air defence systems"),
    ("pledge", "said", "United States", "We are going to give Ukraine what it needs"),
    ("appeal", "said", "NATO", "allies must do more and must do it faster"),
    ("refusal", "said", "Germany", "Scholz has so far refused to supply Taurus cruise missiles"),
    ("warning", "said", "Germany", "Russia poses a danger to the whole of Europe"),
    ("delivery", "said", "Ukraine", "We have received the first batch of Leopard tanks"),
])
def test_more_forms(expected, cue, country, text):
    assert speech_acts.classify_text(text, cue=cue, speaker_country=country) == expected


def test_thanks_need_aid_to_be_a_delivery():
    assert act("Berlin for providing Ukraine with one more Patriot battery", "thanked", "Ukraine") == "delivery"
    assert act("the survivors she met for their candour", "thanked", "United Kingdom") != "delivery"


@pytest.mark.parametrize("text", ["rising food and energy prices", "they will take up arms",
                                  "US intelligence has no such information"])
def test_more_capability_exclusions(text):
    assert capabilities.find(text) == []


@pytest.mark.parametrize("text,value,unit", [
    ("2,000-2,500 armored vehicles", 2000, "armored vehicles"),
    ("1.5 million rounds of ammunition", 1.5e6, "rounds of ammunition"),
])
def test_equipment_ranges_and_scales(text, value, unit):
    out = code(text)
    assert out["amount_value"] == value and out["amount_unit"] == unit


def test_one_of_is_not_a_count():
    assert code("one of the newer long-range weapons")["amount_value"] is None


def test_support_for_the_adversary_is_a_pledge_not_about_aid_and_its_obstruction_no_refusal():
    # ANNOTATION.md, settled conventions: a pledge of support ... someone other than Ukraine is still ... pledge, with
    # aid_related false
    for text, cue, country in [("it would support the sovereignty and security of Russia", "told", "China"),
                               ("Washington would support the defense of Israel", "said", "United States"),
                               ("Britain will continue to support Poland and the Baltic states", "said",
                                "United Kingdom")]:
        out = code(text, cue, country)
        assert out["speech_act"] == "pledge", text
        assert out["aid_related"] is False, text
    assert act("Moscow keeps the ports blocked, preventing Ukraine from shipping grain", country="Ukraine") != "refusal"
    assert act("It might help to make clear why they act this way", country="United States") != "pledge"


def test_recipient_complaining_of_too_little_is_appealing():
    assert act("the country has received just 15% of the weapons it requested", country="Ukraine") == "appeal"
    assert act("deliveries of weapons are too slow", country="Ukraine") == "appeal"


def test_head_noun_of_a_named_capability_is_not_weapons_general():
    assert [c for c, _ in capabilities.find("anti-aircraft weapons like Stingers")] == ["air_defence", "air_defence"]
    assert [c for c, _ in capabilities.find("anti-tank weapons")] == ["anti_tank"]
    assert capabilities.find("the Chemical Weapons Convention") == []
    assert [c for c, _ in capabilities.find("chemical weapons")] == ["weapons_general"]


def test_the_month_may_is_not_hypothetical():
    assert code("Ukrainian specialists will hold training in June", country="Lithuania")["hypothetical"] is False
    assert code("Germany may send more tanks", country="Germany")["hypothetical"] is True


def test_aid_related():
    assert code("Moscow was trying to bomb railway lines to disrupt arms supplies from abroad",
                country="Ukraine")["aid_related"] is True
    assert code("Washington to cease sending arms to Kyiv", "told", "Russia")["aid_related"] is True
    assert code("China sold Russia drones worth over $12 million", country="")["aid_related"] is False
    assert code("five civilians were killed", country="Ukraine")["aid_related"] is False


def test_missing_values_are_empty_not_nan():
    df = pd.DataFrame([row("we need more air defence", country=None, name="Volodymyr Zelensky")])
    df["speaker_country"] = float("nan")
    df.loc[0, "cue_lemma"] = None
    assert coding.code_statements(df)["speech_act"].iloc[0] == "appeal"


def test_one_pass_equals_code_statements_and_capability_table():
    texts = ["we will send 31 Abrams tanks and more F-16s", "Ukraine needs 155mm shells and air defense now",
             "five civilians were killed in the shelling on Sunday"]
    df = pd.DataFrame([row(t) for t in texts]).assign(statement_id=["a", "b", "c"], article_id="x")
    coded, caps = coding.code(df)
    pd.testing.assert_frame_equal(coded, coding.code_statements(df))
    pd.testing.assert_frame_equal(caps, coding.capability_table(coded))
    assert set(caps.loc[caps.statement_id == "a", "capability"]) == {"tanks", "combat_aircraft"}
    assert "_surfaces" not in coded.columns


# --- who commits whom: a modal governing a give verb (speech_acts.commitment) -----------------------------------

@pytest.mark.parametrize("text,country", [
    ("the United States must keep on supporting Ukraine", "United States"),
    ("allies should send more air defence to Kyiv", "Lithuania"),
    ("partners need to deliver the promised shells faster", "Ukraine"),
    ("Europe has to provide Ukraine with more ammunition this year", "Estonia"),
])
def test_an_obligation_on_others_to_give_is_an_appeal(text, country):
    assert speech_acts.commitment(text.lower().split()) == "others"
    assert act(text, country=country) == "appeal"


@pytest.mark.parametrize("text,country", [
    ("We must never let up in supporting Ukraine", "NATO"),
    ("we will keep helping Ukraine defend itself", "United States"),
    ("Britain will continue to lead in backing the Ukrainian government", "United Kingdom"),
    ("Canada is going to keep providing support to Ukraine", "Canada"),
])
def test_a_commitment_of_ones_own_side_to_give_is_a_pledge(text, country):
    assert speech_acts.commitment(text.lower().split()) == "own"
    assert act(text, country=country) == "pledge"


@pytest.mark.parametrize("text", [
    "we will not send fighter jets",
    "Russia will continue its offensive in the east",
    "the talks would resume next week",
])
def test_no_commitment_without_a_give_verb_or_when_negated(text):
    assert speech_acts.commitment(text.lower().split()) == ""


def test_cue_weight_is_kept_per_cue_doc_and_per_lexicon():
    """Rhetoric.strength keeps the cue's weight on the cue's doc (coding hands one doc to every statement with that
    cue): the same cue doc gives the same strength beside different contents, as a fresh doc of the cue does."""
    from pledgewatch.coding._match import blank_nlp, normalize
    from pledgewatch.coding.rhetoric import lexicon

    nlp, rh = blank_nlp(), lexicon()
    cue = nlp.make_doc("vowed")
    for text in ("We will never abandon our partners in Kyiv", "It could take months before the jets arrive",
                 "The package arrives next week"):
        doc = nlp.make_doc(normalize(text)[0])
        assert rh.strength(doc, cue) == rh.strength(nlp.make_doc(doc.text), nlp.make_doc("vowed"))
    assert rh.strength(nlp.make_doc("The talks went on"), cue) != rh.strength(nlp.make_doc("The talks went on"))
