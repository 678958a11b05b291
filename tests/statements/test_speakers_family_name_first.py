"""A listed official whose family name comes first, named again by that word alone ("Wang said"), is the official;
a possessive first word is not. Tests moved from the round-named file of round 14."""

from __future__ import annotations

import pytest

from support import extract_rows, speaker_of


@pytest.mark.parametrize("body, content, name", [
    ("Last week Wang Wenbin, a spokesman for China's foreign ministry, dismissed Truss's remarks.\n\n"
     "Beijing rejects linking the war to its ties with Moscow. On Sunday Wang said China's stance had been "
     "\"consistent and clear\".", "China's stance had been", "Wang Wenbin"),
    ("Chinese foreign minister Wang Yi met Sergei Lavrov in Guilin on Wednesday.\n\nThe two sides pledged closer "
     "ties. Wang said the relationship had \"stood the test\" of the crisis.", "the relationship had", "Wang Yi"),
    ("Foreign ministry spokesman Wang Wenbin told a regular briefing on Tuesday that China opposed the sanctions.\n\n"
     "The measures were \"illegal and unilateral\". Wang said Beijing would take steps to protect its companies.",
     "Beijing would take steps", "Wang Wenbin"),
    ("Mao Ning, a spokeswoman for the Chinese foreign ministry, was asked about the visit on Monday.\n\nBeijing will "
     "stay in touch with all sides, Mao said at a regular briefing.", "Beijing will stay", "Mao Ning"),
], ids=["wang-wenbin-liveblog", "wang-yi", "wang-wenbin-briefing", "mao-ning"])
def test_a_family_name_written_first_alone_is_the_official(nlp, body, content, name):
    """A listed official whose family name comes first ("Wang Wenbin", "Qin Gang") named again by that word alone
    ("Wang said", which the small model tags ORG) is that person (name_forms.first_word_alone); not "Lloyd's" of
    "Lloyd Austin" (a possessive)."""
    assert speaker_of(extract_rows(nlp, body, published="2022-06-01"), content) == name


def test_a_possessive_first_word_is_not_the_official(nlp):
    body = ("Lloyd Austin, the US defence secretary, met his counterparts in Brussels.\n\nLloyd's of London insurer "
            "Ascot said it had launched war insurance for grain shipments.")
    assert speaker_of(extract_rows(nlp, body, published="2022-08-01"), "it had launched") != "Lloyd Austin"
