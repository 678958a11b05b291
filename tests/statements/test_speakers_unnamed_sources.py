"""Unnamed sources as written: "the senior Pentagon official" stays unnamed and is not a named office holder, and a
bare "the official" / "the source" is the described unnamed source just before. Tests moved from the round-named
files of rounds 8 and 14."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ('President Joe Biden signed the aid bill on Wednesday. The aim, according to the US defense official, who spoke '
     'anonymously, is to let Ukraine take back the initiative. "Ukrainians will have to rebuild a good '
     'deal," the official said.', "Ukrainians will have", "US defense official"),
    ('Defence Secretary Lloyd Austin flew to Brussels. The trip was planned weeks ago, the senior Pentagon official '
     'told reporters. "We expect more pledges," the official added.', "We expect more", "senior Pentagon official"),
    ("Volodymyr Zelensky visited the front on Monday. The Ukrainian military source told Reuters that shelling had "
     "intensified. The source said that two villages had been lost.", "that two villages",
     "Ukrainian military source"),
], ids=["us-defense-official", "senior-pentagon-official", "military-source"])
def test_a_definite_unnamed_source_is_that_source_not_a_named_office_holder(nlp, body, content, name):
    """"the US defense official", "the senior Pentagon official": an unnamed source described by more than a
    nationality stays unnamed (as written), and "the official" / "the source" after it is the same source."""
    row = row_of(extract_rows(nlp, body), content)
    assert row["speaker_name"] == name and row["speaker_type"] == "person"


@pytest.mark.parametrize("body, content, name", [
    ("The senior White House representative informed on Monday that during Sunday's call, Biden urged "
     "Netanyahu to consider the danger of escalation. The official stressed that Washington "
     "\"does not seek a conflict with Iran\".", "that Washington",
     "The senior White House representative"),
    ("The senior State Department official briefed reporters on the talks on Monday. The source said Washington "
     "would not accept any deal that excluded Kyiv.", "Washington would not accept", "The senior State Department official"),
    ("Chancellor Olaf Scholz spoke with Putin on Friday. The German government representative briefed journalists "
     "after the call. The official stressed that Berlin would keep supplying weapons.", "that Berlin would keep",
     "The German government representative"),
], ids=["white-house-representative", "state-department-official", "german-government-representative"])
def test_a_bare_unnamed_source_is_the_described_one_just_before(nlp, body, content, name):
    """"the official" / "the source" with nothing more is the unnamed source a definite description with another
    unnamed-source head gave in this or the previous sentence, also where that description was no speaker of a row
    ("The ... representative informed ... The official emphasized"): descriptions._earlier_indefinite."""
    assert speaker_of(extract_rows(nlp, body), content) == name


def test_a_described_unnamed_source_stays_as_written(nlp):
    body = ("President Zelensky met the delegation in Kyiv. The Ukrainian military source informed that the strike hit "
            "a depot near Melitopol. The official added that more attacks would follow.")
    rows = extract_rows(nlp, body)
    assert speaker_of(rows, "that the strike hit") == "Ukrainian military source"
    assert speaker_of(rows, "that more attacks") == "Ukrainian military source"
