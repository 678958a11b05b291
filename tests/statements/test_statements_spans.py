"""Where a reported clause starts and ends, on PolNeAR passages read from ../shared (support.shared_text, skipped
where absent) or sentences in edited wording of our own after PolNeAR articles, parsed with the real model: a verb of
the cue lexicon inside the clause cuts it only when it is used as a cue (it has content of its own)."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text


def run(nlp, body):
    return [r["text"] for r in extract_rows(nlp, body)]

@pytest.mark.parametrize("sentence, content", [
    ("The Budget Policy Institute says it would reduce receipts in the early years as traders held off deals, but "
     "would later add $60 billion over ten years.",
     "it would reduce receipts in the early years as traders held off deals, but would later add $60 billion over "
     "ten years"),
    ("The family's lawyer said the video shows Scott calmly stepping out of his truck when told to by the deputies "
     "and not raising his hands.", "the video shows Scott calmly stepping out of his truck when told to by the "
     "deputies and not raising his hands"),
    ("Rep. Stephen Lynch said the law does not force witnesses to appear at an open hearing to assert their right "
     "against self-incrimination.", "the law does not force witnesses to appear at an open hearing to assert their "
     "right against self-incrimination"),
    (shared_text("Cyril explained how", "respect and accountability."),
     shared_text("how important it", "respect and accountability")),
    ("She also argued that she should not have to surrender her privacy even if the judges found a stronger "
     "interest in her spouse's conduct.", "that she should not have to surrender her privacy even if the judges found "
                                          "a stronger interest in her spouse's conduct"),
])
def test_a_lexicon_verb_that_is_not_a_cue_does_not_cut_the_clause(nlp, sentence, content):
    assert run(nlp, sentence) == [content]


def test_a_conjoined_cue_with_its_own_clause_still_cuts(nlp):
    assert run(nlp, "Blinken said the killings are not a factor in the talks but said Russia must decide soon.") == [
        "the killings are not a factor in the talks", "Russia must decide soon"]


def test_clause_subject_taken_for_the_cues_object(nlp):
    assert run(nlp, "The campaign has said single people and couples - gay, straight, adoptive or foster - would "
                    "be eligible for the tax credits.") == [
        "single people and couples - gay, straight, adoptive or foster - would be eligible for the tax credits"]


def test_a_statement_in_a_relative_clause_does_not_end_the_outer_content(nlp):
    rows = run(nlp, shared_text("Scott's relatives, who", "the family said."))
    assert shared_text("Scott's relatives, who", "it on Thursday") in rows
    assert shared_text("authorities to show", "of the shooting") in rows
    assert run(nlp, "The deputy later said she believed the driver was drunk — which a 911 "
                    "caller had also told an operator before officers arrived.") == [
        "she believed the driver was drunk — which a 911 caller had also told an operator before officers arrived"]


def test_a_cue_verb_inside_a_quotation_does_not_end_the_clause(nlp):
    rows = run(nlp, "He said he did not bring up the hacking because ''nobody can credibly claim they have proof "
                    "that it's Russia.''")
    assert len(rows) == 1 and rows[0].startswith("he did not bring up") and rows[0].endswith("that it's Russia.")


def test_parenthetical_as_clause_gives_the_predicate_after_a_bare_subject(nlp):
    # the subject alone is no part (content.sentence.subject_lead, round 36)
    assert run(nlp, "Russia, as the ministry said, will keep attacking the grid.") == ["will keep attacking the grid"]


@pytest.mark.parametrize("sentence, content", [
    ("His old partner called him a master at stitching together impossible business deals.",
     "him a master at stitching together impossible business deals"),
    ("Rendell called it a common complaint during gruelling campaigns.",
     "it a common complaint during gruelling campaigns"),
])
def test_called_object_complement_keeps_the_complements_phrase(nlp, sentence, content):
    assert run(nlp, sentence) == [content]


def test_according_to_a_quotation_of_several_sentences_keeps_all_of_it(nlp):
    body = ("According to Limbaugh, \"If it were up to Hillary, she would have no time to say anything nice. "
            "Because the complaint is that moderators should not do this.\"\n\nHolt faced criticism.")
    assert run(nlp, body) == ["If it were up to Hillary, she would have no time to say anything nice. "
                              "Because the complaint is that moderators should not do this."]


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
    assert run(nlp, "Democrats are pushing a Rules package that will put new oversight on the work of "
                    "Congress.") == []
    assert run(nlp, "Democrats are pushing for a Rules package that will put new oversight on the work of "
                    "Congress.") == ["a Rules package that will put new oversight on the work of Congress"]
    assert run(nlp, "Officials have pointed out again and again that the bridge is unsafe.") == ["that the bridge is unsafe"]


def test_a_quotation_of_several_sentences_before_a_trailing_cue_starts_the_content(nlp):
    body = ("One example of the gap: The SEC ''asks "
            "firms to list only 'significant' affiliates, measured by several tests of how big an affiliate is within "
            "the firm's overall assets. By asking only for significant affiliates, this lets "
            "firms skip reporting many of their foreign units,'' the report says.")
    assert run(nlp, body) == [
        "asks firms to list only 'significant' affiliates, measured by several tests of how big an affiliate is "
        "within the firm's overall assets. By asking only for significant affiliates, this lets "
        "firms skip reporting many of their foreign units"]


def test_called_object_complement_when_the_parse_makes_the_object_a_complement_too(nlp):
    body = shared_text("The two men spent", 'has ever seen."')
    rows = run(nlp, body)
    assert len(rows) == 1 and rows[0].startswith(shared_text('Trump a "pathological', 'is "utterly amoral,"'))


def test_a_cue_with_a_colon_closing_its_paragraph_introduces_the_next_paragraph(nlp):
    body = ('"She is a shame," he said.\n\nThe senator added:\n\nIt is just like Hillary Clinton. She knows '
            'nothing, yet she never stops talking.\n\nClinton replied on Tuesday.')
    assert run(nlp, body) == ["She is a shame",
                              "It is just like Hillary Clinton. She knows nothing, yet she never stops talking"]
    body = ('He said:\n\n"Our inner cities are in a terrible state. You go out on the street, you '
            'get shot at."')
    assert run(nlp, body) == ["Our inner cities are in a terrible state. You go out on the street, "
                              "you get shot at."]


@pytest.mark.parametrize("sentence, content", [
    (shared_text("Crown prosecutor Michael", "“one giant assumption.”", straight=True),
     'the conclusion "bold"'),
    ('She called the bank\'s conduct "outrageous" and called for redress for customers.',
     'the bank\'s conduct "outrageous"'),
])
def test_called_object_with_a_quoted_complement_parsed_as_its_modifier(nlp, sentence, content):
    assert content in run(nlp, sentence)


@pytest.mark.parametrize("sentence, content", [
    ("The senator called it ''predatory.''", "it ''predatory."),
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
