"""The final check on a speaker's shape (speakers/shape.py, issue #14): a name written at the mention that is a
pronoun naming a thing, a fragment ending in a preposition or a conjunction, a piece of a relative clause, a month or
a lower-case abstract noun is no speaker; group noun phrases, organisations in lower case and initials stay.
Invented sentences, one (imagined) article each."""

from __future__ import annotations

import pytest

from pledgewatch.statements.names import reference
from pledgewatch.statements.speakers.fragments import FragmentsMixin
from pledgewatch.statements.speakers.record import NO_AGENT_REASON, strip_det
from pledgewatch.statements.speakers.shape import (
    DET_ALONE_REASON,
    MONTH_REASON,
    OPEN_END_REASON,
    RELATIVE_REASON,
    shape_reason,
)


class _Agents(FragmentsMixin):
    ref = reference()


def _reason(nlp, text, mention):
    doc = nlp(text)
    start = text.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    return shape_reason(doc, (span.start, span.end), strip_det(mention), _Agents().agent_word)


@pytest.mark.parametrize("text, mention", [
    ("This shows that Moscow has no interest in a ceasefire, Dmytro Kuleba argued on Tuesday.", "This"),
    ("That proves the sanctions are biting, according to Janet Yellen in Washington.", "That"),
    ("Something tells me the talks in Istanbul will go nowhere, said Annalena Baerbock.", "Something"),
], ids=["this", "that", "something"])
def test_a_pronoun_naming_a_thing_is_no_speaker(nlp, text, mention):
    assert _reason(nlp, text, mention) == DET_ALONE_REASON


@pytest.mark.parametrize("text, mention", [
    ("The readiness to talk has grown in recent weeks, Antony Blinken told senators.", "The readiness to"),
    ("Leaders of many nations including Poland said the pledge would stand.", "many nations including"),
    ("The allies and partners of Kyiv said on Monday that more shells were coming.", "The allies and"),
], ids=["readiness-to", "nations-including", "allies-and"])
def test_a_fragment_ending_in_a_preposition_or_conjunction_is_no_speaker(nlp, text, mention):
    assert _reason(nlp, text, mention) == OPEN_END_REASON


@pytest.mark.parametrize("text, mention", [
    ("Kyiv denied the report, which the ministry called a fabrication on Friday.", "which the ministry"),
    ("Villagers near Kherson, some of whom said they had no heating, waited for buses.", "some of whom"),
    ("The volunteers, many of whom told reporters they were exhausted, kept working.", "many of whom"),
], ids=["which-the-ministry", "some-of-whom", "many-of-whom"])
def test_a_piece_of_a_relative_clause_is_no_speaker(nlp, text, mention):
    assert _reason(nlp, text, mention) == RELATIVE_REASON


@pytest.mark.parametrize("text, mention", [
    ("In November Rishi Sunak said that Britain would keep sending aid.", "November"),
    ("Since January Ursula von der Leyen, the commission chief, insisted the union stands by Kyiv.", "January"),
    ("By March Jens Stoltenberg had warned that the alliance must produce more shells.", "March"),
], ids=["november", "january", "march"])
def test_a_month_is_no_speaker(nlp, text, mention):
    assert _reason(nlp, text, mention) == MONTH_REASON


@pytest.mark.parametrize("text, mention", [
    ("The war has shown, Ursula von der Leyen said, that Europe must rearm.", "The war"),
    ("That conflict could spread, Oleksii Reznikov conceded in an interview.", "That conflict"),
    ("The violence proves the regime is desperate, Emmanuel Macron told reporters.", "The violence"),
], ids=["war", "conflict", "violence"])
def test_a_lower_case_abstract_noun_is_no_speaker(nlp, text, mention):
    assert _reason(nlp, text, mention) == NO_AGENT_REASON


@pytest.mark.parametrize("text, mention", [
    ("The development added that Washington fears Russia could launch an attack within days.", "The development"),
    ("The agreement says that both sides will withdraw their artillery from the line.", "The agreement"),
    ("The settlement stipulates that the port will reopen, the negotiators in Istanbul said.", "The settlement"),
], ids=["development", "agreement", "settlement"])
def test_an_act_noun_in_ment_names_no_agent(nlp, text, mention):
    """An act or its result ending in "-ment" (the "-ent" agent ending is no agent's there: `non_agent_suffixes`,
    round 29's audit: "The development added that ..." credited a statement to "development")."""
    assert _reason(nlp, text, mention) == NO_AGENT_REASON


@pytest.mark.parametrize("text, mention", [
    ("The government said the convoy had left Zaporizhzhia at dawn.", "The government"),
    ("The department told reporters the visas would be issued within a week.", "The department"),
    ("The parliament said the vote would take place on Thursday.", "The parliament"),
    ("The regiment said on Telegram that its fighters had held the plant for a week.", "The regiment"),
    ("The movement said its members would march to the embassy on Sunday.", "The movement"),
], ids=["government", "department", "parliament", "regiment", "movement"])
def test_a_body_in_ment_stays(nlp, text, mention):
    assert _reason(nlp, text, mention) == ""


@pytest.mark.parametrize("text, mention", [
    ("Protesters said the police had used tear gas in Tbilisi.", "Protesters"),
    ("The party's superdelegates say they will back the governor.", "The party's superdelegates"),
    ("Officials in Kyiv said the first tanks had arrived.", "Officials in Kyiv"),
    ("The ministry said the convoy had reached Kharkiv.", "The ministry"),
    ("The UN said the corridor would open on Sunday.", "The UN"),
    ("Some said the aid would come too late for the harvest.", "Some"),
    ("Many told reporters they would stay in Odesa.", "Many"),
    ("Theresa May said the deal was the best on offer.", "Theresa May"),
    ("Hungary, whose government opposed the package, said it would abstain.", "whose government"),
    ("The No 10 spokesperson said Downing Street backed the plan.", "No 10"),
    ("An international team of researchers who track the thefts said more paintings were missing.",
     "An international team of researchers who track the thefts"),
], ids=["protesters", "plural-people-noun", "officials-in-kyiv", "the-ministry", "the-un", "some", "many", "theresa-may",
        "whose-government", "no-10", "team-with-relative-clause"])
def test_names_organisations_and_group_noun_phrases_stay(nlp, text, mention):
    assert _reason(nlp, text, mention) == ""
