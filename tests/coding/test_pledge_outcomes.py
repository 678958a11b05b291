"""Pledges of the speaker's own side read off what it sees to (`ensured_success`) or what it presents as new
(`package_presented`), coding/own_outcomes.py, with the clause the frame keeps under `ens`
(statements/frame_ensured.py). Invented sentences in the shape of news reports of different kinds (a quotation, a
reported clause, a purpose clause), run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch.statements.clause_frame import FRAME_KEY
from support import act_of_row, extract_rows


@pytest.mark.parametrize("body, start, pred, subj", [
    ('"We will make sure Ukraine prevails," the Dutch prime minister, Mark Rutte, told a press conference.',
     "We will make", "prevail", "ukraine"),
    ("Poland would do everything to ensure that Ukraine wins, President Andrzej Duda said in Warsaw.",
     "Poland would", "win", "ukraine"),
    ('"Germany will do whatever it takes to make sure Ukraine gets the air defence it needs," Olaf Scholz said.',
     "Germany will", "get", "ukraine"),
])
def test_the_frame_keeps_the_clause_seen_to(nlp, body, start, pred, subj):
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(start)]
    assert rows
    ens = [cl["ens"] for cl in rows[0][FRAME_KEY]["clauses"] if cl.get("ens")]
    assert ens and ens[0]["pred"][-1] == pred and subj in ens[0]["subj"]


def test_a_clause_with_its_own_subject_in_between_sees_to_nothing_of_ours(nlp):
    body = '"We will send the tanks so that the allies can make sure Ukraine wins," Olaf Scholz said on Monday.'
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith("We will send")]
    assert rows and not any(cl.get("ens") for cl in rows[0][FRAME_KEY]["clauses"])


@pytest.mark.parametrize("body, start", [
    ('"We simply have to make sure that Ukraine succeeds," the Irish prime minister told a news conference in '
     "Dublin.", "We simply"),
    ("Poland would do everything to ensure that Ukraine wins, President Andrzej Duda said in Warsaw.",
     "Poland would"),
    ('"We must ensure that Ukraine is victorious," the Latvian foreign minister, Edgars Rinkevics, said on Friday.',
     "We must ensure"),
    ('"We will ensure Ukraine has the weapons it needs," the British defence secretary, Ben Wallace, said.',
     "We will ensure"),
    ('"We will make sure that Ukraine does not lose this war," the German chancellor, Olaf Scholz, said in Berlin.',
     "We will make"),
])
def test_ukraines_success_seen_to_by_the_speakers_side_is_a_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    ('"We will make sure Russia does not win in Ukraine," the French president, Emmanuel Macron, said.',
     "We will make"),  # the adversary's failure: no support given
    ('"We must make sure that our own army is ready," the German chancellor, Olaf Scholz, said in Berlin.',
     "We must make"),  # its own conduct
    ('"We would make sure Ukraine wins if Congress gave us the money," the US senator Chuck Morrow said.',
     "We would make"),  # a condition
    ('"We will make sure Ukraine wins," the Ukrainian foreign minister, Dmytro Kuleba, said in Kyiv.',
     "We will make"),  # the recipient pledges nothing to itself
])
def test_other_outcomes_seen_to_are_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ('"Today\'s package includes more ammunition for the HIMARS," the US defence secretary, Lloyd Austin, said.',
     "Today's package"),
    ('"This latest tranche of assistance contains air defence missiles and artillery shells," the German '
     "chancellor, Olaf Scholz, said at a press conference.", "This latest tranche"),
    ('"The new package brings our total military aid to Ukraine to 2.3 billion pounds," the British defence '
     "secretary, Ben Wallace, told parliament.", "The new package"),
])
def test_a_donor_presenting_its_new_aid_pledges(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    ('"The new package includes more shells for our artillery," the Ukrainian defence minister, Oleksii Reznikov, '
     "said.", "The new package"),  # the recipient describes what it gets
    ('"This package of sanctions includes new bans on Russian oil," the British foreign secretary, Liz Truss, said.',
     "This package of"),  # sanctions are no aid
    ('"The old package included only helmets and vests," the German defence minister, Christine Lambrecht, said.',
     "The old package"),  # past, and not marked new
])
def test_other_packages_presented_are_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ('"Canada can provide more training for Ukrainian pilots," the Canadian defence minister, Anita Anand, said in '
     "Ottawa.", "Canada can provide"),
    ('"We can send another Patriot battery to Kyiv this year," the German chancellor, Olaf Scholz, told the '
     "Bundestag.", "We can send"),
    ('"We can help the Ukrainian side bring its men home," the Polish defence minister, Mariusz Blaszczak, said.',
     "We can help"),
])
def test_the_speakers_side_offering_support_it_can_give_pledges(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    ('"We cannot send more tanks," the German chancellor, Olaf Scholz, said in Berlin.', "We cannot"),
    ('"The question is how we can provide security for Europe," the German chancellor, Olaf Scholz, said.',
     "The question is"),
    ('"Western countries can help Ukraine much more," the German chancellor, Olaf Scholz, said.', "Western countries"),
    ('"We could send another battery next year," the German chancellor, Olaf Scholz, said.', "We could"),
])
def test_no_offer_of_the_speakers_side_is_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ('"Ukraine can count on us," the German chancellor, Olaf Scholz, told reporters in Berlin.', "Ukraine can"),
    ('"Ukraine can count on our support," the Canadian prime minister, Justin Trudeau, said in Toronto.',
     "Ukraine can"),
    ('"Kyiv can rely on Germany," the German defence minister, Boris Pistorius, said on a visit to Odesa.',
     "Kyiv can"),
])
def test_another_party_relying_on_the_speakers_side_is_a_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"


@pytest.mark.parametrize("body, start", [
    ('"We can count on our allies," the German chancellor, Olaf Scholz, said.', "We can"),
    ('"Ukraine cannot count on us forever," the Hungarian prime minister, Viktor Orban, said.', "Ukraine cannot"),
    ('"Our economy depends on Russian gas," the German chancellor, Olaf Scholz, said.', "Our economy"),
])
def test_reliance_on_others_or_denied_is_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ('"Today we are announcing a new package of sanctions on Moscow," the British foreign secretary, James '
     "Cleverly, said.", "Today we are"),
    ('"We will impose a further package of sanctions on Russian banks," the British prime minister, Rishi Sunak, '
     "told parliament.", "We will impose"),
    ('"The new sanctions package includes a ban on Russian diamonds," the European Commission president, Ursula '
     "von der Leyen, said in Brussels.", "The new sanctions"),
])
def test_sanctions_announced_are_no_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) != "pledge"


@pytest.mark.parametrize("body, start", [
    ('"We will keep backing Ukraine and impose more sanctions on Moscow," the British prime minister, Rishi Sunak, '
     "said.", "We will keep"),
    ('"Today we are announcing new sanctions and another 500 million pounds in aid for Ukraine," the British '
     "foreign secretary, James Cleverly, said.", "Today we are"),
])
def test_support_named_beside_sanctions_stays_a_pledge(nlp, body, start):
    assert act_of_row(nlp, body, start) == "pledge"
