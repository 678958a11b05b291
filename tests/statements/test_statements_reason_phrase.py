"""Round 40 (issue #14, content cut short; ukraine_team half A): a verb of thanks, praise or blame with its object and
a quoted reason ("thanked X in a video address for 'A'", "criticised X after their match for 'A'", "condemned X's
remarks as 'A'", "thanked the Chinese leader, X, for his 'balanced' approach") has the object through the reason as
its content, as the unquoted "thanked the people of Ireland for taking in refugees" already had; the finder gave the
quotation alone or the object alone (`reason_phrase.reason_phrases`, lists `reason_cue`, `reason_phrase_cue`).

Invented sentences after the shapes read in four different articles (three Guardian live blogs, 2022, and a British
paper, 2023), parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows


def rows(nlp, body):
    return [(r["cue"], r["text"], r["quote_type"]) for r in extract_rows(nlp, body)]


@pytest.mark.parametrize("body, cue, content", [
    # a Guardian live blog, 2022: an adjunct between the object and the quoted reason (the parse hung "for" on it)
    ('The president thanked the British leader in a video address for "always being at the forefront of helping '
     'Ukraine".', "thanked",
     'the British leader in a video address for "always being at the forefront of helping Ukraine'),
    # a British paper, 2023: "after" adjunct, then the quoted reason
    ('The tennis player criticised her rival after their match for "never saying she personally opposes this war".',
     "criticised", 'her rival after their match for "never saying she personally opposes this war"'),
    # a Guardian live blog, 2022: "as" the parse hung inside the object, then the quoted verdict
    ('The Italian prime minister also condemned the minister\'s remarks as "absurd, dangerous and deserving of '
     'condemnation".', "condemned", 'the minister\'s remarks as "absurd, dangerous and deserving of condemnation'),
    # a Guardian live blog, 2022: an apposition ends the object; the reason holds one quoted word
    ('Vladimir Putin thanked the Chinese leader, Xi Jinping, for his "balanced" approach to the crisis.', "thanked",
     'the Chinese leader, Xi Jinping, for his "balanced" approach to the crisis'),
])
def test_object_and_quoted_reason_are_one_content(nlp, body, cue, content):
    assert (cue, content, "mixed") in rows(nlp, body)


@pytest.mark.parametrize("body, cue, content", [
    # unquoted reasons were whole already
    ("The president thanked the people of Ireland for taking in thousands of refugees.", "thanked",
     "the people of Ireland for taking in thousands of refugees"),
    ('The senator praised the chancellor for "finally doing the right thing".', "praised",
     'the chancellor for "finally doing the right thing"'),
])
def test_whole_reasons_stay(nlp, body, cue, content):
    assert any(c == cue and t == content for c, t, _ in rows(nlp, body))



@pytest.mark.parametrize("body, cue, content", [
    # an adjunct's noun with a "for" naming whom or what it is for gives no reason (review r2, round 40)
    ("The president thanked the soldiers at a ceremony for veterans in Kyiv.", "thanked", "the soldiers"),
    ("Macron condemned the attack at a meeting for donors in Paris.", "condemned", "the attack"),
    ("He thanked the crowd at the rally for Ukraine.", "thanked", "the crowd"),
    # review r2: a relative clause with a pronoun subject does not tell what the praised one did for them ("the
    # refugees it took in") from whom it met ("the donors it had invited"): the beneficiary stays no reason (round
    # 41's "a beneficiary the praised one helped is a reason" withdrawn: main's behaviour)
    ("The senator thanked the soldiers at a ceremony for veterans they had trained.", "thanked", "the soldiers"),
    ("Zelensky thanked Poland at a summit for the donors it had invited.", "thanked", "Poland"),
    ("The mayor thanked the volunteers at the dinner for the guests they had invited.", "thanked", "the volunteers"),
])
def test_an_adjuncts_beneficiary_is_no_reason(nlp, body, cue, content):
    assert any(c == cue and t == content for c, t, _ in rows(nlp, body))


@pytest.mark.parametrize("body", [
    # review r2: an event noun's purpose is no reason for the veto (no possessive, no gerund after "for"): no row
    "The senator praised the troops at a rally for peace.",
    "The minister praised the volunteers at a concert for charity.",
    "The minister praised the staff at a meeting over the grain deal.",
    "The president praised the pilots at a ceremony for the new squadron.",
])
def test_an_events_purpose_gives_the_veto_no_reason(nlp, body):
    assert not [r for r in rows(nlp, body) if r[0] == "praised"]


@pytest.mark.parametrize("body, cue, content", [
    # round 41: one gathering of reason phrases (`reasons.reason_prepositions`) for the veto and the widening: the
    # veto `unreasoned` now sees a reason the parse hung on an adjunct's noun, as the widening did (a row, the object
    # through the reason; invented, after three articles' shapes)
    ("The senator praised the soldiers at a ceremony for their courage.", "praised",
     "the soldiers at a ceremony for their courage"),
    ("Scholz praised the volunteers during a visit for their work with refugees.", "praised",
     "the volunteers during a visit for their work with refugees"),
    ("Macron slammed Russia at the summit over its attacks on grain ports.", "slammed",
     "Russia at the summit over its attacks on grain ports"),
    # ... and a "for" the parse hung inside the object on a noun that can speak is the reason for both
    ("The general praised the soldiers of the 93rd brigade for their courage.", "praised",
     "the soldiers of the 93rd brigade for their courage"),
    ("The minister thanked the crews of the rescue service for their tireless work.", "thanked",
     "the crews of the rescue service for their tireless work"),
    ("Johnson praised the people of Kharkiv for their bravery.", "praised", "the people of Kharkiv for their bravery"),
])
def test_one_gathering_of_reasons_for_veto_and_widening(nlp, body, cue, content):
    assert any(c == cue and t == content for c, t, _ in rows(nlp, body))


@pytest.mark.parametrize("body", [
    # an adjunct noun's beneficiary is still no reason for the veto either: no row
    "The senator praised the soldiers at a ceremony for veterans.",
    "Macron praised the organisers at a dinner for donors in Paris.",
    "The mayor praised the volunteers at the concert for Ukraine.",
])
def test_an_adjuncts_beneficiary_gives_the_veto_no_reason(nlp, body):
    assert not [r for r in rows(nlp, body) if r[0] == "praised"]
