"""A participle cue set off by a comma at the end of a sentence whose verb lies two or more clauses down a cue's
reported clause: the cue's speaker goes on speaking (`subjects._reporting_cue_above`, round 37), as `subject`
already had it one clause down ("X said A, adding B")."""

from __future__ import annotations

import pytest

from support import extract_rows


def _row(nlp, text, content):
    rows = extract_rows(nlp, text)
    return next(r for r in rows if r["text"].lstrip('"').startswith(content))


@pytest.mark.parametrize("text, content, name", [
    ("Olaf Scholz said he was pleased that the Polish president had opened the summit in Warsaw, stating that the "
     "alliance \"has never been so united\".", "that the alliance", "Olaf Scholz"),
    ("Mark Rutte told reporters he was certain that the allies had understood the danger, insisting that \"nobody "
     "can stay on the sidelines\".", "nobody can stay", "Mark Rutte"),
    ("Ursula von der Leyen said she was sure the member states had seen the reports, stressing that \"the evidence "
     "is overwhelming\".", "the evidence is overwhelming", "Ursula von der Leyen"),
    ("Jens Stoltenberg said it was clear that the Russian forces had suffered heavy losses, stressing that NATO "
     "\"will not be intimidated\".", "that NATO", "Jens Stoltenberg"),
], ids=["pleased-that-opened", "certain-that-understood", "sure-states-had-seen", "clear-that-suffered"])
def test_a_participle_on_a_clause_deep_in_a_reported_clause_is_the_cues_speakers(nlp, text, content, name):
    """"X said he was pleased that Y had opened the summit, stating that ...": the parse hangs the participle on
    the verb of the that-clause under the adjective (opened <- pleased <- was <- said); the subject of "opened" is
    no speaker of it, X goes on speaking."""
    assert _row(nlp, text, content)["speaker_name"] == name


@pytest.mark.parametrize("text, content, name", [
    ("Zelensky said Russia attacked the city, claiming it was a military target.", "it was a military target",
     "Zelensky"),
    ("Boris Johnson said he hoped that the Kremlin would listen, warning that sanctions \"will bite hard\".",
     "that sanctions", "Boris Johnson"),
], ids=["one-clause-down", "hoped-that"])
def test_one_clause_down_is_unchanged(nlp, text, content, name):
    """Near misses: a participle on the reported clause's own verb, or one the parse hangs on the cue, is as before
    (`subject`'s one-clause rule)."""
    assert _row(nlp, text, content)["speaker_name"] == name

