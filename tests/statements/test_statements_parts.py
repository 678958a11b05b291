"""A statement interrupted by its cue: the parts before and after the cue clause (ANNOTATION.md: two statements,
both with the cue's speaker), on real sentences parsed with the real model."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def run(nlp, body, **kw):
    return extract_rows(nlp, body, **kw)

def texts(rows):
    return [r["text"] for r in rows]


def test_quotation_resumes_after_its_cue_in_the_same_sentence(nlp):
    rows = run(nlp, '"Obviously the billion-dollar cases are at the very high end," he added, "but there have been '
                    'other cases where awards have been paid out."')
    assert texts(rows) == ["Obviously the billion-dollar cases are at the very high end",
                           "but there have been other cases where awards have been paid out."]
    assert all(r["cue"] == "added" and r["speaker_text"] == "he" and r["quote_type"] == "direct" for r in rows)


def test_quotation_resumes_after_an_inverted_cue(nlp):
    rows = run(nlp, '"I feel like events like this are really going to help us," said Lewis, "get more people paying '
                    'attention."')
    assert texts(rows) == ["I feel like events like this are really going to help us",
                           "get more people paying attention."]
    assert all(r["speaker_text"] == "Lewis" for r in rows)


@pytest.mark.parametrize("sentence, first, second", [
    ("Too often, he says, they get it.", "Too often", "they get it"),
    (shared_text("Macharia and some", "shot dead there."),
     "Macharia and some colleagues hid under desks", "but one person ran to the roof and was shot dead there"),
    (shared_text("The drugs have", "only short term."),
     "The drugs have a limited set of uses", "and are mostly meant to be taken only short term"),
    ("Almost all revenues, they promise, will be returned to families and individuals.",
     "Almost all revenues", "will be returned to families and individuals"),
])
def test_parenthetical_cue_gives_the_part_before_and_the_part_after(nlp, sentence, first, second):
    rows = run(nlp, sentence)
    assert texts(rows) == [first, second]
    assert len({(r["cue"], r["speaker_text"]) for r in rows}) == 1


@pytest.mark.parametrize("sentence, content", [
    ("But, she added, equipment like body armor is also needed.", "equipment like body armor is also needed"),
    ("In a statement Monday, the ministry said, the strikes were a violation.", "the strikes were a violation"),
    ('Asked whether he was overstating the debt, McCallum said, "The city\'s debt is large."',
     "The city's debt is large."),
])
def test_what_precedes_a_parenthetical_cue_is_not_always_content(nlp, sentence, content):
    assert texts(run(nlp, sentence)) == [content]


# ---- the join convention (PolNeAR): one row per statement, its parts joined by one space
def test_join_interrupted_quotation_is_one_statement(nlp):
    body = '"We will not let up," Austin told the conference. "Ukraine will not fail on our watch."'
    rows = run(nlp, body, quote_parts="join")
    assert texts(rows) == ["We will not let up Ukraine will not fail on our watch."]
    r = rows[0]
    assert r["quote_type"] == "direct" and r["cue"] == "told" and r["speaker_text"] == "Austin"
    assert body[r["char_start"]:].startswith("We will not let up") and body[:r["char_end"]].endswith("our watch.")


def test_join_quotation_resumed_after_its_cue_and_parenthetical_cue(nlp):
    rows = run(nlp, '"Obviously the billion-dollar cases are at the very high end," he added, "but there have been '
                    'other cases." Too often, he says, they get it.', quote_parts="join")
    assert texts(rows) == ["Obviously the billion-dollar cases are at the very high end but there have been other "
                           "cases.", "Too often they get it"]
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
    body = ('"This is in their heads. This is in their consciousness," said Caddell, speaking of Clinton\'s health '
            'issue. "It is one of the things worrying them."')
    rows = run(nlp, body, quote_parts="join")
    assert rows[0]["text"] == ("This is in their heads. This is in their consciousness It is one of the things "
                               "worrying them.")
    assert rows[0]["cue"] == "said" and rows[0]["quote_type"] == "direct"
    split = run(nlp, body)
    assert [r["cue"] for r in split if r["quote_type"] == "direct"] == ["said", "said"]


def test_reported_clause_resumes_after_a_trailing_cue_with_a_conjunction(nlp):
    body = shared_text("The middle one-fifth", "paid 0.8 percent.")
    assert texts(run(nlp, body)) == ["The middle one-fifth paid 8.9 percent",
                                     "and those in the bottom fifth of incomes paid 0.8 percent"]
    assert texts(run(nlp, body, quote_parts="join")) == [
        "The middle one-fifth paid 8.9 percent and those in the bottom fifth of incomes paid 0.8 percent"]
    # the narrator's circumstance after the cue is not the source's words
    assert texts(run(nlp, "Details of the offer began to circulate, sources said, and as employees at Rogers worry "
                          "about cuts.")) == ["Details of the offer began to circulate"]


@pytest.mark.parametrize("body, first, second, speaker", [
    ('"Every time you say that," Tester said, referring to the 1 percent excuse, "you give ammunition to the people '
     'who want to break up the big banks."', "Every time you say that",
     shared_text("you give ammunition", "the big banks."), "Tester"),
    ('"What makes this new and troubling is not just the hacking," Schiff told Capital Download on Wednesday, "but '
     'the attempt to interfere with the election process."', "What makes this new and troubling is not just the "
     "hacking", "but the attempt to interfere with the election process.", "Schiff"),
])
def test_quotation_resumes_after_a_cue_clause_with_more_in_it(nlp, body, first, second, speaker):
    rows = run(nlp, body)
    assert texts(rows) == [first, second]
    assert all(r["speaker_text"] == speaker and r["quote_type"] == "direct" for r in rows)
    assert texts(run(nlp, body, quote_parts="join")) == [first + " " + second]


def test_a_negation_inside_the_quotation_does_not_cancel_the_cue(nlp):
    rows = run(nlp, '"Are we where we need to be? Probably not," Ms. Moore said.')
    assert texts(rows) == ["Are we where we need to be? Probably not"]
    assert rows[0]["speaker_text"] == "Ms. Moore"
    assert run(nlp, "The minister did not say when the aid would arrive.") == []


@pytest.mark.parametrize("sentence, first, second", [
    ('The streets were deserted, he added, "but people need to connect somehow."',
     "The streets were deserted", "but people need to connect somehow."),
    ("While consumer confidence is at its highest level in years, he said, ''this has done nothing to lower the "
     "pessimism.''", "While consumer confidence is at its highest level in years",
     "this has done nothing to lower the pessimism."),
    ('Whether the issue is the pipeline or the health law, Mr. Garin added, "it becomes harder for the Republicans to '
     'attack Obama as a job killer."', "Whether the issue is the pipeline or the health law",
     "it becomes harder for the Republicans to attack Obama as a job killer."),
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
    ("In several cases, tech executives say, they have been asked to keep terror-related content online.",
     "they have been asked to keep terror-related content online"),
    ("The shells, officials said, were promised to Kyiv months ago.", "were promised to Kyiv months ago"),
    ("Ukrainian pilots, the ministry said, are being told to wait for the jets until autumn.",
     "are being told to wait for the jets until autumn"),
])
def test_a_passive_cue_without_a_speaker_does_not_stop_the_words_after_a_parenthetical_cue(nlp, sentence, second):
    """grammar.addressed: "they have been asked to ...", "were promised to ...": the subject is spoken to, no
    speaker is named, so it is no second speech event in the words after the cue."""
    assert texts(run(nlp, sentence))[-1] == second
