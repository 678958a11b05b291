"""Round 19 (issue #14, recall on unseen Ukraine news): speech verbs the cue lexicon lacked, and a quotation
carried on after an earlier cue with "continued" (`carried_on`), a verb that is narration everywhere else. The
sentences are in this project's own wording, each modelled on a construction seen in several articles of the
readable corpus."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


def rows_of(nlp, body):
    return [(r["cue"], r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, speaker, first, second", [
    # a quoted sentence, "he continued", and the next quoted sentence of the same paragraph
    ('The minister spoke at length on Monday. "We will not give up the coast," he continued. '
     '"Nobody in this country should doubt that."',
     "he", "We will not give up the coast", "Nobody in this country should doubt that."),
    # the speaker a noun phrase with a title
    ('"It is a plain case of aggression," the envoy continued. "The border was crossed twice."',
     "the envoy", "It is a plain case of aggression", "The border was crossed twice."),
    # a named speaker, the second part another whole quoted sentence
    ('"The harvest is safe for this year," Novak continued. "The ports will stay open."',
     "Novak", "The harvest is safe for this year", "The ports will stay open."),
])
def test_quotation_carried_on(nlp, body, speaker, first, second):
    rows = rows_of(nlp, body)
    assert ("continued", speaker, first) in rows
    assert any(r[1] == speaker and r[2] == second for r in rows), rows


def test_verb_after_the_speaker(nlp):
    rows = rows_of(nlp, '"Prices will rise in the spring," continued Mr Novak.')
    assert rows == [("continued", "Mr Novak", "Prices will rise in the spring")]


@pytest.mark.parametrize("body", [
    # narration: "continue" is no cue away from a quotation's closing mark and comma
    "The shelling of the port continued through the night.",
    "Russia continued to move troops towards the border on Friday.",
    # a quoted sentence closed by a full stop, then narration
    'Posters read "The fleet is ready." The shelling continued.',
])
def test_continue_is_narration_elsewhere(nlp, body):
    assert not [r for r in extract_rows(nlp, body) if r["cue"].endswith(("continued", "continues"))]


def test_a_cue_of_its_own_before_continue(nlp):
    """'"A," she said. If X continues ...': the quotation is hers, not X's."""
    rows = extract_rows(nlp, '"Their deeds betray their promises," she said. Unless the army continues its retreat, '
                             'the talks will end.')
    assert row_of(rows, "Their deeds betray")["speaker_text"] == "she"


@pytest.mark.parametrize("body, cue, speaker, content", [
    ('"Our budget is tight this winter," Lankford commented.', "commented", "Lankford",
     "Our budget is tight this winter"),
    ("He stipulated, however, that the decision would be taken in Moscow.", "stipulated", "He",
     "that the decision would be taken in Moscow"),
    ("The spokesman specified that two of the victims were foreign nationals.", "specified", "The spokesman",
     "that two of the victims were foreign nationals"),
])
def test_new_cue_verbs(nlp, body, cue, speaker, content):
    rows = rows_of(nlp, body)
    assert (cue, speaker, content) in rows, rows


def test_commented_on_gives_no_content(nlp):
    assert not extract_rows(nlp, "The spokesman commented on the plan at some length.")

