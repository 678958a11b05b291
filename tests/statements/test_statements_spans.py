"""Where a reported clause starts and ends, on real sentences parsed with the real model: a verb of the cue lexicon
inside the clause cuts it only when it is used as a cue (it has content of its own)."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def run(nlp, body):
    return [r["text"] for r in extract_rows(nlp, body)]

@pytest.mark.parametrize("sentence, content", [
    ("The Tax Foundation says it would depress revenue in the early years as investors delayed sales, but would "
     "eventually add $84 billion over 10 years.",
     shared_text("it would depress", "over 10 years")),
    ("Justin Bamberg said the videos show Scott calmly leaving his car when asked to do so by police and not raising "
     "his hands.", shared_text("the videos show", "raising his hands")),
    ("Rep. Stephen Lynch said the law doesn't require witnesses to show up at a public hearing to assert their rights "
     "against self-incrimination.", shared_text("the law doesn't", "rights against self-incrimination")),
    (shared_text("Cyril explained how", "respect and accountability."),
     shared_text("how important it", "respect and accountability")),
    ("She also contended that she should not have to sacrifice her privacy even if the court found an enhanced "
     "interest in her husband's actions.", "that she should not have to sacrifice her privacy even if the court found "
                                           "an enhanced interest in her husband's actions"),
])
def test_a_lexicon_verb_that_is_not_a_cue_does_not_cut_the_clause(nlp, sentence, content):
    assert run(nlp, sentence) == [content]


def test_a_conjoined_cue_with_its_own_clause_still_cuts(nlp):
    assert run(nlp, "Blinken said the killings are not a factor in the talks but said Russia must decide soon.") == [
        "the killings are not a factor in the talks", "Russia must decide soon"]


def test_clause_subject_taken_for_the_cues_object(nlp):
    assert run(nlp, "The Trump team has said single people and families - gay, straight, adoptive and foster - would "
                    "qualify for the tax breaks.") == [
        shared_text("single people and", "the tax breaks")]


def test_a_statement_in_a_relative_clause_does_not_end_the_outer_content(nlp):
    rows = run(nlp, shared_text("Scott's relatives, who", "the family said."))
    assert shared_text("Scott's relatives, who", "it on Thursday") in rows
    assert "authorities to show them video of the shooting" in rows
    assert run(nlp, "Shelby later said she suspected Crutcher was under the influence of drugs — something a 911 "
                    "caller also told a dispatcher before police arrived.") == [
        shared_text("she suspected\xa0Crutcher\xa0was under", "before police arrived", straight=True)]


def test_a_cue_verb_inside_a_quotation_does_not_end_the_clause(nlp):
    rows = run(nlp, "He said he did not mention the hacking because ''no one can credibly state they have evidence "
                    "that it's Russia.''")
    assert len(rows) == 1 and rows[0].startswith("he did not mention") and rows[0].endswith("that it's Russia.")


def test_parenthetical_as_clause_gives_the_subject_before_it(nlp):
    assert run(nlp, "Russia, as the ministry said, will keep attacking the grid.") == [
        "Russia", "will keep attacking the grid"]


@pytest.mark.parametrize("sentence, content", [
    ("His former partner called him a master at bolting together impossible business transactions.",
     shared_text("him a master", "impossible business transactions")),
    ("Rendell called it a common ailment during grueling bids for office.",
     "it a common ailment during grueling bids for office"),
])
def test_called_object_complement_keeps_the_complements_phrase(nlp, sentence, content):
    assert run(nlp, sentence) == [content]


def test_according_to_a_quotation_of_several_sentences_keeps_all_of_it(nlp):
    body = ("According to Limbaugh, \"If it was left up to Hillary, she wouldn't have time to say anything positive. "
            "Because the criticism is that moderators shouldn't do this.\"\n\nHolt faced criticism.")
    assert run(nlp, body) == ["If it was left up to Hillary, she wouldn't have time to say anything positive. "
                              "Because the criticism is that moderators shouldn't do this."]


def test_according_to_a_quoted_fragment_keeps_the_clause(nlp):
    body = "According to officials, the \"attack failed\" badly. Other troops held the line."
    assert run(nlp, body) == ["the \"attack failed\" badly"]


def test_another_speakers_cue_in_a_subordinate_clause_is_part_of_the_content(nlp):
    rows = run(nlp, shared_text("Retired Lt. Gen.", "reduced to rubble.”"))
    assert rows[0] == shared_text("Donald Trump was", "reduced to rubble.”")
    assert rows[1] == shared_text("that under President", "reduced to rubble.”")
    assert run(nlp, "The mayor said the city had acted quickly after the governor announced that the roads would "
                    "close.") == ["the city had acted quickly after the governor announced that the roads would close",
                                  "that the roads would close"]


def test_a_contrasting_second_speaker_still_ends_the_content_without_a_dangling_conjunction(nlp):
    assert run(nlp, "The senator said the talks failed, while the general said the front was stable.") == [
        "the talks failed", "the front was stable"]


def test_a_phrase_cue_after_an_auxiliary_still_needs_its_particle(nlp):
    assert run(nlp, "Democrats are pushing a Rules package that will impose new oversight on legislative "
                    "operations.") == []
    assert run(nlp, "Democrats are pushing for a Rules package that will impose new oversight on legislative "
                    "operations.") == ["a Rules package that will impose new oversight on legislative operations"]
    assert run(nlp, "Officials have repeatedly pointed out that the bridge is unsafe.") == ["that the bridge is unsafe"]


def test_a_quotation_of_several_sentences_before_a_trailing_cue_starts_the_content(nlp):
    body = ("Here's just one example of the problem: The Securities and Exchange Commission ''only requires that "
            "companies report all 'significant' subsidiaries, based on multiple measures of a subsidiary's share of "
            "the company's total assets. By only requiring significant rather than all subsidiaries, this allows "
            "companies to get away with not disclosing many of their offshore subsidiaries,'' the report says.")
    assert run(nlp, body) == [
        shared_text("only requires that", "their offshore subsidiaries")]


def test_called_object_complement_when_the_parse_makes_the_object_a_complement_too(nlp):
    body = shared_text("The two men spent", 'has ever seen."')
    rows = run(nlp, body)
    assert len(rows) == 1 and rows[0].startswith('Trump a "pathological liar" who is "utterly amoral,"')


def test_a_cue_with_a_colon_closing_its_paragraph_introduces_the_next_paragraph(nlp):
    body = ('"She is a disgrace," he said.\n\nThe governor added:\n\nIt is typical of Hillary Clinton. She knows '
            'nothing, but the mouth never stops.\n\nClinton commented on Tuesday.')
    assert run(nlp, body) == ["She is a disgrace",
                              "It is typical of Hillary Clinton. She knows nothing, but the mouth never stops"]
    body = ('He said:\n\n"We have a situation where we have our inner cities in hell. You walk down the street, you '
            'get shot."')
    assert run(nlp, body) == ["We have a situation where we have our inner cities in hell. You walk down the street, "
                              "you get shot."]


@pytest.mark.parametrize("sentence, content", [
    (shared_text("Crown prosecutor Michael", "“one giant assumption.”", straight=True),
     'the conclusion "bold"'),
    ('She called Wells Fargo\'s behavior "outrageous" and called for compensation.',
     'Wells Fargo\'s behavior "outrageous"'),
])
def test_called_object_with_a_quoted_complement_parsed_as_its_modifier(nlp, sentence, content):
    assert content in run(nlp, sentence)


@pytest.mark.parametrize("sentence, content", [
    ("Hillary Clinton called it ''predatory.''", "it ''predatory."),
    ('Sanders called him "a total stiff."', 'him "a total stiff.'),
    ("Mr. Biden described himself as her \u201cObama whisperer.\u201d", "himself as her \u201cObama whisperer."),
    ('The Kremlin called the resolution "a dirty spectacle" and said it would veto it.',
     'the resolution "a dirty spectacle"'),
])
def test_a_quoted_complement_after_the_cue_object_comes_with_its_object(nlp, sentence, content):
    """content.quotation.object_complement: "called X 'Y'" / "described X as 'Y'" give X and Y (the frame)."""
    assert run(nlp, sentence)[0] == content


@pytest.mark.parametrize("sentence, content", [
    ('The minister told reporters: "We will send more tanks."', "We will send more tanks."),
    ('She urged them "to send more shells."', "to send more shells."),
    ('Pistorius told the Bundestag on Friday: "The tanks will arrive in March."', "The tanks will arrive in March."),
])
def test_a_quotation_after_an_addressee_or_colon_is_the_content_alone(nlp, sentence, content):
    assert run(nlp, sentence)[0].strip('"') == content  # (after a colon the marks are kept, as before)
