"""Round 30 (issue #14, ukraine_team half A of draws 1-3): a verb of praise or blame with its object and the reason
it gives ("Wallace has slammed Chancellor Scholz for his hesitation in providing military aid") is a statement whose
content is the object and its "for" phrase, as "criticized the United States for helping Ukraine" already was; the
verbs (slam, applaud, praise, blast, rebuke ...) are cues of `cues.csv` and the `reason_cue` list, and without such a
reason they are no cue (`reasons.unreasoned`: "the minister praised the soldiers", "praised the crew for years").
"Underscored" is a verb of speaking like "underlined" ("As the U.S. leader underscored, A"), the writer's inference
with an event as its subject ("The attack underscores that ...": `vetoes.inferred`). Under PolNeAR's convention as this
project scores it (speech cues only) none is a cue (`vetoes.guide_only`, list `guide_only_cue`).

Invented sentences after the shapes read in different articles (a Ukrainian outlet 2024, the Guardian 2022, two US
outlets 2016 of polnear_dev), parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows

OUTER = {"quote_parts": "join", "nesting": "outer"}


def rows(nlp, body, **kw):
    return [(r["speaker_text"], r["cue"], r["text"]) for r in extract_rows(nlp, body, **kw)]


@pytest.mark.parametrize("body, speaker, cue, content", [
    # a Ukrainian outlet, 2024: "has slammed" a named leader for his hesitation
    ("The former defence secretary has slammed the German chancellor for his hesitation in sending tanks to Ukraine.",
     "The former defence secretary", "has slammed", "the German chancellor for his hesitation in sending tanks to Ukraine"),
    # the same article: a participle of praise in a fronted adverbial clause, the main clause's subject its speaker
    ("While applauding Poland for ramping up its aid to Kyiv, the senator repeated his criticism of the budget.",
     "the senator", "applauding", "Poland for ramping up its aid to Kyiv"),
    # the Guardian, 2022: a regulator slammed a platform for what it allowed
    ("The country's media regulator on Monday slammed the video platform for hosting calls to violence.",
     "The country's media regulator", "slammed", "the video platform for hosting calls to violence"),
    # a US outlet, 2016 (polnear_dev): praise with a gerund reason
    ("The mayor praised the marchers for remaining calm throughout the night.",
     "The mayor", "praised", "the marchers for remaining calm throughout the night"),
    # a US outlet, 2016 (polnear_dev): blame with a negated gerund reason
    ("The candidate blasted his rival for not releasing his tax returns.",
     "The candidate", "blasted", "his rival for not releasing his tax returns"),
])
def test_praise_or_blame_with_its_reason_is_a_statement(nlp, body, speaker, cue, content):
    assert (speaker, cue, content) in rows(nlp, body)


@pytest.mark.parametrize("body", [
    "The minister praised the soldiers.",                                # no reason: an attitude
    "The general praised the crew for years.",                           # a "for" of time is no reason
    "The president praised China's support for resolving the crisis.",   # the object's own "for" phrase
    "The storm blasted the coast.",
])
def test_praise_or_blame_without_a_reason_is_no_statement(nlp, body):
    assert rows(nlp, body) == []


def test_praise_or_blame_is_no_cue_under_polnear_as_scored(nlp):
    body = "The candidate blasted his rival for not releasing his tax returns."
    assert rows(nlp, body, **OUTER) == []
    assert rows(nlp, "The candidate said his rival should release his tax returns.", **OUTER) == [
        ("The candidate", "said", "his rival should release his tax returns")]


@pytest.mark.parametrize("body, speaker, content", [
    # a Ukrainian outlet, 2022 (ukraine_team): a fronted as-clause
    ("As the U.S. leader underscored, the courage of the Ukrainian people continues to inspire the world.",
     "the U.S. leader", "the courage of the Ukrainian people continues to inspire the world"),
    # a Ukrainian outlet, 2023 (corpus): an assembly's resolution, "underscores that"
    ("The assembly underscores that these acts meet the definition of the crime of aggression.",
     "The assembly", "that these acts meet the definition of the crime of aggression"),
    # a US outlet, 2016 (polnear_dev): a candidate's point
    ("The senator underscored that the deal would not survive another year.",
     "The senator", "that the deal would not survive another year"),
])
def test_underscored_is_a_cue_of_the_guide(nlp, body, speaker, content):
    assert (speaker, content) in [(r[0], r[2]) for r in rows(nlp, body)]
    assert rows(nlp, body, **OUTER) == []  # not a verb of saying in PolNeAR's convention as scored


def test_an_event_underscoring_is_the_writers_inference(nlp):
    assert rows(nlp, "The attack underscores that Russia is not interested in peace.") == []


@pytest.mark.parametrize("title, guide, outer", [
    # US outlets, 2015-2016 (polnear_train): title-case headlines, read by surface forms (headings.headline)
    ("Clinton Blasts Trump For Skipping Debate", [("Blasts", "Trump For Skipping Debate")], []),
    ("Senator Slams Governor For Vetoing The Budget", [("Slams", "Governor For Vetoing The Budget")], []),
    ("Jeb Praises Rubio Donor's Skywriting Campaign", [], []),
])
def test_a_headline_of_praise_or_blame_follows_the_vetoes(nlp, title, guide, outer):
    def got(**kw):
        return [(r["cue"], r["text"]) for r in extract_rows(nlp, "The campaign goes on.", title=title, **kw)]
    assert got() == guide
    assert got(**OUTER) == outer


# round 30 review (findings 5-7): the reviewer's sentences.
@pytest.mark.parametrize("body", [
    "The shelling underscored that the city remains in danger.",
    "The visit underscores that Washington stands with Kyiv.",
    "Zelensky's visit underscored that the alliance is united.",
    "The strike underscores that no region is safe.",
    "This underscores that the talks have failed.",
    "The incident underscores that the border remains tense.",
])
def test_an_evidential_verb_whose_subject_cannot_speak_is_no_statement(nlp, body):
    assert rows(nlp, body) == []


@pytest.mark.parametrize("body, speaker", [
    ("The minister underscored that the army lacks shells.", "The minister"),
    ("Zelensky underscored that the alliance is united.", "Zelensky"),
    ("The ministry indicated that the talks would resume.", "The ministry"),
    ("She underscored that no region is safe.", "She"),
    # a document that publishes speaks under the guide ('the report said'); the reviewer counted this one out
    ("The report underscores that the army lacks shells.", "The report"),
])
def test_an_evidential_verb_of_a_speaker_stays(nlp, body, speaker):
    assert speaker in [r[0] for r in rows(nlp, body)]


@pytest.mark.parametrize("body", [
    "He praised Ukraine for a long time before the war.",     # a "for" of duration
    "The general praised the crew for a while.",
    "The explosion blasted windows out for several blocks.",  # a subject that cannot speak
    "The storm blasted the coast for its weakness.",
])
def test_praise_or_blame_of_time_or_of_no_speaker_is_no_statement(nlp, body):
    assert rows(nlp, body) == []


@pytest.mark.parametrize("body, speaker, cue", [
    # the parse hangs "for" on the object's noun: still the praised one's reason
    ("The president praised the soldiers of the 93rd brigade for their courage.", "The president", "praised"),
    ("The governor praised the volunteers of the local chapter for their work.", "The governor", "praised"),
    ("The senator blasted the leaders of the party for their silence.", "The senator", "blasted"),
])
def test_a_reason_hung_on_the_objects_noun_is_a_reason(nlp, body, speaker, cue):
    assert (speaker, cue) in [(r[0], r[1]) for r in rows(nlp, body)]


@pytest.mark.parametrize("title", [
    "Zelensky Praises Support For Ukraine At Summit",   # the object's own "for"
    "Biden Slams Plan For New Border Wall",
    "Scholz Praises Aid For Kyiv",
])
def test_a_headline_whose_for_belongs_to_no_praised_one_is_no_statement(nlp, title):
    assert [r for r in extract_rows(nlp, "The campaign goes on.", title=title) if r["cue"] in ("Praises", "Slams")] \
        == []


# Round 31: "over" and "as" give the reason too (`reason_preposition`: for, over, as), the case round 30 left
# unmeasured. Invented sentences after the shapes read: the Guardian 2022 (corpus: "repeatedly praising him as an
# example to other world leaders"), polnear_dev 2016 ("blasted Clinton as a 'disgrace'"), and the brief's "slams X
# over Y" / "slammed X as a witch hunt" of headlines and wires.
@pytest.mark.parametrize("body, speaker, cue, content", [
    ("Zelenskiy's office has repeatedly praised the prime minister as an example to other world leaders.",
     "Zelenskiy's office", "has repeatedly praised", "the prime minister as an example to other world leaders"),
    ('The governor blasted his rival as a "disgrace" on a radio show.',
     "The governor", "blasted", 'his rival as a "disgrace" on a radio show'),
    ("The foreign minister slammed Berlin over its delays in sending tanks.",
     "The foreign minister", "slammed", "Berlin over its delays in sending tanks"),
    ("The former president has slammed the investigation as a witch hunt.",
     "The former president", "has slammed", "the investigation as a witch hunt"),
])
def test_praise_or_blame_with_an_over_or_as_reason_is_a_statement(nlp, body, speaker, cue, content):
    found = rows(nlp, body)
    assert (speaker, cue, content) in found, found
    assert rows(nlp, body, **OUTER) == []  # PolNeAR's convention as scored: no cue


@pytest.mark.parametrize("body", [
    "The general praised the pilots over the years.",      # an "over" of time is no reason
    "The minister praised the soldiers as well.",          # "as well" is no phrase of reason
])
def test_an_over_or_as_of_time_or_degree_is_no_reason(nlp, body):
    assert rows(nlp, body) == []


# Round 31 review: an "over" of a channel or an occasion gives no reason (`non_reason_object`: phone, dinner,
# Twitter ...), nor an "as" of the speaker's role or of "as part of" ("praised the troops as commander in chief").
@pytest.mark.parametrize("body", [
    "Trump slammed Biden over the phone.",
    "The president praised Zelensky over dinner in Kyiv.",
    "The senator blasted the judge over Twitter.",
    "Biden praised the troops as commander in chief.",
    "Putin lambasted the West as part of a broader campaign.",
])
def test_an_over_of_a_channel_or_an_as_of_a_role_is_no_reason(nlp, body):
    assert [r for r in rows(nlp, body) if r[1] in ("slammed", "praised", "blasted", "lambasted")] == []


# Round 31 review: "as" with an adjective ("slammed the package as weak") and "as" the parse hung on the object
# ("praised Germany's decision as a turning point") give the reason too.
@pytest.mark.parametrize("body, speaker, cue, content", [
    ("Republicans slammed the package as weak.", "Republicans", "slammed", "the package as weak"),
    ("Zelensky praised the decision as historic.", "Zelensky", "praised", "the decision as historic"),
    ("The senator blasted the aid bill as wasteful and reckless.",
     "The senator", "blasted", "the aid bill as wasteful and reckless"),
    ("Biden praised Germany's decision as a turning point.",
     "Biden", "praised", "Germany's decision as a turning point"),
])
def test_an_as_with_an_adjective_or_on_the_object_is_a_reason(nlp, body, speaker, cue, content):
    found = rows(nlp, body)
    assert (speaker, cue, content) in found, found
