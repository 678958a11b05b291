"""A he/she inside a closed quotation is someone the quoted speaker speaks of, not the speaker (who says "I"), so it
casts no gender vote for the speaker (speakers/gender_votes.py). Three articles of polnear_train's readable half;
shortened."""

from __future__ import annotations

import pytest

from support import extract_rows, shared_text

CASES = [
    # a profile of Jan Brewer ("Jan" is a man's name too, so only pronouns tell her gender): "him", "he" are Trump
    ('At a rally in Phoenix last spring, Jan Brewer called Trump "kind." (That said, she also remarked, '
     '"When you go after him, he hits back far harder.")', "When you go after him", "Jan Brewer"),
    # USA Today on Sanders: a former governor's quotes about "he" (Sanders) made her a man, and "she" went to Clinton
    ('The contest between Clinton and Sanders has turned more negative lately and it will take a while to '
     '"cool off," Kunin said in a phone interview. "His usual manner is grumpy," she said, but in spite of '
     'the ever more bitter tone, "I think he will manage it," said Kunin, who has criticized Sanders.',
     "His usual manner", "Kunin"),
    # New York Times poll story: a voter weighing Trump against Clinton
    (("Carole Bower, 75, a", "into that voting booth.''"), "I will reluctantly", "Carole Bower"),
]


@pytest.mark.parametrize("body,start,speaker", CASES)
def test_a_quoted_he_does_not_make_the_quoted_speaker_a_man(nlp, body, start, speaker):
    body = body if isinstance(body, str) else shared_text(*body)  # (first, last words) of a ../shared passage
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(start)]
    assert rows and rows[0]["speaker_name"].endswith(speaker), [(r["speaker_name"], r["text"][:40]) for r in rows]


def test_reported_speech_still_votes(nlp):
    # "he" outside quotation marks is the speaker's own: Arif Husain is a man for the "he" that follows
    body = ("Arif Husain said he expected food prices to keep rising. He added that the blockade had cut exports by "
            "half. Later he said, \"We need the corridor open.\"")
    rows = extract_rows(nlp, body)
    assert rows and all(r["speaker_name"] == "Arif Husain" for r in rows), [r["speaker_name"] for r in rows]


@pytest.mark.parametrize("body, start, speaker", [
    ('Jan Brewer spoke about the president at a rally in Phoenix.\n\n"When you go after him, he hits back far harder. '
     'He never forgets an attack.\n\n"That is who he is, and he will not change," she said.', "That is who",
     "Jan Brewer"),
    ('Robin Kerr, a voter in Ohio, has followed the senator for years.\n\n"He promised us the plant would stay open. '
     'He said it twice, on television.\n\n"I do not trust him any more," she said.', "I do not trust", "Robin Kerr"),
    ('Ashley Moore met the governor in March.\n\n"He listened for an hour and he took notes. He seemed to care.\n\n'
     '"Nothing came of it," she said later.', "Nothing came", "Ashley Moore"),
], ids=["brewer", "kerr", "moore"])
def test_a_he_in_a_quotation_continued_over_paragraphs_casts_no_vote(nlp, body, start, speaker):
    """Round 43: a quotation left open at its paragraph's end (the newspaper convention of a quotation continued
    over paragraphs, `quotes.find_quotes`) is the quoted speaker's words too: its "he" is someone they speak of. The
    gender votes and the bloc counts read one quotation reading (`ArticleIndex.quotations`); the votes read closed
    quotations only before, and these speakers, their "he"s counted, lost "she" (UNKNOWN)."""
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(start)]
    assert rows and rows[0]["speaker_name"] == speaker, [(r["speaker_name"], r["text"][:40]) for r in rows]


@pytest.mark.parametrize("body, start, speaker", [
    ('Robin Kerr met Senator Tom Hale in March. Kerr said he promised the plant would stay open.\n\n"We asked about '
     'the plant and got nothing\n\nbut promises," Kerr said, and she added that she would vote against him.\n\n'
     '"It is a disgrace," she said.', "It is a disgrace", "Robin Kerr"),
    ('Jordan Ellis met Judge Mark Cole in June. Ellis said he would rule by autumn.\n\n"We filed the papers and '
     'waited\n\nfor a year," Ellis said, and she added that she had lost faith in him.\n\n"We will appeal," she said.',
     "We will appeal", "Jordan Ellis"),
    ('Jordan Lopez met Minister Karl Berg on Monday. Lopez said he would call back.\n\n"He told us to wait and we waited\n\nfor months," '
     'Lopez said in a letter, she adds.\n\n"Enough is enough," she said.', "Enough is enough", "Jordan Lopez"),
], ids=["kerr-lone-close", "ellis-lone-close", "lopez-lone-close"])
def test_narration_after_a_lone_closing_mark_still_votes(nlp, body, start, speaker):
    """Round 43 (the review of the one quotation reading): a paragraph that opens mid-quotation and closes it ('but
    promises," Kerr said, and she added ...', a line break inside a quotation) has a lone closing mark, which the
    pairing reads as an opening left open; the narration after it is the reporter's, and its "she" votes. An unclosed
    quotation is the quoted speaker's only where its opening mark starts its paragraph (`ArticleIndex.quotations`)."""
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(start)]
    assert rows and rows[0]["speaker_name"] == speaker, [(r["speaker_name"], r["text"][:40]) for r in rows]


@pytest.mark.parametrize("body, start, speaker", [
    ('Jan Brewer spoke about the president at a rally in Phoenix.\n\n"I know him well," Brewer said. "When you go '
     'after him, he hits back far harder. He never forgets an attack.\n\n"That is who he is, and he will not change," '
     'she said.', "That is who", "Jan Brewer"),
    ('Robin Kerr, a voter in Ohio, has followed the senator for years.\n\nKerr said: "He promised us the plant would '
     'stay open. He said it twice, on television.\n\n"I do not trust him any more," she said.', "I do not trust",
     "Robin Kerr"),
    ('Robin Kerr, a voter in Ohio, has followed the senator for years.\n\n- "He promised us the plant would stay open. '
     'He said it twice, on television.\n\n- "I do not trust him any more," she said.', "I do not trust",
     "Robin Kerr"),
], ids=["mid1", "mid2", "dash1"])
def test_a_quotation_continued_over_paragraphs_may_open_mid_paragraph(nlp, body, start, speaker):
    """Round 43 (the second review): a quotation continued over paragraphs opens after a cue, after a closed
    quotation or after a leading dash, not only at its paragraph's start; its "he" casts no vote either. An unclosed
    quotation counts where its mark follows a space, the paragraph start or one of "([—–-:" (`quotes.opens_quotation`);
    a lone closing mark follows a word or a comma ('promises,"')."""
    rows = [r for r in extract_rows(nlp, body) if r["text"].startswith(start)]
    assert rows and rows[0]["speaker_name"] == speaker, [(r["speaker_name"], r["text"][:40]) for r in rows]
