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
])
def test_an_adjuncts_beneficiary_is_no_reason(nlp, body, cue, content):
    assert any(c == cue and t == content for c, t, _ in rows(nlp, body))
