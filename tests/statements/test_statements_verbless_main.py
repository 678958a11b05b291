"""Issue 14, round 22: `grammar.verbless_main`, a sentence's only verb parsed as a participle.

Construction: "NAME, APPOSITION OR RELATIVE CLAUSE, [time adjunct] CUE ...". The model sometimes tags the cue after
the closing comma as a past participle modifying a noun of the apposition (acl / relcl) and makes the speaker's name
the root of a verbless sentence: the cue had no subject, and the reduced-participle veto ("Asked what he would
tell the mayor, ...") dropped it. When the root is that name, set off by a comma, and only the cue's own adjuncts
stand between the closing comma and the cue, the cue is the main verb and the name its subject. The sentences are
invented."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, speaker, content", [
    ("Chris LaCivita, who served as Donald Trump's senior adviser during the 2024 campaign, called Mr. "
     "DeSantis's comments on Monday ''petty.''", "Chris LaCivita", "Mr. DeSantis's comments on Monday"),
    ("Olaf Scholz, the leader of the coalition, tweeted on Sunday that the vote was a victory.", "Olaf Scholz",
     "that the vote was a victory"),
    ("Ursula von der Leyen, who is seeking a second term at the commission, tweeted on Friday to say she had "
     "never backed the tariff.", "Ursula von der Leyen", "she had never backed the tariff"),
    # a verb that needs no object keeps a preposition after it ("with", "as", "of" are no passive's marks)
    ("Olaf Scholz, the leader of the coalition, tweeted with evident relief that the vote was a victory.",
     "Olaf Scholz", "that the vote was a victory"),
])
def test_participle_of_a_verbless_sentence_is_its_cue(nlp, body, speaker, content):
    rows = [(r["speaker_text"], r["text"]) for r in extract_rows(nlp, body)]
    assert any(s == speaker and t.startswith(content) for s, t in rows), rows


@pytest.mark.parametrize("body", [
    "Viktor Orban, Hungary's prime minister, asked by rivals whether he would lift the veto.",  # a passive's agent
    "Pedro Sanchez, Spain's prime minister, informed on Friday that the talks had failed.",  # the hearer, no object
    "Viktor Orban, Hungary's prime minister, pressed with questions on Sunday whether he would lift the veto.",
], ids=["by-agent", "hearer-verb", "passive-preposition"])
def test_passive_participle_stays_vetoed(nlp, body):
    """Near misses: the participle after the name and its apposition is a passive, with a clause it would give as
    the content; the name is the one asked, informed or pressed, no speaker."""
    assert not [r for r in extract_rows(nlp, body) if "Orban" in r["speaker_text"] or "Sanchez" in
                r["speaker_text"]]
