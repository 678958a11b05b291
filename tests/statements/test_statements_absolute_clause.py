"""Issue 14, round 23: `absolute_clause.absolute_subject`, the speaker of an absolute clause.

Construction: "CLAUSE, with NP[, APPOSITION,] V-ing ...". Where an apposition or a title sets the "with" phrase's
object off by commas, the parse hangs the participle cue on the main clause's verb, and the main clause's subject
(the Kremlin, a channel, a summit) was taken as the speaker; the object of "with" is. The sentences are invented."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, cue, speaker", [
    ("The opposition walked out of the chamber, with its leader, Donald Tusk, saying the vote had been rigged.",
     "saying", "Donald Tusk"),
    ("The broadcaster faced a storm of criticism over the interview, with Enrico Letta, who leads the Democratic "
     "party, saying the programme was a gift to Moscow.", "saying", "Enrico Letta"),
    ("The two-day summit in Vilnius closed without a date for membership, with the German chancellor, Olaf Scholz, "
     "warning that the alliance had to stay united.", "warning", "Olaf Scholz"),
    ("Hungary blocked the package again, with its foreign minister, Peter Szijjarto, insisting that energy imports "
     "stay untouched.", "insisting", "Peter Szijjarto"),
    # a verb that can take a partner (`with_partner_verb`), but the cue has no person for its object, or the "with"
    # object is the subject's own: the object still speaks
    ("Russia agreed to the talks, with its spokesman, Dmitry Peskov, saying that the venue was still open.",
     "saying", "Dmitry Peskov"),
    ("Putin met the delegation in Moscow, with his spokesman, Dmitry Peskov, saying that no deal was near.",
     "saying", "Dmitry Peskov"),
    ("The ministers met in Brussels, with the Dutch premier, Mark Rutte, warning that the fund was empty.",
     "warning", "Mark Rutte"),
])
def test_the_object_of_with_speaks(nlp, body, cue, speaker):
    rows = [(r["cue"], r["speaker_name"]) for r in extract_rows(nlp, body)]
    assert (cue, speaker) in rows, rows


def test_a_conjoined_participle_keeps_the_same_speaker(nlp):
    rows = [(r["cue"], r["speaker_name"]) for r in extract_rows(
        nlp, "The ministry denied the report, with its spokeswoman, Maria Zakharova, calling it a fake and saying "
             "that no troops had moved.")]
    assert ("calling", "Maria Zakharova") in rows and ("saying", "Maria Zakharova") in rows, rows


@pytest.mark.parametrize("body, cue, speaker", [
    # "with" belongs to the verb before it (no comma opens an absolute clause): the subject speaks
    ("Annalena Baerbock met with the Polish foreign minister, Radoslaw Sikorski, saying the talks had gone well.",
     "saying", "Annalena Baerbock"),
    # the object of "with" names no one who could speak
    ("Kaja Kallas left the podium, with a wry smile, saying she would answer questions later.", "saying",
     "Kaja Kallas"),
])
def test_near_misses_keep_the_main_subject(nlp, body, cue, speaker):
    rows = [(r["cue"], r["speaker_name"]) for r in extract_rows(nlp, body)]
    assert (cue, speaker) in rows, rows


@pytest.mark.parametrize("body, cue, speaker", [
    # an unnamed-source noun speaks too, also through a participle of its own before the cue
    ("Zelensky thanked the allies, with Kremlin officials, speaking in private, saying the aid was useless.",
     "saying", "Kremlin officials"),
    ("The talks ended without a deal, with Kremlin officials, speaking in private, saying the aid was useless.",
     "saying", "Kremlin officials"),
])
def test_an_unnamed_source_speaks(nlp, body, cue, speaker):
    rows = [(r["cue"], r["speaker_name"]) for r in extract_rows(nlp, body)]
    assert (cue, speaker) in rows, rows


@pytest.mark.parametrize("body, cue, speaker", [
    # "with" names the partner of a verb that takes one (`with_partner_verb`): the subject speaks
    ("Annalena Baerbock spoke by phone on Monday, with Antony Blinken, who runs the State Department, telling him "
     "aid would continue.", "telling", "Annalena Baerbock"),
    # the participle before the cue has no speaker of its own (a smile names no one)
    ("Kaja Kallas left the podium, with a wry smile, waving, saying she would answer questions later.", "saying",
     "Kaja Kallas"),
])
def test_a_partner_or_a_chain_with_no_speaker_keeps_the_main_subject(nlp, body, cue, speaker):
    rows = [(r["cue"], r["speaker_name"]) for r in extract_rows(nlp, body)]
    assert (cue, speaker) in rows, rows
