"""Round 39, a risk round 38's review left (corpus: 'the ... online platform has launched daily tours to what it called
"Brave Cities"' gave the speaker Russia, two sentences back): the he/she/it/they that names a quoted label inside a
clause hung on its sentence's verb is that verb's subject, where the subject agrees with it and names an agent
(`speakers.label_namers`). Invented sentences after the shapes of the corpus and ukraine_team's half A."""

from __future__ import annotations

import pytest

from support import extract_rows


def _label(nlp, body, cue):
    rows = [r for r in extract_rows(nlp, body) if r["cue"] == cue and r["speaker_text"].lower() in ("it", "they", "he")]
    assert len(rows) == 1, rows
    return rows[0]["speaker_name"]


@pytest.mark.parametrize("body, cue, speaker", [
    ('Russia attacked the town on Tuesday. The Visit Ukraine online platform has launched daily tours to what it called '
     '"Brave Cities" accompanied by guides.', "called", "Visit Ukraine online platform"),
    ('Poland said it would open the border. The volunteer network Help Kharkiv delivered generators to what it '
     'described as "the darkest districts of the city" in December.', "described", "Help Kharkiv"),
    ('The EU said the package was ready. The crowdfunding platform United24 raised money for what it described as "a '
     'fleet of naval drones" in a week.', "described", "crowdfunding platform United24"),
], ids=["platform-common-noun", "network-with-name", "platform-with-name"])
def test_the_pronoun_naming_a_label_is_its_sentences_subject(nlp, body, cue, speaker):
    assert _label(nlp, body, cue) == speaker


@pytest.mark.parametrize("body, cue, speaker", [
    ('Russia launched what it called "a special military operation" in February.', "called", "Russia"),
    ('Kuleba spoke on Monday. The Polish president, Andrzej Duda, visited what he called "the bravest city in Europe" '
     'after the talks.', "called", "Andrzej Duda"),
    ('The ministry said the convoy had left. Protesters marched in Warsaw against what they called "a betrayal of '
     'Ukraine" on Sunday.', "called", "Protesters"),
    # a subject that names no agent: the pronoun resolves as before (the previous organisation)
    ('Russia said the city had fallen. The strike hit what it called "a military facility" near the port.', "called",
     "Russia"),
    # a plural subject does not agree with "it": as before
    ('The Pentagon said it would send more shells. Ukrainian troops face what it called "a very critical" few weeks.',
     "called", "not Ukrainian troops"),
], ids=["subject-name", "person-subject", "plural-they", "no-agent", "plural-for-it"])
def test_near_misses_resolve_as_before(nlp, body, cue, speaker):
    got = _label(nlp, body, cue)
    assert got != "Ukrainian troops" if speaker.startswith("not ") else got == speaker
