"""A speaker mention's "of" phrase ends before a relative clause on its object (statements.mention_span._phrase_end):
"- A - said the director of the clinic Jane Roe, which the channel quotes" names Jane Roe, not the whole clause
(translated copy sets the relay of a quotation as a relative clause after the speaker). The sentences are our own."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, content, name", [
    ("- The shelling did not stop for three days - said the director of the hospital Olena Kowal, which the BBC "
     "quotes.", "The shelling did not stop", "Olena Kowal"),
    ("- We had no water and no light - said the head of the village Mychajło Hrycak, which Reuters cites.",
     "We had no water and no light", "Mychajło Hrycak"),
    ("- The trains will run again on Monday - said the spokeswoman of the railway Iryna Lis, which Onet quotes.",
     "The trains will run again", "Iryna Lis"),
    ("- We evacuated forty children - said the head of the school Tomasz Rybak, which the radio quotes.",
     "We evacuated forty children", "Tomasz Rybak"),
], ids=["hospital", "village", "railway", "school"])
def test_a_relative_clause_after_the_named_speaker_is_no_part_of_the_name(nlp, body, content, name):
    rows = [r for r in extract_rows(nlp, body) if content in r["text"]]
    assert rows and rows[0]["speaker_name"] == name


def test_an_of_phrase_without_a_relative_clause_keeps_its_name(nlp):
    # near miss: the name at the end of the "of" phrase stays the speaker
    body = "- The border will stay open - said the governor of the region Wasyl Bodnar on Monday."
    rows = [r for r in extract_rows(nlp, body) if "The border will stay open" in r["text"]]
    assert rows and rows[0]["speaker_name"] == "Wasyl Bodnar"


def test_a_name_set_off_after_the_relative_clause_stays_the_speaker(nlp):
    # the relative clause sits on the "of" phrase's object and a named apposition follows it: the clause stays
    # (the near misses above, a clause after the name with nothing named after it, are still cut)
    body = ("- The shelling did not stop for three days - said the director of the hospital where the wounded "
            "were taken, Olena Kowal.")
    rows = [r for r in extract_rows(nlp, body) if "The shelling did not stop" in r["text"]]
    assert rows and rows[0]["speaker_name"] == "Olena Kowal"


def test_an_of_phrase_with_nothing_cut_keeps_its_closing_quotation_mark(nlp):
    # the mention span itself (what the speaker name is later cleaned from): nothing cut, nothing stripped
    from pledgewatch.statements.mention_span import mention

    doc = nlp('The head of the centre "Memorial" said it was closed.')
    start, end = mention(doc[1])
    assert doc[start:end].text == 'The head of the centre "Memorial"'


def test_a_name_after_the_phrase_does_not_keep_its_relative_clause(nlp):
    # the name after the clause starts the next clause, not an apposition of the phrase: the clause is still cut
    body = ("According to the director of the Lviv Institute, which tracks sanctions, Russia has lost $50bn in "
            "frozen reserves.")
    rows = [r for r in extract_rows(nlp, body) if "Russia has lost" in r["text"]]
    assert rows and "which tracks" not in rows[0]["speaker_name"], rows[0]["speaker_name"]
