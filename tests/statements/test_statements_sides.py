"""Issue 14 step 2, span boundaries (the F1@0.8 gap on polnear_train): the other side of a sentence its cue
interrupts (`host_sides`, join convention only) and a content that opens a quotation running to its close
(`quote_close`). Passages of different articles read from ../shared by their first and last words
(support.shared_text, skipped where absent), or sentences in edited wording of our own after them, parsed with the
real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def content_of(rows, cue):
    hits = [r["text"] for r in rows if r["cue"].split()[0] == cue]
    assert hits, [(r["cue"], r["text"]) for r in rows]
    return hits[0]


# host_sides: "A, X said, B" reports the whole host sentence; under join the side the strategies left out is added
@pytest.mark.parametrize("sentence, cue, parts", [
    # AP via Breitbart, January 2016 (polnear_train): a fronted adverbial before the cue clause
    (shared_text("In the three", "to gun tragedies."), "says",
     (("In the three", "Hook shootings"), ("far too many", "to gun tragedies"))),
    # NYT, November 2015 (polnear_train)
    (shared_text("In any case,", "over-supplied with courses."), "said",
     ("In any case", ("the golf industry", "with courses"))),
    # HuffPost, February 2016 (polnear_train)
    (shared_text("At one point,", "supporting Donald Trump."), "said",
     ("At one point", ("she was considering", "Donald Trump"))),
    # after NYT, June 2016 (polnear_train), in our words: the trailing adverbial clause after the cue clause
    ("But she was not surprised that Leave won, her aides said Friday, because she grasps how angry voters are.",
     "said", ("But she was not surprised that Leave won because she grasps how angry voters are",)),
    # NYT, July 2016 (polnear_train): a with-phrase after a poll's cue
    (shared_text("The two candidates", "percent of voters."), "indicates",
     (("The two candidates", "general election matchup"), ("with each receiving", "percent of voters"))),
    # Breitbart, December 2015 (polnear_train): an including-list after the cue clause
    (shared_text("The emails were", "news media appearances."), "said",
     (("The emails were", "work-related topics"), ("including speeches,", "news media appearances"))),
])
def test_join_adds_the_other_side_of_an_interrupted_sentence(nlp, sentence, cue, parts):
    """`parts`: the content's parts, each a string or the (first, last) words of a part of the shared passage, joined
    by a space as the join convention joins them."""
    rows = extract_rows(nlp, sentence, quote_parts="join", nesting="outer")
    text = " ".join(part if isinstance(part, str) else shared_text(*part) for part in parts)
    assert content_of(rows, cue) == text


@pytest.mark.parametrize("sentence, cue", [
    (shared_text("In any case,", "over-supplied with courses."), "said"),
    (shared_text("At one point,", "supporting Donald Trump."), "said"),
    (shared_text("The two candidates", "percent of voters."), "indicates"),
])
def test_split_keeps_one_row_without_the_side(nlp, sentence, cue):
    # PolNeAR's passages under its nesting (under the guide's, a poll's finding gives no statement at all)
    rows = extract_rows(nlp, sentence, nesting="outer")
    assert len(rows) == 1
    assert sentence[rows[0]["char_start"]:rows[0]["char_end"]] == rows[0]["text"]


def test_a_side_that_is_another_cues_content_is_left_alone(nlp):
    # NYT, March 2016 (polnear_train): "insisting" holds the words after the cue clause
    s = ("The United States might have pushed back on China's export-driven growth, they argue, perhaps by insisting "
         "more firmly that Beijing allow its currency to climb.")
    rows = extract_rows(nlp, s, quote_parts="join", nesting="outer")
    assert all("pushed back" not in r["text"] or "Beijing" not in r["text"] for r in rows)


# quote_close: a content that opens a quotation runs to its closing mark
@pytest.mark.parametrize("sentence, cue, end", [
    # Breitbart, March 2016 (polnear_train): a sentence end inside the quotation
    ('Brooks said the debate\'s tone "was because the other candidates chose to go after Trump. And I believe '
     "there is some evidence for Rubio on that.\"", "said", "for Rubio on that."),
    # Breitbart, May 2016 (polnear_train): a dash inside the quotation
    (shared_text("He called it", "to regret it.”", straight=True), "called", "live to regret it."),
    # HuffPost, November 2015 (polnear_train): a coordinated clause inside the quotation
    (shared_text("Trump subsequently defended", "to make trouble.”", straight=True), "calling", "looking to make trouble."),
    # USA Today, January 2016 (polnear_train): the content stopped right after the opening mark
    ('Christie called the president a "spoiled child" who is behaving "as though he were a king, as though he were '
     'a dictator."', "called", "as though he were a dictator."),
])
def test_content_runs_to_the_close_of_a_quotation_it_opens(nlp, sentence, cue, end):
    for kw in ({}, {"quote_parts": "join", "nesting": "outer"}):
        text = content_of(extract_rows(nlp, sentence, **kw), cue)
        assert text.rstrip('"').endswith(end), text


# complements: "called X Y" / "described X as Y": the object with its complement
@pytest.mark.parametrize("sentence, cue, content", [
    # Politico, August 2016 (polnear_train): an as-clause the parse hung on the cue
    (shared_text("The Justice Department's", "under the law."), "describe", shared_text("foreign political parties", "under the law")),
    # NYT, July 2016 (polnear_train): an oprd after the object
    ("The bureau's director called her behaviour ''extremely careless.''", "called", "her behaviour ''extremely careless"),
    # Politico, February 2016 (polnear_train): a quoted complement parsed as a clause
    (shared_text("One Clinton spokesman", "“overclassification run amok.”", straight=True), "has",
     shared_text("the situation “overclassification", "“overclassification run amok.”", straight=True)),
    # written for the Ukraine domain
    ('Zelensky described the delivery as "a game changer" for the counteroffensive.', "described",
     'the delivery as "a game changer" for the counteroffensive'),
])
def test_object_and_its_complement_are_one_content(nlp, sentence, cue, content):
    assert content_of(extract_rows(nlp, sentence), cue) == content


# quote_close.quote_leads: a quotation before its cue that does not open its sentence starts at the sentence start
@pytest.mark.parametrize("sentence, content", [
    # Breitbart, August 2016 (polnear_train)
    ("The people of Scranton and places like it \"deserve someone who is on their side. That is Hillary Clinton,\" "
     "said the man whose career rests on his blue-collar roots.",
     "The people of Scranton and places like it \"deserve someone who is on their side. That is Hillary Clinton"),
    # written, US politics
    ('Mr. Sanders "is a good man who has fought for working people," Mr. Obama said.',
     'Mr. Sanders "is a good man who has fought for working people'),
    # written, the Ukraine domain
    ('Putin "will not stop at Ukraine," Biden said on Tuesday.', 'Putin "will not stop at Ukraine'),
])
def test_a_quotation_inside_its_sentence_starts_the_content_at_the_sentence_start(nlp, sentence, content):
    assert [r["text"] for r in extract_rows(nlp, sentence)] == [content]


def test_a_quotation_opening_its_sentence_is_left_as_it_is(nlp):
    assert [r["text"] for r in extract_rows(nlp, '"We will win," he said.')] == ["We will win"]


def test_join_adds_the_lead_when_a_paragraph_follows(nlp):
    # HuffPost, February 2016 (polnear_train): the parse runs the sentence on into the paragraph break
    body = ("Paradis says she regards herself as unaffiliated. At some stage, she said, she was considering a vote for "
            "Donald Trump.\n\n\u201cWe both weighed changing parties this cycle,\u201d she explained.")
    rows = extract_rows(nlp, body, quote_parts="join", nesting="outer")
    assert "At some stage she was considering a vote for Donald Trump" in [r["text"] for r in rows]


# quote_close.quote_tails: the unquoted words that carry on a quotation's clause after its closing mark
@pytest.mark.parametrize("sentence, cue, end", [
    # NYT, December 2015 (polnear_train)
    ("While President Obama has cautioned against ''abandoning our values'' in how the nation responds to "
     "attacks, he has asked for a review.", "has", "in how the nation responds to attacks"),
    # NYT, April 2016 (polnear_train)
    (shared_text("Still, Mr. Devine", "and caucus season."), "acknowledged", "of the primary and caucus season"),
    # Politico, December 2015 (polnear_train)
    ('Trump said "I would rather hold off until I meet Bibi" before giving any details.', "said",
     "before giving any details"),
])
def test_a_quotation_s_clause_runs_on_after_its_closing_mark(nlp, sentence, cue, end):
    assert content_of(extract_rows(nlp, sentence), cue).endswith(end)


def test_no_tail_when_a_cue_follows_the_quotation(nlp):
    rows = extract_rows(nlp, 'He called the plan "a disaster" and said it would fail.')
    assert content_of(rows, "called") == 'the plan "a disaster'


# complements.conjoined_content: a second conjunct of the content that the parse hung on the cue
@pytest.mark.parametrize("sentence, cue, end", [
    # HuffPost, November 2015 (polnear_train): "called for A, and for B"
    ("She has called for tighter rules on the shadow banking done at hedge funds, and for higher taxes "
     "on the profits fund managers earn.", "has", "and for higher taxes on the profits fund managers earn"),
    # NYT, April 2016 (polnear_train): "vowed to A, and perhaps until B"
    (shared_text("Mr. Sanders's campaign", "convention in July."), "vowed", shared_text("and perhaps until", "convention in July")),
    # written for the Ukraine domain
    ("The Dutch government has called for more sanctions on Russian banks, and for a tribunal to try Russian "
     "leaders.", "has", "and for a tribunal to try Russian leaders"),
])
def test_a_conjunct_hung_on_the_cue_stays_in_the_content(nlp, sentence, cue, end):
    assert content_of(extract_rows(nlp, sentence), cue).endswith(end)


@pytest.mark.parametrize("sentence, first, second", [
    ("He said the talks had failed and added that Kyiv would fight on.", "the talks had failed",
     "that Kyiv would fight on"),
    ("The minister vowed to fight corruption and promised new elections.", "to fight corruption", "new elections"),
])
def test_the_speaker_s_next_act_is_not_a_conjunct_of_the_content(nlp, sentence, first, second):
    assert [r["text"] for r in extract_rows(nlp, sentence)] == [first, second]
