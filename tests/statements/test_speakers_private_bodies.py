"""A title at a private body (`private_body` nouns) is no public office; a body of a government or an office of its
own stays official. Tests moved from the round-named file of round 14."""

from __future__ import annotations

import pytest

from support import shared_text


def _official(role: str, text: str = "", date: str = "2022-06-01") -> bool | None:
    from pledgewatch.coding.identity import identify

    row = {"speaker_name": "Maxim Grebenyuk", "speaker_id": "Maxim Grebenyuk", "speaker_type": "person",
           "speaker_role": role, "speaker_text": text, "published": date}
    return identify(row)[1]


@pytest.mark.parametrize("role", [
    "head of the Moscow-based rights group Military Ombudsman",  # after a guardian liveblog, 2022
    "president of the Jewish Community of Milan",  # after a guardian article, May 2022
    "director of the Eastern Studies Center",  # PL outlet, Feb 2022
    "museum director",  # GB outlet, July 2023 (the Auschwitz museum)
    "director of the institution",  # PL outlet, Feb 2023 (a psychiatric hospital)
])
def test_a_title_any_body_has_at_a_private_body_is_no_office(role):
    """A head, director, president or spokesperson of an organisation named by a `private_body` noun (group,
    community, centre, museum, institution ...) holds no public office (CODING.md: NGOs, think tanks, companies and
    academics are no officials), whatever place the body's name gives (coding.identity._head_of_private_body)."""
    assert _official(role) is False


@pytest.mark.parametrize("role", [
    "head of the Sumy regional military administration", "director of GCHQ",
    shared_text("chairperson at the", "Development of Ukraine"), "deputy head of China's Ministry of "
    "Foreign Affairs", "Minister of Culture and head of the museum council",
])
def test_a_title_at_a_public_body_or_an_office_of_its_own_stays_official(role):
    """A body of a government (an administration, an agency, a ministry, GCHQ) keeps its head official, and so does
    an office of its own beside a private body's title ("Minister of Culture")."""
    assert _official(role) is True
