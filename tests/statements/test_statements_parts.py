"""A statement interrupted by its cue: the parts before and after the cue clause (ANNOTATION.md: two statements,
both with the cue's speaker), on passages read from ../shared by their first and last words (support.shared_text,
skipped where absent) or sentences in edited wording of our own after news articles, parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def run(nlp, body, **kw):
    return extract_rows(nlp, body, **kw)

def texts(rows):
    return [r["text"] for r in rows]


def test_quotation_resumes_after_its_cue_in_the_same_sentence(nlp):
    rows = run(nlp, '"Of course the multimillion claims sit at the upper end," he added, "but there were '
                    'other claims where fines were paid."')
    assert texts(rows) == ["Of course the multimillion claims sit at the upper end",
                           "but there were other claims where fines were paid."]
    assert all(r["cue"] == "added" and r["speaker_text"] == "he" and r["quote_type"] == "direct" for r in rows)


def test_quotation_resumes_after_an_inverted_cue(nlp):
    rows = run(nlp, '"I think rallies like tonight\'s are truly going to help us," said Lewis, "get more neighbours '
                    'to take notice."')
    assert texts(rows) == ["I think rallies like tonight's are truly going to help us",
                           "get more neighbours to take notice."]
    assert all(r["speaker_text"] == "Lewis" for r in rows)


@pytest.mark.parametrize("sentence, first, second", [
    ("Too often, she says, they miss it.", "Too often", "they miss it"),
    (shared_text("Macharia and some", "shot dead there."),
     shared_text("Macharia and some", "hid under desks"), shared_text("but one person", "shot dead there")),
    (shared_text("The drugs have", "only short term."),
     shared_text("The drugs have", "set of uses"), shared_text("and are mostly", "only short term")),
])
def test_parenthetical_cue_gives_the_part_before_and_the_part_after(nlp, sentence, first, second):
    rows = run(nlp, sentence)
    assert texts(rows) == [first, second]
    assert len({(r["cue"], r["speaker_text"]) for r in rows}) == 1


@pytest.mark.parametrize("sentence, content", [
    ("But, she added, gear such as helmets is needed too.", "gear such as helmets is needed too"),
    ("In a statement Monday, the ministry said, the strikes were a violation.", "the strikes were a violation"),
    ('Asked whether he was exaggerating the deficit, Hartley said, "The county\'s deficit is huge."',
     "The county's deficit is huge."),
])
def test_what_precedes_a_parenthetical_cue_is_not_always_content(nlp, sentence, content):
    assert texts(run(nlp, sentence)) == [content]


# ---- the join convention (PolNeAR): one row per statement, its parts joined by one space
def test_join_interrupted_quotation_is_one_statement(nlp):
    body = '"We will not slow down," Austin told the meeting. "Ukraine will not lose while we are here."'
    rows = run(nlp, body, quote_parts="join")
    assert texts(rows) == ["We will not slow down Ukraine will not lose while we are here."]
    r = rows[0]
    assert r["quote_type"] == "direct" and r["cue"] == "told" and r["speaker_text"] == "Austin"
    assert body[r["char_start"]:].startswith("We will not slow down") and body[:r["char_end"]].endswith("are here.")


def test_join_quotation_resumed_after_its_cue_and_parenthetical_cue(nlp):
    rows = run(nlp, '"Of course the multimillion claims sit at the upper end," he added, "but there were '
                    'other claims." Too often, she says, they miss it.', quote_parts="join")
    assert texts(rows) == ["Of course the multimillion claims sit at the upper end but there were other "
                           "claims.", "Too often they miss it"]
    assert [r["quote_type"] for r in rows] == ["direct", "indirect"]


def test_join_keeps_separate_statements_apart(nlp):
    body = ('Blinken said the killings are not a factor in the talks but said Russia must decide soon.\n\n'
            '"We will send tanks," Pistorius said.\n\n"This will not be the last package."')
    split = run(nlp, body)
    joined = run(nlp, body, quote_parts="join")
    assert len(split) == 4
    assert texts(joined) == texts(split)[:2] + ["We will send tanks This will not be the last package."]
    assert joined[2]["speaker_text"] == "Pistorius"


def test_quote_parts_is_checked(nlp):
    with pytest.raises(ValueError):
        run(nlp, "Austin said Ukraine will win.", quote_parts="merge")


def test_a_quotation_continues_the_quotation_not_the_participle_after_its_cue(nlp):
    body = ('"It is on their minds. It is in their thoughts," said Caddell, speaking of the candidate\'s health '
            'scare. "It is a fear that stays with them."')
    rows = run(nlp, body, quote_parts="join")
    assert rows[0]["text"] == ("It is on their minds. It is in their thoughts It is a fear that stays "
                               "with them.")
    assert rows[0]["cue"] == "said" and rows[0]["quote_type"] == "direct"
    split = run(nlp, body)
    assert [r["cue"] for r in split if r["quote_type"] == "direct"] == ["said", "said"]


def test_reported_clause_resumes_after_a_trailing_cue_with_a_conjunction(nlp):
    body = shared_text("The middle one-fifth", "paid 0.8 percent.")
    assert texts(run(nlp, body)) == [shared_text("The middle one-fifth", "8.9 percent"),
                                     shared_text("and those in", "paid 0.8 percent")]
    assert texts(run(nlp, body, quote_parts="join")) == [
        shared_text("The middle one-fifth", "8.9 percent") + " " + shared_text("and those in", "paid 0.8 percent")]
    # the narrator's circumstance after the cue is not the source's words
    assert texts(run(nlp, "Details of the deal started to spread, sources said, and as staff at the firm fear "
                          "layoffs.")) == ["Details of the deal started to spread"]


@pytest.mark.parametrize("body, first, second, speaker", [
    ('"Each time you say so," Tester said, referring to the 1 percent excuse, "you hand ammunition to those '
     'who want to split up the big banks."', "Each time you say so",
     "you hand ammunition to those who want to split up the big banks.", "Tester"),
    ('"What is new and troubling here is not only the hacking," Schiff told the show on Tuesday, "but '
     'the effort to meddle in the election."', "What is new and troubling here is not only the "
     "hacking", "but the effort to meddle in the election.", "Schiff"),
])
def test_quotation_resumes_after_a_cue_clause_with_more_in_it(nlp, body, first, second, speaker):
    rows = run(nlp, body)
    assert texts(rows) == [first, second]
    assert all(r["speaker_text"] == speaker and r["quote_type"] == "direct" for r in rows)
    assert texts(run(nlp, body, quote_parts="join")) == [first + " " + second]


def test_a_negation_inside_the_quotation_does_not_cancel_the_cue(nlp):
    rows = run(nlp, '"Are we where we ought to be? Likely not," Ms. Moore said.')
    assert texts(rows) == ["Are we where we ought to be? Likely not"]
    assert rows[0]["speaker_text"] == "Ms. Moore"
    assert run(nlp, "The minister did not say when the aid would arrive.") == []


@pytest.mark.parametrize("sentence, first, second", [
    ('The squares were quiet, he added, "but residents have to find ways to meet."',
     "The squares were quiet", "but residents have to find ways to meet."),
    ("While shoppers' confidence is at a high not seen in years, he said, ''it has done nothing to ease the "
     "gloom.''", "While shoppers' confidence is at a high not seen in years",
     "it has done nothing to ease the gloom."),
    ('Whether the topic is the tariff or the tax bill, Mr. Belcher added, "it gets harder for his rivals to '
     'paint the senator as a spendthrift."', "Whether the topic is the tariff or the tax bill",
     "it gets harder for his rivals to paint the senator as a spendthrift."),
    ("Although the talks stalled in March, the minister said, \u201cwe are still ready to send tanks.\u201d",
     "Although the talks stalled in March", "we are still ready to send tanks."),
])
def test_a_quotation_resuming_the_sentence_its_cue_interrupts_has_the_lead_as_first_part(nlp, sentence, first,
                                                                                         second):
    rows = run(nlp, sentence)
    assert texts(rows) == [first, second]
    assert len({(r["cue"], r["speaker_text"]) for r in rows}) == 1
    joined = run(nlp, sentence, quote_parts="join")
    assert texts(joined) == [f"{first} {second}"]


@pytest.mark.parametrize("sentence, content", [
    ('When he arrived in Kyiv, the minister said, "we are still ready to send tanks."',
     "we are still ready to send tanks."),
    ('On Tuesday, the ministry said, "the delivery is complete."', "the delivery is complete."),
    ('Asked about the jets, Mr. Austin said, "we will keep the options open."', "we will keep the options open."),
    ('The talks stalled, he added. "We are still ready," the minister said.', "We are still ready"),
])
def test_a_time_occasion_or_question_before_a_cue_is_not_the_first_part_of_its_quotation(nlp, sentence, content):
    rows = run(nlp, sentence)
    assert content in texts(rows)
    assert not any(r["text"].startswith(("When", "On Tuesday", "Asked")) for r in rows)


@pytest.mark.parametrize("sentence, second", [
    ("In some cases, moderators say, they have been repeatedly asked to leave hateful posts up.",
     "they have been repeatedly asked to leave hateful posts up"),
    ("The shells, officials said, were promised to Kyiv months ago.", "were promised to Kyiv months ago"),
    ("Ukrainian pilots, the ministry said, are being told to wait for the jets until autumn.",
     "are being told to wait for the jets until autumn"),
])
def test_a_passive_cue_without_a_speaker_does_not_stop_the_words_after_a_parenthetical_cue(nlp, sentence, second):
    """grammar.addressed: "they have been asked to ...", "were promised to ...": the subject is spoken to, no
    speaker is named, so it is no second speech event in the words after the cue."""
    assert texts(run(nlp, sentence))[-1] == second
