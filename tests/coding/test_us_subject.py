"""coding/us_subject.py `us_country`: the country "US", lower-cased in the clause frame, is not the pronoun "us":
a third party's or a legislator's "the US should supply" is an obligation laid on others (appeal), not the
speaker's own commitment; a US speaker's "the US will send" stays its own pledge. Sentences written in the manner
of different articles, run through the real pipeline (parse, extract, code)."""

from __future__ import annotations

import pytest

from pledgewatch import statements
from pledgewatch.coding import us_subject
from support import act_of, extract_rows


@pytest.mark.parametrize("body", [
    "US senators Roger Wicker and Chris Coons said the US should swiftly supply Ukraine with more weapons.",
    "The Polish president said the US must send more Patriot systems to Ukraine.",
    '"The US should provide Ukraine with longer-range missiles now," the Lithuanian foreign minister said.',
])
def test_the_us_should_give_is_an_appeal_not_a_pledge(nlp, body):
    assert act_of(nlp, body) == "appeal"


@pytest.mark.parametrize("body", [
    "US Defense Secretary Lloyd Austin said the US will send more air defence systems to Ukraine.",
    '"The US will provide more support for the people of Ukraine," President Joe Biden said.',
    "Secretary of State Blinken said the US would allocate a further $650m of military aid to Ukraine.",
])
def test_a_us_speakers_us_will_give_stays_a_pledge(nlp, body):
    assert act_of(nlp, body) == "pledge"


def test_the_frame_is_read_only_where_the_text_writes_the_country(nlp):
    text = "The Polish president said the US must send more Patriot systems to Ukraine."
    row = extract_rows(nlp, text)[0]
    frame = row[statements.FRAME_KEY]
    assert "us" in frame["clauses"][0]["subj"]
    read = us_subject.read(frame, row["text"])
    assert "u.s." in read["clauses"][0]["subj"] and "us" not in read["clauses"][0]["subj"]
    assert us_subject.read(frame, "Give us the planes, the US must act") is frame  # the pronoun is written too
    assert us_subject.read(frame, "THE US MUST HELP US") is frame  # capitals: no telling
    assert us_subject.read(None, text) is None
