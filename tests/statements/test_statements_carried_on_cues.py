"""A quotation closed before a verb that is no cue elsewhere ("agreed", "concluded")
is the statement of that verb's subject (`carried_on`, the `carried_on_cue` list), and the next quoted sentence of
the paragraph its second part. Before, the quotation fell to the continuation of the statement before it, another
speaker's ('"...," the journalist said. "Exactly! ...," the head of state agreed. "..."' gave the journalist both).
Invented sentences, each standing for a different article."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


def rows_of(nlp, body):
    return [(r["cue"], r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, cue, speaker, first, second", [
    ('"The talks will take months," the interviewer said. "Exactly, and nobody in Minsk is in a hurry," the '
     'president agreed. "We can wait."', "agreed", "the president", "Exactly, and nobody in Minsk is in a hurry",
     "We can wait."),
    ('"The strikes will go on all winter," an analyst said. "Then the grid will not last," the engineer agreed. '
     '"Not without new transformers."', "agreed", "the engineer", "Then the grid will not last",
     "Not without new transformers."),
    ('Reporters asked about the new sanctions. "Sanctions alone will not end it," Chancellor Scholz agreed. "We '
     'need patience."', "agreed", "Chancellor Scholz", "Sanctions alone will not end it", "We need patience."),
    ('"Most of the grain never left the silos," the audit concluded. "The losses were avoidable."', "concluded",
     "the audit", "Most of the grain never left the silos", "The losses were avoidable."),
], ids=["agreed", "agreed-after-another", "agreed-named", "concluded"])
def test_quotation_closed_before_a_carried_on_verb(nlp, body, cue, speaker, first, second):
    rows = rows_of(nlp, body)
    assert (cue, speaker, first) in rows, rows
    assert any(r[1] == speaker and r[2] == second for r in rows), rows


@pytest.mark.parametrize("body", [
    'The so-called "grain corridor," which Moscow and Kyiv agreed to extend in May, expires next week.',
    'The "coalition of the willing," as the ministers agreed to call it, met in Paris on Tuesday.',
    'Shelling went on through the "day of silence," and the talks concluded without a deal.',
    'The "ceasefire line," the two armies agreed, runs along the river.',
    'Kyiv rejected the "Minsk format," but the allies agreed to a new round of talks.',
    'Moscow\'s "peace plan," Western envoys concluded, was a list of demands.',
    'Posters read "The grain is ours." The talks concluded.',
], ids=["relative-which", "subordinate-as", "coordinate-and", "scare-quote-parenthetical", "coordinate-but",
        "possessive-scare-quote", "full-stop-before"])
def test_the_verbs_are_narration_elsewhere(nlp, body):
    """Near misses: a closing mark and a comma before "agreed" / "concluded", but the quotation is a name in the
    sentence (a scare quote), or a relative or coordinating word, an infinitive or a preposition makes the verb
    narration; or a full stop comes between."""
    assert not [r for r in extract_rows(nlp, body) if r["cue"].endswith(("agreed", "concluded"))]


def test_a_stray_word_before_a_quoted_sentence_is_no_scare_quote(nlp):
    """Near miss of the scare-quote check: a word left before the opening mark of a whole quoted sentence (a finite
    verb inside) does not make the quotation a name."""
    body = 'The mayor toured the bridge. The "The crossing will reopen before the spring floods," she continued.'
    assert ("continued", "she") in [(r["cue"], r["speaker_text"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, cue, speaker", [
    ('"The reserves are in place," he continued in a televised address.', "continued", "he"),
    ('"We will rebuild every school," Zelensky continued on Telegram.', "continued", "Zelensky"),
    ('"Nobody here wants a frozen war," the chancellor agreed with a nod.', "agreed", "the chancellor"),
    ('"The harvest will be smaller this year" - continued the minister.', "continued", "the minister"),
    ('"The shelters are full," the mayor, who arrived late, continued.', "continued", "the mayor"),
], ids=["adjunct-in", "adjunct-on", "adjunct-with", "dash-verb-first", "relative-inside-subject"])
def test_an_adjunct_or_a_relative_clause_in_the_subject_keeps_the_statement(nlp, body, cue, speaker):
    """An adjunct after the verb, the speaker after a verb standing first, and a relative clause inside the subject
    are no complement of the verb and no linking word before it."""
    rows = [(r["cue"], r["speaker_text"]) for r in extract_rows(nlp, body)]
    assert any(c == cue and sp.startswith(speaker) for c, sp in rows), rows


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
