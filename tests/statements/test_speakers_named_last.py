"""The person named last before an announced speech text that names no owner (speakers/named_last.py): the finder's
definition (printed.py: the last PERSON entity, whose name tells narration resumed) and the resolver's
(transcripts.py: the mention index's last non-weak person, the rows' speaker); round 42. Invented sentences."""

from __future__ import annotations

import pytest

from pledgewatch.statements import printed
from pledgewatch.statements.speakers.named_last import person_named_last

CASES = [
    ("The statement was made by Ukrainian President Volodymyr Zelensky in his evening address, a correspondent "
     "reports.\n\nThe full text of the speech is provided below:\n\nGood evening, fellow Ukrainians!\n\nI thank "
     "everyone who helps our people.", "Volodymyr Zelensky"),
    ("Chancellor Olaf Scholz met Prime Minister Kaja Kallas in Berlin on Monday.\n\nThe full text of the speech is "
     "provided below:\n\nWe will stand with Ukraine for as long as it takes.", "Kaja Kallas"),
    ("Foreign Minister Anna Berg spoke in Riga on Tuesday evening.\n\nThe full text of the address is provided "
     "below:\n\nI promise that Latvia will send more shells this spring.", "Anna Berg"),
]


@pytest.mark.parametrize("body, name", CASES, ids=["one-named", "two-named-the-last", "minister"])
def test_the_finder_and_the_resolver_agree_where_the_entity_is_the_person(nlp, body, name):
    from pledgewatch.statements.speakers import Resolver

    doc = nlp(body)
    ann, _noun = printed.announcement(doc, body)
    assert person_named_last(doc, ann.start).text == name
    assert printed._owner_words(doc, ann, None) == {w.lower() for w in name.split()}
    assert Resolver(doc, [], {"text": body})._transcript()[1]["speaker_name"] == name


def test_nobody_named_before_gives_none(nlp):
    body = "The full text of the speech is provided below:\n\nWe will help. Minister Anna Berg spoke later."
    doc = nlp(body)
    ann, _noun = printed.announcement(doc, body)
    assert person_named_last(doc, ann.start) is None and person_named_last(doc, ann.end) is None
    assert any(e.label_ == "PERSON" for e in doc.ents)  # named after the announcement only


# The resolver's choice is the mention index's last non-weak person, not the last PERSON entity: the NER may tag the
# speaker ORG ("Chancellor Olaf Scholz"), tag an outlet PERSON ("Politico reported"), or tag a bare surname with no
# evidence of being a person ("designed by Petrenko", weak). Invented sentences.
RESOLVER_CASES = [
    ("Prime Minister Kaja Kallas arrived in Berlin on Monday. On Wednesday Chancellor Olaf Scholz spoke in the "
     "Bundestag.\n\nThe full text of the speech is provided below:\n\nWe will send more air defence systems to "
     "Ukraine this winter.", "Olaf Scholz"),
    ("President Volodymyr Zelensky spoke in parliament on Wednesday, Politico reported.\n\nThe full text of the "
     "speech is provided below:\n\nWe will never give up our land.", "Volodymyr Zelensky"),
    ("President Volodymyr Zelensky spoke in parliament on Wednesday. The hall was designed by Petrenko.\n\nThe full "
     "text of the address is provided below:\n\nI thank everyone who helps our people. We will never give up our "
     "land.", "Volodymyr Zelensky"),
]


@pytest.mark.parametrize("body, name", RESOLVER_CASES, ids=["speaker-tagged-org", "outlet-tagged-person", "weak-last"])
def test_the_resolver_takes_the_index_person_named_last(nlp, body, name):
    from pledgewatch.statements.speakers import Resolver

    doc = nlp(body)
    assert Resolver(doc, [], {"text": body})._transcript()[1]["speaker_name"] == name
