"""Dialogue dashes as quotation marks (statements/dashes.py): Polish outlets translated into English mark direct
speech "- A - said X"; sentences in edited wording of our own after different corpus articles (other names and
words, the same dashes, glued full stops and cues), or a passage read from ../shared (support.shared_text), parsed
with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


@pytest.mark.parametrize("body, speaker, content", [
    # a Polish outlet, April 2024 (corpus; ukraine_dev): two sentences glued at the full stop, one quotation
    ("The minister spoke to reporters.\n\n- Russia cannot build many advanced tanks or jets.But it turns out "
     "huge amounts of basic kit: rifles, shells - said Ivan Petrenko, a Ukrainian economist.",
     "Ivan Petrenko",
     "Russia cannot build many advanced tanks or jets.But it turns out huge amounts of basic kit: rifles, shells"),
    # a Polish outlet, July 2022 (corpus): the clause rule gave only the last sentence
    ("- I was terrified, the windows were rattling, and I stayed beside one of the nurses in the maternity ward."
     "Everyone else was down in the shelter, but I could not leave - says midwife Olena Koval.",
     "midwife Olena Koval",
     "I was terrified, the windows were rattling, and I stayed beside one of the nurses in the maternity ward."
     "Everyone else was down in the shelter, but I could not leave"),
    # a Polish outlet, February 2022 (corpus): "Russia reports" and "Our analysts say" are the president's words;
    # under the guide each third party also gets its reported clause inside them (round 34, `quoted_report`)
    ("- Moscow says that it withdraws some units.We have seen no proof of that yet.Our analysts say that they "
     "could return within days.An attack remains possible - said the American president.",
     "the American president",
     "Moscow says that it withdraws some units.We have seen no proof of that yet.Our analysts say that they could "
     "return within days.An attack remains possible"),
])
def test_dialogue_dash_quotation_is_one_direct_statement(nlp, body, speaker, content):
    rows = extract_rows(nlp, body)
    quoted = [r for r in rows if r["quote_type"] == "direct"]
    assert [(r["speaker_text"], r["text"], r["quote_type"]) for r in quoted] == [(speaker, content, "direct")]
    others = [r for r in rows if r["quote_type"] != "direct"]  # only a third party inside the quotation
    assert all(r["text"] in content and r["speaker_text"] not in (speaker, "") for r in others)
    assert len(others) == 2 * ("analysts say" in content)


def test_dash_after_a_sentence_end_opens_a_quotation(nlp):
    # a Polish outlet, April 2022 (corpus): the reported clause, then the president's own words after ".- "
    body = ("President Nauseda noted that in the EU he finds growing determination on "
            "sanctions.- The new measures are being studied every day and we all expect that a deal will be "
            "reached - he added.")
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows] == [
        "that in the EU he finds growing determination on sanctions",
        "The new measures are being studied every day and we all expect that a deal will be reached"]


@pytest.mark.parametrize("body, content", [
    # a US outlet, August 2022 (corpus): dashes round an apposition, mid-sentence
    ('Though the gunner - who sports a thick beard - noted with a smirk that the radio name he uses sounds '
     'much like the word "fox" in Ukrainian.', None),
    # written for the test: a dash pair inside a reported clause
    ("The talks - which lasted three hours - said little about weapons, the ministry said.",
     "The talks - which lasted three hours - said little about weapons"),
])
def test_parenthetical_dashes_are_no_quotation(nlp, body, content):
    rows = extract_rows(nlp, body)
    assert all(r["quote_type"] != "direct" for r in rows)
    if content is not None:
        assert [r["text"] for r in rows] == [content]


def test_reported_clause_stops_where_a_dash_quotation_opens(nlp):
    # a Polish outlet, February 2022 (corpus): the parse ran the glued sentences together; the reported clause of
    # "suggesting" ends at "Donbas", the dash quotation after it is "he said"'s
    body = ("He also talked about the falsehoods the Kremlin spreads, suggesting that Kyiv was preparing an "
            "assault on Crimea.- No evidence backs such claims, and they make no sense at all - he "
            "said.")
    rows = extract_rows(nlp, body)
    assert [(r["cue"], r["text"]) for r in rows] == [
        ("suggesting", "that Kyiv was preparing an assault on Crimea"),
        ("said", "No evidence backs such claims, and they make no sense at all")]


@pytest.mark.parametrize("body, speaker", [
    # a Polish outlet, March 2023 (ukraine_dev): the parse hung "added" on the quotation as a pcomp
    (shared_text("- Probably Vladimir", "national intelligence director."), "the US national intelligence director"),
    # written for the test: parsed as an amod
    ("- Moscow probably wants to stop Western support from tipping the scales and to force a clash with NATO - added "
     "the director.", "the director"),
    # written for the test, a news-agency quotation in marks: the cue after the closing mark and comma
    ('"The shells are arriving too slowly for the spring offensive," complained a Ukrainian artillery commander.',
     "a Ukrainian artillery commander"),
    # written for the test, a dialogue dash in a translated interview
    ("- Air defence is the priority for this winter - stressed the Polish defence minister.",
     "the Polish defence minister"),
])
def test_speaker_after_the_closing_dash_whatever_the_parse(nlp, body, speaker):
    # attribution.after_quotation: a cue right after a closing quotation has the noun phrase after it as speaker
    assert [r["speaker_text"] for r in extract_rows(nlp, body)] == [speaker]


@pytest.mark.parametrize("body, speaker, content", [
    # a Polish outlet, June 2023 (corpus): a dash opens, a lone straight mark closes before the cue
    ("The president then warned Moscow against using nuclear weapons.- You must avoid the nuclear crisis in "
     'Eurasia.The parties must show restraint and create conditions for talks, "said the president.',
     "the president",
     "You must avoid the nuclear crisis in Eurasia.The parties must show restraint and create conditions for talks"),
    # a Polish outlet, April 2023 (corpus): a lone curly closing mark
    ("- Chairman Li repeated his readiness for such a conversation when there were appropriate conditions. I think "
     "it's positive, ”said the commissioner.",
     "the commissioner",
     "Chairman Li repeated his readiness for such a conversation when there were appropriate conditions. I think "
     "it's positive"),
    # a Polish outlet, August 2022 (corpus): a pronoun speaker after the mark
    ("- The assault was prepared through social media actions, creating groups used for infiltration in a "
     'messenger.We did not see that they were preparing for a huge war, "he adds.',
     "he",
     "The assault was prepared through social media actions, creating groups used for infiltration in a "
     "messenger.We did not see that they were preparing for a huge war"),
])
def test_a_dash_quotation_closed_by_a_lone_quotation_mark(nlp, body, speaker, content):
    """Round 29: translated copy that opens direct speech with a dash and closes it with a quotation mark before the
    cue ('- A. B, "said X.'): the whole quotation is the statement (`dashes._closing_mark`); before, the lone mark
    opened a quotation running to the paragraph's end, and only the last sentence (or nothing) was taken."""
    rows = extract_rows(nlp, body)
    assert [(r["speaker_text"], r["text"]) for r in rows if r["cue"] in ("said", "adds")] == [(speaker, content)]


def test_a_quotation_inside_a_dash_quotation_is_left_as_it_was(nlp):
    body = '- The "special operation" will go on until the end - said the minister.'
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows] == ['The "special operation" will go on until the end']


def test_an_opening_mark_after_a_sentence_end_does_not_close_a_dash_quotation(nlp):
    """Review of round 29: a straight mark after a sentence end with a capital after it opens a quotation; the lone
    mark path took it as closing the dash quotation when a cue came within three words, and dropped the real
    quotation (`dashes._mark_close_pattern` wants a lower-case word after the mark)."""
    body = ('- Zelensky addressed the nation on Sunday. "I told our partners that we need air defence now.\n\n'
            '"Every day without it costs lives," he said.')
    rows = extract_rows(nlp, body)
    assert [(r["speaker_text"], r["text"]) for r in rows] == [
        ("he", "I told our partners that we need air defence now."), ("he", "Every day without it costs lives")]


def test_a_curly_mark_closing_a_pair_around_the_dash_closes_no_dash_quotation(nlp):
    """Review of round 29: the ” closes the “...” pair the dash is inside of; the lone-mark path took the words
    after the dash as a second, overlapping quotation (`dashes._closing_mark` rejects overlaps)."""
    body = "“We are ready to talk.- We will not give up our land,” said the minister."
    rows = extract_rows(nlp, body)
    assert [r["text"] for r in rows] == ["We are ready to talk.- We will not give up our land"]


def test_dash_quotes_leaves_its_callers_marks_alone():
    from pledgewatch.statements.dashes import dash_quotes
    from pledgewatch.statements.quotes import find_quotes
    text = ('- You must avoid the nuclear crisis in Eurasia.The parties must show restraint, "said the president.')
    marks = find_quotes(text)
    before = list(marks)
    kept, extra = dash_quotes(text, ["said"], marks)
    assert marks == before and len(kept) == len(marks) - 1 and len(extra) == 1
