"""The country of a mention owned by "its" (speakers/its_owner.py): the country that is the first subject of its
sentence before it, else of the sentence before; three shapes from three "articles" (sentences our own), and the
mention that names its own country or has no country subject near keeps the usual evidence."""

from __future__ import annotations

import pytest

from support import extract_rows, row_of


@pytest.mark.parametrize("body, content, expected", [
    # a closing attribution after a clause whose subject is the owner, another country acted on in it
    ("Kyiv welcomed the offer, a spokesman for Ukraine's army said. Hungary plans to send old trucks to Ukraine as "
     "it renews its own fleet, its defence ministry said on Monday.", "Hungary plans to send old trucks", "Hungary"),
    # the owner as the subject of the same sentence, a nationality word of another country in it
    ("Ukraine's president thanked the allies. Russia has barred 12 British reporters from entering the country, its "
     "foreign ministry has said.", "Russia has barred 12 British reporters", "Russia"),
    # the owner as the subject of the sentence before
    ("Kyiv says dozens of civilians died in the strike. Belarus denied any part in it. Its interior ministry "
     "described the reports as false.", "the reports as false", "Belarus"),
], ids=["closing-attribution", "same-sentence-subject", "previous-sentence-subject"])
def test_its_owner_gives_the_country(nlp, body, content, expected):
    r = row_of(extract_rows(nlp, body), content)
    assert r["speaker_country"] == expected


def test_a_mention_naming_its_country_keeps_it(nlp):
    body = "Russia has barred 12 British reporters, its ally Belarus's foreign ministry said."
    rows = extract_rows(nlp, body)
    assert all(r["speaker_country"] != "Russia" or "Belarus" not in r["speaker_text"] for r in rows)
