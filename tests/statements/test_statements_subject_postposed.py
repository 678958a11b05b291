"""Round 35 (issue #14), `postposed.postposed_subject`: translated Polish news closes a sentence with a dash, then
its speaker and the cue verb, with no quotation marks ("A - the head of the European Commission emphasized.", "A -
CNN says."): the sentence before the dash, from a dialogue dash that opens the paragraph, is that speaker's
statement. `postposed_bare` has the speaker after the verb ("A - noted X."). Not a dash followed by a relative clause
("- who he says are ..."), a conjoined clause with its own complement ("- and he replied that ..."), a participle
("— a politician accidentally telling the truth"), a cue with its own words after a comma ("— Defense Secretary
Lloyd Austin said this week, ...") or words as the subject ("- X's words ... cited in ..."). The passages are read
from ../shared (`shared_text`), each from a different article."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

CLOSED = [
    (shared_text("- What allows us to hit", "on Sky News pointed out."), "pointed out",
     "What allows us to hit a much wider range of goals.No one can think that they will be resistant to these "
     "sanctions", "head of British diplomacy"),
    (shared_text("- This peak will refer to", "European Commission emphasized."), "emphasized",
     "This peak will refer to the significant defense capabilities of the European Union, also energy is very "
     "important because we must leave the dependence on fossil fuels from Russia", "head of the European Commission"),
    (shared_text("XI Jinping does not give up close contacts", "- CNN says."), "says",
     "XI Jinping does not give up close contacts with Russia despite global opposition to the war in Ukraine", "CNN"),
]


@pytest.mark.parametrize("body, cue, content, speaker", CLOSED)
def test_a_sentence_closed_by_a_dash_its_speaker_and_cue_is_that_speakers(nlp, body, cue, content, speaker):
    rows = [r for r in extract_rows(nlp, body) if r["text"] == content]
    assert rows, [r["text"] for r in extract_rows(nlp, body)]
    assert rows[0]["cue"] == cue
    assert speaker in rows[0]["speaker_text"]


NOT_CLOSED = [
    (shared_text("has falsely sought to present Russia", "are leading the Kyiv government."), "say"),
    (shared_text("was happy for British weapons to be used", "had a right to defend itself."), "reply"),
    (shared_text("True to the definition of a Kinsley gaffe", "telling the truth"), "tell"),
    (shared_text("True to the definition of a Kinsley gaffe", "to see Russia weakened"), "say"),
    (shared_text("- From the first day of the war I have been constantly", "cited in the October issue"), "cite"),
]


@pytest.mark.parametrize("body, lemma", NOT_CLOSED)
def test_a_dash_before_no_speaker_and_finite_cue_gives_no_statement_of_the_words_before(nlp, body, lemma):
    """A relative clause ("- who he says are ..."), a conjoined clause with its own complement ("- and he replied
    that ..."), a participle ("— a politician accidentally telling the truth"), a cue with its own words after a
    comma ("— Defense Secretary Lloyd Austin said this week, ..."), words as the subject ("- X's words ... cited
    in ...")."""
    dash = max(body.rfind(d) for d in (" - ", " – ", " — "))
    before = body[:dash].rstrip()[-20:]
    rows = extract_rows(nlp, body)
    assert not [r for r in rows if r["text"].endswith(before) and r["cue_lemma"] == lemma], rows
