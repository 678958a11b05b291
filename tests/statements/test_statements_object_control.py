"""Issue 14, round 24: `object_control.object_controller`, the speaker of an infinitival cue under object control.

Construction: "NP V[object_control] OBJ to CUE ...": the direct object of a verb such as lead, prompt, force or
send is the understood subject of the to-infinitive, so the object speaks, not the matrix subject (a defeat, a
leak, a crisis). The sentences are invented."""

from __future__ import annotations

import pytest

from support import extract_rows


@pytest.mark.parametrize("body, cue, speaker", [
    ("The narrow defeat in Iowa led Senator Amy Klobuchar to declare that her campaign would go on.",
     "declare", "Amy Klobuchar"),
    ("The night of shelling prompted Dmytro Kuleba to demand more air defence from the allies.",
     "demand", "Dmytro Kuleba"),
    ("The leaked memo forced Boris Pistorius to admit that the tank deliveries would slip into spring.",
     "admit", "Boris Pistorius"),
])
def test_the_object_of_a_control_verb_speaks(nlp, body, cue, speaker):
    rows = [(r["cue"], r["speaker_name"]) for r in extract_rows(nlp, body)]
    assert any(c.startswith(cue) and s == speaker for c, s in rows), rows


@pytest.mark.parametrize("body, cue, speaker", [
    # a cue verb's object is its addressee: "urged Y to pledge" is X's appeal, not Y's pledge
    ("Joe Biden urged Olaf Scholz to pledge more tanks, the White House said.", "pledge", "Olaf Scholz"),
    # a verb of pressure is no control verb here: the object's speech is only wished, not reported
    ("Joe Biden pushed Olaf Scholz to pledge more tanks for the spring offensive.", "pledge", "Olaf Scholz"),
    ("Washington pressured Olaf Scholz to promise more tanks before the summit.", "promise", "Olaf Scholz"),
    # a verb outside `object_control`: its object does not take over the infinitive
    ("The minister, Boris Pistorius, wanted the chancellery to announce the purchase before the summit.",
     "announce", "chancellery"),
])
def test_near_misses_keep_their_speaker(nlp, body, cue, speaker):
    rows = [(r["cue"], r["speaker_name"] or "") for r in extract_rows(nlp, body)]
    assert not any(c.startswith(cue) and speaker in s for c, s in rows), rows
