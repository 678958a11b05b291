"""Round 36 (issue #14), `content.sentence.fronted_occasion`: an adverbial clause of time or condition fronted before a
speaker whose cue has no complement ("When the bridge collapsed, the mayor said on television.") is when or on what
condition the speaker spoke, not what was said: no statement of those words (`trailing` took them before). The
construction did not occur in the corpus outside coding_dev nor in ukraine_team's readable halves (0 firings), so
the invented sentence is its only example; the real passages (`shared_text`, each from a different corpus article)
are the look-alikes that keep their statements: the first part of a statement its cue interrupts ("When they
searched his phone, he said, they saw ..."), a conditional clause that carries on past the adverbial clause ("If
Russia won, it would try ..., said X."), and fronted clauses or phrases before a cue with its own complement."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

INVENTED = [
    "When the bridge collapsed, the mayor said on television.",
    "After the meeting ended, the chancellor told reporters.",
    "If the talks fail, the envoy warned on Friday.",
]


@pytest.mark.parametrize("body", INVENTED)
def test_a_fronted_clause_of_time_or_condition_before_a_complementless_cue_is_no_statement(nlp, body):
    assert extract_rows(nlp, body) == []


KEPT = [
    # the first part of a statement its cue interrupts (two parts, one speaker)
    (shared_text("When they searched his phone, he said", "from a Russian"), "When they searched his phone", "he"),
    # a conditional clause that carries on past the adverbial clause: the whole is the content
    (shared_text("If Russia won, it would try", "Vadym Skibitsky."), "If Russia won, it would try to capture more "
     "territory", "Vadym Skibitsky"),
    # fronted time phrase or clause before a cue with its own complement
    (shared_text("Before the vote, senior US officials claimed", "veto the text."), "Russia might be hiding",
     "senior US officials"),
    (shared_text("Once in charge of one of her country", "backslide from democracy."), "Mongolia would not",
     "Chinbat"),
    # a quoted clause is what was said, whatever opens it
    ('"When the bridge collapsed," the mayor said on television.', "When the bridge collapsed", "the mayor"),
]


@pytest.mark.parametrize("body, content_start, speaker", KEPT)
def test_look_alikes_keep_their_statement(nlp, body, content_start, speaker):
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(content_start)]
    assert rows, [(r["text"], r["cue"]) for r in extract_rows(nlp, body)]
    assert rows[0]["speaker_text"] == speaker
