"""An unnamed document's source named by the organisation speaking right beside it (`speakers.document_neighbours`).
Invented sentences, each from a different (invented) article, with real bodies' names; near misses the rule must not
take."""

from __future__ import annotations

import pytest

from support import extract_rows


def _speaker(nlp, text, content):
    rows = extract_rows(nlp, text, published="2023-05-02")
    return next(r for r in rows if r["text"].startswith(content))["speaker_name"]


@pytest.mark.parametrize("text, content, name", [
    ("Refugees from the war are likely to face growing hostility in the towns that took them in, a report has warned. "
     "Rumours about the help they receive could strain local services, the aid group Oxfam said.",
     "Refugees from the war", "Oxfam"),
    ("Poland has lost nearly a fifth of its cold storage capacity since the winter, a new study said. The "
     "Oslo-based Arctic Monitor said the losses came from fuel shortages, Reuters reported.",
     "Poland has lost", "Arctic Monitor"),
    ("Food prices in the occupied towns have doubled since January, a report said. Many families now skip meals, "
     "the charity Mercy Corps said.", "Food prices in the occupied", "Mercy Corps"),
    ("Nearly a third of the grain silos in the south were damaged in the spring, a report said. The Geneva-based "
     "Harvest Watch said the losses were worst near the river, the AFP news agency reported.",
     "Nearly a third of the grain", "Harvest Watch"),
], ids=["report-then-group", "study-then-monitor", "report-then-charity", "report-then-watch-then-agency"])
def test_a_document_with_no_source_is_the_organisation_speaking_beside_it(nlp, text, content, name):
    """"..., a report has warned. ..., the aid group Oxfam said": the organisation at the first cue of the next
    sentence issued the document (also a name the NER may call a person after "the charity"; an outlet that
    "reported" the sentence does not name the report again)."""
    assert _speaker(nlp, text, content).split()[-1] == name.split()[-1]


def test_the_source_found_holds_for_the_document_named_again(nlp):
    """"a new study said. The Arctic Monitor said ... Reuters reported. ..., the study said": the study is the
    Monitor's still, never the outlet that relayed it."""
    text = ("Poland has lost nearly a fifth of its cold storage capacity since the winter, a new study said. The "
            "Oslo-based Arctic Monitor said the losses came from fuel shortages, Reuters reported. Farmers may run "
            "out of space by June, the study said.")
    assert _speaker(nlp, text, "Farmers may run out").split()[-1] == "Monitor"


@pytest.mark.parametrize("text, content", [
    ("Moscow plans a new offensive in the spring, a report said. Vladimir Putin said on Friday the army was "
     "ready for anything.", "Moscow plans a new offensive"),
    ("Kyiv will run short of shells by the summer, a report said. Kyiv's general staff said on Tuesday that "
     "the report was speculation.", "Kyiv will run short"),
    ("Several ports were damaged overnight, a report said. The strikes continued into the morning, the BBC "
     "reported.", "Several ports were damaged"),
    ("Food prices in the occupied towns have doubled since January, a report said. Many families now skip meals, "
     "the economist Jane Roe said.", "Food prices in the occupied"),
], ids=["person-next", "response-names-the-report", "outlet-next", "person-noun-before-a-name"])
def test_a_person_a_response_or_an_outlet_beside_it_is_no_source(nlp, text, content):
    """Near misses: a person speaking next (also after a person noun: "the economist Jane Roe"), an organisation
    that names the document again (a response to it), and a news outlet that relays are not the document's source;
    it stays without one."""
    assert _speaker(nlp, text, content) == "UNKNOWN"


def test_a_definite_document_keeps_the_source_named_before(nlp):
    """Near miss: "the report" refers back to a report whose source the text named before ("The Kyiv School of
    Economics published a report"); the organisation speaking after it responds."""
    text = ("The Kyiv School of Economics published a report on Monday about damaged farms.\n\nFarmers may run out "
            "of storage space by June, the report said. The Pentagon said the losses were larger than expected.")
    assert _speaker(nlp, text, "Farmers may run out").split()[-1] == "Economics"
