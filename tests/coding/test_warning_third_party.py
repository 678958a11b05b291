"""Who can warn (pledgewatch.coding.threats_speaker): a forecast of harm by a speaker without office is an
assessment; the same words from an office holder, under a warning cue, or from the adversary's side stay warnings.
Sentences written for the test (an analyst's briefing, an economist's interview, a think tank's note)."""

from __future__ import annotations

import pytest

from pledgewatch.coding import threats_speaker
from pledgewatch.coding.speech_acts import classify_text


def who(name: str, kind: str, role: str) -> dict:
    """The speaker fields of a one-row statement."""
    return dict(zip(("speaker_name", "speaker_type", "speaker_role"), (name, kind, role), strict=True))


ANALYST = who("Jane Roe", "person", "military analyst")
ECONOMIST = who("John Doe", "person", "economist at a Kiel bank")
THINK_TANK = who("Harbour Policy Forum", "organization", "think tank")


@pytest.mark.parametrize("text,speaker,country", [
    ("that the troop numbers could soon double, and this may mean the start of a spring offensive", ANALYST,
     "United Kingdom"),
    ("a sudden halt to the gas imports would hurt the chemical makers badly by spring", ECONOMIST,
     "Germany"),
    ("Moscow will launch a fresh attack on the eastern front before the winter sets in", THINK_TANK, "United States"),
])
def test_forecast_without_office_is_no_warning(text, speaker, country):
    assert classify_text(text, cue="said", speaker_country=country, **speaker) != "warning"


@pytest.mark.parametrize("text,cue,speaker,country", [
    # the same forecast from an office holder
    ("Moscow will launch a fresh attack on the eastern front before the winter sets in", "said",
     who("Lloyd Austin", "person", "defense secretary"), "United States"),
    # a speaker without office who warns in so many words
    ("a sudden halt to the gas imports would hurt the chemical makers badly by spring", "warned",
     ECONOMIST, "Germany"),
    # the adversary's side: its non-official voices carry its threats
    ("any foreign troops in the region would be a legitimate target for our fighters", "said",
     who("Yevgeny Prigozhin", "person", "mercenary chief"), "Russia"),
])
def test_office_cue_or_adversary_keeps_the_warning(text, cue, speaker, country):
    assert classify_text(text, cue=cue, speaker_country=country, **speaker) == "warning"


def test_groups_and_unresolved_speakers_are_left_alone():
    row = who("UNKNOWN", "organization", "") | {"speaker_is_official": False}
    assert not threats_speaker.third_party_forecast(row, "donor", {}, set())
    row = who("G7 ministers", "group", "") | {"speaker_is_official": False}
    assert not threats_speaker.third_party_forecast(row, "donor", {}, set())
    row = who("Jane Roe", "person", "") | {"speaker_is_official": False}
    assert threats_speaker.third_party_forecast(row, "donor", {}, set())
    assert not threats_speaker.third_party_forecast(row, "donor", {"warning": 1.2}, set())
    assert not threats_speaker.third_party_forecast(row, "donor", {}, {"secondary", "sanctions"})
